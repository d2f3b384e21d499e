#include "cli/commands/BackupCliSupport.h"

#include "cli/CliSignIn.h"
#include "backup/BackupCrypto.h"
#include "backup/BackupFile.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#endif

namespace rr {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

// Turns the terminal's echo off for as long as it lives.
class EchoOff {
public:
    EchoOff()
    {
#ifdef Q_OS_UNIX
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
#elif defined(Q_OS_WIN)
        m_console = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(m_console, &m_saved))
            m_active = SetConsoleMode(m_console, m_saved & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_UNIX
        if (m_active)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#elif defined(Q_OS_WIN)
        if (m_active)
            SetConsoleMode(m_console, m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_active = false;
#ifdef Q_OS_UNIX
    termios m_saved{};
#elif defined(Q_OS_WIN)
    HANDLE m_console = nullptr;
    DWORD m_saved = 0;
#endif
};

// One line of standard input without its line end; nullopt at end of input
// or when the line is longer than a password may be.
std::optional<QByteArray> readLine()
{
    char buffer[kMaxPasswordLength + 3];
    if (!std::fgets(buffer, sizeof buffer, stdin))
        return std::nullopt;
    QByteArray line(buffer, qsizetype(std::strlen(buffer)));
    std::memset(buffer, 0, sizeof buffer);
    const bool complete = line.endsWith('\n') || std::feof(stdin);
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (!complete || line.size() > kMaxPasswordLength) {
        line.fill('\0');
        return std::nullopt;
    }
    return line;
}

Error passwordError(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

} // namespace

Result<QByteArray> readBackupPassword(CliIo &io, PasswordUse use)
{
    if (!stdinIsTerminal()) {
        const std::optional<QByteArray> line = readLine();
        if (!line || line->isEmpty())
            return passwordError(QCoreApplication::translate("rr::Cli", "No password was given on standard input (one line, at most %1 characters).")
                                     .arg(kMaxPasswordLength));
        if (use == PasswordUse::NewBackup)
            if (const QString problem = newPasswordProblem(*line); !problem.isEmpty())
                return passwordError(problem);
        return *line;
    }
    const auto ask = [&](const QString &prompt) -> std::optional<QByteArray> {
        io.err << prompt << Qt::flush;
        const EchoOff quiet;
        return readLine();
    };
    const std::optional<QByteArray> first = ask(QCoreApplication::translate("rr::Cli", "Password of the backup: "));
    if (!first || first->isEmpty())
        return passwordError(QCoreApplication::translate("rr::Cli", "No password was entered."));
    if (use == PasswordUse::Existing)
        return *first;
    if (const QString problem = newPasswordProblem(*first); !problem.isEmpty())
        return passwordError(problem);
    const std::optional<QByteArray> again = ask(QCoreApplication::translate("rr::Cli", "The same password again: "));
    if (!again || *again != *first)
        return passwordError(QCoreApplication::translate("rr::Cli", "The two passwords differ; nothing was written."));
    return *first;
}

std::optional<QByteArray> readSecretLine(QTextStream &err, const QString &prompt)
{
    if (!stdinIsTerminal())
        return readLine();
    err << prompt << Qt::flush;
    const EchoOff quiet;
    return readLine();
}

bool standardInputIsTerminal()
{
    return stdinIsTerminal();
}

Result<BackupFile> openBackupAsking(const QString &path, CliIo &io)
{
    auto kind = backupKind(path);
    if (!kind)
        return kind.error();
    if (*kind == BackupKind::Plain)
        return BackupFile::open(path);
    auto password = readBackupPassword(io, PasswordUse::Existing);
    if (!password)
        return password.error();
    auto opened = BackupFile::open(path, *password);
    password->fill('\0');
    return opened;
}

Result<std::shared_ptr<Database>> openForBackup(const QString &path)
{
    auto db = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
    if (!db && db.error().code == ErrorCode::Locked)
        db = Database::open(path, OpenMode::OpenExisting, Access::ReadOnly);
    if (!db)
        return db;
    if (auto signedIn = signInForCli(*db); !signedIn)
        return signedIn.error();
    return db;
}

void printContents(CliIo &io, const BackupContents &contents)
{
    for (const QString &line : describeContents(contents))
        io.out << line << '\n';
    io.out.flush();
}

} // namespace rr
