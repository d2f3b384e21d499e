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
    m_view = new QTableView(this);
    m_view->setObjectName(u"importPreview"_s);
    makeSortable(m_view, m_model);
    m_view->verticalHeader()->hide();
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"importSummary"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"importMessage"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
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
    m_file->setText(QDir::toNativeSeparators(path)
                    + (m_preview.encoding.isEmpty() ? QString() : u"  (%1)"_s.arg(m_preview.encoding)));
    buildMappingEditor();
    m_model->setRows(m_preview.rows);
    m_view->resizeColumnsToContents();
    updateSummary();
    return true;
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

void ImportDialog::rebuildPreview(const QList<RosterField> &mapping)
{
    auto preview = buildImportPreview(m_session.db, m_table, mapping);
    if (!preview) {
        m_message->showError(preview.error().message);
        m_preview.rows.clear();
        m_preview.mapping = mapping;
    } else {
        m_message->clearMessage();
        m_preview = *preview;
    }
    m_model->setRows(m_preview.rows);
    updateSummary();
}

void ImportDialog::updateSummary()
{
    const int ready = m_preview.readyCount();
    int problems = 0;
    int duplicates = 0;
    for (const ImportRow &row : std::as_const(m_preview.rows)) {
        problems += row.status == ImportRowStatus::Invalid ? 1 : 0;
        duplicates += row.status == ImportRowStatus::Duplicate ? 1 : 0;
    }
    m_summary->setText(tr("%n row(s) in the file: ", "", int(m_preview.rows.size()))
                       + tr("%1 ready, %2 with problems, %3 already on file.").arg(ready).arg(problems).arg(duplicates));
    m_import->setText(tr("Import %n student(s)", "", ready));
    m_import->setEnabled(ready > 0);
}

bool ImportDialog::importReady()
{
    Result<ImportOutcome> outcome = makeError(ErrorCode::Cancelled, QString());
    runInBackground(this, tr("Importing the roster…"), [&](const ProgressCallback &report) {
        outcome = commitImport(m_session.db, m_preview, report);
    });
    if (!outcome) {
        m_message->showError(outcome.error().message);
        return false;
    }
    QString text = tr("%n student(s) imported", "", outcome->imported);
    text += clauseSeparator() + tr("%n row(s) skipped", "", outcome->skipped);
    if (outcome->staffAdded > 0)
        text += clauseSeparator() + tr("%n head teacher(s) added to the staff list", "", outcome->staffAdded);
    m_message->showInfo(joinSentences({text + u'.'}));
    // The imported rows now show as already on file.
    QList<RosterField> mapping = m_preview.mapping;
    auto preview = buildImportPreview(m_session.db, m_table, mapping);
    if (preview) {
        m_preview = *preview;
        m_model->setRows(m_preview.rows);
        updateSummary();
    }
    return true;
}

} // namespace rr
