#include "settings/SemesterDialog.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "calendar/SemesterSetup.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "settings/SemesterEditor.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
// The semester after the latest one on record, or the one of today.
Semester nextSemester(const QList<Semester> &semesters, const QDate &today)
{
    if (semesters.isEmpty())
        return suggestedSemester(today);
    const QDate after = semesters.constLast().end.addDays(30);
    return suggestedSemester(qMax(after, today));
}
} // namespace

SemesterDialog::SemesterDialog(Session session, QWidget *parent) : QDialog(parent), m_session(std::move(session))
{
    setObjectName(u"semesterDialog"_s);
    setWindowTitle(tr("Add semester"));

    m_editor = new SemesterEditor(this);
    // The suggestion follows the last semester on file; without the list
    // (a failed read, told below) it follows today alone.
    const auto semesters = SemesterRepository(m_session.db).all();
    m_editor->setSemester(nextSemester(semesters ? *semesters : QList<Semester>{}, m_session.clock->today()));

    m_makeCurrent = new QCheckBox(tr("Make it the current semester"), this);
    m_message = new MessageLabel(this);
    if (!semesters)
        reportReadFailure(this, semesters.error(), m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SemesterDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SemesterDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    layout->addWidget(m_makeCurrent);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

void SemesterDialog::accept()
{
    const Semester semester = m_editor->semester();
    auto done = SemesterSetup(m_session.db).create(semester, m_makeCurrent->isChecked());
    if (!done) {
        m_message->showError(done.error().message);
        return;
    }
    m_addedId = *done;
    QDialog::accept();
}

} // namespace rr
