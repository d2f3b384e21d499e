#include "settings/SchoolCalendarPanel.h"

#include "common/SortProxy.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "calendar/SemesterSetup.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "settings/CalendarDayDialog.h"
#include "settings/CalendarDayListModel.h"
#include "settings/TeachingWeekModel.h"

#include <QComboBox>
#include <algorithm>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QTableView *listView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}
} // namespace

SchoolCalendarPanel::SchoolCalendarPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"schoolCalendarPanel"_s);
    m_semester = new QComboBox(this);
    m_semester->setObjectName(u"calendarSemester"_s);
    m_semester->setMinimumContentsLength(16);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"calendarSummary"_s);

    auto *weekBox = new QGroupBox(tr("Teaching weeks"), this);
    m_weeks = new TeachingWeekModel(this);
    m_weekView = listView(m_weeks, u"calendarWeeks"_s, weekBox);
    m_weekView->setSelectionMode(QAbstractItemView::NoSelection);
    makeSortable(m_weekView, m_weeks);
    (new QVBoxLayout(weekBox))->addWidget(m_weekView);

    auto *dayBox = new QGroupBox(tr("Holidays and make-up workdays"), this);
    m_days = new CalendarDayListModel(this);
    m_dayProxy = new QSortFilterProxyModel(this);
    m_dayProxy->setSourceModel(m_days);
    m_dayProxy->setSortRole(CalendarDayListModel::SortRole);
    m_dayView = listView(m_dayProxy, u"calendarDays"_s, dayBox);
    m_dayView->setSortingEnabled(true);
    m_dayView->sortByColumn(CalendarDayListModel::First, Qt::AscendingOrder);
    connect(m_dayView, &QTableView::doubleClicked, this, [this] { editSelected(); });

    m_add = new QPushButton(tr("Add…"), dayBox);
    m_add->setObjectName(u"addCalendarDay"_s);
    m_edit = new QPushButton(tr("Edit…"), dayBox);
    m_edit->setObjectName(u"editCalendarDay"_s);
    m_remove = new QPushButton(tr("Remove"), dayBox);
    m_remove->setObjectName(u"removeCalendarDay"_s);
    m_statutory = new QPushButton(tr("Add statutory holidays"), dayBox);
    m_statutory->setObjectName(u"addStatutoryDays"_s);
    m_statutory->setToolTip(tr("The days off and make-up workdays the State Council announced that fall inside this "
                               "semester; entries already there are kept."));
    connect(m_add, &QPushButton::clicked, this, &SchoolCalendarPanel::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &SchoolCalendarPanel::editSelected);
    connect(m_remove, &QPushButton::clicked, this, &SchoolCalendarPanel::removeSelected);
    connect(m_statutory, &QPushButton::clicked, this, &SchoolCalendarPanel::addStatutory);
    connect(m_dayView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    m_message = new MessageLabel(dayBox);
    m_message->setObjectName(u"calendarMessage"_s);
    m_message->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_statutory);
    auto *dayLayout = new QVBoxLayout(dayBox);
    dayLayout->addWidget(m_dayView, 1);
    dayLayout->addLayout(buttons);
    dayLayout->addWidget(m_message);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Semester"), this));
    top->addWidget(m_semester);
    top->addWidget(m_summary, 1);
    auto *lists = new QHBoxLayout;
    lists->addWidget(weekBox, 4);
    lists->addWidget(dayBox, 5);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(lists, 1);

    connect(m_semester, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clearMessage();
        showSemester();
    });
    connect(m_session.db.get(), &Database::written, this, [this](const QString &kind) {
        if (kind.startsWith(u"semester"_s) || kind == u"school.setup"_s)
            reloadSemesters();
        else if (kind.startsWith(u"calendar"_s))
            showSemester();
    });
    reloadSemesters();
}

void SchoolCalendarPanel::reloadSemesters()
{
    const SemesterRepository semesters(m_session.db);
    const auto current = semesters.current(*m_session.clock);
    const auto all = semesters.all();
    if (!current || !all)
        reportReadFailure(this, !all ? all.error() : current.error(), m_message);
    const qint64 keep = semesterId() > 0 ? semesterId() : current && *current ? (*current)->id : 0;
    const QSignalBlocker blocker(m_semester);
    m_semester->clear();
    for (const Semester &s : all ? *all : QList<Semester>{})
        m_semester->addItem(s.name, s.id);
    m_semester->setCurrentIndex(qMax(0, m_semester->findData(keep)));
    showSemester();
}

void SchoolCalendarPanel::selectSemester(qint64 id)
{
    const int index = m_semester->findData(id);
    if (index >= 0)
        m_semester->setCurrentIndex(index);
}

qint64 SchoolCalendarPanel::semesterId() const
{
    return m_semester->currentData().toLongLong();
}

void SchoolCalendarPanel::showSemester()
{
    std::optional<Semester> semester;
    if (semesterId() > 0) {
        const auto read = SemesterRepository(m_session.db).byId(semesterId());
        if (read)
            semester = *read;
        else
            reportReadFailure(this, read.error(), m_message);
    }
    const qint64 keep = selectedRow() >= 0 ? m_days->dayAt(selectedRow()).id : 0;
    m_days->setDays(semester ? semester->days : QList<CalendarDay>{});
    m_weeks->setSemester(semester.value_or(Semester{}));
    m_weekView->resizeColumnsToContents();
    m_dayView->resizeColumnsToContents();
    if (const int row = m_days->rowOf(keep); row >= 0 && keep > 0)
        m_dayView->selectRow(m_dayProxy->mapFromSource(m_days->index(row, 0)).row());
    m_summary->setText(semester ? tr("%1 to %2: %n teaching week(s), %3 school days", "", teachingWeekCount(*semester))
                                      .arg(chineseDate(semester->start), chineseDate(semester->end))
                                      .arg(m_weeks->schoolDayTotal())
                                : tr("No semester yet: add one under General."));
    updateButtons();
}

int SchoolCalendarPanel::selectedRow() const
{
    const QModelIndexList rows = m_dayView->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_dayProxy->mapToSource(rows.first()).row();
}

void SchoolCalendarPanel::updateButtons()
{
    const bool haveSemester = semesterId() > 0;
    m_add->setEnabled(haveSemester);
    m_statutory->setEnabled(haveSemester);
    m_edit->setEnabled(selectedRow() >= 0);
    m_remove->setEnabled(selectedRow() >= 0);
}

void SchoolCalendarPanel::addEntry()
{
    m_message->clearMessage();
    const auto semester = SemesterRepository(m_session.db).byId(semesterId());
    if (!semester) {
        m_message->showError(semester.error().message);
        return;
    }
    CalendarDay fresh;
    fresh.first = std::clamp(m_session.clock->today(), semester->start, semester->end);
    fresh.last = fresh.first;
    CalendarDayDialog dialog(m_session, *semester, fresh, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("Added %1.").arg(dialog.day().name));
}

void SchoolCalendarPanel::editSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_message->clearMessage();
    const auto semester = SemesterRepository(m_session.db).byId(semesterId());
    if (!semester) {
        m_message->showError(semester.error().message);
        return;
    }
    CalendarDayDialog dialog(m_session, *semester, m_days->dayAt(row), this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("Saved %1.").arg(dialog.day().name));
}

void SchoolCalendarPanel::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const CalendarDay day = m_days->dayAt(row);
    m_message->clearMessage();
    if (QMessageBox::question(this, tr("Remove calendar entry"), tr("Remove \"%1\" from the school calendar?").arg(day.name))
        != QMessageBox::Yes)
        return;
    if (auto done = SemesterRepository(m_session.db).removeDay(semesterId(), day.id); !done)
        m_message->showError(done.error().message);
    else
        m_message->showInfo(tr("Removed %1.").arg(day.name));
}

void SchoolCalendarPanel::addStatutory()
{
    m_message->clearMessage();
    auto added = SemesterSetup(m_session.db).addStatutory(semesterId());
    if (!added) {
        m_message->showError(added.error().message);
        return;
    }
    m_message->showInfo(added->added == 0 && added->skipped == 0
                            ? tr("No statutory holidays have been announced inside this semester.")
                            : tr("Added %1 statutory entries; %2 were there already or overlap an entry of the school.")
                                  .arg(added->added)
                                  .arg(added->skipped));
}

} // namespace rr
