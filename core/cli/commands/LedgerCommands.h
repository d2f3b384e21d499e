#pragma once
// The sub-commands of `ledger`, one file per group (LedgerCommand.cpp dispatches).
#include "cli/CliCommand.h"

#include <QDate>

namespace rr {

int runLedgerListCommand(const QStringList &arguments, CliIo &io);
int runLedgerAddCommand(const QStringList &arguments, CliIo &io);
int runLedgerCategoriesCommand(const QStringList &arguments, CliIo &io);
int runLedgerLoanCommand(const QStringList &arguments, CliIo &io);
int runLedgerReturnCommand(const QStringList &arguments, CliIo &io);
int runLedgerStockCommand(const QStringList &arguments, CliIo &io);   // receive | issue
int runLedgerImportCommand(const QStringList &arguments, CliIo &io);
int runLedgerExportCommand(const QStringList &arguments, CliIo &io);
int runLedgerEventCommand(const QStringList &arguments, CliIo &io);           // check | maintain | repair | damage | scrap | transfer
int runLedgerEventFollowUpCommand(const QStringList &arguments, CliIo &io);   // paid | approve-scrap
int runLedgerHistoryCommand(const QStringList &arguments, CliIo &io);
int runLedgerScheduleAddCommand(const QStringList &arguments, CliIo &io);     // schedule add
int runLedgerSchedulesCommand(const QStringList &arguments, CliIo &io);
int runLedgerLoansCommand(const QStringList &arguments, CliIo &io);
int runLedgerStocktakeCommand(const QStringList &arguments, CliIo &io);       // stocktake [start|tick|count|report|confirm]
int runLedgerUsageCommand(const QStringList &arguments, CliIo &io);           // usage [--unused]

// --date D (today when absent): false with the error printed when D is not a date.
bool ledgerDateOption(const QCommandLineParser &parser, const QString &name, CliIo &io, QDate *date, int &exitCode);
// The person recorded for a CLI action: --by NAME, else the current user.
bool ledgerPersonOption(const QCommandLineParser &parser, const std::shared_ptr<Database> &db, CliIo &io, QString *person,
                        int &exitCode);

} // namespace rr
