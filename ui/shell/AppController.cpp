#include "shell/AppController.h"

#include "backup/AutoBackup.h"
#include "backup/BackupDialog.h"
#include "backup/BackupPolicy.h"
#include "backup/BackupRestore.h"
#include "common/BackgroundTask.h"
#include "common/ListText.h"
#include "demo/DemoAccounts.h"
#include "demo/DemoSchool.h"
#include "security/AccountRepository.h"
#include "security/IdleLock.h"
#include "security/SignIn.h"
#include "security/SignInDialog.h"
#include "common/FileDialogs.h"
#include "common/UiConventions.h"
#include "firstrun/FirstRunDialog.h"
#include "i18n/Language.h"
#include "common/ReadFailure.h"
#include "common/AtomicReplace.h"
#include "school/SettingsRepository.h"
#include "shell/AppOptions.h"
#include "shell/MainWindow.h"

#include <QApplication>
#include <utility>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFontDatabase>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QScreen>
#include <QSettings>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QString dataFileFilter()
{
    return AppController::tr("ResourceRoom data files (*.sqlite *.db);;All files (*)");
}

// Data files this computer has opened, so that one gone missing is noticed
// instead of being silently replaced by an empty school.
const auto kKnownFilesKey = u"data/knownFiles"_s;

void rememberDataFile(const QString &path)
{
    QSettings settings;
    QStringList known = settings.value(kKnownFilesKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!known.contains(absolute)) {
        known.prepend(absolute);
        settings.setValue(kKnownFilesKey, known.mid(0, 20));
    }
}

bool wasOpenedBefore(const QString &path)
{
    return QSettings().value(kKnownFilesKey).toStringList().contains(QFileInfo(path).absoluteFilePath());
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}
} // namespace

AppController::AppController(std::shared_ptr<const Clock> clock, QObject *parent)
    : QObject(parent), m_clock(std::move(clock)), m_autoBackup(std::make_unique<AutoBackup>())
{
}

AppController::~AppController() = default;

void AppController::applyAppearance()
{
    const QStringList families = QFontDatabase::families();
    QFont font = QApplication::font();
    for (const QString &family : {u"Noto Sans CJK SC"_s, u"Microsoft YaHei"_s}) {
        if (families.contains(family)) {
            font.setFamilies({family});
            break;
        }
    }
    font.setPointSize(10);
    QApplication::setFont(font);
    installUiConventions();
}

void AppController::setLockedFileQuestion(std::function<bool(const QString &)> ask)
{
    m_askReadOnly = std::move(ask);
}

bool AppController::askReadOnly(const QString &message) const
{
    if (m_askReadOnly)
        return m_askReadOnly(message);
    QMessageBox box(QMessageBox::Warning, tr("Data file in use"), message, QMessageBox::NoButton, m_window.get());
    box.setInformativeText(tr("You can open it read-only, to look things up and print, or cancel."));
    QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(readOnly);
    box.exec();
    return box.clickedButton() == readOnly;
}

void AppController::setDamagedLogQuestion(std::function<bool(const QString &)> ask)
{
    m_askDamagedLog = std::move(ask);
}

bool AppController::askDamagedLog(const QString &message) const
{
    if (m_askDamagedLog)
        return m_askDamagedLog(message);
    QMessageBox box(QMessageBox::Critical, tr("Damaged data file"), message, QMessageBox::NoButton, m_window.get());
    box.setInformativeText(tr("You can open it anyway: the changes beyond the damage are then lost from the file "
                              "(the copy kept aside still has them). Or cancel and restore a backup."));
    QPushButton *anyway = box.addButton(tr("Open anyway"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == anyway;
}

bool AppController::askReopen(const QString &path) const
{
    if (m_askReopen)
        return m_askReopen();
    QMessageBox ask(QMessageBox::Question, tr("Open the data file again"),
                    tr("The window then shows what %1 holds now. What it shows at the moment (the old file) "
                       "can no longer be saved as a new file afterwards.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, m_window.get());
    QPushButton *reopen = ask.addButton(tr("Open again"), QMessageBox::AcceptRole);
    ask.addButton(QMessageBox::Cancel);
    ask.exec();
    return ask.clickedButton() == reopen;
}

Result<std::shared_ptr<Database>> AppController::openForWriting(const QString &path, OpenMode mode) const
{
    auto opened = Database::open(path, mode, Access::Exclusive);
    if (!opened && opened.error().code == ErrorCode::DamagedLog) {
        if (!askDamagedLog(opened.error().message))
            return makeError(ErrorCode::Cancelled, QString());
        opened = Database::open(path, mode, Access::Exclusive, DamagedLog::Accept);
    }
    if (opened || opened.error().code != ErrorCode::Locked)
        return opened;
    if (!askReadOnly(opened.error().message))
        return makeError(ErrorCode::Cancelled, QString());
    return Database::open(path, OpenMode::OpenExisting, Access::ReadOnly);
}

Result<std::shared_ptr<Database>> AppController::openDemoFile() const
{
    auto path = temporaryDemoSchool(*m_clock);
    if (!path)
        return path.error();
    return openForWriting(*path, OpenMode::OpenExisting);
}

Result<std::shared_ptr<Database>> AppController::openStartupFile(const AppOptions &options) const
{
    if (options.demo)
        return openDemoFile();
    if (!options.dataFile.isEmpty())
        return openForWriting(options.dataFile, OpenMode::OpenExisting);
    return openForWriting(defaultDataFile(), OpenMode::OpenExisting);
}

bool AppController::startNewSchool(const QString &path)
{
    if (wasOpenedBefore(path)) {
        // This computer had a data file here: it was deleted or moved, and an
        // empty school in its place would hide that.
        QMessageBox box(QMessageBox::Critical, tr("Data file missing"),
                        tr("The data file %1 that this computer used before is not there any more "
                           "(deleted, moved or renamed?).").arg(QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, m_window.get());
        box.setInformativeText(tr("Open the file where it is now, or restore it from a backup. "
                                  "Only set up a new school if the old data is really gone."));
        QPushButton *other = box.addButton(tr("Open another file…"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(tr("Set up a new school"), QMessageBox::DestructiveRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() == other) {
            const QString chosen = chooseFileToOpen(nullptr, tr("Open data file"), dataFileFilter(), u"data"_s);
            if (chosen.isEmpty())
                return false;
            auto opened = openForWriting(chosen, OpenMode::OpenExisting);
            if (!opened) {
                if (opened.error().code != ErrorCode::Cancelled)
                    QMessageBox::warning(nullptr, tr("Open data file"), opened.error().message);
                return false;
            }
            return showDatabase(*opened);
        }
        if (box.clickedButton() != fresh)
            return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    // Set up beside the final name; the school appears there only when the
    // first-run dialog is completed, and a cancelled setup leaves nothing.
    const QString staging = path + u".setup"_s;
    removeDatabaseFiles(staging);
    bool completed = false;
    {
        auto created = Database::open(staging, OpenMode::CreateIfMissing, Access::Exclusive);
        if (!created) {
            QMessageBox::critical(nullptr, tr("ResourceRoom"), created.error().message);
            return false;
        }
        (*created)->setClock(m_clock);
        FirstRunDialog setup(Session{*created, m_clock}, m_window.get());
        completed = setup.exec() == QDialog::Accepted;
        // The administrator who just chose the password goes on signed in.
        if (completed && !(*created)->principal().isOpen())
            m_setUpBy = (*created)->principal();
    }   // closed: the school is whole in the one file
    if (!completed || QFileInfo::exists(path)) {
        removeDatabaseFiles(staging);
        if (completed)
            QMessageBox::critical(nullptr, tr("ResourceRoom"),
                                  tr("Another data file appeared at %1 meanwhile; it was left as it is.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    if (!replaceFileAtomically(staging, path)) {
        QMessageBox::critical(nullptr, tr("ResourceRoom"),
                              tr("The new school could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    removeDatabaseFiles(staging);
    auto opened = openForWriting(path, OpenMode::OpenExisting);
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            QMessageBox::critical(nullptr, tr("ResourceRoom"), opened.error().message);
        return false;
    }
    return showDatabase(*opened);
}

bool AppController::start(const AppOptions &options)
{
    if (!options.demo && options.dataFile.isEmpty() && !QFileInfo::exists(defaultDataFile()))
        return startNewSchool(defaultDataFile());
    auto opened = openStartupFile(options);
    while (!opened) {
        if (opened.error().code == ErrorCode::Cancelled)
            return false;
        QMessageBox box(QMessageBox::Critical, tr("ResourceRoom"), opened.error().message);
        box.setInformativeText(tr("You can open another data file, or quit."));
        QPushButton *other = box.addButton(tr("Open another file…"), QMessageBox::AcceptRole);
        box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other)
            return false;
        const QString path = chooseFileToOpen(nullptr, tr("Open data file"), dataFileFilter(), u"data"_s);
        if (path.isEmpty())
            return false;
        opened = openForWriting(path, OpenMode::OpenExisting);
    }
    return showDatabase(*opened);
}

bool AppController::showDatabase(std::shared_ptr<Database> db, Area area)
{
    db->setClock(m_clock);
    if (!db->path().startsWith(QDir::tempPath()))
        rememberDataFile(db->path());
    const Session session{std::move(db), m_clock};
    if (!signInIfProtected(session.db))
        return false;
    const auto profile = SettingsRepository(session.db).profile();
    if (!profile) {
        // Not a school to set up again: a file whose settings cannot be read.
        reportReadFailure(m_window.get(), profile.error());
        return false;
    }
    if (!profile->isComplete()) {
        FirstRunDialog setup(session, m_window.get());
        if (setup.exec() != QDialog::Accepted)
            return false;
    }
    showWindow(session, area);
    return true;
}

void AppController::showWindow(const Session &session, Area area)
{
    auto next = std::make_unique<MainWindow>(session);
    next->showArea(area);
    connect(next.get(), &MainWindow::openFileRequested, this, &AppController::openFile, Qt::QueuedConnection);
    connect(next.get(), &MainWindow::reopenRequested, this, &AppController::reopenCurrent, Qt::QueuedConnection);
    connect(next.get(), &MainWindow::openPathRequested, this, &AppController::openPath, Qt::QueuedConnection);
    connect(next.get(), &MainWindow::openDemoRequested, this, &AppController::openDemo, Qt::QueuedConnection);
    connect(next.get(), &MainWindow::languageRequested, this, &AppController::switchLanguage, Qt::QueuedConnection);
    connect(next.get(), &MainWindow::backupRequested, this, &AppController::openBackupDialog, Qt::QueuedConnection);
    connect(next.get(), &MainWindow::signOutRequested, this, &AppController::signOut, Qt::QueuedConnection);
    // Someone signed in to a protected file: the session locks when idle.
    if (!session.db->principal().isOpen())
        new IdleLock(session.db, next.get());
    next->installEventFilter(this);

    if (m_window) {
        next->setGeometry(m_window->geometry());
        if (m_window->isMaximized())
            next->showMaximized();
        else
            next->show();
    } else {
        const QScreen *screen = QGuiApplication::primaryScreen();
        const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 768);
        next->resize(qMin(1280, available.width()), qMin(800, available.height()));
        if (available.width() <= 1440 || available.height() <= 800)
            next->showMaximized();   // the usual 1366×768 school screen
        else
            next->show();
    }
    // The old window (and its hold on the old data file) goes only now that
    // the new one is visible, so the application never has no window.
    m_window = std::move(next);
    // `session` may be the old window's own (a language switch): gone with it, so the new window's is used.
    m_autoBackup->attach(m_window->session(), m_window.get());
}

bool AppController::eventFilter(QObject *watched, QEvent *event)
{
    // Closing the window ends the program (replacing it for another file or
    // language deletes it without a close): the exit backup goes first.
    if (event->type() == QEvent::Close && m_window && watched == m_window.get())
        m_autoBackup->beforeClose();
    return QObject::eventFilter(watched, event);
}

void AppController::openBackupDialog()
{
    if (!m_window)
        return;
    std::unique_ptr<PreparedRestore> prepared;
    {
        // Gone before the window it belongs to is replaced.
        BackupDialog dialog(m_window->session(), &m_autoBackup->sessionPassword(), m_window.get());
        if (dialog.exec() != BackupDialog::RestoreReady)
            return;
        prepared = dialog.takePreparedRestore();
    }
    restoreOpenFile(std::move(prepared));
}

void AppController::restoreOpenFile(std::unique_ptr<PreparedRestore> prepared)
{
    if (!prepared || !m_window)
        return;
    const QString path = m_window->session().db->path();
    const Area area = m_window->currentArea();
    const std::weak_ptr<Database> open = m_window->session().db;
    // This stays on screen while no main window is, so the program never has no window.
    QProgressDialog busy(tr("Restoring the backup…"), QString(), 0, 0);
    busy.setWindowTitle(tr("Restore"));
    busy.setMinimumDuration(0);
    busy.show();
    m_autoBackup->detach();
    m_window.reset();
    std::optional<Result<RestoreDone>> done;
    if (!open.expired()) {
        done = makeError(ErrorCode::Locked, tr("The data file could not be closed for the restore; nothing was restored."));
    } else {
        runInBackground(&busy, tr("Restoring the backup…"), [&](const ProgressCallback &) { done = commitRestore(*prepared, *m_clock); });
    }
    // Whatever happened, the file at the path is whole: the restored one or the one as it was.
    auto reopened = openForWriting(path, OpenMode::OpenExisting);
    if (!reopened || !showDatabase(*reopened, area)) {
        AppOptions options;
        options.dataFile = path;
        if (!start(options))
            QCoreApplication::quit();
        return;
    }
    busy.reset();
    if (done && *done) {
        // The data now is what the backup held when it was made: that is its last good backup.
        auto recorded = BackupPolicyRepository(m_window->session().db).recordGoodBackup({(*done)->contents.madeAt, (*done)->backupFile});
        QStringList text{tr("The backup was restored.")};
        if (!(*done)->safetyCopy.isEmpty())
            text << tr("The data file as it was before is kept as %1.").arg(QDir::toNativeSeparators((*done)->safetyCopy));
        if (!recorded)
            text << recorded.error().message;
        QMessageBox::information(m_window.get(), tr("Restore"), joinSentences(text));
    } else if (done) {
        QMessageBox::warning(m_window.get(), tr("Restore"), joinSentences({done->error().message, tr("The data file was not changed.")}));
    }
}

void AppController::switchLanguage(const QString &code)
{
    saveLanguage(code);
    installTranslations(code);
    if (m_window)
        showWindow(m_window->session(), m_window->currentArea());
}

void AppController::openFile()
{
    const QString current = m_window ? m_window->session().db->path() : QString();
    if (!current.isEmpty())
        rememberFolder(u"data"_s, current);   // start beside the open file
    const QString path = chooseFileToOpen(m_window.get(), tr("Open data file"), dataFileFilter(), u"data"_s);
    if (path.isEmpty() || QFileInfo(path).absoluteFilePath() == current)
        return;
    auto opened = openForWriting(path, OpenMode::OpenExisting);
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            QMessageBox::warning(m_window.get(), tr("Open data file"), opened.error().message);
        return;
    }
    showDatabase(*opened);
}

void AppController::reopenCurrent()
{
    if (!m_window)
        return;
    const std::shared_ptr<Database> current = m_window->session().db;
    const QString path = current->path();
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(m_window.get(), tr("Open data file"),
                             tr("There is no data file at %1 now. Save what the window shows as a new file, or open another data file.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!askReopen(path))
        return;
    // Our connection and our lock let go of the path; our stale log never
    // reaches the new file.
    current->retireLostFile();
    auto opened = openForWriting(path, OpenMode::OpenExisting);
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            QMessageBox::warning(m_window.get(), tr("Open data file"), opened.error().message);
        return;
    }
    showDatabase(*opened);
}

void AppController::openPath(const QString &path)
{
    auto opened = openForWriting(path, OpenMode::OpenExisting);
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            QMessageBox::warning(m_window.get(), tr("Open data file"), opened.error().message);
        return;
    }
    showDatabase(*opened);
}

bool AppController::signInIfProtected(const std::shared_ptr<Database> &db)
{
    const std::optional<Principal> setUpBy = std::exchange(m_setUpBy, std::nullopt);
    const auto isProtected = AccountRepository(db).isProtected();
    if (!isProtected) {
        reportReadFailure(m_window.get(), isProtected.error());
        return false;
    }
    if (!*isProtected || !db->principal().isOpen())
        return true;
    if (setUpBy) {
        // The same account, read again from the file now open.
        if (const auto account = AccountRepository(db).byId(setUpBy->accountId); account && !account->disabled) {
            db->setPrincipal(SignIn::principalOf(*account));
            return true;
        }
    }
    const bool demo = isTemporaryDemoSchool(db->path());
    if (demo && signInDemoResourceTeacher(db))
        return true;
    SignInDialog dialog(db, demo, m_window.get());
    return dialog.exec() == QDialog::Accepted;
}

void AppController::signOut()
{
    if (!m_window)
        return;
    const Session session = m_window->session();
    SignIn(session.db).signOut();
    // Nothing of the records stays on screen while nobody is signed in.
    m_window->hide();
    SignInDialog dialog(session.db, isTemporaryDemoSchool(session.db->path()), nullptr);
    if (dialog.exec() != QDialog::Accepted) {
        m_window->close();
        return;
    }
    showWindow(session, Area::Overview);
}

void AppController::openDemo()
{
    auto opened = openDemoFile();
    if (!opened) {
        if (opened.error().code != ErrorCode::Cancelled)
            QMessageBox::warning(m_window.get(), tr("Open demo school"), opened.error().message);
        return;
    }
    showDatabase(*opened);
}

} // namespace rr
