#include "settings/CalendarDayDialog.h"

#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

CalendarDayDialog::CalendarDayDialog(Session session, const Semester &semester, const CalendarDay &day, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_semester(semester), m_original(day)
{
    setObjectName(u"calendarDayDialog"_s);
    setWindowTitle(day.id > 0 ? tr("Edit calendar entry") : tr("Add calendar entry"));

    m_name = new QLineEdit(day.name, this);
    m_name->setObjectName(u"calendarDayName"_s);
    m_name->setPlaceholderText(tr("e.g. 国庆节, 运动会, 期中考试"));
    m_name->setMaxLength(40);
    const auto dateEdit = [this](const QString &name, const QDate &date) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
        // The edits allow any date; the repository says why one outside the semester is refused.
        edit->setDateRange(m_semester.start.addYears(-1), m_semester.end.addYears(1));
        edit->setDate(date.isValid() ? date : m_semester.start);
        return edit;
    };
    m_first = dateEdit(u"calendarDayFirst"_s, day.first);
    m_last = dateEdit(u"calendarDayLast"_s, day.last.isValid() ? day.last : day.first);
    connect(m_first, &QDateEdit::dateChanged, this, [this](const QDate &first) {
        if (m_last->date() < first)
            m_last->setDate(first);
    });
    m_workday = new QCheckBox(tr("Make-up workday (调休上班): school is held on these days"), this);
    m_workday->setObjectName(u"calendarDayWorkday"_s);
    m_workday->setChecked(day.isWorkday);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"calendarDayMessage"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CalendarDayDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CalendarDayDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("First day"), m_first);
    form->addRow(tr("Last day"), m_last);
    form->addRow(QString(), m_workday);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

CalendarDay CalendarDayDialog::day() const
{
    CalendarDay day = m_original;
    day.name = m_name->text().trimmed();
    day.first = m_first->date();
    day.last = m_last->date();
    day.isWorkday = m_workday->isChecked();
    return day;
}

void CalendarDayDialog::accept()
{
    const CalendarDay edited = day();
    SemesterRepository semesters(m_session.db);
    if (edited.id > 0) {
        if (auto done = semesters.updateDay(m_semester.id, edited); !done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = edited.id;
    } else {
        auto id = semesters.addDay(m_semester.id, edited);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    }
    QDialog::accept();
}

} // namespace rr
