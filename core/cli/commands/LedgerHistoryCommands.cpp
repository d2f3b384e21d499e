#include "cli/commands/LedgerCommands.h"

#include "common/Money.h"
#include "ledger/CareScheduleRepository.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LoanRepository.h"
#include "ledger/StockRepository.h"
#include "rooms/RoomRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString iso(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

QString signedNumber(int n) { return n > 0 ? u"+"_s + QString::number(n) : QString::number(n); }

// 感统训练室 柜子B: a transfer's room with the place inside it, when one was named.
QString withPlace(const QString &room, const QString &place) { return place.isEmpty() ? room : room + u' ' + place; }

// An item's name as lines show it, read once per item.
class ItemNames {
public:
    explicit ItemNames(std::shared_ptr<Database> db) : m_items(std::move(db)) {}
    Result<QString> operator()(qint64 itemId)
    {
        if (!m_names.contains(itemId)) {
            auto item = m_items.byId(itemId);
            if (!item)
                return item.error();
            m_names.insert(itemId, item->ledgerNo + u' ' + item->name);
        }
        return m_names.value(itemId);
    }

private:
    LedgerItemRepository m_items;
    QHash<qint64, QString> m_names;
};

} // namespace

// `ledger history --item ID`: its stock movements, loans and events, oldest
// first, one per line starting with the record's id and its kind.
int runLedgerHistoryCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger history --db FILE --item ID|NUMBER"_s;
    QCommandLineParser parser;
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "the item (id or ledger number)"), u"ID"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"item"_s}, io, synopsis))
        return missing;
    auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
    if (!item)
        return failWith(io, item.error().message);
    auto movements = StockRepository(db).forItem(item->id);
    if (!movements)
        return failWith(io, movements.error().message);
    auto loans = LoanRepository(db).forItem(item->id);
    if (!loans)
        return failWith(io, loans.error().message);
    auto events = ItemEventRepository(db).forItem(item->id);
    if (!events)
        return failWith(io, events.error().message);
    auto rooms = RoomRepository(db).names();
    if (!rooms)
        return failWith(io, rooms.error().message);

    const auto roomName = [&](qint64 roomId) {
        return roomId > 0 ? rooms->value(roomId) : QCoreApplication::translate("rr::Cli", "no room");
    };
    struct Line {
        QDate date;
        QString text;
    };
    QList<Line> history;
    for (const StockMovement &m : std::as_const(*movements))
        history.append({m.date, QString::number(m.id) + u'\t' + movementKindLabel(m.kind) + u'\t' + iso(m.date) + u'\t'
                                    + signedNumber(m.delta) + item->unit + u'\t' + m.person + u'\t' + m.reason});
    for (const ItemLoan &l : std::as_const(*loans)) {
        const QString state = l.isOpen() ? QCoreApplication::translate("rr::Cli", "out")
                                         : QCoreApplication::translate("rr::Cli", "returned %1").arg(iso(l.returnedOn));
        history.append({l.lentOn, QString::number(l.id) + u'\t' + QCoreApplication::translate("rr::Cli", "Loan") + u'\t'
                                      + iso(l.lentOn) + u'\t' + QString::number(l.quantity) + item->unit + u'\t'
                                      + l.borrowerName + u'\t' + QCoreApplication::translate("rr::Cli", "due %1").arg(iso(l.dueOn))
                                      + u'\t' + state});
    }
    for (const ItemEvent &e : std::as_const(*events)) {
        QStringList fields{QString::number(e.id), eventKindLabel(e.kind), iso(e.date), e.person};
        switch (e.kind) {
        case EventKind::Inspection:
            fields << e.result;
            break;
        case EventKind::Maintenance:
        case EventKind::Repair:
            fields << e.details << e.result << (e.costCents >= 0 ? formatYuan(e.costCents) : QString());
            break;
        case EventKind::Damage:
            fields << e.details << e.responsible;
            if (e.compensationCents >= 0)
                fields << formatYuan(e.compensationCents)
                       << (e.isPaid() ? QCoreApplication::translate("rr::Cli", "paid %1").arg(iso(e.paidOn))
                                      : QCoreApplication::translate("rr::Cli", "unpaid"));
            break;
        case EventKind::Transfer:
            fields << withPlace(roomName(e.fromRoomId), e.fromPlace) + u" → "_s + withPlace(roomName(e.toRoomId), e.toPlace);
            break;
        case EventKind::Scrap:
            fields << e.details << QString::number(e.quantity) + item->unit
                   << (e.isApproved() ? QCoreApplication::translate("rr::Cli", "approved by %1 on %2").arg(e.approvedBy, iso(e.approvedOn))
                                      : QCoreApplication::translate("rr::Cli", "awaiting approval"));
            break;
        }
        history.append({e.date, fields.join(u'\t')});
    }
    std::stable_sort(history.begin(), history.end(), [](const Line &a, const Line &b) { return a.date < b.date; });
    for (const Line &line : std::as_const(history))
        io.out << line.text << '\n';
    io.out.flush();
    return ExitSuccess;
}

// `ledger schedule add --item ID --kind inspection|maintenance --every N --unit month|year --from D [--task TEXT]`.
int runLedgerScheduleAddCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger schedule add --db FILE --item ID|NUMBER --kind inspection|maintenance --every N "
                             u"--unit day|week|month|year --from DATE [--task TEXT]"_s;
    QCommandLineParser parser;
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "the item (id or ledger number)"), u"ID"_s});
    parser.addOption({u"kind"_s, QCoreApplication::translate("rr::Cli", "inspection or maintenance"), u"KIND"_s});
    parser.addOption({u"every"_s, QCoreApplication::translate("rr::Cli", "how many units between two"), u"N"_s});
    parser.addOption({u"unit"_s, QCoreApplication::translate("rr::Cli", "day, week, month or year"), u"UNIT"_s});
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the first due date"), u"DATE"_s});
    parser.addOption({u"task"_s, QCoreApplication::translate("rr::Cli", "what to do (the kind unless given)"), u"TEXT"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"item"_s, u"kind"_s, u"every"_s, u"unit"_s, u"from"_s}, io, synopsis))
        return missing;
    auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
    if (!item)
        return failWith(io, item.error().message);
    CareSchedule schedule;
    schedule.itemId = item->id;
    const QString kind = parser.value(u"kind"_s).trimmed().toLower();
    if (kind == u"inspection"_s || kind == careKindChinese(CareKind::Inspection))
        schedule.kind = CareKind::Inspection;
    else if (kind == u"maintenance"_s || kind == careKindChinese(CareKind::Maintenance))
        schedule.kind = CareKind::Maintenance;
    else
        return failWith(io, QCoreApplication::translate("rr::Cli", "--kind \"%1\" is neither inspection nor maintenance.")
                                .arg(parser.value(u"kind"_s)));
    bool ok = false;
    schedule.every = parser.value(u"every"_s).toInt(&ok);
    if (!ok)
        return failWith(io, QCoreApplication::translate("rr::Cli", "--every \"%1\" is not a number.").arg(parser.value(u"every"_s)));
    if (!intervalUnitFromText(parser.value(u"unit"_s).trimmed(), &schedule.unit))
        return failWith(io, QCoreApplication::translate("rr::Cli", "--unit \"%1\" is not day, week, month or year.")
                                .arg(parser.value(u"unit"_s)));
    if (!ledgerDateOption(parser, u"from"_s, io, &schedule.startsOn, exitCode))
        return exitCode;
    schedule.task = parser.isSet(u"task"_s) ? parser.value(u"task"_s) : careKindLabel(schedule.kind);
    auto id = CareScheduleRepository(db).add(schedule);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Schedule %1: %2 of %3 %4 %5, next due %6.")
                  .arg(*id)
                  .arg(schedule.task, item->ledgerNo, item->name, intervalLabel(schedule.every, schedule.unit),
                       iso(schedule.startsOn))
           << Qt::endl;
    return ExitSuccess;
}

// `ledger schedules [--item ID]`: id, item, kind, task, interval, last done,
// next due, and 逾期 when it is past.
int runLedgerSchedulesCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger schedules --db FILE [--item ID|NUMBER]"_s;
    QCommandLineParser parser;
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "only this item (id or ledger number)"), u"ID"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    CareScheduleRepository repository(db);
    Result<QList<CareSchedule>> schedules = QList<CareSchedule>();
    if (parser.isSet(u"item"_s)) {
        auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
        if (!item)
            return failWith(io, item.error().message);
        schedules = repository.forItem(item->id);
    } else {
        schedules = repository.all();
    }
    if (!schedules)
        return failWith(io, schedules.error().message);
    ItemNames names(db);
    const QDate today = io.clock->today();
    for (const CareSchedule &s : std::as_const(*schedules)) {
        auto name = names(s.itemId);
        if (!name)
            return failWith(io, name.error().message);
        io.out << s.id << '\t' << *name << '\t' << careKindLabel(s.kind) << '\t' << s.task << '\t'
               << intervalLabel(s.every, s.unit) << '\t' << iso(s.lastDoneOn) << '\t' << iso(s.nextDueOn);
        if (s.nextDueOn < today)
            io.out << '\t' << QCoreApplication::translate("rr::Cli", "overdue");
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

// `ledger loans [--all] [--overdue]`: id, item, quantity, borrower, lent,
// due, and its state.
int runLedgerLoansCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger loans --db FILE [--all] [--overdue]"_s;
    QCommandLineParser parser;
    parser.addOption({u"all"_s, QCoreApplication::translate("rr::Cli", "returned loans too")});
    parser.addOption({u"overdue"_s, QCoreApplication::translate("rr::Cli", "only the overdue loans")});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    auto loans = LoanRepository(db).list(parser.isSet(u"all"_s) ? LoanScope::All : LoanScope::Open);
    if (!loans)
        return failWith(io, loans.error().message);
    ItemNames names(db);
    const QDate today = io.clock->today();
    for (const ItemLoan &l : std::as_const(*loans)) {
        if (parser.isSet(u"overdue"_s) && !l.isOverdue(today))
            continue;
        auto name = names(l.itemId);
        if (!name)
            return failWith(io, name.error().message);
        io.out << l.id << '\t' << *name << '\t' << l.quantity << '\t' << l.borrowerName << '\t' << iso(l.lentOn) << '\t'
               << iso(l.dueOn) << '\t'
               << (!l.isOpen()        ? QCoreApplication::translate("rr::Cli", "returned %1").arg(iso(l.returnedOn))
                   : l.isOverdue(today) ? QCoreApplication::translate("rr::Cli", "overdue")
                                        : QCoreApplication::translate("rr::Cli", "out"))
               << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
