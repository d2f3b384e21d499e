#include "ledger/LedgerUsageView.h"

#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"
#include "rooms/RoomRepository.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

LedgerUsageView::LedgerUsageView(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"ledgerUsage"_s);
    m_preset = new QComboBox(this);
    m_preset->setObjectName(u"usagePreset"_s);
    m_preset->addItem(tr("This semester"), int(Preset::Semester));
    m_preset->addItem(tr("Last 30 days"), int(Preset::Last30Days));
    m_preset->addItem(tr("Last 90 days"), int(Preset::Last90Days));
    m_preset->addItem(tr("Dates chosen"), int(Preset::Custom));
    m_from = new QDateEdit(this);
    m_from->setObjectName(u"usageFrom"_s);
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(screenDateFormat());
    m_to = new QDateEdit(this);
    m_to->setObjectName(u"usageTo"_s);
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(screenDateFormat());
    m_unusedOnly = new QCheckBox(tr("Unused only"), this);
    m_unusedOnly->setObjectName(u"usageUnusedOnly"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"usageSummary"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"usageMessage"_s);

    m_model = new QStandardItemModel(0, ColumnCount, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Ledger no."), tr("Name"), tr("Room"), tr("Sessions"), tr("Last used"), tr("In the period")});
    m_table = new QTableView(this);
    m_table->setObjectName(u"usageTable"_s);
    makeSortable(m_table, m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    for (int column : {LedgerNo, Room, Sessions, LastUsed, State})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Period"), this));
    bar->addWidget(m_preset);
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(u"–"_s, this));
    bar->addWidget(m_to);
    bar->addSpacing(12);
    bar->addWidget(m_unusedOnly);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_preset, &QComboBox::currentIndexChanged, this, [this] { applyPreset(); });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (m_updating)
                return;
            // Dates typed by hand are a period of their own.
            m_updating = true;
            m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
            m_updating = false;
            reload();
        });
    connect(m_unusedOnly, &QCheckBox::toggled, this, [this] { reload(); });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    applyPreset();
}

void LedgerUsageView::applyPreset()
{
    if (m_updating)
        return;
    const auto preset = static_cast<Preset>(m_preset->currentData().toInt());
    const QDate today = m_session.clock->today();
    QDate from = m_from->date();
    QDate to = m_to->date();
    if (preset == Preset::Semester) {
        auto period = ItemUsageRepository(m_session.db).defaultPeriod(*m_session.clock);
        if (!period) {
            reportReadFailure(this, period.error(), m_message);
            return;
        }
        from = period->from;
        to = period->to;
    } else if (preset == Preset::Last30Days || preset == Preset::Last90Days) {
        from = today.addDays(preset == Preset::Last30Days ? -29 : -89);
        to = today;
    }
    m_updating = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    reload();
}

void LedgerUsageView::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(int(preset)));
}

void LedgerUsageView::setPeriod(const QDate &from, const QDate &to)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(int(Preset::Custom)));
    m_from->setDate(from);
    m_to->setDate(to);
    m_updating = false;
    reload();
}

void LedgerUsageView::setUnusedOnly(bool unusedOnly)
{
    m_unusedOnly->setChecked(unusedOnly);
}

UsagePeriod LedgerUsageView::period() const
{
    return {m_from->date(), m_to->date(), QString()};
}

void LedgerUsageView::reload()
{
    m_message->clearMessage();
    m_model->removeRows(0, m_model->rowCount());
    m_rows.clear();
    m_loaded = false;
    const auto rooms = RoomRepository(m_session.db).names();
    if (!rooms) {
        reportReadFailure(this, rooms.error(), m_message);
        m_summary->setText(tr("The usage could not be read."));
        return;
    }
    UsageQuery query{period(), m_unusedOnly->isChecked(), 0};
    const auto usage = ItemUsageRepository(m_session.db).usage(query);
    if (!usage) {
        // A period refused (the first day after the last) or a failed read:
        // said, and no table that would read as "nothing used".
        if (usage.error().code == ErrorCode::InvalidInput)
            m_message->showError(usage.error().message);
        else
            reportReadFailure(this, usage.error(), m_message);
        m_summary->setText(tr("The usage could not be read."));
        return;
    }
    m_rows = *usage;
    m_loaded = true;
    int unused = 0;
    const QBrush unusedBrush(QColor(0xfd, 0xf0, 0xd5));
    for (const ItemUsage &u : std::as_const(m_rows)) {
        QList<QStandardItem *> row;
        row << new QStandardItem(u.item.ledgerNo) << new QStandardItem(u.item.name)
            << new QStandardItem(u.item.roomId ? rooms->value(u.item.roomId) : tr("no room"));
        auto *sessions = new QStandardItem;
        sessions->setData(u.sessions, Qt::DisplayRole);
        sessions->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        row << sessions << new QStandardItem(u.lastUsed.isValid() ? screenDate(u.lastUsed) : tr("never"))
            << new QStandardItem(u.isUnused() ? tr("Unused") : tr("Used"));
        row.first()->setData(u.item.id, Qt::UserRole);
        if (u.isUnused()) {
            ++unused;
            for (QStandardItem *cell : std::as_const(row))
                cell->setBackground(unusedBrush);
        }
        m_model->appendRow(row);
    }
    if (m_unusedOnly->isChecked())
        m_summary->setText(m_rows.isEmpty() ? tr("Every piece of equipment was used in the period.")
                                            : tr("%n piece(s) of equipment unused in the period.", "", unused));
    else
        m_summary->setText(m_rows.isEmpty() ? tr("The ledger has no equipment yet.")
                                            : tr("%n item(s), %1 unused in the period.", "", int(m_rows.size())).arg(unused));
}

} // namespace rr
