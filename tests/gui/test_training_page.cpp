// The training-records area driven offscreen: today's sessions made from the
// timetable with one click; a record filled in through the editor (attendance,
// arrival, departure and handover, an objective with its value, content,
// performance, results), the handover rule refusing the signature in the
// rule's words, then signed — the progress point is on the objective, the
// reopened record is read-only and the repository refuses a change; an
// amendment with its reason, and the history showing both versions. A group
// record, "same as last time", a room use logged (and one refused by the
// room's limit), and an inspection that finds a planted missing week and is
// saved. Every model runs under Qt's model tester and any Qt warning fails
// the test. With RR_SCREENSHOT_DIR set, the tabs and dialogs are saved as PNGs.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/SortProxy.h"
#include "demo/DemoSchool.h"
#include "iep/EnumCombo.h"
#include "iep/IepRepository.h"
#include "iep/ObjectiveData.h"
#include "iep/ScaleValueEdit.h"
#include "inspection/InspectionListModel.h"
#include "inspection/InspectionPanel.h"
#include "inspection/InspectionProblemModel.h"
#include "inspection/InspectionReport.h"
#include "inspection/InspectionRepository.h"
#include "inspection/InspectionRulesEditor.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "rooms/RuleCheck.h"
#include "school/SettingsRepository.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"
#include "timetable/TimetableRepository.h"
#include "training/AdHocSessionDialog.h"
#include "training/AmendmentDialog.h"
#include "training/DaySessionModel.h"
#include "training/FieldChangeModel.h"
#include "training/ObjectiveWorkRow.h"
#include "training/RecordEditorDialog.h"
#include "training/RecordHistoryDialog.h"
#include "training/RecordState.h"
#include "training/RecordVersionModel.h"
#include "training/RecordsPanel.h"
#include "training/SessionListModel.h"
#include "training/SessionRepository.h"
#include "training/StudentRecordForm.h"
#include "training/TodayPanel.h"
#include "training/TrainingPage.h"
#include "training/TrainingWarningModel.h"
#include "usage/RoomUsageModel.h"
#include "usage/RoomUsageRepository.h"
#include "usage/UsageEntryDialog.h"
#include "usage/UsagePanel.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;
using Mode = QAbstractItemModelTester::FailureReportingMode;

namespace {

// Monday 14 September 2026, 16:00: teaching week 3 of the autumn semester,
// the day's sessions are over.
const QDate kToday(2026, 9, 14);

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

IepObjective objective(const QString &behaviour, const QString &criterion, MeasurementScale scale, double goal)
{
    IepObjective o;
    o.condition = u"借助实物"_s;
    o.behaviour = behaviour;
    o.criterion = criterion;
    o.deadline = QDate(2026, 12, 31);
    o.methods = u"OT"_s;
    o.responsible = u"王老师"_s;
    o.start = QDate(2026, 9, 10);
    o.end = QDate(2026, 12, 31);
    o.scale = scale;
    o.goalValue = goal;
    return o;
}

// A plan the team can put in effect (meeting on Thursday of week 2): 120
// minutes of individual training a week, one objective measured as 正确率 and
// one as 提示等级.
IepContent iepContent()
{
    IepContent c;
    c.meetingDate = QDate(2026, 9, 10);
    c.meetingMinutes = u"研讨确定本学期目标"_s;
    c.reviewDates = {QDate(2026, 11, 15)};
    c.team = {{TeamRole::ResourceTeacher, u"王老师"_s}, {TeamRole::Parent, u"张妈妈"_s}};
    c.presentLevels = {{GoalDomain::Mathematics, u"能数到20"_s}};
    IepGoal math;
    math.domain = GoalDomain::Mathematics;
    math.longTerm = u"掌握20以内加法"_s;
    math.objectives = {objective(u"完成10以内加法"_s, u"正确率80%以上"_s, MeasurementScale::Accuracy, 80.0),
                       objective(u"按步骤列竖式"_s, u"独立完成"_s, MeasurementScale::PromptLevel, 5.0)};
    c.goals = {math};
    c.services = {{ServiceType::IndividualTraining, 120, u"王老师"_s, 0}};
    return c;
}

struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    std::shared_ptr<const Clock> clock = std::make_shared<FixedClock>(QDateTime(kToday, QTime(16, 0)));
    qint64 semester = 0;
    qint64 room = 0;               // 资源教室, the shipped rules: a teacher leads, no leaving alone, 8 places
    qint64 wang = 0, li = 0;
    qint64 zhang = 0, hong = 0, gang = 0;
    qint64 accuracyObjective = 0, promptObjective = 0;
    qint64 smallRoom = 0;          // 个训室, two places
    qint64 mathSlot = 0, groupSlot = 0, crowdedSlot = 0;

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
        auto added = RoomRepository(db).add(Room{0, u"资源教室"_s, RoomType::ResourceRoom, 8, u"综合楼201"_s});
        REQUIRE(added);
        room = *added;
        wang = staff(u"王老师"_s);
        li = staff(u"李老师"_s);
        zhang = student(u"张小明"_s);
        hong = student(u"李小红"_s);
        gang = student(u"王小刚"_s);
        IepRepository ieps(db);
        auto iep = ieps.create(zhang, semester, iepContent());
        REQUIRE(iep);
        REQUIRE(ieps.activate(*iep));
        const auto plan = ieps.byId(*iep);
        REQUIRE(plan);
        accuracyObjective = plan->content.goals.at(0).objectives.at(0).id;
        promptObjective = plan->content.goals.at(0).objectives.at(1).id;
        auto small = RoomRepository(db).add(Room{0, u"个训室"_s, RoomType::IndividualTraining, 2, u"104室"_s});
        REQUIRE(small);
        smallRoom = *small;
        mathSlot = slot(QTime(9, 0), QTime(9, 40), room, wang, {zhang}, u"数学个训"_s);
        groupSlot = slot(QTime(10, 0), QTime(10, 40), room, li, {hong, gang}, u"社交小组"_s);
        // Three in a room of two: the timetable only warns, a session is refused.
        crowdedSlot = slot(QTime(14, 0), QTime(14, 40), smallRoom, li, {zhang, hong, gang}, u"游戏小组"_s);
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
    // A Monday slot.
    qint64 slot(QTime start, QTime end, qint64 roomId, qint64 instructor, const QList<qint64> &students,
                const QString &content)
    {
        TimetableSlot s;
        s.semesterId = semester;
        s.weekday = 1;
        s.start = start;
        s.end = end;
        s.roomId = roomId;
        s.instructorId = instructor;
        s.studentIds = students;
        s.content = content;
        auto id = TimetableRepository(db).addSlot(s);
        REQUIRE(id);
        return *id;
    }
};

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

bool hasWarning(const QList<TrainingWarning> &warnings, TrainingWarningKind kind, qint64 slotId, qint64 studentId)
{
    return std::any_of(warnings.cbegin(), warnings.cend(), [&](const TrainingWarning &w) {
        return w.kind == kind && (slotId == 0 || w.slotId == slotId) && (studentId == 0 || w.studentId == studentId);
    });
}

bool hasProblem(const QList<InspectionProblem> &problems, ProblemKind kind, qint64 studentId, const QDate &date)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const InspectionProblem &p) {
        return p.kind == kind && p.studentId == studentId && (!date.isValid() || p.date == date);
    });
}

int rowOfField(const FieldChangeModel *model, SessionField field)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->changes().at(row).field == field)
            return row;
    return -1;
}

QString screenshotDir()
{
    return qEnvironmentVariable("RR_SCREENSHOT_DIR");
}

// Dialogs keep to the screen; the offscreen one is smaller than the school's 1366×768.
void saveShot(QWidget *widget, const QString &name, QSize size = {})
{
    if (const QString dir = screenshotDir(); !dir.isEmpty()) {
        QDir().mkpath(dir);
        if (size.isValid())
            widget->resize(size);
        QCoreApplication::processEvents();
        CHECK(widget->grab().save(dir + u"/"_s + name + u".png"_s));
    }
}

} // namespace

TEST_CASE("training records: today's sessions, a record signed, read-only, amended; usage log; inspection",
          "[gui][training]")
{
    WarningRecorder recorder;
    School school;
    TrainingPage page(Session{school.db, school.clock});
    page.resize(1366, 768);
    page.show();
    REQUIRE(page.tabs()->count() == 4);

    // ---- Today -----------------------------------------------------------
    TodayPanel *today = page.today();
    QAbstractItemModelTester dayTester(today->sessionModel(), Mode::Warning);
    QAbstractItemModelTester warningTester(today->warningModel(), Mode::Warning);
    CHECK(today->shownDate() == kToday);
    REQUIRE(today->sessionModel()->rowCount() == 3);
    const int mathRow = today->sessionModel()->rowOfSlot(school.mathSlot);
    REQUIRE(mathRow >= 0);
    CHECK(today->sessionModel()->index(mathRow, DaySessionModel::Students).data().toString() == u"张小明"_s);
    CHECK(today->sessionModel()->index(mathRow, DaySessionModel::Instructor).data().toString() == u"王老师"_s);
    CHECK(today->sessionModel()->index(mathRow, DaySessionModel::Time).data().toString() == u"09:00–09:40"_s);
    CHECK(today->sessionModel()->index(mathRow, 0).data(DaySessionModel::StateRole).toInt()
          == int(RecordState::NotRecorded));
    // What needs doing: both sessions have no record, 张小明 has had no training this week.
    const QList<TrainingWarning> before = today->warningModel()->warnings();
    CHECK(hasWarning(before, TrainingWarningKind::NotYetRecorded, school.mathSlot, 0));
    CHECK(hasWarning(before, TrainingWarningKind::NotYetRecorded, school.groupSlot, 0));
    CHECK(hasWarning(before, TrainingWarningKind::WeeklyDue, 0, school.zhang));
    CHECK(before == *trainingWarnings(school.db, *school.clock));

    // One click makes the records, as drafts with everyone present; the crowded
    // session is refused in the words of the room's limit.
    REQUIRE(today->createButton()->isEnabled());
    CHECK(today->createButton()->text() == TodayPanel::tr("Create today's sessions"));
    today->createButton()->click();
    CHECK(today->message()->isError());
    CHECK(today->message()->text().contains(TodayPanel::tr("%n record(s) made from the timetable.", "", 2)));
    CHECK(today->message()->text().contains(u"游戏小组"_s));
    CHECK(today->message()->text().contains(u"个训室"_s));
    SessionRepository sessions(school.db, school.clock);
    const auto made = sessions.forOccurrence(school.mathSlot, kToday).value();
    REQUIRE(made);
    CHECK_FALSE(made->isSigned());
    CHECK(made->topic == u"数学个训"_s);
    REQUIRE(made->students.size() == 1);
    CHECK(made->students.first().present());
    REQUIRE(sessions.forOccurrence(school.groupSlot, kToday).value());
    CHECK(today->sessionModel()->index(mathRow, 0).data(DaySessionModel::SessionIdRole).toLongLong() == made->id);
    CHECK(today->sessionModel()->index(mathRow, DaySessionModel::State).data().toString()
          == recordStateLabel(&*made));
    const int crowdedRow = today->sessionModel()->rowOfSlot(school.crowdedSlot);
    CHECK(today->sessionModel()->index(crowdedRow, 0).data(DaySessionModel::StateRole).toInt()
          == int(RecordState::NotRecorded));
    CHECK_FALSE(hasWarning(today->warningModel()->warnings(), TrainingWarningKind::NotYetRecorded, school.mathSlot, 0));
    CHECK(hasWarning(today->warningModel()->warnings(), TrainingWarningKind::NotYetRecorded, school.crowdedSlot, 0));
    // Opening it tries again, and is refused again: no record, no editor.
    today->openRow(crowdedRow);
    CHECK(today->message()->isError());
    CHECK_FALSE(page.recordEditor());
    CHECK(hasWarning(today->warningModel()->warnings(), TrainingWarningKind::Unsigned, 0, school.zhang));
    // A second click makes nothing twice.
    const auto again = sessions.createFromTimetable(kToday);
    REQUIRE(again);
    CHECK(again->created.isEmpty());
    CHECK(again->alreadyRecorded == 2);
    CHECK(again->refused.size() == 1);
    CHECK(sessions.between(kToday, kToday)->size() == 2);
    saveShot(&page, u"training-today"_s);

    // ---- The record of 张小明's session ---------------------------------
    const QTableView *sessionView = today->sessionView();   // the list sorts: map the model row through it
    const QPoint cell = sessionView->visualRect(sessionView->model()->index(viewRow(sessionView, mathRow), 1)).center();
    QTest::mouseClick(today->sessionView()->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(today->sessionView()->viewport(), Qt::LeftButton, {}, cell);
    QPointer<RecordEditorDialog> editor = page.recordEditor();
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(editor->sessionId() == made->id);
    CHECK(editor->mode() == RecordEditorDialog::Mode::Draft);
    CHECK(editor->stateLabel()->text().contains(RecordEditorDialog::tr("Draft — sign it once the record is complete")));
    REQUIRE(editor->studentTabs()->count() == 1);
    CHECK(editor->studentTabs()->tabText(0) == u"张小明"_s);
    StudentRecordForm *form = editor->studentForm(school.zhang);
    REQUIRE(form);
    // The objectives of the plan in effect can be chosen.
    REQUIRE(form->objectiveCombo()->count() == 2);
    REQUIRE(form->objectiveRows().isEmpty());

    choose(form->attendanceCombo(), int(Attendance::Present));
    CHECK_FALSE(form->reasonEdit()->isEnabled());   // a reason only for absence and leave
    form->arrivalEdit()->setTime(QTime(9, 2));
    form->departureEdit()->setTime(QTime(9, 40));
    choose(form->ratingCombo(), 4);
    choose(form->promptCombo(), int(PromptLevel::Verbal));
    choose(form->objectiveCombo(), school.accuracyObjective);
    form->addObjectiveButton()->click();
    REQUIRE(form->objectiveRows().size() == 1);
    ObjectiveWorkRow *accuracy = form->objectiveRow(school.accuracyObjective);
    REQUIRE(accuracy);
    CHECK(accuracy->valueEdit()->scale() == MeasurementScale::Accuracy);
    CHECK(form->objectiveCombo()->count() == 1);   // chosen once only
    // A typo off the scale is refused naming the range, and nothing is written.
    QTest::keyClicks(accuracy->valueEdit()->numberEdit(), u"800"_s);
    editor->contentEdit()->setPlainText(u"10以内加法（实物操作）"_s);
    editor->methodEdit()->setPlainText(u"示范—练习—强化"_s);
    editor->equipmentEdit()->setText(u"计数棒、数字卡片"_s);
    form->performanceEdit()->setPlainText(u"注意力集中，主动回答"_s);
    form->resultsEdit()->setPlainText(u"能借助实物完成10以内加法"_s);
    CHECK(editor->isDirty());
    editor->saveButton()->click();
    CHECK(editor->message()->isError());
    CHECK(editor->message()->text().contains(u"张小明"_s));
    CHECK(ObjectiveDataRepository(school.db).points(school.accuracyObjective)->isEmpty());
    accuracy->valueEdit()->numberEdit()->clear();
    QTest::keyClicks(accuracy->valueEdit()->numberEdit(), u"80"_s);
    accuracy->noteEdit()->setText(u"借助计数棒"_s);
    // The prompt-level objective takes a level from its list.
    choose(form->objectiveCombo(), school.promptObjective);
    form->addObjectiveButton()->click();
    ObjectiveWorkRow *prompt = form->objectiveRow(school.promptObjective);
    REQUIRE(prompt);
    CHECK(prompt->valueEdit()->scale() == MeasurementScale::PromptLevel);
    choose(prompt->valueEdit()->promptCombo(), int(PromptLevel::Visual));
    CHECK_FALSE(form->objectiveCombo()->isEnabled());   // every objective chosen
    editor->saveButton()->click();
    CHECK_FALSE(editor->message()->isError());
    CHECK_FALSE(editor->isDirty());

    auto saved = sessions.byId(made->id);
    REQUIRE(saved);
    REQUIRE(saved->students.size() == 1);
    const SessionStudent &st = saved->students.first();
    CHECK(st.arrival == QTime(9, 2));
    CHECK(st.departure == QTime(9, 40));
    CHECK(st.rating == 4);
    CHECK(st.prompt == PromptLevel::Verbal);
    CHECK(st.performance == u"注意力集中，主动回答"_s);
    CHECK(saved->content == u"10以内加法（实物操作）"_s);
    REQUIRE(saved->equipment.size() == 2);
    CHECK(saved->equipment.at(1).name == u"数字卡片"_s);
    REQUIRE(st.objectives.size() == 2);
    CHECK(st.objectives.at(0).value == 80.0);
    CHECK(st.objectives.at(1).value == double(PromptLevel::Visual));

    // The data landed on the objectives' charts, marked with the session.
    const auto points = ObjectiveDataRepository(school.db).points(school.accuracyObjective);
    REQUIRE(points);
    REQUIRE(points->size() == 1);
    CHECK(points->first().value == 80.0);
    CHECK(points->first().date == kToday);
    CHECK(points->first().sessionId == made->id);
    CHECK(points->first().note == u"借助计数棒"_s);
    REQUIRE(ObjectiveDataRepository(school.db).points(school.promptObjective)->size() == 1);

    saveShot(editor, u"training-record-draft"_s, QSize(1240, 720));

    // He left at 09:40 handed over to nobody: the room's rule refuses the signature in its own words.
    const auto leaving = ruleOfKind(RoomRuleRepository(school.db).forRoom(school.room).value(), RuleKind::NoLeavingAlone);
    REQUIRE(leaving);
    CHECK(editor->missingFields()->isEmpty());
    form->performanceEdit()->setPlainText(u"注意力集中，主动回答，能自我检查"_s);
    editor->signButton()->click();
    CHECK(editor->mode() == RecordEditorDialog::Mode::Draft);
    CHECK(editor->message()->isError());
    CHECK(editor->message()->text().contains(leaving->text));
    CHECK(editor->message()->text().contains(u"张小明"_s));
    CHECK_FALSE(sessions.byId(made->id)->isSigned());
    // Saving and signing are one action: refused together, the edit is still only on screen.
    CHECK(sessions.byId(made->id)->students.first().performance == u"注意力集中，主动回答"_s);
    CHECK(editor->isDirty());

    // Without the arrival time the same rule refuses, naming what is missing.
    form->arrivalEdit()->setTime(form->arrivalEdit()->minimumTime());
    const auto noArrival = editor->record();
    REQUIRE(noArrival);
    REQUIRE_FALSE(noArrival->students.first().arrival.isValid());
    form->handoverEdit()->setText(u"班主任李老师"_s);
    editor->signButton()->click();
    CHECK(editor->mode() == RecordEditorDialog::Mode::Draft);
    CHECK(editor->message()->text().contains(
        QCoreApplication::translate("rr::Training", "%1 has no arrival time.").arg(u"张小明"_s)));
    CHECK_FALSE(sessions.byId(made->id)->isSigned());
    form->arrivalEdit()->setTime(QTime(9, 2));
    form->handoverEdit()->setText(u"班主任李老师"_s);
    editor->signButton()->click();   // saves the handover and the performance, and signs
    CHECK_FALSE(editor->message()->isError());
    REQUIRE(editor->mode() == RecordEditorDialog::Mode::ReadOnly);
    const auto signedRecord = sessions.byId(made->id);
    REQUIRE(signedRecord);
    CHECK(signedRecord->isSigned());
    CHECK(signedRecord->signedBy == school.wang);
    CHECK(signedRecord->students.first().handedOverTo == u"班主任李老师"_s);
    CHECK(signedRecord->students.first().performance == u"注意力集中，主动回答，能自我检查"_s);
    saveShot(editor, u"training-record-signed"_s, QSize(1240, 720));

    // Read-only: every input is disabled, saving is refused, the data stay.
    for (QWidget *input : editor->inputs())
        CHECK_FALSE(input->isEnabled());
    CHECK_FALSE(editor->studentForm(school.zhang)->objectiveRow(school.accuracyObjective)->valueEdit()->isEnabled());
    CHECK_FALSE(editor->saveButton()->isVisible());
    CHECK_FALSE(editor->signButton()->isVisible());
    CHECK(editor->amendButton()->isVisible());
    CHECK_FALSE(editor->saveDraft());
    CHECK(editor->message()->isError());
    // … and the repository refuses a change to the signed record too.
    TrainingSession tampered = *signedRecord;
    tampered.students.first().results = u"改过的效果"_s;
    const auto refused = sessions.saveDraft(tampered);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(sessions.byId(made->id).value() == signedRecord.value());
    // The paper form of the record is built from what is stored.
    const auto paper = editor->printDocument();
    REQUIRE(paper);
    CHECK(paper->title == u"个别化训练记录表"_s);
    editor->close();
    QCoreApplication::processEvents();

    // ---- The Records tab reopens it, read-only --------------------------
    page.showTab(TrainingPage::RecordsTab);
    RecordsPanel *records = page.records();
    QAbstractItemModelTester recordTester(records->sessionModel(), Mode::Warning);
    REQUIRE(records->sessionModel()->rowCount() == 2);
    records->unsignedOnlyCheck()->setChecked(true);
    REQUIRE(records->sessionModel()->rowCount() == 1);   // the group's draft
    CHECK(records->sessionModel()->sessions().first().slotId == school.groupSlot);
    records->unsignedOnlyCheck()->setChecked(false);
    choose(records->studentCombo(), school.zhang);
    REQUIRE(records->sessionModel()->rowCount() == 1);
    CHECK(records->sessionModel()->index(0, SessionListModel::Students).data().toString() == u"张小明"_s);
    CHECK(records->sessionModel()->index(0, SessionListModel::State).data().toString()
          == recordStateLabel(&*signedRecord));
    REQUIRE(records->selectSession(made->id));
    records->openSelected();
    editor = page.recordEditor();
    REQUIRE(editor);
    CHECK(editor->mode() == RecordEditorDialog::Mode::ReadOnly);
    for (QWidget *input : editor->inputs())
        CHECK_FALSE(input->isEnabled());
    CHECK_FALSE(editor->saveButton()->isVisible());

    // ---- An amendment with its reason ------------------------------------
    editor->amendButton()->click();
    REQUIRE(editor->mode() == RecordEditorDialog::Mode::Amending);
    CHECK(editor->contentEdit()->isEnabled());
    CHECK(editor->saveButton()->isVisible());
    CHECK(editor->cancelAmendButton()->isVisible());
    form = editor->studentForm(school.zhang);
    REQUIRE(form);
    form->departureEdit()->setTime(QTime(9, 35));
    form->resultsEdit()->setPlainText(u"能借助实物独立完成10以内加法"_s);
    editor->saveButton()->click();
    QPointer<AmendmentDialog> amendment = editor->amendmentDialog();
    REQUIRE(amendment);
    CHECK(amendment->isVisible());
    CHECK(amendment->authorEdit()->text() == u"王老师"_s);
    CHECK(amendment->date() == kToday);
    CHECK(amendment->findChild<QLabel *>(u"amendmentChanges"_s)->text().contains(u"09:35"_s));
    amendment->buttons()->button(QDialogButtonBox::Ok)->click();   // no reason yet
    CHECK(amendment->isVisible());
    CHECK(amendment->message()->isError());
    CHECK(sessions.amendments(made->id)->isEmpty());
    saveShot(amendment, u"training-amendment"_s);
    amendment->reasonEdit()->setPlainText(u"离开时间记录有误"_s);
    amendment->buttons()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    CHECK_FALSE(editor->message()->isError());
    CHECK(editor->mode() == RecordEditorDialog::Mode::ReadOnly);
    const QList<SessionAmendment> amendments = sessions.amendments(made->id).value();
    REQUIRE(amendments.size() == 1);
    CHECK(amendments.first().reason == u"离开时间记录有误"_s);
    CHECK(amendments.first().author == u"王老师"_s);
    CHECK(amendments.first().date == kToday);
    CHECK(amendments.first().previous.students.first().departure == QTime(9, 40));
    const auto amended = sessions.byId(made->id);
    REQUIRE(amended);
    CHECK(amended->version == 1);
    CHECK(amended->students.first().departure == QTime(9, 35));
    CHECK(editor->stateLabel()->text().contains(RecordEditorDialog::tr("amended %n time(s)", "", 1)));

    // The history: the version as signed, then the amendment with what it changed.
    REQUIRE(editor->historyButton()->isEnabled());
    editor->historyButton()->click();
    QPointer<RecordHistoryDialog> history = editor->historyDialog();
    REQUIRE(history);
    QAbstractItemModelTester versionTester(history->versionModel(), Mode::Warning);
    QAbstractItemModelTester changeTester(history->changeModel(), Mode::Warning);
    REQUIRE(history->versionModel()->rowCount() == 2);
    CHECK(history->versionModel()->index(0, RecordVersionModel::Version).data().toString()
          == RecordVersionModel::tr("As signed"));
    CHECK(history->versionModel()->index(0, RecordVersionModel::Author).data().toString() == u"王老师"_s);
    CHECK(history->versionModel()->index(1, RecordVersionModel::Reason).data().toString() == u"离开时间记录有误"_s);
    CHECK(history->versionModel()->versions().at(0).record.students.first().departure == QTime(9, 40));
    CHECK(history->versionModel()->versions().at(1).record.students.first().departure == QTime(9, 35));
    // The amendment is shown: departure and results changed, for 张小明.
    REQUIRE(history->changeModel()->rowCount() == 2);
    const int departureRow = rowOfField(history->changeModel(), SessionField::Departure);
    REQUIRE(departureRow >= 0);
    CHECK(history->changeModel()->index(departureRow, FieldChangeModel::Student).data().toString() == u"张小明"_s);
    CHECK(history->changeModel()->index(departureRow, FieldChangeModel::Before).data().toString().contains(u"09:40"_s));
    CHECK(history->changeModel()->index(departureRow, FieldChangeModel::After).data().toString().contains(u"09:35"_s));
    CHECK(history->detailLabel()->text().contains(u"离开时间记录有误"_s));
    history->selectVersion(0);
    CHECK(history->changeModel()->rowCount() == 0);
    history->selectVersion(1);
    saveShot(history, u"training-history"_s);
    history->close();
    editor->close();
    QCoreApplication::processEvents();

    // ---- A group record: each student's own part -------------------------
    page.showTab(TrainingPage::TodayTab);
    const int groupRow = today->sessionModel()->rowOfSlot(school.groupSlot);
    REQUIRE(groupRow >= 0);
    today->openRow(groupRow);
    editor = page.recordEditor();
    REQUIRE(editor);
    REQUIRE(editor->studentTabs()->count() == 2);
    CHECK(editor->studentTabs()->tabText(0) == u"李小红"_s);
    CHECK(editor->studentTabs()->tabText(1) == u"王小刚"_s);
    StudentRecordForm *hongForm = editor->studentForm(school.hong);
    StudentRecordForm *gangForm = editor->studentForm(school.gang);
    REQUIRE(hongForm);
    REQUIRE(gangForm);
    // Without an IEP in effect nothing can be measured, and the form says so.
    CHECK(hongForm->objectiveCombo()->count() == 0);
    CHECK(hongForm->findChild<QLabel *>(u"noObjectives"_s)->text().contains(u"李小红"_s));
    choose(gangForm->attendanceCombo(), int(Attendance::Leave));
    CHECK(gangForm->reasonEdit()->isEnabled());
    gangForm->reasonEdit()->setText(u"病假"_s);
    CHECK(editor->studentTabs()->tabText(1)
          == RecordEditorDialog::tr("%1 (%2)").arg(u"王小刚"_s, attendanceLabel(Attendance::Leave)));
    hongForm->arrivalEdit()->setTime(QTime(10, 0));
    hongForm->performanceEdit()->setPlainText(u"能与同伴轮流游戏"_s);
    editor->contentEdit()->setPlainText(u"轮流与等待"_s);
    editor->saveButton()->click();
    CHECK_FALSE(editor->message()->isError());
    const auto group = sessions.forOccurrence(school.groupSlot, kToday).value();
    REQUIRE(group);
    CHECK(group->kind == SessionKind::Group);
    CHECK(group->student(school.gang)->attendance == Attendance::Leave);
    CHECK(group->student(school.gang)->absenceReason == u"病假"_s);
    CHECK(group->student(school.hong)->performance == u"能与同伴轮流游戏"_s);
    CHECK(group->presentStudentIds() == QList<qint64>{school.hong});
    // 李小红's results are still empty: signing would warn first; left as a draft, for the inspection to find.
    REQUIRE(editor->missingFields()->size() == 1);
    CHECK(editor->missingFields()->first().contains(u"李小红"_s));
    CHECK(editor->missingFields()->first().contains(recordFieldLabel(RecordField::Results)));
    editor->studentTabs()->setCurrentIndex(0);
    saveShot(editor, u"training-record-group"_s, QSize(1240, 720));
    editor->close();
    QCoreApplication::processEvents();

    // ---- Same as last time: tomorrow's ad hoc session of 张小明 ----------
    today->addAdHoc(school.zhang);
    QPointer<AdHocSessionDialog> adHoc = today->adHocDialog();
    REQUIRE(adHoc);
    CHECK(adHoc->checkedStudents() == QList<qint64>{school.zhang});
    adHoc->dateEdit()->setDate(kToday.addDays(1));
    adHoc->startEdit()->setTime(QTime(14, 0));
    adHoc->endEdit()->setTime(QTime(14, 40));
    choose(adHoc->roomCombo(), school.room);
    choose(adHoc->instructorCombo(), school.wang);
    adHoc->topicEdit()->setText(u"数学补课"_s);
    adHoc->buttons()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    const QList<TrainingSession> tomorrow = sessions.between(kToday.addDays(1), kToday.addDays(1)).value();
    REQUIRE(tomorrow.size() == 1);
    CHECK(tomorrow.first().slotId == 0);
    CHECK(tomorrow.first().kind == SessionKind::Individual);
    editor = page.recordEditor();
    REQUIRE(editor);
    CHECK(editor->sessionId() == tomorrow.first().id);
    form = editor->studentForm(school.zhang);
    REQUIRE(form);
    CHECK(form->objectiveRows().isEmpty());
    CHECK(editor->contentEdit()->toPlainText().isEmpty());
    form->sameAsLastTimeButton()->click();
    // Today's objectives, without their values; today's content and method.
    REQUIRE(form->objectiveRows().size() == 2);
    CHECK(form->objectiveRows().at(0)->objectiveId() == school.accuracyObjective);
    CHECK(form->objectiveRows().at(0)->valueEdit()->numberEdit()->text().isEmpty());
    CHECK(editor->contentEdit()->toPlainText() == u"10以内加法（实物操作）"_s);
    CHECK(editor->equipmentEdit()->text() == u"计数棒、数字卡片"_s);
    CHECK(editor->message()->text().contains(u"张小明"_s));
    // Not needed after all: the draft goes, and so does anything it wrote.
    REQUIRE(editor->removeDraft(false));
    QCoreApplication::processEvents();
    CHECK(sessions.between(kToday.addDays(1), kToday.addDays(1))->isEmpty());

    // ---- The room usage log ----------------------------------------------
    page.showTab(TrainingPage::UsageTab);
    UsagePanel *usage = page.usage();
    QAbstractItemModelTester usageTester(usage->usageModel(), Mode::Warning);
    // Today's two sessions, read from their records (the group's present student only).
    REQUIRE(usage->usageModel()->rowCount() == 2);
    CHECK(usage->usageModel()->entries().at(0).isSession());
    CHECK(usage->usageModel()->index(1, RoomUsageModel::Students).data().toString() == u"李小红"_s);
    CHECK(usage->usageModel()->index(0, RoomUsageModel::Aids).data().toString() == u"计数棒、数字卡片"_s);
    usage->addEntry();
    QPointer<UsageEntryDialog> entry = usage->entryDialog();
    REQUIRE(entry);
    // A student activity for nine in a room of eight: refused with the room's words.
    setEnumComboValue(entry->kindCombo(), UsageKind::StudentActivity);
    entry->startEdit()->setTime(QTime(12, 10));
    entry->endEdit()->setTime(QTime(12, 50));
    choose(entry->roomCombo(), school.room);
    entry->purposeEdit()->setText(u"午间沙盘游戏"_s);
    entry->setStudentChecked(school.hong, true);
    entry->setStudentChecked(school.gang, true);
    entry->countSpin()->setValue(9);
    entry->aidsEdit()->setText(u"沙盘、沙具"_s);
    entry->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(entry->isVisible());
    CHECK(entry->message()->isError());
    CHECK(entry->message()->text().contains(u"资源教室"_s));
    CHECK(RoomUsageRepository(school.db).manualEntries(kToday, kToday)->isEmpty());
    entry->countSpin()->setValue(6);
    entry->otherNamesEdit()->setText(u"三年级学生4人"_s);
    saveShot(entry, u"training-usage-entry"_s);
    entry->buttons()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    const QList<RoomUsageEntry> manual = RoomUsageRepository(school.db).manualEntries(kToday, kToday).value();
    REQUIRE(manual.size() == 1);
    CHECK(manual.first().kind == UsageKind::StudentActivity);
    CHECK(manual.first().studentCount == 6);
    CHECK(manual.first().studentIds == QList<qint64>{school.hong, school.gang});
    CHECK(manual.first().teachingAids.size() == 2);
    REQUIRE(usage->usageModel()->rowCount() == 3);
    CHECK(usage->selectedEntryId() == manual.first().id);
    const int manualRow = usage->usageModel()->rowOfEntry(manual.first().id);
    CHECK(usage->usageModel()->index(manualRow, RoomUsageModel::Kind).data().toString()
          == usageKindLabel(UsageKind::StudentActivity));
    CHECK(usage->usageModel()->index(manualRow, RoomUsageModel::Students).data().toString()
          == QStringList({u"李小红"_s, u"王小刚"_s, u"三年级学生4人"_s}).join(RoomUsageModel::tr(", ")));
    CHECK(usage->editButton()->isEnabled());
    // Corrected through the same dialog.
    usage->editEntry();
    entry = usage->entryDialog();
    REQUIRE(entry);
    CHECK(entry->purposeEdit()->text() == u"午间沙盘游戏"_s);
    CHECK(entry->otherNamesEdit()->text() == u"三年级学生4人"_s);
    entry->purposeEdit()->setText(u"午间沙盘游戏（心理辅导）"_s);
    entry->buttons()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    CHECK(RoomUsageRepository(school.db).byId(manual.first().id)->purpose == u"午间沙盘游戏（心理辅导）"_s);
    CHECK(usage->usageModel()->rowCount() == 3);
    // The log prints per room.
    CHECK_FALSE(usage->printButton()->isEnabled());
    choose(usage->roomCombo(), school.room);
    CHECK(usage->printButton()->isEnabled());
    CHECK(usage->usageModel()->rowCount() == 3);
    const auto log = usage->printDocument();
    REQUIRE(log);
    CHECK(log->title == u"资源教室使用登记表"_s);
    saveShot(&page, u"training-usage"_s);
    // A manual entry is removed here; a session's row is not edited here.
    REQUIRE(usage->selectEntry(manual.first().id));
    REQUIRE(usage->removeEntry(false));
    CHECK(RoomUsageRepository(school.db).manualEntries(kToday, kToday)->isEmpty());
    REQUIRE(usage->usageModel()->rowCount() == 2);
    usage->usageView()->setCurrentIndex(usage->usageView()->model()->index(viewRow(usage->usageView(), 0), 0));
    CHECK(usage->selectedEntryId() == 0);
    CHECK_FALSE(usage->editButton()->isEnabled());
    CHECK_FALSE(usage->removeButton()->isEnabled());
    CHECK_FALSE(usage->removeEntry(false));

    // ---- The inspection --------------------------------------------------
    page.showTab(TrainingPage::InspectionTab);
    InspectionPanel *inspection = page.inspection();
    QAbstractItemModelTester problemTester(inspection->problemModel(), Mode::Warning);
    QAbstractItemModelTester savedTester(inspection->savedModel(), Mode::Warning);
    CHECK(inspection->fromEdit()->date() == QDate(2026, 9, 1));   // the semester's start
    CHECK(inspection->toEdit()->date() == kToday);
    CHECK(inspection->inspectorEdit()->text() == u"王老师"_s);
    CHECK_FALSE(inspection->saveButton()->isEnabled());
    // The rules are the school's: a change is saved for the next time.
    inspection->rulesEditor()->signDaysSpin()->setValue(2);
    inspection->saveRulesButton()->click();
    CHECK(loadInspectionRules(school.db)->signWithinDays == 2);
    inspection->runButton()->click();
    REQUIRE(inspection->result());
    const InspectionResult &result = *inspection->result();
    // Planted: 张小明's plan took effect in week 2 (7–13 September) and he had no session that week.
    CHECK(hasProblem(result.problems, ProblemKind::WeeklySession, school.zhang, QDate(2026, 9, 7)));
    // And 李小红's part of the group record has no results.
    CHECK(hasProblem(result.problems, ProblemKind::MissingFields, school.hong, kToday));
    CHECK(result.counts.sessions == 2);
    REQUIRE(inspection->problemModel()->rowCount() == result.problems.size());
    int weekRow = -1;
    for (int row = 0; row < inspection->problemModel()->rowCount(); ++row)
        if (inspection->problemModel()->problems().at(row).kind == ProblemKind::WeeklySession)
            weekRow = row;
    REQUIRE(weekRow >= 0);
    CHECK(inspection->problemModel()->index(weekRow, InspectionProblemModel::Student).data().toString() == u"张小明"_s);
    CHECK(inspection->problemModel()->index(weekRow, InspectionProblemModel::Status).data().toString()
          == problemStatusLabel(ProblemStatus::Open));
    const InspectionReport report = inspectionReport(result);
    CHECK(inspection->situationLabel()->text() == report.situation);
    CHECK_FALSE(inspection->requirementsLabel()->text().isEmpty());
    CHECK(inspection->requirementsLabel()->text() == report.requirements.join(u'\n'));
    REQUIRE(inspection->printButton()->isEnabled());
    const auto feedback = inspection->printDocument();
    REQUIRE(feedback);
    CHECK(feedback->title == u"个别化训练记录检查反馈表"_s);
    saveShot(&page, u"training-inspection"_s);
    // Saved as issued: listed, and not saved twice.
    REQUIRE(inspection->saveButton()->isEnabled());
    inspection->saveButton()->click();
    const QList<InspectionSummary> savedList = InspectionRepository(school.db).list().value();
    REQUIRE(savedList.size() == 1);
    CHECK(savedList.first().problems == result.problems.size());
    REQUIRE(inspection->savedModel()->rowCount() == 1);
    CHECK_FALSE(inspection->saveButton()->isEnabled());
    // Reopened from the list, the report is the one saved.
    REQUIRE(inspection->openSaved(savedList.first().id));
    CHECK(inspection->result()->id == savedList.first().id);
    CHECK(inspection->problemModel()->rowCount() == savedList.first().problems);

    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the training area in the main window", "[gui][training]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDate(2026, 11, 23));
    auto path = temporaryDemoSchool(*clock);
    REQUIRE(path);
    auto opened = Database::open(*path, OpenMode::OpenExisting);
    REQUIRE(opened);
    const std::shared_ptr<Database> db = *opened;
    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->showNormal();
    window->resize(1366, 768);
    window->showArea(Area::Training);
    auto *page = qobject_cast<TrainingPage *>(window->page(Area::Training));
    REQUIRE(page);
    // The Today tab lists the day's timetable, the state of each record and what needs doing.
    const QList<SlotOccurrence> occurrences = TimetableRepository(db).occurrences(clock->today(), clock->today()).value();
    CHECK(page->today()->sessionModel()->rowCount() >= occurrences.size());
    CHECK(page->today()->warningModel()->warnings() == *trainingWarnings(db, *clock));
    if (!screenshotDir().isEmpty()) {
        const QStringList names{u"today"_s, u"records"_s, u"usage"_s, u"inspection"_s};
        for (int tab = 0; tab < names.size(); ++tab) {
            page->showTab(TrainingPage::Tab(tab));
            if (tab == TrainingPage::InspectionTab)
                page->inspection()->run();
            saveShot(window, u"demo-training-"_s + names.at(tab));
        }
        // One record of each kind, and an amended one with its history.
        const QList<TrainingSession> recent =
            SessionRepository(db, clock).between(clock->today().addDays(-30), clock->today()).value();
        bool individual = false, group = false, amended = false;
        for (const TrainingSession &s : recent) {
            const bool isGroup = s.kind == SessionKind::Group;
            const bool wanted = !(isGroup ? group : individual) || (s.version > 0 && !amended);
            if (!s.isSigned() || !wanted)
                continue;
            page->openRecord(s.id);
            RecordEditorDialog *editor = page->recordEditor();
            REQUIRE(editor);
            saveShot(editor, u"demo-training-record-"_s + (isGroup ? u"group"_s : u"individual"_s), QSize(1240, 720));
            (isGroup ? group : individual) = true;
            if (s.version > 0 && !amended) {
                editor->showHistory();
                saveShot(editor->historyDialog(), u"demo-training-history"_s);
                editor->historyDialog()->close();
                amended = true;
            }
            editor->close();
            QCoreApplication::processEvents();
        }
    }
    CHECK_NO_WARNINGS(recorder);
}
