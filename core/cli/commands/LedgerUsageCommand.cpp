#include "cli/commands/LedgerCommands.h"

#include "common/LenientDate.h"
#include "ledger/ItemUsage.h"
#include "rooms/RoomRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

// `ledger usage --db F [--from D] [--to D] [--unused] [--room R]`: how often
// each piece of equipment was used in training records of the period, one
// item per line starting with its id: id, number, name, room, sessions, last
// used, and 未使用 for equipment unused in the period.
int runLedgerUsageCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger usage --db FILE [--from DATE] [--to DATE] [--unused] [--room ROOM]"_s;
    QCommandLineParser parser;
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the first day of the period"), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("rr::Cli", "the last day of the period"), u"DATE"_s});
    parser.addOption({u"unused"_s, QCoreApplication::translate("rr::Cli", "only the equipment unused in the period")});
    parser.addOption({u"room"_s, QCoreApplication::translate("rr::Cli", "the room's number or name"), u"ROOM"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    ItemUsageRepository usages(db);
    auto period = usages.defaultPeriod(*io.clock);
    if (!period)
        return failWith(io, period.error().message);
    UsageQuery query{*period, parser.isSet(u"unused"_s), 0};
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(name))
            continue;
        const QDate date = parseLenientDate(parser.value(name));
        if (!date.isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a date.").arg(parser.value(name)));
        (name == u"from"_s ? query.period.from : query.period.to) = date;
    }
    auto rooms = RoomRepository(db).names();
    if (!rooms)
        return failWith(io, rooms.error().message);
    if (parser.isSet(u"room"_s)) {
        auto room = RoomRepository(db).find(parser.value(u"room"_s));
        if (!room)
            return failWith(io, room.error().message);
        query.roomId = room->id;
    }
    auto list = usages.usage(query);
    if (!list)
        return failWith(io, list.error().message);
    for (const ItemUsage &u : std::as_const(*list)) {
        io.out << u.item.id << '\t' << u.item.ledgerNo << '\t' << u.item.name << '\t'
               << (u.item.roomId ? rooms->value(u.item.roomId) : QCoreApplication::translate("rr::Cli", "no room")) << '\t'
               << u.sessions << '\t'
               << (u.lastUsed.isValid() ? u.lastUsed.toString(Qt::ISODate) : QCoreApplication::translate("rr::Cli", "never"));
        if (u.isUnused())
            io.out << '\t' << QCoreApplication::translate("rr::Cli", "unused");
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

} // namespace rr
