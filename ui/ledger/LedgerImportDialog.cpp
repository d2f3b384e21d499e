#include "ledger/LedgerImportDialog.h"

#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "common/MessageLabel.h"
#include "common/Money.h"
#include "ledger/LedgerChoices.h"
#include "ledger/LedgerTable.h"

#include <QBrush>
#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LedgerImportDialog::LedgerImportDialog(Session session, QWidget *parent) : QDialog(parent), m_session(std::move(session))
{
    setObjectName(u"ledgerImportDialog"_s);
    setWindowTitle(tr("Import the ledger"));
    auto *choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(u"chooseLedgerFile"_s);
    m_file = new QLabel(tr("An .xlsx or .csv file with one item per row and a header row; the columns are found by "
                           "their Chinese headings (名称 and 类别 are needed: %1).")
                            .arg(ledgerImportHeadings().join(u"、"_s)),
                        this);
    m_file->setWordWrap(true);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Choose a ledger file"), tr("Spreadsheets (*.xlsx *.csv)"),
                                              u"ledger"_s);
        if (!path.isEmpty())
            loadFile(path);
    });
    m_table = makeLedgerTable(this, u"ledgerImportPreview"_s,
                              {tr("Line"), tr("No."), tr("Name"), tr("Model / spec"), tr("Quantity"), tr("Unit price"),
                               tr("Value"), tr("Problems")});
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"ledgerImportSummary"_s);
    m_summary->setWordWrap(true);
    auto *hint = new QLabel(tr("Rows with an error (red) are skipped; rows with a warning (yellow) are imported — check "
                               "them afterwards. Each imported item is received into stock today at its quantity."),
                            this);
    hint->setWordWrap(true);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"ledgerImportMessage"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(u"ledgerImportButton"_s);
    m_import->setEnabled(false);
    for (QAbstractButton *b : buttons->buttons())
        if (auto *push = qobject_cast<QPushButton *>(b))
            push->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &LedgerImportDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] { importRows(); });

    auto *top = new QHBoxLayout;
    top->addWidget(choose, 0, Qt::AlignTop);
    top->addWidget(m_file, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(hint);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 600);
}

bool LedgerImportDialog::loadFile(const QString &path)
{
    m_message->clearMessage();
    Result<LedgerImportPreview> preview = makeError(ErrorCode::Cancelled, tr("Reading the file was cancelled."));
    bool cancelled = false;
    const QDate today = m_session.clock->today();
    runInBackground(this, tr("Reading the ledger file…"), [&](const ProgressCallback &report) {
        preview = previewLedgerImport(m_session.db, path, today);
        // The check has no steps to report; a cancel asked meanwhile drops its result.
        cancelled = !report(1, 1);
    });
    if (cancelled)
        preview = makeError(ErrorCode::Cancelled, tr("Reading the file was cancelled."));
    if (!preview) {
        m_message->showError(preview.error().message);
        return false;
    }
    m_path = path;
    m_preview = *preview;
    m_file->setText(QDir::toNativeSeparators(path)
                    + (m_preview.encoding.isEmpty() ? QString() : u"  (%1)"_s.arg(m_preview.encoding)));
    showPreview();
    return true;
}

void LedgerImportDialog::showPreview()
{
    beginFill(m_table, int(m_preview.rows.size()));
    int warned = 0;
    for (int r = 0; r < m_preview.rows.size(); ++r) {
        const LedgerImportRow &row = m_preview.rows.at(r);
        QStringList problems;
        for (const QString &e : row.errors)
            problems << u"✖ "_s + e;
        for (const QString &w : row.warnings)
            problems << u"⚠ "_s + w;
        warned += row.importable() && !row.warnings.isEmpty() ? 1 : 0;
        const QStringList cells{QString::number(row.line), row.item.ledgerNo, row.item.name, row.item.model,
                                QString::number(row.quantity), formatYuan(row.item.unitPriceCents, true),
                                formatYuan(qint64(row.quantity) * row.item.unitPriceCents, true), problems.join(u"  "_s)};
        const QColor tint = !row.importable() ? QColor(0xfd, 0xe2, 0xe1)
                            : !row.warnings.isEmpty() ? QColor(0xfd, 0xf3, 0xd8) : QColor();
        for (int c = 0; c < cells.size(); ++c) {
            const QVariant key = c == 0 ? QVariant(row.line) : c == 4 ? QVariant(row.quantity) : QVariant();
            auto *cell = new LedgerCell(cells.at(c), key);
            if (tint.isValid())
                cell->setBackground(tint);
            if (c == 7)
                cell->setToolTip(problems.join(u'\n'));
            m_table->setItem(r, c, cell);
        }
    }
    endFill(m_table);
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(2, qMin(m_table->columnWidth(2), 220));
    const int ready = m_preview.importable();
    const int skipped = int(m_preview.rows.size()) - ready;
    QString summary = tr("%n row(s) in the file: ", "", int(m_preview.rows.size()))
                      + tr("%1 to import (%2 of them with warnings), %3 skipped for errors.").arg(ready).arg(warned).arg(skipped);
    if (!m_preview.unusedHeadings.isEmpty())
        summary += u" "_s + tr("Columns not used: %1.").arg(m_preview.unusedHeadings.join(u"、"_s));
    m_summary->setText(summary);
    m_import->setText(tr("Import %n item(s)", "", ready));
    m_import->setEnabled(ready > 0);
}

bool LedgerImportDialog::importRows()
{
    m_message->clearMessage();
    Result<int> imported = makeError(ErrorCode::Cancelled, QString());
    bool cancelled = false;
    const QDate today = m_session.clock->today();
    const QString person = currentPersonName(m_session.db);
    runInBackground(this, tr("Importing the ledger…"), [&](const ProgressCallback &report) {
        imported = commitLedgerImport(m_session.db, m_preview, today, person);
        cancelled = !report(1, 1);
    });
    if (!imported) {
        m_message->showError(imported.error().message);
        return false;
    }
    // The rows are written in one action that cannot be stopped halfway.
    m_message->showInfo((cancelled ? tr("The import had already been written when it was cancelled: ") : QString())
                        + tr("%n item(s) imported.", "", *imported));
    m_import->setEnabled(false);
    m_import->setText(tr("Imported"));
    return true;
}

} // namespace rr
