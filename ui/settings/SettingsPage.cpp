#include "settings/SettingsPage.h"
#include "common/SortProxy.h"

#include "audit/AuditPanel.h"
#include "audit/RetentionPanel.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/PageHeader.h"
#include "i18n/Language.h"
#include "school/SettingsRepository.h"
#include "security/AccountRepository.h"
#include "security/AccountsPanel.h"
#include "security/Policy.h"
#include "settings/ProfileEditor.h"
#include "settings/SchoolCalendarPanel.h"
#include "settings/SemesterDialog.h"
#include "settings/SemesterListModel.h"
#include "shell/Area.h"
#include "staff/StaffPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>

#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SettingsPage::SettingsPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(buildProfileBox(), 3);
    top->addWidget(buildLanguageBox(), 2);

    auto *school = new QWidget(this);
    auto *schoolLayout = new QVBoxLayout(school);
    schoolLayout->setSpacing(12);
    schoolLayout->addLayout(top);
    schoolLayout->addWidget(buildSemesterBox(), 1);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"settingsTabs"_s);
    m_tabs->addTab(school, tr("School"));
    m_staff = new StaffPanel(m_session, m_tabs);
    m_tabs->addTab(m_staff, tr("Staff"));
    m_calendar = new SchoolCalendarPanel(m_session, m_tabs);
    m_tabs->addTab(m_calendar, tr("School calendar"));
    // A file protected by accounts: its accounts, passwords and the idle lock.
    if (const auto isProtected = AccountRepository(m_session.db).isProtected(); isProtected && *isProtected) {
        m_accounts = new AccountsPanel(m_session, m_tabs);
        m_tabs->addTab(m_accounts, tr("Accounts"));
    }
    // The trail and the retention review: the administrator's (and, on a
    // file without accounts, the one teacher's).
    if (Policy(m_session.db->principal()).mayRead(DataArea::Accounts)) {
        m_tabs->addTab(new AuditPanel(m_session, m_tabs), tr("Audit trail"));
        m_tabs->addTab(new RetentionPanel(m_session, m_tabs), tr("Retention"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(new PageHeader(areaTitle(Area::Settings), {}, this));
    layout->addWidget(m_tabs, 1);

    connect(m_session.db.get(), &Database::written, this, [this](const QString &kind) {
        // The profile fields are the user's work in progress: refill them only
        // when something else changed the profile.
        if (kind != u"school.profile"_s)
            reload();
    });
    reload();
    if (const auto profile = SettingsRepository(m_session.db).profile())
        m_profile->setProfile(*profile);
    // (else reload() has said why; the fields stay empty and saving is refused.)
    // The teacher is the current user, chosen on the staff tab.
    m_profile->teacherEdit()->setReadOnly(true);
    m_profile->teacherEdit()->setToolTip(tr("The current user; choose her on the Staff tab."));
}

QWidget *SettingsPage::buildProfileBox()
{
    auto *box = new QGroupBox(tr("School profile"), this);
    m_profile = new ProfileEditor(box);
    m_profileMessage = new MessageLabel(box);
    m_profileMessage->setObjectName(u"profileMessage"_s);
    auto *save = new QPushButton(tr("Save"), box);
    save->setObjectName(u"saveProfile"_s);
    connect(save, &QPushButton::clicked, this, &SettingsPage::saveProfile);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_profileMessage, 1);
    buttons->addWidget(save, 0, Qt::AlignRight | Qt::AlignTop);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_profile);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return box;
}

QWidget *SettingsPage::buildLanguageBox()
{
    auto *box = new QGroupBox(tr("Language"), this);
    m_language = new QComboBox(box);
    m_language->setObjectName(u"languageChoice"_s);
    const QStringList codes = availableLanguages();
    for (const QString &code : codes)
        m_language->addItem(languageName(code), code);
    m_language->setCurrentIndex(m_language->findData(savedLanguage()));
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        const QString code = m_language->itemData(index).toString();
        if (code != savedLanguage())
            emit languageRequested(code);
    });

    auto *note = new QLabel(tr("The language of menus and screens, remembered for you on this computer. Printed "
                               "forms stay in Chinese."),
                            box);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_language);
    layout->addWidget(note);
    layout->addStretch(1);
    return box;
}

QWidget *SettingsPage::buildSemesterBox()
{
    auto *box = new QGroupBox(tr("Semesters"), this);
    m_semesters = new SemesterListModel(this);
    m_semesterTable = new QTableView(box);
    m_semesterTable->setObjectName(u"semesterTable"_s);
    makeSortable(m_semesterTable, m_semesters);
    m_semesterTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_semesterTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_semesterTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_semesterTable->verticalHeader()->hide();
    m_semesterTable->horizontalHeader()->setStretchLastSection(true);
    m_semesterTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    auto *add = new QPushButton(tr("Add semester…"), box);
    add->setObjectName(u"addSemester"_s);
    connect(add, &QPushButton::clicked, this, &SettingsPage::addSemester);
    m_makeCurrent = new QPushButton(tr("Make current"), box);
    m_makeCurrent->setObjectName(u"makeCurrent"_s);
    connect(m_makeCurrent, &QPushButton::clicked, this, &SettingsPage::makeSelectedCurrent);
    connect(m_semesterTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });

    m_semesterMessage = new MessageLabel(box);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_makeCurrent);
    buttons->addWidget(m_semesterMessage, 1);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(box);
    layout->addWidget(m_semesterTable, 1);
    layout->addLayout(buttons);
    return box;
}

void SettingsPage::reload()
{
    const auto profile = SettingsRepository(m_session.db).profile();
    const auto semesters = SemesterRepository(m_session.db).all();
    m_readFailed = !profile || !semesters;
    if (!profile)
        reportReadFailure(this, profile.error(), m_profileMessage);
    else
        m_profile->teacherEdit()->setText(profile->teacherName);
    if (!semesters)
        reportReadFailure(this, semesters.error(), m_semesterMessage);
    m_semesters->setSemesters(semesters ? *semesters : QList<Semester>{}, profile ? profile->currentSemesterId : 0);
    m_semesterTable->resizeColumnsToContents();
    updateButtons();
}

void SettingsPage::updateButtons()
{
    const QModelIndexList rows = m_semesterTable->selectionModel()->selectedRows();
    const qint64 current = m_semesters->currentSemesterId();
    m_makeCurrent->setEnabled(!m_readFailed && !rows.isEmpty()
                              && m_semesters->semesterAt(sourceRow(rows.first())).id != current);
}

void SettingsPage::saveProfile()
{
    const auto saved = SettingsRepository(m_session.db).profile();
    if (!saved) {
        m_profileMessage->showError(saved.error().message);
        return;
    }
    const SchoolProfile edited = m_profile->profile(*saved);
    auto done = SettingsRepository(m_session.db).saveProfile(edited);
    if (done)
        m_profileMessage->showInfo(tr("Saved."));
    else
        m_profileMessage->showError(done.error().message);
}

void SettingsPage::makeSelectedCurrent()
{
    const QModelIndexList rows = m_semesterTable->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    auto read = SettingsRepository(m_session.db).profile();
    if (!read) {
        m_semesterMessage->showError(read.error().message);
        return;
    }
    SchoolProfile profile = *read;
    profile.currentSemesterId = m_semesters->semesterAt(sourceRow(rows.first())).id;
    auto done = SettingsRepository(m_session.db).saveProfile(profile);
    if (done)
        m_semesterMessage->clearMessage();
    else
        m_semesterMessage->showError(done.error().message);
    reload();
}

void SettingsPage::addSemester()
{
    SemesterDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        const int row = m_semesters->rowOf(dialog.addedId());
        if (row >= 0)
            m_semesterTable->selectRow(viewRow(m_semesterTable, row));
    }
}

} // namespace rr
