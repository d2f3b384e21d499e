#pragma once
// What the backup commands share: the password, asked without echo, and
// the contents of a backup printed one item a line.
#include "backup/BackupContents.h"
#include "cli/CliCommand.h"

#include <QByteArray>
#include <optional>

namespace rr {

class BackupFile;

enum class PasswordUse {
    NewBackup,   // asked twice on a terminal; at least kMinPasswordLength characters
    Existing,    // asked once
};

// From the terminal without echo (termios; the console mode on Windows), or
// one line from standard input when it is not a terminal (scripts, tests).
// Never from an argument: every user of a shared PC can read those in the
// process list, and the shell keeps them in its history.
Result<QByteArray> readBackupPassword(CliIo &io, PasswordUse use);
// One secret line the same way (an account's password, a recovery code):
// `prompt` on the terminal with echo off, else one line of standard input.
// nullopt at the end of input or for a line longer than a password may be.
std::optional<QByteArray> readSecretLine(QTextStream &err, const QString &prompt);
bool standardInputIsTerminal();

// Opens a backup, asking for the password when it is encrypted.
Result<BackupFile> openBackupAsking(const QString &path, CliIo &io);

void printContents(CliIo &io, const BackupContents &contents);

// The backup commands, one file each (Backup*Command.cpp).
int runBackupCommand(const QStringList &arguments, CliIo &io);          // backup
int runVerifyBackupCommand(const QStringList &arguments, CliIo &io);    // verify-backup
int runRestoreCommand(const QStringList &arguments, CliIo &io);         // restore
int runBackupsCommand(const QStringList &arguments, CliIo &io);         // backups
int runBackupPolicyCommand(const QStringList &arguments, CliIo &io);    // backup-policy

// The data file for a backup: with the writer lock when it is free (so the
// backup's time can be recorded in it), else read-only beside the program
// that holds it — a backup never waits for the GUI to close.
Result<std::shared_ptr<Database>> openForBackup(const QString &path);

} // namespace rr
