// The resource-room area driven offscreen: a room added through its dialog
// with its type's default rules, a rule's limit changed and saved; slots
// added through the slot dialog — a double booking refused with the
// conflict shown, a room over capacity warned and saved; the week grid, a
// one-off cancellation, the coverage shortfall against the IEP, a protected
// class period; a training plan started from the IEP. Every model runs under
// Qt's model tester and any Qt warning fails the test. With
// RR_SCREENSHOT_DIR set, the demo school's three tabs are saved as PNGs.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "calendar/SchoolCalendar.h"
#include "common/MessageLabel.h"
#include "calendar/SemesterRepository.h"
#include "demo/DemoSchool.h"
#include "iep/EnumCombo.h"
#include "iep/IepRepository.h"
#include "plans/PlanGoalTableModel.h"
#include "print/FormRegistry.h"
#include "plans/PlanStudentListModel.h"
#include "plans/TrainingPlanEditor.h"
#include "plans/TrainingPlanPanel.h"
#include "plans/TrainingPlanRepository.h"
#include "rooms/ResourceRoomPage.h"
#include "rooms/RoomDialog.h"
#include "rooms/RoomListModel.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleEditor.h"
#include "rooms/RoomRuleRepository.h"
#include "rooms/RoomRuleTableModel.h"
#include "rooms/RoomsPanel.h"
#include "school/SettingsRepository.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/ConflictListModel.h"
#include "timetable/Coverage.h"
#include "timetable/CoverageTableModel.h"
#include "timetable/ProtectedPeriodDialog.h"
#include "timetable/ProtectedPeriodRepository.h"
#include "timetable/ProtectedPeriodTableModel.h"
#include "timetable/SlotChangeDialog.h"
#include "timetable/SlotDialog.h"
#include "timetable/TimetablePanel.h"
#include "timetable/TimetableRepository.h"
#include "timetable/WeekGridModel.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimeEdit>

#include <memory>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

// Autumn 2026: 1 September to 20 January, 国庆 1–7 October. Today is Monday
// 14 September, teaching week 3.
Semester autumn()
{
    Semester s;
    s.name = u"2026年秋季学期"_s;
    s.kind = SemesterKind::Autumn;
    s.schoolYear = 2026;
    s.start = QDate(2026, 9, 1);
    s.end = QDate(2027, 1, 20);
    s.days = {{0, u"国庆节"_s, QDate(2026, 10, 1), QDate(2026, 10, 7), false}};
    return s;
}

IepObjective objective(const QString &condition, const QString &behaviour, const QString &criterion)
{
    IepObjective o;
    o.condition = condition;
    o.behaviour = behaviour;
    o.criterion = criterion;
    o.deadline = QDate(2026, 12, 31);
    o.methods = u"OT"_s;
    o.responsible = u"王老师"_s;
    o.start = QDate(2026, 9, 14);
    o.end = QDate(2026, 12, 31);
    o.goalValue = 80.0;
    return o;
}

// An IEP the team can put in effect, promising 120 minutes of individual
// training a week.
IepContent iepContent()
{
    IepContent c;
    c.meetingDate = QDate(2026, 9, 10);
    c.meetingMinutes = u"研讨确定本学期目标"_s;
    c.reviewDates = {QDate(2026, 11, 15)};
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}, {TeamRole::Parent, u"张妈妈"_s}};
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20"_s}, {GoalDomain::Communication, u"能说短句"_s}};
    IepGoal math;
    math.domain = GoalDomain::Mathematics;
    math.longTerm = u"掌握20以内加法"_s;
    math.objectives = {objective(u"借助实物"_s, u"完成10以内加法"_s, u"正确率80%以上"_s),
                       objective(QString(), u"口算20以内不进位加法"_s, u"3分钟内完成10题"_s)};
    IepGoal language;
    language.domain = GoalDomain::Communication;
    language.longTerm = u"能用完整句子表达需要"_s;
    language.objectives = {objective(u"在提示下"_s, u"说出5个字的完整句子"_s, u"连续3次"_s)};
    c.goals = {math, language};
    c.services = {{ServiceType::IndividualTraining, 120, u"王老师"_s, 0}};
    return c;
}

struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    std::shared_ptr<const Clock> clock = std::make_shared<FixedClock>(QDate(2026, 9, 14));
    qint64 semester = 0;
    qint64 individualRoom = 0;   // 个训室, two places
    qint64 wang = 0, li = 0;
    qint64 zhang = 0, hong = 0, gang = 0;
    qint64 iep = 0;

    School()
    {
        REQUIRE(db);
        auto sem = SemesterRepository(db).add(autumn());
        REQUIRE(sem);
        semester = *sem;
        SchoolProfile profile = *SettingsRepository(db).profile();
        profile.schoolName = u"测试小学"_s;
        profile.teacherName = u"王老师"_s;
        profile.currentSemesterId = semester;
        REQUIRE(SettingsRepository(db).saveProfile(profile));
        auto room = RoomRepository(db).add(Room{0, u"个训室"_s, RoomType::IndividualTraining, 2, u"104室"_s});
        REQUIRE(room);
        individualRoom = *room;
        wang = staff(u"王老师"_s);
        li = staff(u"李老师"_s);
        zhang = student(u"张小明"_s);
        hong = student(u"李小红"_s);
        gang = student(u"王小刚"_s);
        IepRepository ieps(db);
        auto id = ieps.create(zhang, semester, iepContent());
        REQUIRE(id);
        REQUIRE(ieps.activate(*id));
        iep = *id;
    }
    qint64 staff(const QString &name)
    {
        auto id = db->writeReturningId({u"test"_s, u"staff"_s}, [&](Transaction &tx) {
            return StaffRepository::add(tx, StaffMember::withRole(name, StaffRole::ResourceTeacher));
        });
        REQUIRE(id);
        return *id;
    }
    qint64 student(const QString &name)
    {
        Student s;
        s.name = name;
        s.grade = 3;
        s.className = u"1班"_s;
        auto id = StudentRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
};

void clickOk(QDialogButtonBox *buttons)
{
    buttons->button(QDialogButtonBox::Ok)->click();
}

void choose(QComboBox *combo, qint64 id)
{
    const int index = combo->findData(id);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

bool hasKind(const QList<TimetableConflict> &conflicts, ConflictKind kind)
{
    for (const TimetableConflict &c : conflicts)
        if (c.kind == kind)
            return true;
    return false;
}

// Fills the open slot dialog.
void fillSlot(SlotDialog *dialog, int weekday, QTime start, QTime end, qint64 room, qint64 instructor,
              const QList<qint64> &students, const QString &content)
{
    dialog->weekdayCombo()->setCurrentIndex(weekday - 1);
    dialog->startEdit()->setTime(start);
    dialog->endEdit()->setTime(end);
    choose(dialog->roomCombo(), room);
    choose(dialog->instructorCombo(), instructor);
    for (qint64 id : students)
        dialog->setStudentChecked(id, true);
    setEnumComboValue(dialog->serviceCombo(), ServiceType::IndividualTraining);
    dialog->contentEdit()->setText(content);
}

QString screenshotDir()
{
    return qEnvironmentVariable("RR_SCREENSHOT_DIR");
}

// Saves what `widget` shows when RR_SCREENSHOT_DIR is set, to look at.
void shoot(QWidget *widget, const QString &name)
{
    const QString dir = screenshotDir();
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QCoreApplication::processEvents();
    CHECK(widget->grab().save(dir + u'/' + name + u".png"_s));
}

} // namespace

TEST_CASE("the resource-room area: rooms and rules, timetable with conflicts and coverage, training plans",
          "[gui][rooms][timetable][plans]")
{
    WarningRecorder recorder;
    School school;
    ResourceRoomPage page(Session{school.db, school.clock});
    page.resize(1366, 768);
    page.show();

    // ---- Rooms and their rules ------------------------------------------
    RoomsPanel *rooms = page.rooms();
    RoomRuleEditor *rules = rooms->ruleEditor();
    QAbstractItemModelTester roomTester(rooms->roomModel(), Mode::Warning);
    QAbstractItemModelTester ruleTester(rules->model(), Mode::Warning);
    REQUIRE(rooms->roomModel()->rowCount() == 1);
    CHECK(rooms->roomModel()->index(0, RoomListModel::Type).data().toString()
          == roomTypeLabel(RoomType::IndividualTraining));

    rooms->addRoom();
    QPointer<RoomDialog> roomDialog = rooms->roomDialog();
    REQUIRE(roomDialog);
    CHECK(roomDialog->isVisible());
    // The type combo lists every room type by its translated label.
    REQUIRE(roomDialog->typeCombo()->count() == allRoomTypes().size());
    CHECK(roomDialog->typeCombo()->itemText(1) == roomTypeLabel(RoomType::SensoryIntegration));
    roomDialog->nameEdit()->setText(u"感统训练室"_s);
    setEnumComboValue(roomDialog->typeCombo(), RoomType::SensoryIntegration);
    roomDialog->capacitySpin()->setValue(6);
    roomDialog->locationEdit()->setText(u"综合楼一楼 105室"_s);
    shoot(roomDialog, u"dialog-room"_s);
    clickOk(roomDialog->buttons());
    const auto sensory = RoomRepository(school.db).find(u"感统训练室"_s);
    REQUIRE(sensory);
    CHECK(sensory->type == RoomType::SensoryIntegration);
    CHECK(sensory->capacity == 6);
    CHECK(rooms->roomModel()->rowCount() == 2);
    CHECK(rooms->selectedRoomId() == sensory->id);
    CHECK(rooms->message()->text() == RoomsPanel::tr("%1 was saved.").arg(u"感统训练室"_s));

    // The new room shows its type's shipped rules, in order.
    const QList<RoomRule> defaults = defaultRoomRules(*sensory);
    REQUIRE(rules->roomId() == sensory->id);
    REQUIRE(rules->model()->rowCount() == defaults.size());
    for (int row = 0; row < defaults.size(); ++row) {
        CHECK(rules->model()->index(row, RoomRuleTableModel::Text).data().toString() == defaults.at(row).text);
        CHECK(rules->model()->index(row, RoomRuleTableModel::Kind).data().toString()
              == ruleKindLabel(defaults.at(row).kind));
    }
    int limitRow = -1;
    for (int row = 0; row < defaults.size(); ++row)
        if (defaults.at(row).kind == RuleKind::MaxStudents)
            limitRow = row;
    REQUIRE(limitRow >= 0);
    CHECK(defaults.at(limitRow).parameter == 6);

    // A rule without a number: the parameter spin is off.
    rules->selectRule(0);
    CHECK(rules->kindCombo()->currentData().toInt() == int(defaults.at(0).kind));
    CHECK(ruleKindHasParameter(defaults.at(0).kind) == rules->parameterSpin()->isEnabled());

    // Change the limit: the printed words follow, the list locks until saved.
    rules->selectRule(limitRow);
    REQUIRE(rules->parameterSpin()->isEnabled());
    CHECK(rules->parameterSpin()->value() == 6);
    rules->parameterSpin()->setValue(4);
    CHECK(rules->isDirty());
    CHECK(rules->model()->rules().at(limitRow).parameter == 4);
    CHECK(rules->model()->index(limitRow, RoomRuleTableModel::Text).data().toString() == maxStudentsRuleText(4));
    CHECK(rules->model()->index(limitRow, RoomRuleTableModel::Parameter).data().toString()
          == RoomRuleTableModel::tr("%n student(s)", "", 4));
    CHECK_FALSE(rooms->roomTable()->isEnabled());
    CHECK_FALSE(rooms->addButton()->isEnabled());
    // Move it to the top as well, then save the list in one action.
    rules->moveUp();
    CHECK(rules->selectedRow() == limitRow - 1);
    REQUIRE(rules->saveButton()->isEnabled());
    rules->saveButton()->click();
    CHECK_FALSE(rules->isDirty());
    CHECK(rooms->roomTable()->isEnabled());
    const QList<RoomRule> stored = RoomRuleRepository(school.db).forRoom(sensory->id).value();
    REQUIRE(stored.size() == defaults.size());
    CHECK(stored.at(limitRow - 1).kind == RuleKind::MaxStudents);
    CHECK(stored.at(limitRow - 1).parameter == 4);
    CHECK(stored.at(limitRow - 1).text == maxStudentsRuleText(4));
    CHECK(stored.at(limitRow).text == defaults.at(limitRow - 1).text);

    // A rule without words is refused with the repository's message; revert drops the edit.
    rules->addRule();
    CHECK(rules->model()->rowCount() == defaults.size() + 1);
    rules->saveButton()->click();
    CHECK(rules->message()->isError());
    CHECK_FALSE(rules->message()->text().isEmpty());
    CHECK(RoomRuleRepository(school.db).forRoom(sensory->id)->size() == defaults.size());
    rules->revertButton()->click();
    CHECK(rules->model()->rowCount() == defaults.size());
    CHECK_FALSE(rules->isDirty());

    // The poster prints the stored rules (when the printing area offers the form).
    if (findForm(u"room-rules"_s)) {
        REQUIRE(rules->posterButton()->isEnabled());
        const auto poster = rules->posterDocument();
        INFO((poster ? QString() : poster.error().message).toStdString());
        CHECK(poster.ok());
    }

    // Back to the shipped rules of the type.
    REQUIRE(rules->resetToDefaults(false));
    CHECK(RoomRuleRepository(school.db).forRoom(sensory->id)->at(limitRow).parameter == 6);
    CHECK(rules->model()->rules().at(limitRow).parameter == 6);

    // ---- Timetable -------------------------------------------------------
    page.showTab(ResourceRoomPage::TimetableTab);
    TimetablePanel *timetable = page.timetable();
    QAbstractItemModelTester gridTester(timetable->gridModel(), Mode::Warning);
    QAbstractItemModelTester conflictTester(timetable->conflictModel(), Mode::Warning);
    QAbstractItemModelTester coverageTester(timetable->coverageModel(), Mode::Warning);
    CHECK(timetable->semesterId() == school.semester);
    CHECK(timetable->shownWeek() == 3);   // today's teaching week
    timetable->showWeek(0);
    REQUIRE(timetable->shownWeek() == 0);
    CHECK(timetable->gridModel()->columnCount() == 5);   // Monday to Friday; no weekend slots
    CHECK(timetable->gridModel()->rowCount() == 0);

    // Monday 09:00 个训 for 张小明 with 王老师: no conflict, saved.
    timetable->addSlot();
    QPointer<SlotDialog> slotDialog = timetable->slotDialog();
    REQUIRE(slotDialog);
    // The dialog deletes itself on closing: its model's tester must go first.
    auto slotStudentTester = std::make_unique<QAbstractItemModelTester>(slotDialog->studentList()->model(), Mode::Warning);
    CHECK(slotDialog->studentList()->count() == 3);
    fillSlot(slotDialog, 1, QTime(9, 0), QTime(9, 40), school.individualRoom, school.wang, {school.zhang},
             u"数学个训"_s);
    CHECK(slotDialog->conflicts().isEmpty());
    slotStudentTester.reset();
    clickOk(slotDialog->buttons());
    const QList<TimetableSlot> afterFirst = TimetableRepository(school.db).slotsOf(school.semester).value();
    REQUIRE(afterFirst.size() == 1);
    const TimetableSlot monday = afterFirst.first();
    CHECK(monday.studentIds == QList<qint64>{school.zhang});
    CHECK(monday.instructorId == school.wang);
    CHECK(monday.content == u"数学个训"_s);

    // Monday 09:20 in the sensory room, 王老师 again: the dialog shows the
    // double booking as it is entered and refuses to save it.
    timetable->addSlot();
    slotDialog = timetable->slotDialog();
    REQUIRE(slotDialog);
    fillSlot(slotDialog, 1, QTime(9, 20), QTime(10, 0), sensory->id, school.wang, {school.hong}, u"感统训练"_s);
    REQUIRE(hasKind(slotDialog->conflicts(), ConflictKind::InstructorDoubleBooked));
    CHECK(hardConflicts(slotDialog->conflicts()).size() == 1);
    CHECK(slotDialog->conflictView()->text().contains(u"王老师"_s));
    CHECK(slotDialog->conflictView()->text().contains(conflictKindLabel(ConflictKind::InstructorDoubleBooked)));
    clickOk(slotDialog->buttons());
    CHECK(slotDialog->result() != QDialog::Accepted);
    CHECK(slotDialog->isVisible());
    CHECK(slotDialog->message()->isError());
    CHECK(slotDialog->message()->text().contains(u"王老师"_s));
    shoot(slotDialog, u"dialog-slot-refused"_s);
    CHECK(TimetableRepository(school.db).slotsOf(school.semester)->size() == 1);
    // Another instructor clears the conflict in the live preview.
    choose(slotDialog->instructorCombo(), school.li);
    CHECK(slotDialog->conflicts().isEmpty());
    slotDialog->buttons()->button(QDialogButtonBox::Cancel)->click();
    CHECK(TimetableRepository(school.db).slotsOf(school.semester)->size() == 1);

    // Tuesday 10:00, three students in the two-place 个训室: warned, saved.
    timetable->addSlot();
    slotDialog = timetable->slotDialog();
    REQUIRE(slotDialog);
    fillSlot(slotDialog, 2, QTime(10, 0), QTime(10, 40), school.individualRoom, school.li,
             {school.zhang, school.hong, school.gang}, u"小组个训"_s);
    REQUIRE(hasKind(slotDialog->conflicts(), ConflictKind::RoomOverCapacity));
    CHECK(hardConflicts(slotDialog->conflicts()).isEmpty());
    CHECK(slotDialog->conflictView()->text().contains(u"每次在室内训练的学生不超过2人"_s));   // the rule's own words
    shoot(slotDialog, u"dialog-slot-warning"_s);
    clickOk(slotDialog->buttons());
    CHECK((slotDialog.isNull() || slotDialog->result() == QDialog::Accepted));
    const QList<TimetableSlot> slotList = TimetableRepository(school.db).slotsOf(school.semester).value();
    REQUIRE(slotList.size() == 2);
    const TimetableSlot tuesday = slotList.at(1);
    CHECK(tuesday.weekday == 2);
    CHECK(tuesday.studentIds.size() == 3);
    CHECK(timetable->warningLabel()->isVisible());
    CHECK(timetable->warningLabel()->text().contains(u"个训室"_s));

    // The grid shows both slots; the crowded one coloured, with its conflict.
    const QModelIndex mondayCell = timetable->gridModel()->indexOfSlot(monday.id);
    const QModelIndex tuesdayCell = timetable->gridModel()->indexOfSlot(tuesday.id);
    REQUIRE(mondayCell.isValid());
    REQUIRE(tuesdayCell.isValid());
    CHECK(mondayCell.column() == 0);
    CHECK(tuesdayCell.column() == 1);
    CHECK(mondayCell.data().toString().contains(u"张小明"_s));
    CHECK(mondayCell.data().toString().contains(u"王老师"_s));
    CHECK(mondayCell.data().toString().contains(u"个训室"_s));
    CHECK(mondayCell.data(Qt::ToolTipRole).toString().startsWith(u"09:00–09:40"_s));
    CHECK(mondayCell.data(WeekGridModel::ConflictCountRole).toInt() == 0);
    CHECK(tuesdayCell.data().toString().contains(u"王小刚"_s));
    CHECK(tuesdayCell.data(WeekGridModel::ConflictCountRole).toInt() == 1);
    CHECK(tuesdayCell.data(Qt::DecorationRole).isValid());
    CHECK(tuesdayCell.data(Qt::BackgroundRole) != mondayCell.data(Qt::BackgroundRole));
    CHECK(timetable->gridModel()->headerData(mondayCell.row(), Qt::Vertical).toString() == u"09:00\n09:40"_s);
    REQUIRE(timetable->conflictModel()->rowCount() == 1);
    CHECK(timetable->conflictModel()->conflicts().first().kind == ConflictKind::RoomOverCapacity);
    CHECK(timetable->conflictModel()->index(0, ConflictListModel::Severity).data().toString()
          == ConflictListModel::tr("Warning"));

    // Coverage: 张小明's IEP promises 120 minutes, the timetable holds 80.
    const CoverageTableModel *coverage = timetable->coverageModel();
    const int zhangRow = coverage->rowOfStudent(school.zhang);
    REQUIRE(zhangRow >= 0);
    CHECK(coverage->index(zhangRow, CoverageTableModel::Required).data().toInt() == 120);
    CHECK(coverage->index(zhangRow, CoverageTableModel::Scheduled).data().toInt() == 80);
    CHECK(coverage->index(zhangRow, CoverageTableModel::Shortfall).data().toInt() == 40);
    CHECK(coverage->index(zhangRow, 0).data(CoverageTableModel::ShortfallRole).toBool());
    CHECK(coverage->index(zhangRow, 0).data(Qt::BackgroundRole).isValid());
    // 李小红 has no IEP: listed for her slot, nothing short.
    const int hongRow = coverage->rowOfStudent(school.hong);
    REQUIRE(hongRow >= 0);
    CHECK(coverage->index(hongRow, CoverageTableModel::Required).data().toString()
          == CoverageTableModel::tr("no IEP"));
    CHECK_FALSE(coverage->index(hongRow, 0).data(CoverageTableModel::ShortfallRole).toBool());
    CHECK(timetable->sideTabs()->tabText(0) == TimetablePanel::tr("Coverage (%1 short)").arg(1));

    // 张小明 must not miss 语文 on Monday 09:00: the Monday slot is flagged.
    timetable->selectCoverageStudent(school.zhang);
    REQUIRE(timetable->protectedButton()->isEnabled());
    timetable->editProtectedPeriods();
    QPointer<ProtectedPeriodDialog> periods = timetable->protectedDialog();
    REQUIRE(periods);
    auto periodTester = std::make_unique<QAbstractItemModelTester>(periods->model(), Mode::Warning);
    periods->weekdayCombo()->setCurrentIndex(0);
    periods->startEdit()->setTime(QTime(9, 0));
    periods->endEdit()->setTime(QTime(9, 40));
    CHECK_FALSE(periods->addFromForm());   // no lesson named yet
    CHECK(periods->message()->isError());
    periods->lessonEdit()->setText(u"语文"_s);
    REQUIRE(periods->addFromForm());
    CHECK(periods->model()->rowCount() == 1);
    shoot(periods, u"dialog-protected-periods"_s);
    periodTester.reset();
    clickOk(periods->buttons());
    REQUIRE(ProtectedPeriodRepository(school.db).forStudent(school.zhang)->size() == 1);
    CHECK(timetable->conflictModel()->rowCount() == 2);
    CHECK(hasKind(timetable->conflictModel()->conflicts(), ConflictKind::ProtectedClass));
    CHECK(timetable->gridModel()->indexOfSlot(monday.id).data(WeekGridModel::ConflictCountRole).toInt() == 1);

    // A teaching week: dated meetings; the 国庆 week loses both.
    timetable->showWeek(6);   // 5–11 October
    CHECK(timetable->gridModel()->rowCount() == 0);
    CHECK(timetable->gridModel()->headerData(0, Qt::Horizontal).toString().contains(u"国庆节"_s));
    timetable->showWeek(3);   // 14–20 September
    REQUIRE(timetable->gridModel()->rowCount() == 2);
    const QModelIndex datedTuesday = timetable->gridModel()->indexOfSlot(tuesday.id, QDate(2026, 9, 15));
    REQUIRE(datedTuesday.isValid());

    // Cancel that Tuesday once: the week shows it struck out, coverage of the week drops.
    REQUIRE(timetable->selectSlot(tuesday.id, QDate(2026, 9, 15)));
    REQUIRE(timetable->changeButton()->isEnabled());
    timetable->changeDate();
    QPointer<SlotChangeDialog> change = timetable->changeDialog();
    REQUIRE(change);
    CHECK_FALSE(change->undoButton()->isVisibleTo(change));   // nothing to undo yet
    change->cancelButton()->setChecked(true);
    change->reasonEdit()->setText(u"运动会"_s);
    shoot(change, u"dialog-change"_s);
    clickOk(change->buttons());
    CHECK(timetable->message()->text() == TimetablePanel::tr("The change was saved."));
    const QList<SlotChange> changes = TimetableRepository(school.db).changes(tuesday.id).value();
    REQUIRE(changes.size() == 1);
    CHECK(changes.first().cancelled);
    CHECK(changes.first().date == QDate(2026, 9, 15));
    const QModelIndex cancelled = timetable->gridModel()->indexOfSlot(tuesday.id, QDate(2026, 9, 15));
    REQUIRE(cancelled.isValid());
    CHECK(cancelled.data(WeekGridModel::StateRole).toInt() == int(WeekGridItem::Cancelled));
    CHECK(cancelled.data().toString().contains(u"运动会"_s));
    CHECK(coverage->index(coverage->rowOfStudent(school.zhang), CoverageTableModel::Scheduled).data().toInt() == 40);

    // The change can be undone from the same place.
    REQUIRE(timetable->selectSlot(tuesday.id, QDate(2026, 9, 15)));
    timetable->changeDate();
    change = timetable->changeDialog();
    REQUIRE(change);
    CHECK(change->undoButton()->isVisibleTo(change));
    REQUIRE(change->undoChange());
    CHECK(timetable->message()->text() == TimetablePanel::tr("The change was undone."));
    CHECK(TimetableRepository(school.db).changes(tuesday.id)->isEmpty());
    CHECK(timetable->gridModel()->indexOfSlot(tuesday.id, QDate(2026, 9, 15)).data(WeekGridModel::StateRole).toInt()
          == int(WeekGridItem::Regular));

    // Editing a slot: the dialog opens on what is stored, OK writes the change.
    timetable->showWeek(0);
    REQUIRE(timetable->selectSlot(monday.id));
    timetable->editSlot();
    slotDialog = timetable->slotDialog();
    REQUIRE(slotDialog);
    CHECK(slotDialog->slot() == monday);
    CHECK(slotDialog->checkedStudents() == QList<qint64>{school.zhang});
    slotDialog->contentEdit()->setText(u"数学个训（加法）"_s);
    clickOk(slotDialog->buttons());
    CHECK(TimetableRepository(school.db).slot(monday.id)->content == u"数学个训（加法）"_s);
    CHECK(timetable->gridModel()->indexOfSlot(monday.id).data().toString().startsWith(u"数学个训（加法）"_s));

    // Removing one: gone from the grid, the other stays.
    REQUIRE(timetable->selectSlot(tuesday.id));
    REQUIRE(timetable->removeSlot(false));
    CHECK_FALSE(timetable->gridModel()->indexOfSlot(tuesday.id).isValid());
    CHECK(timetable->gridModel()->indexOfSlot(monday.id).isValid());
    CHECK(TimetableRepository(school.db).slotsOf(school.semester)->size() == 1);

    // ---- Training plans --------------------------------------------------
    page.showTab(ResourceRoomPage::PlansTab);
    TrainingPlanPanel *plans = page.plans();
    TrainingPlanEditor *editor = plans->editor();
    QAbstractItemModelTester planStudentTester(plans->studentModel(), Mode::Warning);
    QAbstractItemModelTester goalTester(editor->goalModel(), Mode::Warning);
    REQUIRE(plans->studentModel()->rowCount() == 3);

    // 李小红 has no IEP in effect: a plan can only start empty.
    plans->selectStudent(school.hong);
    CHECK_FALSE(editor->showsPlan());
    CHECK_FALSE(editor->fromIepButton()->isEnabled());
    CHECK(editor->emptyButton()->isEnabled());

    plans->selectStudent(school.zhang);
    REQUIRE(plans->selectedStudentId() == school.zhang);
    CHECK_FALSE(editor->showsPlan());
    CHECK(plans->studentModel()->index(plans->studentModel()->rowOfStudent(school.zhang), PlanStudentListModel::Plan)
              .data()
              .toString()
          == PlanStudentListModel::tr("No plan"));
    REQUIRE(editor->fromIepButton()->isEnabled());
    editor->fromIepButton()->click();
    REQUIRE(editor->showsPlan());
    const auto storedPlan = TrainingPlanRepository(school.db).forStudentSemester(school.zhang, school.semester);
    REQUIRE(storedPlan);
    const std::optional<TrainingPlan> created = *storedPlan;
    REQUIRE(created);
    const auto expectedGoals = TrainingPlanRepository::goalsFromIep(*IepRepository(school.db).byId(school.iep));
    REQUIRE(expectedGoals.size() == 3);
    REQUIRE(editor->goalModel()->rowCount() == 3);
    for (int row = 0; row < 3; ++row) {
        CHECK(created->goals.at(row).objectiveId == expectedGoals.at(row).objectiveId);
        CHECK(editor->goalModel()->index(row, PlanGoalTableModel::Goal).data().toString() == expectedGoals.at(row).text);
        CHECK(editor->goalModel()->index(row, PlanGoalTableModel::Objective).data().toString()
              == expectedGoals.at(row).text);
    }
    CHECK(editor->goalModel()->index(0, PlanGoalTableModel::Goal).data().toString().contains(u"10以内加法"_s));

    // Fill in how the training runs and save: one write, the list says so.
    editor->contentEdit()->setPlainText(u"数的组成、10以内加法；句子仿说"_s);
    editor->methodsEdit()->setPlainText(u"实物操作、视觉提示、强化"_s);
    editor->minutesSpin()->setValue(40);
    editor->sessionsSpin()->setValue(3);
    editor->expectedEdit()->setPlainText(u"学期末正确率达到80%"_s);
    choose(editor->instructorCombo(), school.wang);
    CHECK(editor->isDirty());
    CHECK_FALSE(plans->studentTable()->isEnabled());
    // A goal of the teacher's own, not from the IEP.
    editor->selectGoal(2);
    editor->addGoal();
    CHECK(editor->selectedGoal() == 3);
    editor->goalEdit()->setText(u"能安坐10分钟"_s);
    CHECK(editor->goalModel()->index(3, PlanGoalTableModel::Objective).data().toString()
          == PlanGoalTableModel::tr("(not from the IEP)"));
    CHECK(editor->addGoalsFromIep() == 0);   // every objective is served already
    REQUIRE(editor->save());
    CHECK_FALSE(editor->isDirty());
    CHECK(plans->studentTable()->isEnabled());
    const auto savedRead = TrainingPlanRepository(school.db).forStudentSemester(school.zhang, school.semester);
    REQUIRE(savedRead);
    const std::optional<TrainingPlan> saved = *savedRead;
    REQUIRE(saved);
    CHECK(saved->minutesPerSession == 40);
    CHECK(saved->sessionsPerWeek == 3);
    CHECK(saved->instructorId == school.wang);
    CHECK(saved->methods == u"实物操作、视觉提示、强化"_s);
    REQUIRE(saved->goals.size() == 4);
    CHECK(saved->goals.at(3).text == u"能安坐10分钟"_s);
    CHECK(saved->goals.at(3).objectiveId == 0);
    CHECK(plans->studentModel()->index(plans->studentModel()->rowOfStudent(school.zhang), PlanStudentListModel::Plan)
              .data()
              .toString()
          == PlanStudentListModel::planSummary(saved));

    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        QDir().mkpath(dir);
        for (auto tab : {ResourceRoomPage::RoomsTab, ResourceRoomPage::TimetableTab, ResourceRoomPage::PlansTab}) {
            page.showTab(tab);
            QCoreApplication::processEvents();
            CHECK(page.grab().save(dir + u"/crafted-tab%1.png"_s.arg(int(tab))));
        }
    }
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the resource-room area of the demo school", "[gui][rooms]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 11, 22));
    auto path = temporaryDemoSchool(*clock);
    REQUIRE(path);
    auto opened = Database::open(*path, OpenMode::OpenExisting);
    REQUIRE(opened);
    const std::shared_ptr<Database> db = *opened;

    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->show();
    // The offscreen screen places a new window at its own size first.
    QCoreApplication::processEvents();
    window->resize(1366, 768);
    QCoreApplication::processEvents();
    window->showArea(Area::ResourceRoom);
    auto *page = qobject_cast<ResourceRoomPage *>(window->page(Area::ResourceRoom));
    REQUIRE(page);
    REQUIRE(page->tabs()->count() == 3);

    // Every demo room is listed, and the first one's rules are its stored rules.
    const QList<Room> demoRooms = RoomRepository(db).all().value();
    REQUIRE(page->rooms()->roomModel()->rowCount() == demoRooms.size());
    REQUIRE(page->rooms()->selectedRoomId() == demoRooms.first().id);
    CHECK(page->rooms()->ruleEditor()->model()->rules() == RoomRuleRepository(db).forRoom(demoRooms.first().id).value());

    // The grid holds every slot of the current semester's weekly timetable.
    const qint64 semester = SettingsRepository(db).profile()->currentSemesterId;
    TimetablePanel *timetable = page->timetable();
    timetable->showWeek(0);
    const QList<TimetableSlot> slotList = TimetableRepository(db).slotsOf(semester).value();
    CHECK(timetable->gridModel()->items().size() == slotList.size());
    for (const TimetableSlot &slot : slotList)
        CHECK(timetable->gridModel()->indexOfSlot(slot.id).isValid());
    CHECK(timetable->coverageModel()->rowCount() == CoverageReport(db).forSemester(semester)->size());
    CHECK(page->plans()->studentModel()->rowCount() == *StudentRepository(db).count());

    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        QDir().mkpath(dir);
        const QStringList names{u"rooms"_s, u"timetable"_s, u"plans"_s};
        for (int tab = 0; tab < 3; ++tab) {
            page->showTab(ResourceRoomPage::Tab(tab));
            if (tab == ResourceRoomPage::TimetableTab) {
                timetable->showWeek(0);
                QCoreApplication::processEvents();
                CHECK(window->grab().save(dir + u"/demo-timetable-pattern.png"_s));
                const int week = teachingWeek(*SemesterRepository(db).byId(semester), clock->today());
                timetable->showWeek(week > 0 ? week : 1);
            }
            QCoreApplication::processEvents();
            CHECK(window->grab().save(dir + u"/demo-"_s + names.at(tab) + u".png"_s));
        }
    }
    CHECK_NO_WARNINGS(recorder);
}
