#include "cli/commands/LedgerCommands.h"

#include "ledger/LedgerCategoryRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

// `ledger categories`: id, code, name, kind, one per line.
// `ledger categories add --name NAME [--code CODE] [--kind KIND]`.
int runLedgerCategoriesCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis =
        u"ledger categories --db FILE | ledger categories add --db FILE --name NAME [--code CODE] "
        u"[--kind equipment|consumable|medicine]"_s;
    QStringList args = arguments;
    const QString sub = takeSubcommand(args, {u"add"_s});
    QCommandLineParser parser;
    if (!sub.isEmpty()) {
        parser.addOption({u"name"_s, QCoreApplication::translate("rr::Cli", "the category's name"), u"NAME"_s});
        parser.addOption({u"code"_s, QCoreApplication::translate("rr::Cli", "the prefix of its ledger numbers"), u"CODE"_s});
        parser.addOption({u"kind"_s, QCoreApplication::translate("rr::Cli", "equipment, consumable or medicine"), u"KIND"_s});
    }
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, args, io, synopsis, exitCode, !sub.isEmpty());
    if (!db)
        return exitCode;
    LedgerCategoryRepository categories(db);
    if (sub.isEmpty()) {
        auto all = categories.all();
        if (!all)
            return failWith(io, all.error().message);
        for (const LedgerCategory &c : std::as_const(*all))
            io.out << c.id << '\t' << c.code << '\t' << c.name << '\t' << categoryKindLabel(c.kind) << '\n';
        io.out.flush();
        return ExitSuccess;
    }
    if (const int missing = requireOptions(parser, {u"name"_s}, io, synopsis))
        return missing;
    LedgerCategory category;
    category.name = parser.value(u"name"_s);
    category.code = parser.value(u"code"_s);
    if (parser.isSet(u"kind"_s) && !categoryKindFromText(parser.value(u"kind"_s), &category.kind))
        return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown kind \"%1\"; the kinds are equipment, consumable and medicine.")
                                .arg(parser.value(u"kind"_s)));
    auto id = categories.add(category);
    if (!id)
        return failWith(io, id.error().message);
    auto added = categories.byId(*id);
    if (!added)
        return failWith(io, added.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added the category %1 (%2) as number %3.")
                  .arg(added->name, added->code)
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
