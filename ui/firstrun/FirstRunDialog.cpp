#include "firstrun/FirstRunDialog.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "school/SchoolSetup.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "school/SettingsRepository.h"
#include "settings/ProfileEditor.h"
#include "settings/SemesterEditor.h"

#include "security/RecoveryCodeDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

FirstRunDialog::FirstRunDialog(Session session, QWidget *parent) : QDialog(parent), m_session(std::move(session))
{
    setObjectName(u"firstRunDialog"_s);
    setWindowTitle(tr("Welcome to ResourceRoom"));

    auto *intro = new QLabel(tr("Before you start, tell ResourceRoom which school it works for and which semester "
                                "is running. You can change all of this later under Settings."),
                             this);
    intro->setWordWrap(true);

    auto *schoolBox = new QGroupBox(tr("School"), this);
    m_profile = new ProfileEditor(schoolBox);
    // A file set up half-way offers what it holds.
    const auto existing = SettingsRepository(m_session.db).profile();
    if (existing)
        m_profile->setProfile(*existing);
    (new QVBoxLayout(schoolBox))->addWidget(m_profile);

    auto *semesterBox = new QGroupBox(tr("Current semester"), this);
    m_semester = new SemesterEditor(semesterBox);
    const QDate today = m_session.clock->today();
    const auto running = SemesterRepository(m_session.db).containing(today);
    m_semester->setSemester(running && *running ? **running : suggestedSemester(today));
    (new QVBoxLayout(semesterBox))->addWidget(m_semester);

    auto *protectionBox = new QGroupBox(tr("Protection"), this);
    m_protect = new QCheckBox(tr("Protect the data with accounts and passwords (recommended)"), protectionBox);
    m_protect->setObjectName(u"protectWithAccounts"_s);
    m_protect->setChecked(true);
    auto *protectNote = new QLabel(tr("The file holds the disability, medical and family details of minors. With "
                                      "accounts, everyone signs in and sees only what their role allows. You become "
                                      "the administrator."),
                                   protectionBox);
    protectNote->setWordWrap(true);
    m_adminUser = new QLineEdit(protectionBox);
    m_adminUser->setObjectName(u"adminUserName"_s);
    m_adminUser->setMaxLength(32);
    m_adminUser->setPlaceholderText(tr("the resource teacher's name"));
    m_adminPassword = new QLineEdit(protectionBox);
    m_adminPassword->setObjectName(u"adminPassword"_s);
    m_adminPassword->setEchoMode(QLineEdit::Password);
    m_adminPassword->setMaxLength(1024);
    m_adminRepeat = new QLineEdit(protectionBox);
    m_adminRepeat->setObjectName(u"adminPasswordRepeat"_s);
    m_adminRepeat->setEchoMode(QLineEdit::Password);
    m_adminRepeat->setMaxLength(1024);
    auto *adminForm = new QFormLayout;
    adminForm->addRow(tr("Your &user name:"), m_adminUser);
    adminForm->addRow(tr("Your pass&word:"), m_adminPassword);
    adminForm->addRow(tr("The password a&gain:"), m_adminRepeat);
    auto *protectionLayout = new QVBoxLayout(protectionBox);
    protectionLayout->addWidget(m_protect);
    protectionLayout->addWidget(protectNote);
    protectionLayout->addLayout(adminForm);
    connect(m_protect, &QCheckBox::toggled, this, [this](bool on) {
        for (QLineEdit *edit : {m_adminUser, m_adminPassword, m_adminRepeat})
            edit->setEnabled(on);
    });

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"firstRunMessage"_s);
    if (!existing || !running)
        reportReadFailure(this, !existing ? existing.error() : running.error(), m_message);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(schoolBox);
    layout->addWidget(semesterBox);
    layout->addWidget(protectionBox);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
    m_profile->schoolEdit()->setFocus();
}

void FirstRunDialog::accept()
{
    if (auto saved = save(); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    m_message->clearMessage();
    if (!m_recoveryCode.isEmpty()) {
        const SchoolProfile profile = m_profile->profile();
        RecoveryCodeDialog show(m_recoveryCode, profile.schoolName.trimmed(), m_session.db->principal().userName,
                                m_session.clock->today(), this);
        if (m_showCode)
            m_showCode(show);
        else
            show.exec();
    }
    QDialog::accept();
}

Result<void> FirstRunDialog::save()
{
    const SchoolProfile profile = m_profile->profile();
    const Semester semester = m_semester->semester();
    switch (SchoolSetup::check(profile, semester)) {
    case SchoolSetup::Problem::SchoolName: m_profile->schoolEdit()->setFocus(); break;
    case SchoolSetup::Problem::TeacherName: m_profile->teacherEdit()->setFocus(); break;
    case SchoolSetup::Problem::Semester:
    case SchoolSetup::Problem::None: break;
    }
    AccountChoice accounts;
    accounts.protect = m_protect->isChecked();
    if (accounts.protect) {
        if (m_adminPassword->text() != m_adminRepeat->text()) {
            m_adminRepeat->setFocus();
            return makeError(ErrorCode::InvalidInput, tr("The two passwords differ."));
        }
        accounts.userName = m_adminUser->text();
        accounts.adminPassword = m_adminPassword->text().toUtf8();
    }
    auto code = SchoolSetup(m_session.db).run(profile, semester, accounts);
    if (!code)
        return code.error();
    m_adminPassword->clear();
    m_adminRepeat->clear();
    m_recoveryCode = *code;
    return {};
}

} // namespace rr
