#include "firstrun/FirstRunDialog.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "school/SchoolSetup.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "school/SettingsRepository.h"
#include "settings/ProfileEditor.h"
#include "settings/SemesterEditor.h"

#include <QDialogButtonBox>
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
    return SchoolSetup(m_session.db).run(profile, semester);
}

} // namespace rr
