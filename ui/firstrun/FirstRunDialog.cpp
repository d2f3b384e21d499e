#include "firstrun/FirstRunDialog.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
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
    const SchoolProfile existing = SettingsRepository(m_session.db).profile();
    m_profile->setProfile(existing);
    (new QVBoxLayout(schoolBox))->addWidget(m_profile);

    auto *semesterBox = new QGroupBox(tr("Current semester"), this);
    m_semester = new SemesterEditor(semesterBox);
    const QDate today = m_session.clock->today();
    m_semester->setSemester(SemesterRepository(m_session.db).containing(today).value_or(suggestedSemester(today)));
    (new QVBoxLayout(semesterBox))->addWidget(m_semester);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"firstRunMessage"_s);

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
    SchoolProfile profile = m_profile->profile();
    if (profile.schoolName.isEmpty()) {
        m_profile->schoolEdit()->setFocus();
        return makeError(ErrorCode::InvalidInput, tr("Please enter the name of the school."));
    }
    const Semester semester = m_semester->semester();
    if (auto valid = SemesterRepository::validate(semester); !valid)
        return valid.error();

    // A semester of that name may exist already (a file set up half-way): reuse it.
    const std::optional<Semester> existing = SemesterRepository(m_session.db).find(semester.name);
    return m_session.db->write({u"school.setup"_s, u"first-run setup"_s}, [&](Transaction &tx) -> Result<void> {
        if (existing) {
            profile.currentSemesterId = existing->id;
        } else {
            auto id = SemesterRepository::add(tx, semester);
            if (!id)
                return id.error();
            profile.currentSemesterId = *id;
        }
        return SettingsRepository::saveProfile(tx, profile);
    });
}

} // namespace rr
