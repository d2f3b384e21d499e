#include "students/ImportDialog.h"
#include "common/SortProxy.h"
#include "common/ListText.h"
#include "common/FileDialogs.h"

#include "common/BackgroundTask.h"

#include "common/MessageLabel.h"
#include "students/ImportPreviewModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int kMappingPairsPerRow = 4;
}

ImportDialog::ImportDialog(Session session, QWidget *parent) : QDialog(parent), m_session(std::move(session))
{
    setObjectName(u"importDialog"_s);
    setWindowTitle(tr("Import roster"));

    auto *choose = new QPushButton(tr("Choose file…"), this);
    m_file = new QLabel(tr("An .xlsx or .csv file with one student per row and a header row."), this);
    m_file->setWordWrap(true);
    connect(choose, &QPushButton::clicked, this, [this] { chooseFile(); });

    auto *mappingGroup = new QGroupBox(tr("Columns (correct the mapping if a column was not recognised)"), this);
    m_mappingLayout = new QGridLayout(mappingGroup);
    m_mappingBox = mappingGroup;
    m_mappingBox->hide();

    m_model = new ImportPreviewModel(this);
    // Queued: the row is checked again once the editor has let go of the cell.
    connect(m_model, &ImportPreviewModel::cellCorrected, this, &ImportDialog::correctCell, Qt::QueuedConnection);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ImportPreviewModel::SortRole);
    m_view = new QTableView(this);
    m_view->setObjectName(u"importPreview"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ImportPreviewModel::Line, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    auto *hint = new QLabel(tr("Rows with an error are skipped; rows with a warning are imported and listed under "
                               "“To check” on the students page. Double-click a cell of the file to correct it."),
                            this);
    hint->setWordWrap(true);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"importMessage"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    // Enter finishes a cell's correction in the preview; it must not also
    // press a button of the dialog (import, or close).
    for (QAbstractButton *button : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            push->setAutoDefault(false);
            push->setDefault(false);
        }
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] { importReady(); });

    auto *top = new QHBoxLayout;
    top->addWidget(choose);
    top->addWidget(m_file, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_mappingBox);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 640);
}

void ImportDialog::chooseFile()
{
    const QString path = chooseFileToOpen(this, tr("Choose a roster file"), tr("Spreadsheets (*.xlsx *.csv)"),
                                          u"roster"_s);
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportDialog::loadFile(const QString &path)
{
    auto table = readTableFile(path);
    if (!table) {
        m_message->showError(table.error().message);
        return false;
    }
    auto preview = buildImportPreview(m_session.db, *table);
    if (!preview) {
        m_message->showError(preview.error().message);
        return false;
    }
    m_message->clearMessage();
    m_table = *table;
    m_preview = *preview;
    m_preview.source = QFileInfo(path).fileName();
    m_file->setText(QDir::toNativeSeparators(path)
                    + (m_preview.encoding.isEmpty() ? QString() : u"  (%1)"_s.arg(m_preview.encoding)));
    buildMappingEditor();
    showPreview();
    m_view->resizeColumnsToContents();
    m_view->setColumnWidth(ImportPreviewModel::Problems, qMin(m_view->columnWidth(ImportPreviewModel::Problems), 420));
    return true;
}

void ImportDialog::showPreview()
{
    m_model->setPreview(m_preview.headers, m_preview.rows);
    updateSummary();
}

bool ImportDialog::correctCell(int tableRow, int fileColumn, const QString &text)
{
    correctTableCell(m_table, tableRow, fileColumn, text);
    return rebuildPreview(m_preview.mapping);
}

void ImportDialog::buildMappingEditor()
{
    for (QComboBox *combo : std::as_const(m_mappingCombos))
        combo->deleteLater();
    while (QLayoutItem *item = m_mappingLayout->takeAt(0)) {
        if (item->widget())
            item->widget()->deleteLater();
        delete item;
    }
    m_mappingCombos.clear();
    for (int c = 0; c < m_preview.headers.size(); ++c) {
        auto *label = new QLabel(m_preview.headers.at(c).isEmpty() ? tr("Column %1").arg(c + 1)
                                                                   : m_preview.headers.at(c),
                                 m_mappingBox);
        auto *combo = new QComboBox(m_mappingBox);
        combo->setObjectName(u"mapping-%1"_s.arg(c));
        for (RosterField field : allRosterFields())
            combo->addItem(rosterFieldLabel(field), int(field));
        const RosterField field = c < m_preview.mapping.size() ? m_preview.mapping.at(c) : RosterField::Ignore;
        combo->setCurrentIndex(qMax(0, combo->findData(int(field))));
        const int row = c / kMappingPairsPerRow;
        const int column = (c % kMappingPairsPerRow) * 2;
        m_mappingLayout->addWidget(label, row, column, Qt::AlignRight);
        m_mappingLayout->addWidget(combo, row, column + 1);
        m_mappingCombos.append(combo);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            QList<RosterField> mapping;
            for (QComboBox *box : std::as_const(m_mappingCombos))
                mapping.append(RosterField(box->currentData().toInt()));
            rebuildPreview(mapping);
        });
    }
    for (int column = 1; column < kMappingPairsPerRow * 2; column += 2)
        m_mappingLayout->setColumnStretch(column, 1);
    m_mappingBox->setVisible(!m_mappingCombos.isEmpty());
}

bool ImportDialog::rebuildPreview(const QList<RosterField> &mapping)
{
    const QString source = m_preview.source;
    auto preview = buildImportPreview(m_session.db, m_table, mapping);
    if (!preview) {
        m_message->showError(preview.error().message);
        m_preview.rows.clear();
        m_preview.mapping = mapping;
    } else {
        m_message->clearMessage();
        m_preview = *preview;
        m_preview.source = source;
    }
    showPreview();
    return preview.ok();
}

void ImportDialog::updateSummary()
{
    const int ready = m_preview.readyCount();
    const int flagged = m_preview.countOf(ImportRowStatus::Flagged);
    const int invalid = m_preview.countOf(ImportRowStatus::Invalid);
    const int duplicates = m_preview.countOf(ImportRowStatus::Duplicate);
    int errors = 0;
    for (const ImportRow &row : std::as_const(m_preview.rows))
        errors += int(row.problems.size()) * (row.status == ImportRowStatus::Invalid ? 1 : 0);
    // A swatch in each level's row colour, so the counts read as a legend.
    auto badge = [](ImportRowStatus status, const QString &text) {
        return u"<span style=\"background-color:%1;\">&nbsp;%2&nbsp;</span>"_s
            .arg(ImportPreviewModel::statusColour(status).name(), text.toHtmlEscaped());
    };
    m_summary->setText(tr("%n row(s) in the file:", "", int(m_preview.rows.size())) + u"&nbsp; "_s
                       + badge(ImportRowStatus::Ready, tr("✔ %1 ready").arg(ready - flagged)) + u" "_s
                       + badge(ImportRowStatus::Flagged, tr("⚠ %1 warnings in %2 rows (imported, to check)")
                                                            .arg(m_preview.warningCount()).arg(flagged)) + u" "_s
                       + badge(ImportRowStatus::Invalid, tr("✖ %1 errors in %2 rows (skipped)").arg(errors).arg(invalid)) + u" "_s
                       + badge(ImportRowStatus::Duplicate, tr("%1 already on file").arg(duplicates)));
    m_import->setText(tr("Import %n student(s)", "", ready));
    m_import->setEnabled(ready > 0);
}

bool ImportDialog::importReady()
{
    Result<ImportOutcome> outcome = makeError(ErrorCode::Cancelled, QString());
    runInBackground(this, tr("Importing the roster…"), [&](const ProgressCallback &report) {
        outcome = commitImport(m_session.db, m_preview, *m_session.clock, report);
    });
    if (!outcome) {
        m_message->showError(outcome.error().message);
        return false;
    }
    QStringList parts{tr("%n student(s) imported", "", outcome->imported)};
    if (outcome->flagged > 0)
        parts << tr("%n of them to check (see “To check” on the students page)", "", outcome->flagged);
    parts << tr("%n row(s) skipped", "", outcome->skipped);
    if (outcome->staffAdded > 0)
        parts << tr("%n head teacher(s) added to the staff list", "", outcome->staffAdded);
    m_message->showInfo(joinClauses(parts) + tr("."));
    // The imported rows now show as already on file.
    const QString shown = m_message->text();
    if (rebuildPreview(m_preview.mapping))
        m_message->showInfo(shown);
    return true;
}

} // namespace rr
