#include "timetable/TimetablePanel.h"
#include "common/ListText.h"
#include "common/SortProxy.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "school/SettingsRepository.h"
#include "timetable/ConflictListModel.h"
#include "timetable/Coverage.h"
#include "timetable/CoverageTableModel.h"
#include "timetable/ProtectedPeriodDialog.h"
#include "timetable/ProtectedPeriodRepository.h"
#include "timetable/SlotChangeDialog.h"
#include "timetable/SlotDialog.h"
#include "timetable/SlotEndDialog.h"
#include "timetable/TimetableRepository.h"
#include "timetable/WeekGridModel.h"
#include "timetable/Weekday.h"

#include <algorithm>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableView *makeList(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(name);
    makeSortable(table, model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

// The week grid: its rows follow the wrapped text of the cells whenever the
// stretched columns change width, once the header has settled (it resizes
// one section at a time).
class WeekGridView final : public QTableView {
public:
    explicit WeekGridView(QWidget *parent) : QTableView(parent)
    {
        connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
            if (m_fitPending)
                return;
            m_fitPending = true;
            QMetaObject::invokeMethod(this, [this] {
                m_fitPending = false;
                resizeRowsToContents();
            }, Qt::QueuedConnection);
        });
    }

private:
    bool m_fitPending = false;
};

QString holidayName(const Semester &semester, const QDate &date)
{
    for (const CalendarDay &day : semester.days)
        if (!day.isWorkday && date >= day.first && date <= day.last)
            return day.name;
    return {};
}

} // namespace

TimetablePanel::TimetablePanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_week = new QComboBox(this);
    m_week->setObjectName(u"timetableWeek"_s);
    m_week->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_add = new QPushButton(tr("Add slot…"), this);
    m_add->setObjectName(u"addSlot"_s);
    m_edit = new QPushButton(tr("Edit slot…"), this);
    m_edit->setObjectName(u"editSlot"_s);
    m_remove = new QPushButton(tr("Remove slot"), this);
    m_remove->setObjectName(u"removeSlot"_s);
    m_end = new QPushButton(tr("End slot…"), this);
    m_end->setObjectName(u"endSlot"_s);
    m_end->setToolTip(tr("The slot stops after a day you choose; its past meetings and records stay."));
    m_change = new QPushButton(tr("Change this date…"), this);
    m_change->setObjectName(u"changeSlotDate"_s);
    m_change->setToolTip(tr("Cancel or move one meeting of the selected week; choose a teaching week first."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Show"), this));
    bar->addWidget(m_week);
    bar->addSpacing(12);
    bar->addWidget(m_add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addWidget(m_end);
    bar->addWidget(m_change);
    bar->addStretch(1);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"timetableMessage"_s);
    m_warning = new QLabel(this);
    m_warning->setObjectName(u"timetableWarning"_s);
    m_warning->setWordWrap(true);
    m_warning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warning->setStyleSheet(u"QLabel { color: #7a4b00; background: #fff4d6; border: 1px solid #f0d58c; "
                             "border-radius: 4px; padding: 6px 8px; }"_s);
    m_warning->hide();

    m_grid = new WeekGridModel(this);
    m_gridView = new WeekGridView(this);
    m_gridView->setObjectName(u"timetableGrid"_s);
    m_gridView->setModel(m_grid);
    m_gridView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_gridView->setWordWrap(true);
    m_gridView->setTextElideMode(Qt::ElideNone);
    m_gridView->setStyleSheet(u"QTableView#timetableGrid { gridline-color: #d5dae1; }"
                              "QTableView#timetableGrid::item:selected { background: #9cc3f0; color: #0b2e59; }"_s);
    m_gridView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_gridView->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignTop);

    m_legend = new QLabel(this);
    m_legend->setObjectName(u"timetableLegend"_s);
    m_legend->setWordWrap(true);
    m_legend->setText(
        tr("<span style='background:#f8d7da'>&nbsp;conflict&nbsp;</span> "
           "<span style='background:#fff1c7'>&nbsp;warning&nbsp;</span> "
           "<span style='background:#e1ecfb'>&nbsp;changed this week&nbsp;</span> "
           "<span style='background:#f1f1f1;color:#808080'>&nbsp;cancelled or moved away&nbsp;</span>"));

    auto *gridBox = new QWidget(this);
    auto *gridLayout = new QVBoxLayout(gridBox);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_gridView, 1);
    gridLayout->addWidget(m_legend);

    m_conflicts = new ConflictListModel(this);
    m_conflictView = makeList(m_conflicts, u"timetableConflicts"_s, this);
    m_conflictView->setWordWrap(true);
    m_conflictView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_coverage = new CoverageTableModel(this);
    m_coverageView = makeList(m_coverage, u"timetableCoverage"_s, this);
    m_coverageView->setWordWrap(false);
    m_coverageNote = new QLabel(this);
    m_coverageNote->setObjectName(u"coverageNote"_s);
    m_coverageNote->setWordWrap(true);
    m_protected = new QPushButton(tr("Class periods not to miss…"), this);
    m_protected->setObjectName(u"editProtectedPeriods"_s);
    m_protected->setToolTip(tr("The lessons the selected student must not miss; slots over them are flagged."));
    auto *coverageBox = new QWidget(this);
    auto *coverageLayout = new QVBoxLayout(coverageBox);
    coverageLayout->addWidget(m_coverageNote);
    coverageLayout->addWidget(m_coverageView, 1);
    auto *coverageButtons = new QHBoxLayout;
    coverageButtons->addStretch(1);
    coverageButtons->addWidget(m_protected);
    coverageLayout->addLayout(coverageButtons);

    m_side = new QTabWidget(this);
    m_side->setObjectName(u"timetableSideTabs"_s);
    m_side->addTab(coverageBox, tr("Coverage"));
    m_side->addTab(m_conflictView, tr("Conflicts"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"timetableSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(gridBox);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({640, 480});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_warning);
    layout->addWidget(splitter, 1);

    connect(m_week, &QComboBox::currentIndexChanged, this, [this] {
        m_message->clearMessage();
        showGrid();
        showCoverage();
    });
    connect(m_gridView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(m_gridView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_grid->itemAt(index))
            editSlot();
        else
            addSlot();
    });
    connect(m_conflictView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        selectSlot(index.data(ConflictListModel::FirstSlotIdRole).toLongLong());
    });
    connect(m_coverageView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_coverageView, &QTableView::doubleClicked, this, [this] { editProtectedPeriods(); });
    connect(m_add, &QPushButton::clicked, this, &TimetablePanel::addSlot);
    connect(m_edit, &QPushButton::clicked, this, &TimetablePanel::editSlot);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeSlot(); });
    connect(m_end, &QPushButton::clicked, this, [this] { endSlot(); });
    connect(m_change, &QPushButton::clicked, this, &TimetablePanel::changeDate);
    connect(m_protected, &QPushButton::clicked, this, &TimetablePanel::editProtectedPeriods);
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void TimetablePanel::reload()
{
    const auto semester = SemesterRepository(m_session.db).current(*m_session.clock);
    const qint64 semesterId = semester && *semester ? (*semester)->id : 0;
    const bool sameSemester = m_semester && m_semester->id == semesterId;
    m_semester = semester ? *semester : std::nullopt;
    auto names = TimetableNames::load(m_session.db);
    if (names) {
        m_names = *names;
        m_namesUnread.reset();
    } else {
        m_namesUnread = names.error();
    }
    if (!sameSemester) {
        const QSignalBlocker blocker(m_week);
        fillWeekCombo();
    }
    if (!semester || m_namesUnread) {
        // No grid of slots without their names, or of a semester that could not be read.
        reportReadFailure(this, !semester ? semester.error() : *m_namesUnread, m_message);
        return;
    }
    if (!m_semester)
        m_message->showError(tr("No current semester: set it under Settings."));
    showGrid();
    showCoverage();
}

bool TimetablePanel::namesRead()
{
    // The dialogs choose among these names: none opens on a list that could not be read.
    if (!m_namesUnread)
        return true;
    reportReadFailure(this, *m_namesUnread, m_message);
    return false;
}

void TimetablePanel::fillWeekCombo()
{
    m_week->clear();
    m_week->addItem(tr("Every week (the weekly timetable)"), 0);
    if (!m_semester)
        return;
    const int weeks = teachingWeekCount(*m_semester);
    for (int week = 1; week <= weeks; ++week) {
        const QDate monday = weekStart(*m_semester, week);
        m_week->addItem(tr("Week %1 (%2 – %3)").arg(week).arg(shortDate(monday), shortDate(monday.addDays(6))), week);
    }
    // Open on this week when today is inside the semester.
    const int today = teachingWeek(*m_semester, m_session.clock->today());
    m_week->setCurrentIndex(today > 0 ? qMax(0, m_week->findData(today)) : 0);
}

int TimetablePanel::shownWeek() const
{
    return m_week->currentData().toInt();
}

void TimetablePanel::showWeek(int week)
{
    const int index = m_week->findData(week);
    if (index >= 0)
        m_week->setCurrentIndex(index);
}

Result<QList<WeekGridItem>> TimetablePanel::patternItems() const
{
    const auto slotList = TimetableRepository(m_session.db).slotsOf(semesterId());
    if (!slotList)
        return slotList.error();
    QHash<qint64, QList<TimetableConflict>> bySlot;
    for (const TimetableConflict &c : m_conflicts->conflicts())
        for (qint64 id : c.slotIds)
            bySlot[id].append(c);
    QList<WeekGridItem> items;
    // The weekly pattern is the timetable from today on: slots that ended are history.
    const QDate today = m_semester ? std::clamp(m_session.clock->today(), m_semester->start, m_semester->end) : QDate();
    for (const TimetableSlot &slot : *slotList) {
        if (today.isValid() && slot.validUntil.isValid() && slot.validUntil < today)
            continue;
        WeekGridItem item;
        item.slotId = slot.id;
        item.weekday = slot.weekday;
        item.start = slot.start;
        item.end = slot.end;
        item.content = slot.content.isEmpty() ? serviceTypeLabel(slot.service) : slot.content;
        item.students = m_names.studentList(slot.studentIds);
        item.instructor = m_names.staffName(slot.instructorId);
        item.room = m_names.room(slot.roomId);
        item.conflicts = bySlot.value(slot.id);
        items.append(item);
    }
    return items;
}

Result<QList<WeekGridItem>> TimetablePanel::weekItems(int week) const
{
    const TimetableRepository timetable(m_session.db);
    const auto slotList = timetable.slotsOf(semesterId());
    if (!slotList)
        return slotList.error();
    const auto changeList = timetable.changesInSemester(semesterId());
    if (!changeList)
        return changeList.error();
    const auto occurrences = timetable.occurrencesOfWeek(semesterId(), week);
    if (!occurrences)
        return occurrences.error();
    QHash<qint64, TimetableSlot> slotById;
    for (const TimetableSlot &slot : *slotList)
        slotById.insert(slot.id, slot);
    QHash<qint64, QList<TimetableConflict>> bySlot;
    for (const TimetableConflict &c : m_conflicts->conflicts())
        for (qint64 id : c.slotIds)
            bySlot[id].append(c);
    const QList<SlotChange> &changes = *changeList;
    const QDate monday = weekStart(*m_semester, week);
    const QDate sunday = monday.addDays(6);

    QList<WeekGridItem> items;
    for (const SlotOccurrence &o : *occurrences) {
        WeekGridItem item;
        item.slotId = o.slotId;
        item.weekday = o.date.dayOfWeek();
        item.date = o.date;
        item.originalDate = o.date;
        item.start = o.start;
        item.end = o.end;
        item.content = o.content.isEmpty() ? serviceTypeLabel(o.service) : o.content;
        item.students = m_names.studentList(o.studentIds);
        item.instructor = m_names.staffName(o.instructorId);
        item.room = m_names.room(o.roomId);
        if (o.changed) {
            item.state = WeekGridItem::Changed;
            for (const SlotChange &c : changes)
                if (c.slotId == o.slotId && !c.cancelled && c.newDate.value_or(c.date) == o.date) {
                    item.changeId = c.id;
                    item.originalDate = c.date;
                    item.note = c.date != o.date ? tr("moved from %1").arg(shortDate(c.date)) : tr("changed");
                    if (!c.reason.isEmpty())
                        item.note += labelSeparator() + c.reason;
                }
        } else {
            item.conflicts = bySlot.value(o.slotId);
        }
        items.append(item);
    }
    // What the week lost: cancelled meetings and meetings moved to another day.
    for (const SlotChange &c : changes) {
        if (c.date < monday || c.date > sunday || !slotById.contains(c.slotId))
            continue;
        const bool movedAway = !c.cancelled && c.newDate && *c.newDate != c.date;
        if (!c.cancelled && !movedAway)
            continue;
        const TimetableSlot slot = slotById.value(c.slotId);
        WeekGridItem item;
        item.slotId = slot.id;
        item.weekday = c.date.dayOfWeek();
        item.date = c.date;
        item.originalDate = c.date;
        item.changeId = c.id;
        item.start = slot.start;
        item.end = slot.end;
        item.content = slot.content.isEmpty() ? serviceTypeLabel(slot.service) : slot.content;
        item.students = m_names.studentList(slot.studentIds);
        item.instructor = m_names.staffName(slot.instructorId);
        item.room = m_names.room(slot.roomId);
        item.state = c.cancelled ? WeekGridItem::Cancelled : WeekGridItem::MovedAway;
        item.note = c.cancelled ? tr("cancelled") : tr("moved to %1").arg(shortDate(*c.newDate));
        if (!c.reason.isEmpty())
            item.note += labelSeparator() + c.reason;
        items.append(item);
    }
    return items;
}

void TimetablePanel::showGrid()
{
    const WeekGridItem *selected = selectedItem();
    const qint64 keepSlot = selected ? selected->slotId : 0;
    const QDate keepDate = selected ? selected->date : QDate();

    QList<TimetableConflict> conflicts;
    if (m_semester) {
        const auto found = TimetableRepository(m_session.db).conflicts(m_semester->id);
        if (!found) {
            reportReadFailure(this, found.error(), m_message);
            return;
        }
        conflicts = *found;
    }
    m_conflicts->setConflicts(conflicts);
    m_conflictView->resizeColumnToContents(ConflictListModel::Severity);
    m_conflictView->resizeColumnToContents(ConflictListModel::Kind);
    m_side->setTabText(1, m_conflicts->rowCount() > 0 ? tr("Conflicts (%1)").arg(m_conflicts->rowCount())
                                                      : tr("Conflicts"));

    const int week = m_semester ? shownWeek() : 0;
    const auto read = !m_semester ? Result<QList<WeekGridItem>>(QList<WeekGridItem>{})
                      : week > 0  ? weekItems(week)
                                  : patternItems();
    if (!read) {
        reportReadFailure(this, read.error(), m_message);
        return;
    }
    const QList<WeekGridItem> &items = *read;
    QList<int> days{1, 2, 3, 4, 5};
    for (int weekend : {6, 7})
        for (const WeekGridItem &item : items)
            if (item.weekday == weekend && !days.contains(weekend))
                days.append(weekend);
    QStringList headers;
    const QDate monday = week > 0 ? weekStart(*m_semester, week) : QDate();
    for (int day : std::as_const(days)) {
        if (week == 0) {
            headers.append(weekdayLabel(day));
            continue;
        }
        const QDate date = monday.addDays(day - 1);
        QString header = weekdayLabel(day) + u"  "_s + shortDate(date);
        if (!m_semester->contains(date))
            header += u"\n"_s + tr("outside the semester");
        else if (isHoliday(*m_semester, date))
            header += u"\n"_s + holidayName(*m_semester, date);
        headers.append(header);
    }
    m_grid->setGrid(days, headers, items);
    m_gridView->resizeRowsToContents();
    if (keepSlot > 0)
        selectSlot(keepSlot, keepDate);
    updateButtons();
}

void TimetablePanel::showCoverage()
{
    const qint64 keep = selectedCoverageStudent();
    const int week = shownWeek();
    const CoverageReport report(m_session.db);
    const auto coverage = !m_semester ? Result<QList<StudentCoverage>>(QList<StudentCoverage>{})
                          : week > 0  ? report.forWeek(m_semester->id, week)
                                      : report.forSemester(m_semester->id, std::clamp(m_session.clock->today(),
                                                                                      m_semester->start, m_semester->end));
    if (!coverage) {
        m_coverageNote->setText(tr("The coverage could not be read."));
        reportReadFailure(this, coverage.error(), m_message);
        return;
    }
    m_coverage->setCoverage(*coverage);
    int short_ = 0;
    for (const StudentCoverage &c : m_coverage->rows())
        short_ += c.shortfall() ? 1 : 0;
    const QString basis = week > 0 ? tr("Minutes in week %1, holidays and changes counted.").arg(week)
                                   : tr("Minutes per week in the weekly timetable against the IEP's services.");
    m_coverageNote->setText(!coverage   ? tr("The coverage could not be read.")
                            : short_ > 0 ? basis + u" "_s + tr("%n student(s) short of their IEP.", "", short_)
                                         : basis);
    m_coverageView->resizeColumnsToContents();
    if (keep > 0)
        selectCoverageStudent(keep);
    m_side->setTabText(0, short_ > 0 ? tr("Coverage (%1 short)").arg(short_) : tr("Coverage"));
    updateButtons();
}

bool TimetablePanel::selectSlot(qint64 slotId, const QDate &date)
{
    QModelIndex index = m_grid->indexOfSlot(slotId, date);
    if (!index.isValid() && date.isValid())
        index = m_grid->indexOfSlot(slotId);
    if (!index.isValid())
        return false;
    m_gridView->setCurrentIndex(index);
    m_gridView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    m_gridView->scrollTo(index);
    return true;
}

const WeekGridItem *TimetablePanel::selectedItem() const
{
    const QModelIndexList selected = m_gridView->selectionModel()->selectedIndexes();
    return selected.isEmpty() ? nullptr : m_grid->itemAt(selected.constFirst());
}

void TimetablePanel::selectCoverageStudent(qint64 studentId)
{
    const int row = m_coverage->rowOfStudent(studentId);
    if (row >= 0)
        m_coverageView->selectRow(viewRow(m_coverageView, row));
}

qint64 TimetablePanel::selectedCoverageStudent() const
{
    const QModelIndexList rows = m_coverageView->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(CoverageTableModel::StudentIdRole).toLongLong();
}

void TimetablePanel::updateButtons()
{
    const bool semester = m_semester.has_value();
    const WeekGridItem *item = selectedItem();
    m_week->setEnabled(semester);
    m_add->setEnabled(semester);
    m_edit->setEnabled(item != nullptr);
    m_remove->setEnabled(item != nullptr);
    m_end->setEnabled(item != nullptr);
    m_change->setEnabled(item != nullptr && shownWeek() > 0);
    m_protected->setEnabled(semester && selectedCoverageStudent() > 0);
}

void TimetablePanel::showWarnings(const QString &intro, const QStringList &messages)
{
    if (messages.isEmpty()) {
        m_warning->hide();
        return;
    }
    m_warning->setText(intro + u"\n"_s + messages.join(u'\n'));
    m_warning->show();
}

void TimetablePanel::openSlotDialog(SlotDialog *dialog)
{
    if (m_slotDialog)
        m_slotDialog->close();
    m_slotDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList warnings;
        for (const TimetableConflict &c : dialog->savedWarnings())
            warnings.append(c.message);
        m_message->showInfo(tr("The slot was saved."));
        showWarnings(tr("Saved with warnings:"), warnings);
        selectSlot(dialog->savedId());
    });
    dialog->open();
}

void TimetablePanel::addSlot()
{
    if (!m_semester || !namesRead())
        return;
    m_message->clearMessage();
    m_warning->hide();
    TimetableSlot slot;
    slot.semesterId = m_semester->id;
    const QModelIndex current = m_gridView->currentIndex();
    // A new slot starts where the user pointed: that day, that time band.
    if (current.isValid()) {
        slot.weekday = m_grid->weekdayOf(current);
        const auto band = m_grid->bandOf(current);
        slot.start = band.first;
        slot.end = band.second;
    }
    if (!m_names.rooms.isEmpty())
        slot.roomId = m_names.rooms.constFirst().id;
    openSlotDialog(new SlotDialog(m_session, m_names, slot, this));
}

void TimetablePanel::editSlot()
{
    const WeekGridItem *item = selectedItem();
    if (!item || !namesRead())
        return;
    m_message->clearMessage();
    m_warning->hide();
    const auto slot = TimetableRepository(m_session.db).slot(item->slotId);
    if (!slot) {
        reportReadFailure(this, slot.error(), m_message);
        return;
    }
    openSlotDialog(new SlotDialog(m_session, m_names, *slot, this));
}

bool TimetablePanel::removeSlot(bool confirm)
{
    const WeekGridItem *item = selectedItem();
    if (!item)
        return false;
    const qint64 slotId = item->slotId;
    const QString what = tr("%1 on %2 at %3").arg(item->content, weekdayLabel(item->weekday), timeRange(item->start, item->end));
    if (confirm
        && QMessageBox::question(this, tr("Remove slot"),
                                 tr("Remove %1 from the timetable for the whole semester, with its one-off changes?")
                                     .arg(what))
               != QMessageBox::Yes)
        return false;
    const auto done = TimetableRepository(m_session.db).removeSlot(slotId);
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_warning->hide();
    m_message->showInfo(tr("%1 was removed from the timetable.").arg(what));
    return true;
}

bool TimetablePanel::endSlot(const QDate &lastDay)
{
    const WeekGridItem *item = selectedItem();
    if (!item)
        return false;
    const auto slot = TimetableRepository(m_session.db).slot(item->slotId);
    if (!slot) {
        reportReadFailure(this, slot.error(), m_message);
        return false;
    }
    const QString what = tr("%1 on %2 at %3").arg(item->content, weekdayLabel(item->weekday), timeRange(item->start, item->end));
    QDate day = lastDay;
    if (!day.isValid()) {
        SlotEndDialog dialog(*slot, what, m_session.clock->today(), this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        day = dialog.lastDay();
    }
    m_warning->hide();
    if (auto done = TimetableRepository(m_session.db).endSlot(slot->id, day); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("%1 ends on %2; its earlier meetings stay.").arg(what, chineseDate(day)));
    return true;
}

void TimetablePanel::changeDate()
{
    const WeekGridItem *item = selectedItem();
    if (!item || !item->originalDate.isValid() || !namesRead())
        return;
    m_message->clearMessage();
    m_warning->hide();
    const TimetableRepository timetable(m_session.db);
    const auto slot = timetable.slot(item->slotId);
    if (!slot) {
        reportReadFailure(this, slot.error(), m_message);
        return;
    }
    std::optional<SlotChange> existing;
    if (item->changeId > 0) {
        const auto change = timetable.change(item->changeId);
        if (!change) {
            reportReadFailure(this, change.error(), m_message);
            return;
        }
        existing = *change;
    }
    if (m_changeDialog)
        m_changeDialog->close();
    m_changeDialog = new SlotChangeDialog(m_session, m_names, *slot, item->originalDate, existing, this);
    m_changeDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_changeDialog, &QDialog::accepted, this, [this, dialog = m_changeDialog.data()] {
        m_message->showInfo(dialog->wasUndone() ? tr("The change was undone.") : tr("The change was saved."));
    });
    m_changeDialog->open();
}

void TimetablePanel::editProtectedPeriods()
{
    const qint64 student = selectedCoverageStudent();
    if (!m_semester || student <= 0)
        return;
    const auto periods = ProtectedPeriodRepository(m_session.db).forStudent(student);
    if (!periods) {
        reportReadFailure(this, periods.error(), m_message);
        return;
    }
    if (m_protectedDialog)
        m_protectedDialog->close();
    m_protectedDialog = new ProtectedPeriodDialog(m_session, student, *periods, m_semester->id, this);
    m_protectedDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_protectedDialog, &QDialog::accepted, this,
            [this] { m_message->showInfo(tr("The class periods were saved.")); });
    m_protectedDialog->open();
}

SlotDialog *TimetablePanel::slotDialog() const
{
    return m_slotDialog;
}

SlotChangeDialog *TimetablePanel::changeDialog() const
{
    return m_changeDialog;
}

ProtectedPeriodDialog *TimetablePanel::protectedDialog() const
{
    return m_protectedDialog;
}

} // namespace rr
