#pragma once
// Owns the open data file and the main window. Opens the file the command
// line asks for (showing problems and offering another file), runs the
// first-run setup when the school is not set up yet, and replaces the window
// when another file is opened or the language changes. Windows ask for those
// through signals; the controller acts on them from the event loop (queued),
// so a window is never deleted while one of its own slots is running.
#include "common/Clock.h"
#include "common/Result.h"
#include "shell/Area.h"
#include "shell/Session.h"

#include "security/Principal.h"

#include <QObject>
#include <QSet>
#include <functional>
#include <optional>
#include <memory>

namespace rr {

struct AppOptions;
class AutoBackup;
class MainWindow;
class PreparedRestore;

class AppController final : public QObject {
    Q_OBJECT
public:
    explicit AppController(std::shared_ptr<const Clock> clock, QObject *parent = nullptr);
    ~AppController() override;

    // The application font: Noto Sans CJK SC (so fontconfig does not pick the
    // Japanese glyph variants), or Microsoft YaHei on Windows, at 10 pt.
    static void applyAppearance();

    // Opens the data file `options` names and shows it. False when the user
    // gave up (an error they did not resolve, or first-run setup cancelled).
    bool start(const AppOptions &options);

    // Shows `db` in a new main window, asking for the school first when its
    // profile is incomplete. False (and nothing changed) when that was cancelled.
    bool showDatabase(std::shared_ptr<Database> db, Area area = Area::Overview);

    MainWindow *window() const { return m_window.get(); }

    // Saves the language, installs its translations and rebuilds the window
    // on the same data file, showing the same area.
    void switchLanguage(const QString &code);
    void openFile();   // File › Open data file…
    void openDemo();   // File › Open demo school
    // The open file was replaced or deleted: open whatever the path holds now.
    void reopenCurrent();
    void openPath(const QString &path);
    void openBackupDialog();   // File › Backup and restore…
    // File › Sign out / switch user: nobody is signed in until the sign-in
    // dialog succeeds; then the window is rebuilt for the new person.
    // Cancelling it closes the program.
    void signOut();
    // Closes the open data file, puts the checked backup in its place (a
    // safety copy of the file kept beside it) and opens it again; when that
    // fails, the file as it was is opened again and the reason shown.
    void restoreOpenFile(std::unique_ptr<PreparedRestore> prepared);
    AutoBackup *autoBackup() const { return m_autoBackup.get(); }

    // Asked when another program holds the file's writer lock, with who it
    // is; true opens the file read-only. A message box by default; tests
    // answer themselves.
    void setLockedFileQuestion(std::function<bool(const QString &message)> ask);
    // Asked when the file's change log is damaged (the originals were kept
    // aside); true opens it anyway, losing the changes beyond the damage.
    void setDamagedLogQuestion(std::function<bool(const QString &message)> ask);
    // Asked before the window lets go of a replaced file to open the path
    // again; a message box by default.
    void setReopenQuestion(std::function<bool()> ask) { m_askReopen = std::move(ask); }
    // Opens with the writer lock; if another program holds it, asks, and
    // then opens read-only or gives ErrorCode::Cancelled.
    Result<std::shared_ptr<Database>> openForWriting(const QString &path, OpenMode mode) const;

protected:
    // The exit backup runs when the main window is about to close.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Result<std::shared_ptr<Database>> openStartupFile(const AppOptions &options) const;
    // First run on this computer: the data file appears at `path` only once
    // the first-run dialog was completed.
    bool startNewSchool(const QString &path);
    Result<std::shared_ptr<Database>> openDemoFile() const;
    void showWindow(const Session &session, Area area);
    bool askReadOnly(const QString &message) const;
    bool askDamagedLog(const QString &message) const;
    bool askReopen(const QString &path) const;
    // A protected file needs someone signed in: the person who just set it
    // up, the demo's resource teacher, or whoever the sign-in dialog lets in.
    bool signInIfProtected(const std::shared_ptr<Database> &db);

    std::shared_ptr<const Clock> m_clock;
    std::unique_ptr<MainWindow> m_window;
    std::function<bool(const QString &)> m_askReadOnly;
    std::function<bool(const QString &)> m_askDamagedLog;
    std::function<bool()> m_askReopen;
    std::unique_ptr<AutoBackup> m_autoBackup;
    std::optional<Principal> m_setUpBy;         // who set up the new school that opens next
};

} // namespace rr
