#pragma once
// The main window: navigation on the left, one page per area on the right,
// menus, and a status bar naming the school, the week and the data file.
// It shows one data file; opening another file or switching the language is
// asked of the controller through signals, which builds a new window.
#include "shell/Area.h"
#include "shell/Session.h"

#include <QMainWindow>
#include <QMap>

class QActionGroup;
class QVBoxLayout;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace rr {

class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Session session, QWidget *parent = nullptr);

    Area currentArea() const;
    void showArea(Area area);
    // The area's page, made on first use (see buildPages).
    QWidget *page(Area area);
    const Session &session() const { return m_session; }

    // Whether the data file is still the one opened; shows the bar when not.
    // Asked whenever the window becomes active again.
    void checkDataFile();
    // What the bar's "Save as" does once a file name was chosen.
    Result<void> saveCopyTo(const QString &target);
    class FileLostBar *fileLostBar() const { return m_fileLost; }
    // Hides the areas the signed-in account's roles may not use
    // (shell/AreaAccess.h); called at start and after a change of principal.
    void applyPolicy();

signals:
    void openFileRequested();
    // The data file was replaced or deleted: open the path again.
    void reopenRequested();
    // Open this file (the copy just saved).
    void openPathRequested(const QString &path);
    void openDemoRequested();
    void backupRequested();   // File › Backup and restore…, or a click on the status bar's backup state
    void languageRequested(const QString &code);
    void signOutRequested();   // File › Sign out / switch user (a file protected by accounts)

protected:
    void changeEvent(QEvent *event) override;

private:
    void showFileLost(const QString &message);
    void saveCopyAs();
    void buildNavigation();
    void buildPages();
    void buildMenus();
    void buildStatusBar();
    void refreshSummary();      // title and status bar
    QWidget *createPage(Area area);
    QWidget *ensurePage(Area area);

    Session m_session;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QActionGroup *m_areaActions = nullptr;
    QLabel *m_schoolLabel = nullptr;
    QLabel *m_semesterLabel = nullptr;
    QLabel *m_fileLabel = nullptr;
    QVBoxLayout *m_outerLayout = nullptr;
    class FileLostBar *m_fileLost = nullptr;
};

} // namespace rr
