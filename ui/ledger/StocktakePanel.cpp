#include "ledger/StocktakePanel.h"

#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"
#include "ledger/LedgerChoices.h"
#include "ledger/StartStocktakeDialog.h"
#include "ledger/StocktakeLineModel.h"
#include "ledger/StocktakeRepository.h"
#include "training/FormPreview.h"
#include "print/FormRegistry.h"
#include "rooms/RoomRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StocktakePanel::StocktakePanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(u"stocktakeChoice"_s);
    m_choice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_start = new QPushButton(tr("Start stocktake…"), this);
    m_start->setObjectName(u"startStocktake"_s);
    m_differencesOnly = new QCheckBox(tr("Differences only"), this);
    m_differencesOnly->setObjectName(u"stocktakeDifferencesOnly"_s);
    m_model = new StocktakeLineModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"stocktakeLines"_s);
    makeSortable(m_view, m_model);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"stocktakeSummary"_s);
    m_summary->setWordWrap(true);
    m_empty = new QLabel(tr("No stocktake yet. “Start stocktake…” lists what should be in a room (or in the whole "
                            "ledger); tick what you find, count the consumables, give a reason for each difference, "
                            "then confirm: the differences become stock adjustments."),
                         this);
    m_empty->setObjectName(u"stocktakeEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(u"QLabel { background: #eef4fb; border: 1px solid #c9d8ec; border-radius: 6px; padding: 10px; }"_s);
    m_confirm = new QPushButton(tr("Confirm stocktake…"), this);
    m_confirm->setObjectName(u"confirmStocktake"_s);
    m_discard = new QPushButton(tr("Discard"), this);
    m_discard->setObjectName(u"discardStocktake"_s);
    m_discard->setToolTip(tr("An open stocktake started by mistake; a confirmed one is kept."));
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"stocktakeMessage"_s);
    // The sheet to tick on paper and, once counted, the differences to sign.
    m_print = new QPushButton(tr("Print"), this);
    m_print->setObjectName(u"printStocktake"_s);
    auto *printMenu = new QMenu(m_print);
    for (const auto &[id, title] : {std::pair{u"stocktake"_s, u"盘点表"_s}, std::pair{u"stocktake-report"_s, u"盘点差异报告"_s}}) {
        QAction *action = printMenu->addAction(title);
        action->setObjectName(u"print-"_s + id);
        connect(action, &QAction::triggered, this, [this, formId = id] { print(formId); });
    }
    m_print->setMenu(printMenu);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Stocktake"), this));
    top->addWidget(m_choice);
    top->addWidget(m_start);
    top->addWidget(m_differencesOnly);
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_confirm);
    bottom->addWidget(m_discard);
    bottom->addWidget(m_print);
    bottom->addWidget(m_message);
    bottom->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addLayout(bottom);

    connect(m_choice, &QComboBox::currentIndexChanged, this, [this] { showStocktake(currentStocktakeId()); });
    connect(m_differencesOnly, &QCheckBox::toggled, this, &StocktakePanel::showLines);
    connect(m_start, &QPushButton::clicked, this, &StocktakePanel::startStocktake);
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirmStocktake(); });
    connect(m_discard, &QPushButton::clicked, this, [this] { discardStocktake(); });
    // Queued: the edit is written once the view has let go of the cell.
    connect(m_model, &StocktakeLineModel::lineEdited, this, &StocktakePanel::writeLine, Qt::QueuedConnection);
    connect(m_session.db.get(), &Database::written, this, &StocktakePanel::reload);
    reload();
}

qint64 StocktakePanel::currentStocktakeId() const { return m_choice->currentData().toLongLong(); }

void StocktakePanel::reload()
{
    const qint64 keep = currentStocktakeId();
    const auto all = StocktakeRepository(m_session.db).all();
    const auto rooms = RoomRepository(m_session.db).names();
    {
        const QSignalBlocker blocker(m_choice);
        m_choice->clear();
        if (!all || !rooms) {
            reportReadFailure(this, !all ? all.error() : rooms.error(), m_message);
            m_summary->setText(tr("The stocktakes could not be read."));
            m_stocktake = {};
            m_model->setStocktake({}, {}, false);
            m_confirm->setEnabled(false);
            m_discard->setEnabled(false);
            return;
        }
        m_rooms = *rooms;
        for (const Stocktake &s : *all) {
            const QString state = s.isConfirmed() ? tr("confirmed %1").arg(screenDate(s.confirmedOn)) : tr("open");
            const QString room = s.roomId > 0 ? m_rooms.value(s.roomId) : tr("whole ledger");
            m_choice->addItem(u"%1 · %2 · %3（%4）"_s.arg(s.title, room, screenDate(s.startedOn), state), s.id);
        }
        selectData(m_choice, keep);
    }
    m_empty->setVisible(m_choice->count() == 0);
    m_choice->setVisible(m_choice->count() > 0);
    showStocktake(currentStocktakeId());
}

void StocktakePanel::showStocktake(qint64 stocktakeId)
{
    m_stocktake = {};
    if (stocktakeId > 0) {
        const auto stocktake = StocktakeRepository(m_session.db).byId(stocktakeId);
        if (!stocktake) {
            reportReadFailure(this, stocktake.error(), m_message);
            m_summary->setText(tr("The stocktake could not be read."));
        } else {
            m_stocktake = *stocktake;
        }
    }
    showLines();
}

void StocktakePanel::showLines()
{
    m_model->setStocktake(m_stocktake, m_rooms, m_differencesOnly->isChecked());
    m_view->resizeColumnsToContents();
    m_view->setVisible(m_stocktake.id > 0);
    const bool open = m_stocktake.id > 0 && !m_stocktake.isConfirmed();
    m_confirm->setEnabled(open);
    m_discard->setEnabled(open);
    m_print->setEnabled(m_stocktake.id > 0);
    updateSummary();
}

void StocktakePanel::print(const QString &formId)
{
    m_message->clearMessage();
    FormRequest request;
    request.stocktakeId = m_stocktake.id;
    auto document = buildRegisteredForm(formId, m_session, request);
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    if (auto problem = previewForm(*document, this))
        m_message->showError(problem->message);
}

void StocktakePanel::updateSummary()
{
    if (m_stocktake.id <= 0) {
        m_summary->clear();
        return;
    }
    const int lines = int(m_stocktake.lines.size());
    const int uncounted = m_stocktake.uncountedLines();
    const QList<StocktakeLine> differences = m_stocktake.differences();
    QString text = tr("%n line(s)", "", lines) + tr(", %1 counted, %2 not yet").arg(lines - uncounted).arg(uncounted);
    int countedDifferences = 0;
    for (const StocktakeLine &l : differences)
        countedDifferences += l.isCounted() ? 1 : 0;
    text += tr("; %n difference(s) found", "", countedDifferences);
    if (m_stocktake.isConfirmed())
        text = tr("Confirmed on %1 by %2: %n difference(s) became stock adjustments.", "", int(differences.size()))
                   .arg(screenDate(m_stocktake.confirmedOn), m_stocktake.confirmedBy);
    else if (uncounted > 0)
        text += tr(" (a line not counted at confirmation counts as not found)");
    m_summary->setText(text);
}

void StocktakePanel::writeLine(const StocktakeLine &line)
{
    m_message->clearMessage();
    if (auto done = StocktakeRepository(m_session.db).setCounts(m_stocktake.id, {line}); !done) {
        m_message->showError(done.error().message);
        showStocktake(m_stocktake.id);   // the refused edit is not shown as made
    }
}

void StocktakePanel::startStocktake()
{
    if (m_dialog)
        m_dialog->close();
    m_message->clearMessage();
    auto *dialog = new StartStocktakeDialog(m_session, this);
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const qint64 id = dialog->savedId();
        reload();
        selectData(m_choice, id);
        m_message->showInfo(tr("The stocktake was started: tick or count each line."));
    });
    dialog->open();
}

bool StocktakePanel::confirmStocktake(bool ask)
{
    if (m_stocktake.id <= 0 || m_stocktake.isConfirmed())
        return false;
    const int differences = int(m_stocktake.differences().size());
    if (ask
        && QMessageBox::question(this, tr("Confirm stocktake"),
                                 tr("Confirm “%1”? %n difference(s) become stock adjustments with their reasons; the "
                                    "stocktake cannot be changed afterwards.",
                                    "", differences)
                                     .arg(m_stocktake.title))
               != QMessageBox::Yes)
        return false;
    const QString title = m_stocktake.title;
    if (auto done = StocktakeRepository(m_session.db).confirm(m_stocktake.id, m_session.clock->today(),
                                                              currentPersonName(m_session.db));
        !done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("“%1” was confirmed.").arg(title));
    return true;
}

bool StocktakePanel::discardStocktake(bool ask)
{
    if (m_stocktake.id <= 0 || m_stocktake.isConfirmed())
        return false;
    if (ask
        && QMessageBox::question(this, tr("Discard stocktake"),
                                 tr("Discard the open stocktake “%1” and its counts?").arg(m_stocktake.title))
               != QMessageBox::Yes)
        return false;
    if (auto done = StocktakeRepository(m_session.db).remove(m_stocktake.id); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("The stocktake was discarded."));
    return true;
}

} // namespace rr
