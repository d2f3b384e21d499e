#include "cli/commands/LedgerCommands.h"

#include "common/LenientDate.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "common/Money.h"
#include "rooms/RoomRepository.h"
#include "school/CurrentUser.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

bool ledgerDateOption(const QCommandLineParser &parser, const QString &name, CliIo &io, QDate *date, int &exitCode)
{
    if (!parser.isSet(name)) {
        *date = io.clock->today();
        return true;
    }
    *date = parseLenientDate(parser.value(name));
    if (date->isValid())
        return true;
    exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "--%1 \"%2\" is not a date.").arg(name, parser.value(name)));
    return false;
}

bool ledgerPersonOption(const QCommandLineParser &parser, const std::shared_ptr<Database> &db, CliIo &io, QString *person,
                        int &exitCode)
{
    if (parser.isSet(u"by"_s) && !parser.value(u"by"_s).trimmed().isEmpty()) {
        *person = parser.value(u"by"_s).trimmed();
        return true;
    }
    auto name = CurrentUser(db).name();
    if (!name) {
        exitCode = failWith(io, name.error().message);
        return false;
    }
    if (name->trimmed().isEmpty()) {
        exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "Nobody is the current user; say who with --by NAME."));
        return false;
    }
    *person = *name;
    return true;
}

// One item per line, starting with its id: id, ledger number, name, category,
// room, quantity and unit, unit price, total, condition, and what is out on loan.
int runLedgerListCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger --db FILE [--room ROOM] [--category CATEGORY]"_s;
    QCommandLineParser parser;
    parser.addOption({u"room"_s, QCoreApplication::translate("rr::Cli", "only the items of this room (id or name)"), u"ROOM"_s});
    parser.addOption({u"category"_s, QCoreApplication::translate("rr::Cli", "only this category (id, name or code)"),
                      u"CATEGORY"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    ItemFilter filter;
    if (parser.isSet(u"room"_s)) {
        auto room = RoomRepository(db).find(parser.value(u"room"_s));
        if (!room)
            return failWith(io, room.error().message);
        filter.roomId = room->id;
    }
    if (parser.isSet(u"category"_s)) {
        auto category = LedgerCategoryRepository(db).find(parser.value(u"category"_s));
        if (!category)
            return failWith(io, category.error().message);
        filter.categoryId = category->id;
    }
    auto items = LedgerItemRepository(db).list(filter);
    if (!items)
        return failWith(io, items.error().message);
    auto categories = LedgerCategoryRepository(db).all();
    if (!categories)
        return failWith(io, categories.error().message);
    auto rooms = RoomRepository(db).names();
    if (!rooms)
        return failWith(io, rooms.error().message);
    QHash<qint64, QString> categoryNames;
    for (const LedgerCategory &c : std::as_const(*categories))
        categoryNames.insert(c.id, c.name);
    for (const LedgerItem &item : std::as_const(*items)) {
        io.out << item.id << '\t' << item.ledgerNo << '\t' << item.name << '\t' << categoryNames.value(item.categoryId) << '\t'
               << (item.roomId > 0 ? rooms->value(item.roomId) : QCoreApplication::translate("rr::Cli", "no room")) << '\t'
               << item.quantity << item.unit << '\t' << formatYuan(item.unitPriceCents) << '\t'
               << formatYuan(item.totalCents()) << '\t' << itemConditionLabel(item.condition);
        if (item.onLoan > 0)
            io.out << '\t' << QCoreApplication::translate("rr::Cli", "%1 on loan").arg(item.onLoan);
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

int runLedgerAddCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis =
        u"ledger add --db FILE --name NAME --category CATEGORY [--quantity N] [--price YUAN] [--unit UNIT] [--room ROOM] "
        u"[--place PLACE] [--number NO] [--model M] [--brand B] [--serial S] [--bought DATE] [--supplier S] "
        u"[--funding SOURCE] [--keeper STAFF] [--not-loanable] [--batch B] [--expiry DATE] [--storage TEXT] "
        u"[--reorder N] [--by NAME] [--date DATE]"_s;
    QCommandLineParser parser;
    const QList<std::pair<QString, QString>> valued{
        {u"name"_s, u"NAME"_s}, {u"category"_s, u"CATEGORY"_s}, {u"quantity"_s, u"N"_s}, {u"price"_s, u"YUAN"_s},
        {u"unit"_s, u"UNIT"_s}, {u"room"_s, u"ROOM"_s}, {u"place"_s, u"PLACE"_s}, {u"number"_s, u"NO"_s},
        {u"model"_s, u"M"_s}, {u"brand"_s, u"B"_s}, {u"serial"_s, u"S"_s}, {u"bought"_s, u"DATE"_s},
        {u"supplier"_s, u"S"_s}, {u"funding"_s, u"SOURCE"_s}, {u"keeper"_s, u"STAFF"_s}, {u"batch"_s, u"B"_s},
        {u"expiry"_s, u"DATE"_s}, {u"storage"_s, u"TEXT"_s}, {u"reorder"_s, u"N"_s}, {u"by"_s, u"NAME"_s},
        {u"date"_s, u"DATE"_s}};
    for (const auto &[name, value] : valued)
        parser.addOption({name, QCoreApplication::translate("rr::Cli", "see the synopsis"), value});
    parser.addOption({u"not-loanable"_s, QCoreApplication::translate("rr::Cli", "the item is never lent")});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"name"_s, u"category"_s}, io, synopsis))
        return missing;
    LedgerItem item;
    item.name = parser.value(u"name"_s);
    auto category = LedgerCategoryRepository(db).find(parser.value(u"category"_s));
    if (!category)
        return failWith(io, category.error().message);
    item.categoryId = category->id;
    item.ledgerNo = parser.value(u"number"_s);
    item.unit = parser.value(u"unit"_s);
    item.model = parser.value(u"model"_s);
    item.brand = parser.value(u"brand"_s);
    item.serialNo = parser.value(u"serial"_s);
    item.supplier = parser.value(u"supplier"_s);
    item.fundingSource = parser.value(u"funding"_s);
    item.place = parser.value(u"place"_s);
    item.batch = parser.value(u"batch"_s);
    item.storageCondition = parser.value(u"storage"_s);
    item.loanable = !parser.isSet(u"not-loanable"_s);
    int quantity = 1;
    if (parser.isSet(u"quantity"_s)) {
        bool ok = false;
        quantity = parser.value(u"quantity"_s).toInt(&ok);
        if (!ok)
            return failWith(io, QCoreApplication::translate("rr::Cli", "--quantity \"%1\" is not a number.").arg(parser.value(u"quantity"_s)));
    }
    if (parser.isSet(u"reorder"_s)) {
        bool ok = false;
        item.reorderLevel = parser.value(u"reorder"_s).toInt(&ok);
        if (!ok)
            return failWith(io, QCoreApplication::translate("rr::Cli", "--reorder \"%1\" is not a number.").arg(parser.value(u"reorder"_s)));
    }
    if (parser.isSet(u"price"_s)) {
        const auto cents = parseYuan(parser.value(u"price"_s));
        if (!cents)
            return failWith(io, QCoreApplication::translate("rr::Cli", "--price \"%1\" is not an amount in yuan.").arg(parser.value(u"price"_s)));
        item.unitPriceCents = *cents;
    }
    if (parser.isSet(u"bought"_s) && !ledgerDateOption(parser, u"bought"_s, io, &item.purchaseDate, exitCode))
        return exitCode;
    if (parser.isSet(u"expiry"_s) && !ledgerDateOption(parser, u"expiry"_s, io, &item.expiryDate, exitCode))
        return exitCode;
    if (parser.isSet(u"room"_s)) {
        auto room = RoomRepository(db).find(parser.value(u"room"_s));
        if (!room)
            return failWith(io, room.error().message);
        item.roomId = room->id;
    }
    if (parser.isSet(u"keeper"_s)) {
        auto keeper = StaffRepository(db).findByKey(parser.value(u"keeper"_s), RetiredStaff::Excluded);
        if (!keeper)
            return failWith(io, keeper.error().message);
        item.keeperId = keeper->id;
    }
    QDate date;
    if (!ledgerDateOption(parser, u"date"_s, io, &date, exitCode))
        return exitCode;
    QString person;
    if (!ledgerPersonOption(parser, db, io, &person, exitCode))
        return exitCode;
    LedgerItemRepository items(db);
    auto id = items.add(item, quantity, date, person);
    if (!id)
        return failWith(io, id.error().message);
    auto added = items.byId(*id);
    if (!added)
        return failWith(io, added.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added %1 %2 as number %3 (%4 %5).")
                  .arg(added->ledgerNo, added->name)
                  .arg(*id)
                  .arg(added->quantity)
                  .arg(added->unit)
           << Qt::endl;
    return ExitSuccess;
}

int runLedgerCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QString sub = takeSubcommand(
        args, {u"add"_s, u"categories"_s, u"loan"_s, u"return"_s, u"receive"_s, u"issue"_s, u"import"_s, u"export"_s,
               u"check"_s, u"maintain"_s, u"repair"_s, u"damage"_s, u"scrap"_s, u"transfer"_s, u"paid"_s,
               u"approve-scrap"_s, u"history"_s, u"schedule"_s, u"schedules"_s, u"loans"_s, u"stocktake"_s, u"usage"_s});
    if (sub == u"add"_s)
        return runLedgerAddCommand(args, io);
    if (sub == u"categories"_s)
        return runLedgerCategoriesCommand(args, io);
    if (sub == u"loan"_s)
        return runLedgerLoanCommand(args, io);
    if (sub == u"return"_s)
        return runLedgerReturnCommand(args, io);
    if (sub == u"receive"_s || sub == u"issue"_s)
        return runLedgerStockCommand(args, io);
    if (sub == u"import"_s)
        return runLedgerImportCommand(args, io);
    if (sub == u"export"_s)
        return runLedgerExportCommand(args, io);
    if (sub == u"check"_s || sub == u"maintain"_s || sub == u"repair"_s || sub == u"damage"_s || sub == u"scrap"_s
        || sub == u"transfer"_s)
        return runLedgerEventCommand(args, io);
    if (sub == u"paid"_s || sub == u"approve-scrap"_s)
        return runLedgerEventFollowUpCommand(args, io);
    if (sub == u"history"_s)
        return runLedgerHistoryCommand(args, io);
    if (sub == u"schedule"_s && takeSubcommand(args, {u"add"_s}) == u"add"_s)
        return runLedgerScheduleAddCommand(args, io);
    if (sub == u"schedule"_s || sub == u"schedules"_s)
        return runLedgerSchedulesCommand(args, io);
    if (sub == u"loans"_s)
        return runLedgerLoansCommand(args, io);
    if (sub == u"stocktake"_s)
        return runLedgerStocktakeCommand(args, io);
    if (sub == u"usage"_s)
        return runLedgerUsageCommand(args, io);
    return runLedgerListCommand(args, io);
}

} // namespace rr
