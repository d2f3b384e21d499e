#include "settings/SemesterEditor.h"

#include "common/SortProxy.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterSetup.h"
#include "settings/CalendarDayListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString SemesterEditor::kindLabel(SemesterKind kind)
{
    return kind == SemesterKind::Autumn ? tr("Autumn semester") : tr("Spring semester");
}

SemesterEditor::SemesterEditor(QWidget *parent) : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"semesterName"_s);
    m_name->setMaxLength(60);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"semesterKind"_s);
    m_kind->addItem(kindLabel(SemesterKind::Autumn), int(SemesterKind::Autumn));
    m_kind->addItem(kindLabel(SemesterKind::Spring), int(SemesterKind::Spring));

    auto makeDateEdit = [this](const QString &name) {
        auto *edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
        return edit;
    };
    m_start = makeDateEdit(u"semesterStart"_s);
    m_end = makeDateEdit(u"semesterEnd"_s);

    m_weeks = new QLabel(this);
    m_weeks->setForegroundRole(QPalette::PlaceholderText);

    m_statutory = new CalendarDayListModel(this);
    m_statutory->setCheckable(true);
    m_statutoryView = new QTableView(this);
    m_statutoryView->setObjectName(u"statutoryOffer"_s);
    makeSortable(m_statutoryView, m_statutory);
    m_statutoryView->setSelectionMode(QAbstractItemView::NoSelection);
    m_statutoryView->verticalHeader()->hide();
    m_statutoryView->horizontalHeader()->setStretchLastSection(true);
    // The shipped names say which entries are 调休上班; the dates need the room.
    m_statutoryView->setColumnHidden(CalendarDayListModel::Days, true);
    m_statutoryView->setColumnHidden(CalendarDayListModel::Kind, true);
    m_statutoryView->setFixedHeight(130);
    m_statutoryNote = new QLabel(this);
    m_statutoryNote->setObjectName(u"statutoryNote"_s);
    m_statutoryNote->setWordWrap(true);
    m_statutoryNote->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("First day"), m_start);
    form->addRow(tr("Last day"), m_end);
    form->addRow(QString(), m_weeks);
    form->addRow(tr("Statutory holidays"), m_statutoryNote);
    form->addRow(m_statutoryView);

    connect(m_start, &QDateEdit::dateChanged, this, [this] { updateWeeks(); });
    connect(m_end, &QDateEdit::dateChanged, this, [this] { updateWeeks(); });
    updateStatutory();
}

void SemesterEditor::setSemester(const Semester &semester)
{
    m_name->setText(semester.name);
    m_kind->setCurrentIndex(m_kind->findData(int(semester.kind)));
    m_start->setDate(semester.start);
    m_end->setDate(semester.end);
    updateWeeks();
}

Semester SemesterEditor::semester() const
{
    Semester s;
    s.name = m_name->text().trimmed();
    s.kind = SemesterKind(m_kind->currentData().toInt());
    s.start = m_start->date();
    s.end = m_end->date();
    s.schoolYear = s.kind == SemesterKind::Autumn ? s.start.year() : s.start.year() - 1;
    s.days = m_statutory->checkedDays();
    return s;
}

void SemesterEditor::updateWeeks()
{
    const Semester s = semester();
    const int weeks = s.start < s.end ? teachingWeekCount(s) : 0;
    m_weeks->setText(weeks > 0 ? tr("%n teaching week(s)", "", weeks) : QString());
    updateStatutory();
}

void SemesterEditor::updateStatutory()
{
    Semester s;
    s.start = m_start->date();
    s.end = m_end->date();
    m_statutory->setDays(s.start < s.end ? SemesterSetup::statutoryOffer(s) : QList<CalendarDay>{});
    m_statutoryView->resizeColumnsToContents();
    m_statutoryNote->setText(m_statutory->rowCount() > 0
                                 ? tr("The days off and make-up workdays the State Council announced inside this "
                                      "semester; untick any the school does not follow.")
                                 : tr("None announced inside this semester yet; add them later under School "
                                      "calendar."));
}

} // namespace rr
