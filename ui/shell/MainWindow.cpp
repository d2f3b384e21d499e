#include "shell/MainWindow.h"

#include "backup/BackupStatusLabel.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "family/FamilyPage.h"
#include "i18n/Language.h"
#include "iep/IepPage.h"
#include "ledger/LedgerPage.h"
#include "pages/ComingPage.h"
#include "pages/OverviewPage.h"
#include "print/PrintPage.h"
#include "rooms/ResourceRoomPage.h"
#include "school/SettingsRepository.h"
#include "schoolwork/SchoolWorkPage.h"
#include "settings/SettingsPage.h"
#include "shell/AboutDialog.h"
#include "shell/AreaAccess.h"
#include "shell/AreaIcons.h"
#include "shell/FileLostBar.h"
#include "common/BackgroundTask.h"
#include "common/FileDialogs.h"
#include "storage/OnlineCopy.h"
#include "students/StudentsPage.h"
#include "training/TrainingPage.h"

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>

namespace rr {

using namespace Qt::Literals::StringLiterals;

MainWindow::MainWindow(Session session, QWidget *parent) : QMainWindow(parent), m_session(std::move(session))
{
    setObjectName(u"mainWindow"_s);
    setWindowIcon(appIcon());
    buildNavigation();
    buildPages();

    auto *central = new QWidget(this);
    m_outerLayout = new QVBoxLayout(central);
    m_outerLayout->setContentsMargins(0, 0, 0, 0);
    m_outerLayout->setSpacing(0);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    m_outerLayout->addLayout(layout, 1);
    setCentralWidget(central);

    buildMenus();
    buildStatusBar();
    setMinimumSize(960, 600);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        ensurePage(areaAt(row));
        m_pages->setCurrentIndex(row);
        const QList<QAction *> actions = m_areaActions->actions();
        if (row < actions.size())
            actions.at(row)->setChecked(true);
    });
    connect(m_session.db.get(), &Database::written, this, [this] { refreshSummary(); });
    connect(m_session.db.get(), &Database::fileLost, this, &MainWindow::showFileLost);
    ensurePage(Area::Overview);
    showArea(Area::Overview);
    applyPolicy();
    refreshSummary();
}

void MainWindow::applyPolicy()
{
    const Principal principal = m_session.db->principal();
    const QList<QAction *> actions = m_areaActions->actions();
    for (Area area : allAreas()) {
        const int row = areaIndex(area);
        const bool allowed = mayUseArea(principal, area);
        m_navigation->item(row)->setHidden(!allowed);
        if (row < actions.size())
            actions.at(row)->setVisible(allowed);
    }
    if (!mayUseArea(principal, currentArea()))
        showArea(Area::Overview);
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    // Back from another program (a file manager, a sync tool): is the data file still ours?
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        checkDataFile();
}

void MainWindow::checkDataFile()
{
    if (auto same = m_session.db->checkFileIdentity(); !same)
        showFileLost(same.error().message);
}

void MainWindow::showFileLost(const QString &message)
{
    if (!m_fileLost) {
        m_fileLost = new FileLostBar(this);
        m_outerLayout->insertWidget(0, m_fileLost);
        connect(m_fileLost, &FileLostBar::saveAsRequested, this, &MainWindow::saveCopyAs);
        connect(m_fileLost, &FileLostBar::reopenRequested, this, &MainWindow::reopenRequested);
    }
    m_fileLost->setMessage(message);
    m_fileLost->show();
    refreshSummary();
}

Result<void> MainWindow::saveCopyTo(const QString &target)
{
    // The copy is read from the connection that still holds the file this
    // window shows, whatever the path names now.
    Result<void> copied;
    const QSqlDatabase source = m_session.db->connection();
    runInBackground(this, tr("Saving a copy of the data…"), [&](const ProgressCallback &progress) {
        copied = copyOpenDatabase(source, target, [&](qint64 done, qint64 total) { return progress(int(done), int(total)); });
    });
    return copied;
}

void MainWindow::saveCopyAs()
{
    const QString target = chooseFileToSave(this, tr("Save as a new data file"), u"resourceroom-copy.sqlite"_s,
                                            tr("ResourceRoom data files (*.sqlite)"), u"data"_s);
    if (target.isEmpty())
        return;
    const Result<void> copied = saveCopyTo(target);
    if (!copied) {
        if (copied.error().code != ErrorCode::Cancelled)
            QMessageBox::warning(this, tr("Save as a new data file"), copied.error().message);
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("Save as a new data file"),
                    tr("The data was saved as %1.").arg(QDir::toNativeSeparators(target)), QMessageBox::NoButton, this);
    QPushButton *open = box.addButton(tr("Open it"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Close);
    box.exec();
    if (box.clickedButton() == open)
        emit openPathRequested(target);
}

void MainWindow::buildNavigation()
{
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(u"navigation"_s);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->setUniformItemSizes(true);
    m_navigation->setStyleSheet(u"QListWidget#navigation { background: #eef1f5; border-right: 1px solid #d5dae1; "
                                "padding: 8px 6px; outline: 0; }"
                                "QListWidget#navigation::item { padding: 7px 6px; border-radius: 6px; color: #1f2933; }"
                                "QListWidget#navigation::item:hover { background: #e1e7ef; }"
                                "QListWidget#navigation::item:selected { background: #cfdff3; color: #0b2e59; }"_s);
    int widest = 0;
    for (Area area : allAreas()) {
        auto *item = new QListWidgetItem(areaIcon(area), areaTitle(area), m_navigation);
        item->setToolTip(areaPurpose(area));
        item->setData(Qt::UserRole, areaIndex(area));
        widest = qMax(widest, m_navigation->fontMetrics().horizontalAdvance(item->text()));
    }
    m_navigation->setFixedWidth(qMax(180, widest + 24 + 64));
}

// Each area's page is made when it is first shown or asked for; until then
// an empty placeholder holds its place in the stack. At start-up only the
// overview reads the data file: with 600 students the roster, the Today
// panel's records and the other pages took nine tenths of the start
// (docs/PERFORMANCE.md).
void MainWindow::buildPages()
{
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pages"_s);
    for (qsizetype i = 0; i < allAreas().size(); ++i) {
        auto *placeholder = new QWidget(m_pages);
        placeholder->setProperty("rrPlaceholder", true);
        m_pages->addWidget(placeholder);
    }
}

QWidget *MainWindow::ensurePage(Area area)
{
    const int index = areaIndex(area);
    QWidget *placeholder = m_pages->widget(index);
    if (!placeholder || !placeholder->property("rrPlaceholder").toBool())
        return placeholder;
    QWidget *page = createPage(area);
    page->setObjectName(u"page-"_s + areaKey(area));
    page->layout()->setContentsMargins(24, 18, 24, 16);
    const bool wasCurrent = m_pages->currentIndex() == index;
    m_pages->insertWidget(index, page);
    if (wasCurrent)
        m_pages->setCurrentIndex(index);
    m_pages->removeWidget(placeholder);
    placeholder->deleteLater();
    return page;
}

QWidget *MainWindow::createPage(Area area)
{
    switch (area) {
    case Area::Overview: return new OverviewPage(m_session, m_pages);
    case Area::Students: return new StudentsPage(m_session, m_pages);
    case Area::Ieps: return new IepPage(m_session, m_pages);
    case Area::Printing: return new PrintPage(m_session, m_pages);
    case Area::ResourceRoom: return new ResourceRoomPage(m_session, m_pages);
    case Area::Training: return new TrainingPage(m_session, m_pages);
    case Area::SchoolArchive: return new SchoolWorkPage(m_session, m_pages);
    case Area::FamilyContact: return new FamilyPage(m_session, m_pages);
    case Area::Equipment: return new LedgerPage(m_session, m_pages);
    case Area::Settings: {
        auto *page = new SettingsPage(m_session, m_pages);
        connect(page, &SettingsPage::languageRequested, this, &MainWindow::languageRequested);
        return page;
    }
    default: return new ComingPage(area, m_pages);
    }
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open data file…"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, &MainWindow::openFileRequested);
    QAction *demo = file->addAction(tr("Open &demo school"));
    connect(demo, &QAction::triggered, this, &MainWindow::openDemoRequested);
    file->addSeparator();
    QAction *backup = file->addAction(tr("&Backup and restore…"));
    backup->setObjectName(u"backupAction"_s);
    connect(backup, &QAction::triggered, this, &MainWindow::backupRequested);
    file->addSeparator();
    // Only where someone signed in (a file protected by accounts).
    if (!m_session.db->principal().isOpen()) {
        QAction *signOut = file->addAction(tr("Sign &out / switch user…"));
        signOut->setObjectName(u"signOutAction"_s);
        connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    }
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_areaActions = new QActionGroup(this);
    m_areaActions->setExclusive(true);
    const QList<Area> areas = allAreas();
    for (int i = 0; i < areas.size(); ++i) {
        const Area area = areas.at(i);
        QAction *action = view->addAction(areaIcon(area), areaTitle(area));
        action->setCheckable(true);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + (i + 1) % 10)));
        m_areaActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, area] { showArea(area); });
    }

    QMenu *language = menuBar()->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    languages->setExclusive(true);
    const QString current = savedLanguage();
    const QStringList codes = availableLanguages();
    for (const QString &code : codes) {
        QAction *action = language->addAction(languageName(code));
        action->setObjectName(u"language-"_s + code);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            if (code != savedLanguage())
                emit languageRequested(code);
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About ResourceRoom"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        AboutDialog dialog(this);
        dialog.exec();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::buildStatusBar()
{
    m_schoolLabel = new QLabel(this);
    m_schoolLabel->setObjectName(u"statusSchool"_s);
    m_semesterLabel = new QLabel(this);
    m_semesterLabel->setObjectName(u"statusSemester"_s);
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(u"statusFile"_s);
    for (QLabel *label : {m_schoolLabel, m_semesterLabel, m_fileLabel})
        label->setContentsMargins(8, 2, 8, 2);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addWidget(m_schoolLabel);
    statusBar()->addWidget(separator);
    statusBar()->addWidget(m_semesterLabel);
    auto *backup = new BackupStatusLabel(m_session, this);
    connect(backup, &BackupStatusLabel::clicked, this, &MainWindow::backupRequested);
    statusBar()->addPermanentWidget(backup);
    statusBar()->addPermanentWidget(m_fileLabel);
}

void MainWindow::refreshSummary()
{
    // A status line: what could not be read shows as such (the pages report why).
    const auto read = SettingsRepository(m_session.db).profile();
    const SchoolProfile profile = read ? *read : SchoolProfile{};
    const QString app = tr("ResourceRoom");
    QString title = profile.schoolName.isEmpty() ? app : app + u" — "_s + profile.schoolName;
    // Another program holds the writer lock: say so where the eye goes first.
    if (m_session.db->isReadOnly())
        title += u" "_s + tr("[read-only]");
    if (m_fileLost)
        title += u" "_s + tr("[data file missing — not saving]");
    setWindowTitle(title);

    m_schoolLabel->setText(read ? profile.schoolName : read.error().message);
    const auto semester = SemesterRepository(m_session.db).current(*m_session.clock);
    QString semesterText = !semester ? semester.error().message : *semester ? (*semester)->name : tr("No current semester");
    if (semester && *semester) {
        const int week = teachingWeek(**semester, m_session.clock->today());
        semesterText += u"  "_s + (week > 0 ? tr("Week %1").arg(week) : tr("outside the semester"));
    }
    m_semesterLabel->setText(semesterText);

    const QString path = QDir::toNativeSeparators(m_session.db->path());
    m_fileLabel->setText(tr("Data file: %1").arg(QFileInfo(path).fileName())
                         + (m_session.db->isReadOnly() ? u" "_s + tr("[read-only]") : QString()));
    m_fileLabel->setToolTip(m_session.db->isReadOnly() ? path + u"\n"_s + Database::readOnlyMessage() : path);
    if (m_session.db->isReadOnly())
        m_fileLabel->setStyleSheet(u"color: #a01010; font-weight: bold;"_s);
}

Area MainWindow::currentArea() const
{
    return areaAt(m_pages->currentIndex());
}

void MainWindow::showArea(Area area)
{
    if (!mayUseArea(m_session.db->principal(), area))
        return;
    m_navigation->setCurrentRow(areaIndex(area));
}

QWidget *MainWindow::page(Area area)
{
    return ensurePage(area);
}

} // namespace rr
