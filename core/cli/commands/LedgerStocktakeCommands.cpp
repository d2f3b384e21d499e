#include "cli/commands/LedgerCommands.h"

#include "ledger/LedgerItemRepository.h"
#include "ledger/StocktakeRepository.h"
#include "rooms/RoomRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString iso(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : QString(); }

bool stocktakeIdOption(const QCommandLineParser &parser, CliIo &io, qint64 *id, int &exitCode)
{
    bool ok = false;
    *id = parser.value(u"stocktake"_s).trimmed().toLongLong(&ok);
    if (ok && *id > 0)
        return true;
    exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "--%1 \"%2\" is not an id.").arg(u"stocktake"_s, parser.value(u"stocktake"_s)));
    return false;
}

// A line of the report: item id, ledger number, name, expected, counted, difference, reason.
void printLine(CliIo &io, const StocktakeLine &line)
{
    io.out << line.itemId << '\t' << line.ledgerNo << '\t' << line.itemName << '\t' << line.expected << '\t'
           << (line.isCounted() ? QString::number(line.counted) : QCoreApplication::translate("rr::Cli", "not counted")) << '\t'
           << (line.difference() > 0 ? u"+"_s : QString()) + QString::number(line.difference()) << '\t' << line.reason << '\n';
}

int runStart(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger stocktake start --db FILE [--room ROOM] [--title TEXT] [--date DATE] [--by NAME]"_s;
    QCommandLineParser parser;
    parser.addOption({u"room"_s, QCoreApplication::translate("rr::Cli", "only this room (the whole ledger unless given)"), u"ROOM"_s});
    parser.addOption({u"title"_s, QCoreApplication::translate("rr::Cli", "its title"), u"TEXT"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who (the current user unless given)"), u"NAME"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    qint64 roomId = 0;
    QString roomName;
    if (parser.isSet(u"room"_s)) {
        auto room = RoomRepository(db).find(parser.value(u"room"_s));
        if (!room)
            return failWith(io, room.error().message);
        roomId = room->id;
        roomName = room->name;
    }
    QDate date;
    QString person;
    if (!ledgerDateOption(parser, u"date"_s, io, &date, exitCode) || !ledgerPersonOption(parser, db, io, &person, exitCode))
        return exitCode;
    QString title = parser.value(u"title"_s);
    if (!parser.isSet(u"title"_s))
        title = roomId > 0 ? QCoreApplication::translate("rr::Cli", "Stocktake of %1 on %2").arg(roomName, iso(date))
                           : QCoreApplication::translate("rr::Cli", "Stocktake of the ledger on %1").arg(iso(date));
    StocktakeRepository stocktakes(db);
    auto id = stocktakes.start(title, roomId, date, person);
    if (!id)
        return failWith(io, id.error().message);
    auto started = stocktakes.byId(*id);
    if (!started)
        return failWith(io, started.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Stocktake %1 started: %n line(s) to count.", nullptr, int(started->lines.size()))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

// tick: found at the expected quantity; count: the quantity found.
int runCount(const QStringList &arguments, CliIo &io, bool ticking)
{
    const QString synopsis = ticking ? u"ledger stocktake tick --db FILE --stocktake ID --item ID|NUMBER [--reason TEXT]"_s
                                     : u"ledger stocktake count --db FILE --stocktake ID --item ID|NUMBER --quantity N [--reason TEXT]"_s;
    QCommandLineParser parser;
    parser.addOption({u"stocktake"_s, QCoreApplication::translate("rr::Cli", "the stocktake (its id)"), u"ID"_s});
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "the item (id or ledger number)"), u"ID"_s});
    parser.addOption({u"quantity"_s, QCoreApplication::translate("rr::Cli", "how many were found"), u"N"_s});
    parser.addOption({u"reason"_s, QCoreApplication::translate("rr::Cli", "why it differs"), u"TEXT"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, ticking ? QStringList{u"stocktake"_s, u"item"_s}
                                                           : QStringList{u"stocktake"_s, u"item"_s, u"quantity"_s},
                                           io, synopsis))
        return missing;
    qint64 stocktakeId = 0;
    if (!stocktakeIdOption(parser, io, &stocktakeId, exitCode))
        return exitCode;
    auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
    if (!item)
        return failWith(io, item.error().message);
    StocktakeRepository stocktakes(db);
    auto stocktake = stocktakes.byId(stocktakeId);
    if (!stocktake)
        return failWith(io, stocktake.error().message);
    const auto found = std::find_if(stocktake->lines.cbegin(), stocktake->lines.cend(),
                                    [&](const StocktakeLine &l) { return l.itemId == item->id; });
    if (found == stocktake->lines.cend())
        return failWith(io, QCoreApplication::translate("rr::Ledger", "The item is not on the stocktake's list."));
    StocktakeLine line = *found;
    if (ticking) {
        line.counted = line.expected;
    } else {
        bool ok = false;
        line.counted = parser.value(u"quantity"_s).toInt(&ok);
        if (!ok)
            return failWith(io, QCoreApplication::translate("rr::Cli", "--quantity \"%1\" is not a number.").arg(parser.value(u"quantity"_s)));
    }
    if (parser.isSet(u"reason"_s))
        line.reason = parser.value(u"reason"_s);
    if (auto done = stocktakes.setCounts(stocktakeId, {line}); !done)
        return failWith(io, done.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "%1 %2: %3 of %4 %5 found.")
                  .arg(item->ledgerNo, item->name)
                  .arg(line.counted)
                  .arg(line.expected)
                  .arg(item->unit)
           << Qt::endl;
    return ExitSuccess;
}

// The differences, one per line; what is left uncounted counts as not found.
int runReport(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger stocktake report --db FILE --stocktake ID [--all]"_s;
    QCommandLineParser parser;
    parser.addOption({u"stocktake"_s, QCoreApplication::translate("rr::Cli", "the stocktake (its id)"), u"ID"_s});
    parser.addOption({u"all"_s, QCoreApplication::translate("rr::Cli", "every line, not only the differences")});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"stocktake"_s}, io, synopsis))
        return missing;
    qint64 stocktakeId = 0;
    if (!stocktakeIdOption(parser, io, &stocktakeId, exitCode))
        return exitCode;
    auto stocktake = StocktakeRepository(db).byId(stocktakeId);
    if (!stocktake)
        return failWith(io, stocktake.error().message);
    for (const StocktakeLine &line : parser.isSet(u"all"_s) ? stocktake->lines : stocktake->differences())
        printLine(io, line);
    io.out.flush();
    return ExitSuccess;
}

// The reasons given as ITEM=TEXT and the confirmation, in one action.
int runConfirm(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger stocktake confirm --db FILE --stocktake ID [--reason ITEM=TEXT …] [--date DATE] [--by NAME]"_s;
    QCommandLineParser parser;
    parser.addOption({u"stocktake"_s, QCoreApplication::translate("rr::Cli", "the stocktake (its id)"), u"ID"_s});
    parser.addOption({u"reason"_s, QCoreApplication::translate("rr::Cli", "why an item differs (repeatable)"), u"ITEM=TEXT"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who (the current user unless given)"), u"NAME"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"stocktake"_s}, io, synopsis))
        return missing;
    qint64 stocktakeId = 0;
    QDate date;
    QString person;
    if (!stocktakeIdOption(parser, io, &stocktakeId, exitCode) || !ledgerDateOption(parser, u"date"_s, io, &date, exitCode)
        || !ledgerPersonOption(parser, db, io, &person, exitCode))
        return exitCode;
    auto stocktake = StocktakeRepository(db).byId(stocktakeId);
    if (!stocktake)
        return failWith(io, stocktake.error().message);
    QList<StocktakeLine> reasons;
    LedgerItemRepository items(db);
    for (const QString &given : parser.values(u"reason"_s)) {
        const qsizetype equals = given.indexOf(u'=');
        if (equals <= 0)
            return failWith(io, QCoreApplication::translate("rr::Cli", "--reason \"%1\" is not ITEM=TEXT.").arg(given));
        auto item = items.find(given.left(equals).trimmed());
        if (!item)
            return failWith(io, item.error().message);
        const auto found = std::find_if(stocktake->lines.cbegin(), stocktake->lines.cend(),
                                        [&](const StocktakeLine &l) { return l.itemId == item->id; });
        if (found == stocktake->lines.cend())
            return failWith(io, QCoreApplication::translate("rr::Ledger", "The item is not on the stocktake's list."));
        StocktakeLine line = *found;
        line.reason = given.mid(equals + 1);
        reasons.append(line);
    }
    auto done = db->write({u"ledger.stocktake.confirm"_s, u"stocktake confirmed"_s}, [&](Transaction &tx) -> Result<void> {
        if (auto counted = StocktakeRepository::setCounts(tx, stocktakeId, reasons); !counted)
            return counted.error();
        return StocktakeRepository::confirm(tx, stocktakeId, date, person);
    });
    if (!done)
        return failWith(io, done.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Stocktake %1 confirmed: %n difference(s) adjusted.", nullptr,
                                          int(stocktake->differences().size()))
                  .arg(stocktakeId)
           << Qt::endl;
    return ExitSuccess;
}

// id, title, room, started, confirmed (or open).
int runList(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger stocktake --db FILE"_s;
    QCommandLineParser parser;
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    auto stocktakes = StocktakeRepository(db).all();
    if (!stocktakes)
        return failWith(io, stocktakes.error().message);
    auto rooms = RoomRepository(db).names();
    if (!rooms)
        return failWith(io, rooms.error().message);
    for (const Stocktake &s : std::as_const(*stocktakes))
        io.out << s.id << '\t' << s.title << '\t'
               << (s.roomId > 0 ? rooms->value(s.roomId) : QCoreApplication::translate("rr::Cli", "all rooms")) << '\t'
               << iso(s.startedOn) << '\t'
               << (s.isConfirmed() ? QCoreApplication::translate("rr::Cli", "confirmed %1").arg(iso(s.confirmedOn))
                                   : QCoreApplication::translate("rr::Cli", "open"))
               << '\n';
    io.out.flush();
    return ExitSuccess;
}

} // namespace

// `ledger stocktake [start|tick|count|report|confirm]`.
int runLedgerStocktakeCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QString sub = takeSubcommand(args, {u"start"_s, u"tick"_s, u"count"_s, u"report"_s, u"confirm"_s});
    if (sub == u"start"_s)
        return runStart(args, io);
    if (sub == u"tick"_s || sub == u"count"_s)
        return runCount(args, io, sub == u"tick"_s);
    if (sub == u"report"_s)
        return runReport(args, io);
    if (sub == u"confirm"_s)
        return runConfirm(args, io);
    return runList(args, io);
}

} // namespace rr
