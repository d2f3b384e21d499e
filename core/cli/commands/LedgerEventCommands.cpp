#include "cli/commands/LedgerCommands.h"

#include "calendar/ScreenDate.h"
#include "common/Money.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "rooms/RoomRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The sub-command's name, the last word of the program name takeSubcommand built.
QString subcommandOf(const QStringList &arguments) { return arguments.value(0).section(u' ', -1); }

bool idOption(const QCommandLineParser &parser, const QString &name, CliIo &io, qint64 *id, int &exitCode)
{
    bool ok = false;
    *id = parser.value(name).trimmed().toLongLong(&ok);
    if (ok && *id > 0)
        return true;
    exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "--%1 \"%2\" is not an id.").arg(name, parser.value(name)));
    return false;
}

bool yuanOption(const QCommandLineParser &parser, const QString &name, CliIo &io, qint64 *cents, int &exitCode)
{
    if (!parser.isSet(name))
        return true;
    const auto parsed = parseYuan(parser.value(name));
    if (parsed) {
        *cents = *parsed;
        return true;
    }
    exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "--%1 \"%2\" is not an amount in yuan.").arg(name, parser.value(name)));
    return false;
}

} // namespace

// `ledger check|maintain|repair|damage|scrap|transfer --item ID …`: one event
// of an item, recorded by the ledger with what follows from it (a damaged item
// becomes 损坏, a transfer moves it, a schedule moves on).
int runLedgerEventCommand(const QStringList &arguments, CliIo &io)
{
    const QString sub = subcommandOf(arguments);
    EventKind kind = EventKind::Inspection;
    QString synopsis = u"ledger "_s + sub + u" --db FILE --item ID|NUMBER "_s;
    QStringList required{u"item"_s};
    if (sub == u"check"_s) {
        synopsis += u"--result TEXT [--schedule ID]"_s;
        required << u"result"_s;
    } else if (sub == u"maintain"_s || sub == u"repair"_s) {
        kind = sub == u"maintain"_s ? EventKind::Maintenance : EventKind::Repair;
        synopsis += u"--what TEXT [--cost YUAN] [--result TEXT] [--schedule ID]"_s;
        required << u"what"_s;
    } else if (sub == u"damage"_s) {
        kind = EventKind::Damage;
        synopsis += u"--cause TEXT [--responsible NAME] [--compensation YUAN]"_s;
        required << u"cause"_s;
    } else if (sub == u"scrap"_s) {
        kind = EventKind::Scrap;
        synopsis += u"--reason TEXT [--quantity N]"_s;
        required << u"reason"_s;
    } else {
        kind = EventKind::Transfer;
        synopsis += u"--room ROOM [--place PLACE] | --place PLACE"_s;
    }
    synopsis += u" [--date DATE] [--by NAME]"_s;
    QCommandLineParser parser;
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "the item (id or ledger number)"), u"ID"_s});
    const QList<std::pair<QString, QString>> valued{
        {u"result"_s, u"TEXT"_s}, {u"what"_s, u"TEXT"_s}, {u"cost"_s, u"YUAN"_s}, {u"schedule"_s, u"ID"_s},
        {u"cause"_s, u"TEXT"_s}, {u"responsible"_s, u"NAME"_s}, {u"compensation"_s, u"YUAN"_s},
        {u"reason"_s, u"TEXT"_s}, {u"quantity"_s, u"N"_s}, {u"room"_s, u"ROOM"_s},
        {u"place"_s, u"PLACE"_s}};
    for (const auto &[name, value] : valued)
        parser.addOption({name, QCoreApplication::translate("rr::Cli", "see the synopsis"), value});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who (the current user unless given)"), u"NAME"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, required, io, synopsis))
        return missing;
    // A transfer names where to: another room, a place inside the room, or both.
    if (kind == EventKind::Transfer && !parser.isSet(u"room"_s) && !parser.isSet(u"place"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "ledger transfer needs --room, --place or both."), synopsis);
    auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
    if (!item)
        return failWith(io, item.error().message);
    ItemEvent event;
    event.itemId = item->id;
    event.kind = kind;
    if (!ledgerDateOption(parser, u"date"_s, io, &event.date, exitCode) || !ledgerPersonOption(parser, db, io, &event.person, exitCode))
        return exitCode;
    switch (kind) {
    case EventKind::Inspection:
        event.result = parser.value(u"result"_s);
        break;
    case EventKind::Maintenance:
    case EventKind::Repair:
        event.details = parser.value(u"what"_s);
        event.result = parser.value(u"result"_s);
        if (!yuanOption(parser, u"cost"_s, io, &event.costCents, exitCode))
            return exitCode;
        break;
    case EventKind::Damage:
        event.details = parser.value(u"cause"_s);
        event.responsible = parser.value(u"responsible"_s);
        if (!yuanOption(parser, u"compensation"_s, io, &event.compensationCents, exitCode))
            return exitCode;
        break;
    case EventKind::Scrap: {
        event.details = parser.value(u"reason"_s);
        event.quantity = item->quantity;
        if (parser.isSet(u"quantity"_s)) {
            bool ok = false;
            event.quantity = parser.value(u"quantity"_s).toInt(&ok);
            if (!ok)
                return failWith(io, QCoreApplication::translate("rr::Cli", "--quantity \"%1\" is not a number.").arg(parser.value(u"quantity"_s)));
        }
        break;
    }
    case EventKind::Transfer: {
        if (parser.isSet(u"room"_s)) {
            auto room = RoomRepository(db).find(parser.value(u"room"_s));
            if (!room)
                return failWith(io, room.error().message);
            event.toRoomId = room->id;
        }
        event.toPlace = parser.value(u"place"_s).trimmed();
        break;
    }
    }
    if (parser.isSet(u"schedule"_s) && !idOption(parser, u"schedule"_s, io, &event.scheduleId, exitCode))
        return exitCode;
    auto id = ItemEventRepository(db).record(event);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Recorded %1 of %2 %3 on %4 (event %5).")
                  .arg(eventKindLabel(kind), item->ledgerNo, item->name, screenDate(event.date))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

// `ledger paid --event ID [--date D]` and `ledger approve-scrap --event ID --by NAME [--date D]`.
int runLedgerEventFollowUpCommand(const QStringList &arguments, CliIo &io)
{
    const bool approving = subcommandOf(arguments) == u"approve-scrap"_s;
    const QString synopsis = approving ? u"ledger approve-scrap --db FILE --event ID --by NAME [--date DATE]"_s
                                       : u"ledger paid --db FILE --event ID [--date DATE]"_s;
    QCommandLineParser parser;
    parser.addOption({u"event"_s, QCoreApplication::translate("rr::Cli", "the event (its id)"), u"ID"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who approved it"), u"NAME"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, approving ? QStringList{u"event"_s, u"by"_s} : QStringList{u"event"_s}, io, synopsis))
        return missing;
    qint64 eventId = 0;
    QDate date;
    if (!idOption(parser, u"event"_s, io, &eventId, exitCode) || !ledgerDateOption(parser, u"date"_s, io, &date, exitCode))
        return exitCode;
    ItemEventRepository events(db);
    auto done = approving ? events.approveScrap(eventId, parser.value(u"by"_s).trimmed(), date) : events.markPaid(eventId, date);
    if (!done)
        return failWith(io, done.error().message);
    io.out << (approving ? QCoreApplication::translate("rr::Cli", "Scrapping %1 approved on %2.")
                         : QCoreApplication::translate("rr::Cli", "Compensation of damage %1 paid on %2."))
                  .arg(eventId)
                  .arg(screenDate(date))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
