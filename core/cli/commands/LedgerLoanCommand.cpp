#include "cli/commands/LedgerCommands.h"

#include "calendar/ScreenDate.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LoanRepository.h"
#include "ledger/StockRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

// `ledger loan --item ID --borrower NAME --due D`: the borrower is a serving
// staff member; a room whose rules forbid lending refuses, quoting the rule.
int runLedgerLoanCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis =
        u"ledger loan --db FILE --item ID|NUMBER --borrower NAME --due DATE [--quantity N] [--purpose TEXT] "
        u"[--date DATE] [--by NAME]"_s;
    QCommandLineParser parser;
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "the item (id or ledger number)"), u"ID"_s});
    parser.addOption({u"borrower"_s, QCoreApplication::translate("rr::Cli", "the staff member who borrows it"), u"NAME"_s});
    parser.addOption({u"due"_s, QCoreApplication::translate("rr::Cli", "the day it is due back"), u"DATE"_s});
    parser.addOption({u"quantity"_s, QCoreApplication::translate("rr::Cli", "how many (1 unless given)"), u"N"_s});
    parser.addOption({u"purpose"_s, QCoreApplication::translate("rr::Cli", "what it is borrowed for"), u"TEXT"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day of the loan (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who lends it (the current user unless given)"), u"NAME"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"item"_s, u"borrower"_s, u"due"_s}, io, synopsis))
        return missing;
    auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
    if (!item)
        return failWith(io, item.error().message);
    auto borrower = StaffRepository(db).findByKey(parser.value(u"borrower"_s), RetiredStaff::Excluded);
    if (!borrower)
        return failWith(io, borrower.error().message);
    ItemLoan loan;
    loan.itemId = item->id;
    loan.borrowerId = borrower->id;
    loan.purpose = parser.value(u"purpose"_s);
    if (parser.isSet(u"quantity"_s)) {
        bool ok = false;
        loan.quantity = parser.value(u"quantity"_s).toInt(&ok);
        if (!ok)
            return failWith(io, QCoreApplication::translate("rr::Cli", "--quantity \"%1\" is not a number.").arg(parser.value(u"quantity"_s)));
    }
    if (!ledgerDateOption(parser, u"date"_s, io, &loan.lentOn, exitCode)
        || !ledgerDateOption(parser, u"due"_s, io, &loan.dueOn, exitCode)
        || !ledgerPersonOption(parser, db, io, &loan.lentBy, exitCode))
        return exitCode;
    auto id = LoanRepository(db).lend(loan);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Lent %1 %2 to %3 until %4 (loan %5).")
                  .arg(item->ledgerNo, item->name, borrower->name, screenDate(loan.dueOn))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

int runLedgerReturnCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"ledger return --db FILE --item ID|NUMBER [--date DATE] [--by NAME] [--note TEXT]"_s;
    QCommandLineParser parser;
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "the item (id or ledger number)"), u"ID"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day it came back (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who took it back (the current user unless given)"), u"NAME"_s});
    parser.addOption({u"note"_s, QCoreApplication::translate("rr::Cli", "its state on return"), u"TEXT"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"item"_s}, io, synopsis))
        return missing;
    auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
    if (!item)
        return failWith(io, item.error().message);
    QDate date;
    QString person;
    if (!ledgerDateOption(parser, u"date"_s, io, &date, exitCode) || !ledgerPersonOption(parser, db, io, &person, exitCode))
        return exitCode;
    auto loan = LoanRepository(db).returnItem(item->id, date, person, parser.value(u"note"_s));
    if (!loan)
        return failWith(io, loan.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "%1 %2 returned on %3 (loan %4).")
                  .arg(item->ledgerNo, item->name, screenDate(date))
                  .arg(*loan)
           << Qt::endl;
    return ExitSuccess;
}

// `ledger receive|issue --item ID --quantity N [--reason TEXT]`: the stock
// changes only this way.
int runLedgerStockCommand(const QStringList &arguments, CliIo &io)
{
    const bool issuing = arguments.value(0).endsWith(u" issue"_s);
    const QString synopsis = (issuing ? u"ledger issue"_s : u"ledger receive"_s)
        + u" --db FILE --item ID|NUMBER --quantity N [--reason TEXT] [--date DATE] [--by NAME]"_s;
    QCommandLineParser parser;
    parser.addOption({u"item"_s, QCoreApplication::translate("rr::Cli", "the item (id or ledger number)"), u"ID"_s});
    parser.addOption({u"quantity"_s, QCoreApplication::translate("rr::Cli", "how many"), u"N"_s});
    parser.addOption({u"reason"_s, QCoreApplication::translate("rr::Cli", "why"), u"TEXT"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day (today unless given)"), u"DATE"_s});
    parser.addOption({u"by"_s, QCoreApplication::translate("rr::Cli", "who (the current user unless given)"), u"NAME"_s});
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode, true);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"item"_s, u"quantity"_s}, io, synopsis))
        return missing;
    auto item = LedgerItemRepository(db).find(parser.value(u"item"_s));
    if (!item)
        return failWith(io, item.error().message);
    bool ok = false;
    const int quantity = parser.value(u"quantity"_s).toInt(&ok);
    if (!ok)
        return failWith(io, QCoreApplication::translate("rr::Cli", "--quantity \"%1\" is not a number.").arg(parser.value(u"quantity"_s)));
    QDate date;
    QString person;
    if (!ledgerDateOption(parser, u"date"_s, io, &date, exitCode) || !ledgerPersonOption(parser, db, io, &person, exitCode))
        return exitCode;
    StockRepository stock(db);
    auto done = issuing ? stock.issue(item->id, quantity, date, person, parser.value(u"reason"_s))
                        : stock.receive(item->id, quantity, date, person, parser.value(u"reason"_s));
    if (!done)
        return failWith(io, done.error().message);
    auto now = stock.stock(item->id);
    if (!now)
        return failWith(io, now.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "%1 %2: %3 %4 in stock.")
                  .arg(item->ledgerNo, item->name)
                  .arg(*now)
                  .arg(item->unit)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
