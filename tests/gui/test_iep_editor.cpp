// The IEP screens driven offscreen through their widgets on a fresh data
// file: a new draft from the IEP area, present levels suggested from an
// assessment, an objective inserted from the goal bank (a vague criterion
// refused first), activation refused and then granted, probes entered and
// shown on the Qt Charts chart with its baseline, aim and trend lines, a
// phase change, a revision with its reason in the history, the end-of-
// semester evaluation with the GAS T-score, archiving; assessments added and
// edited on their tab; the overview's IEP reminders. Any Qt warning fails.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "assessment/AssessmentDialog.h"
#include "assessment/AssessmentListModel.h"
#include "assessment/AssessmentPanel.h"
#include "assessment/AssessmentRepository.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "goalbank/CustomGoals.h"
#include "iep/CustomGoalDialog.h"
#include "iep/EvaluationDialog.h"
#include "iep/GoalBankDialog.h"
#include "iep/GoalBankModel.h"
#include "iep/GoalEditor.h"
#include "iep/IepEditorDialog.h"
#include "iep/IepPage.h"
#include "iep/IepRepository.h"
#include "iep/IepStudentListModel.h"
#include "iep/ObjectiveData.h"
#include "iep/ObjectiveDataPanel.h"
#include "iep/ObjectiveForm.h"
#include "iep/ObjectiveTableModel.h"
#include "iep/PresentLevelEditor.h"
#include "iep/ProgressChartWidget.h"
#include "iep/ProgressPointModel.h"
#include "iep/RevisionHistoryDialog.h"
#include "iep/RevisionListModel.h"
#include "iep/RevisionReasonDialog.h"
#include "iep/ScaleValueEdit.h"
#include "iep/ServiceEditor.h"
#include "iep/AccommodationEditor.h"
#include "iep/TeamMeetingEditor.h"
#include "pages/IepReminders.h"
#include "progress/GoalAttainment.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 16);   // week 12 of the autumn semester
const QString kTeacher = u"李老师"_s;

struct School {
    std::unique_ptr<test::TempDatabase> temp;
    std::shared_ptr<Database> db;
    std::shared_ptr<FixedClock> clock;
    qint64 semester = 0;
    qint64 student = 0;
    qint64 room = 0;
};

School school()
{
    School s;
    s.temp = test::makeTempDatabase();
    s.db = s.temp->db;
    s.clock = std::make_shared<FixedClock>(kToday);
    Semester semester;
    semester.name = u"2026年秋季学期"_s;
    semester.kind = SemesterKind::Autumn;
    semester.schoolYear = 2026;
    semester.start = QDate(2026, 9, 1);
    semester.end = QDate(2027, 1, 20);
    auto semesterId = SemesterRepository(s.db).add(semester);
    REQUIRE(semesterId);
    s.semester = *semesterId;
    SchoolProfile profile;
    profile.schoolName = u"城关第一小学"_s;
    profile.teacherName = kTeacher;
    profile.currentSemesterId = s.semester;
    REQUIRE(SettingsRepository(s.db).saveProfile(profile));
    Student student;
    student.name = u"张小明"_s;
    student.grade = 3;
    student.className = u"2班"_s;
    auto studentId = StudentRepository(s.db).add(student);
    REQUIRE(studentId);
    s.student = *studentId;
    auto room = s.db->writeReturningId({u"room.add"_s, u"room"_s}, [](Transaction &tx) {
        return RoomRepository::add(tx, Room{0, u"资源教室"_s, RoomType::ResourceRoom, 6, u"二楼"_s});
    });
    REQUIRE(room);
    s.room = *room;
    Assessment crt;
    crt.studentId = s.student;
    crt.instrument = Instrument::Crt;
    crt.date = QDate(2026, 9, 5);
    crt.assessor = u"赵医生"_s;
    crt.results = {{u"iq"_s, 72}};
    REQUIRE(AssessmentRepository(s.db).add(crt));
    return s;
}

QString iepText(const char *source) { return QCoreApplication::translate("rr::Iep", source); }

QDate dateOf(const QPointF &p) { return QDateTime::fromMSecsSinceEpoch(qint64(p.x())).date(); }

void setCombo(QComboBox *combo, int data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

int rowOfTemplate(const GoalBankModel *model, const QString &piece)
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->shown().at(row).objectiveTemplate.contains(piece))
            return row;
    return -1;
}

void save(QWidget *widget, const QString &name)
{
    QCoreApplication::processEvents();   // widgets added to shown layouts appear on the next pass
    CHECK(widget->grab().save(u"/tmp/"_s + name));
}

} // namespace

TEST_CASE("an IEP is written from the goal bank, takes effect, gets data, is revised and archived", "[gui][iep]")
{
    WarningRecorder recorder;
    School s = school();
    using Mode = QAbstractItemModelTester::FailureReportingMode;

    IepPage page(Session{s.db, s.clock});
    page.resize(1366, 820);
    page.show();
    page.selectStudent(s.student);
    REQUIRE(page.selectedStudentId() == s.student);
    CHECK_FALSE(page.showsIep());
    CHECK(page.noIepLabel()->isVisible());
    CHECK(page.newIepButton()->isEnabled());
    CHECK_FALSE(page.copyIepButton()->isEnabled());   // no plan of an earlier semester

    // New IEP: a draft with the teacher in the team, opened in the editor.
    page.newIepButton()->click();
    IepEditorDialog *editor = page.editor();
    REQUIRE(editor);
    CHECK(editor->isVisible());
    CHECK(page.showsIep());
    const qint64 iepId = editor->iepId();
    REQUIRE(IepRepository(s.db).byId(iepId));
    CHECK(IepRepository(s.db).byId(iepId)->status == IepStatus::Draft);
    CHECK(editor->isEditable());
    CHECK(editor->saveButton()->isVisible());
    CHECK(editor->activateButton()->isVisible());
    CHECK_FALSE(editor->reviseButton()->isVisible());
    editor->resize(1100, 720);

    TeamMeetingEditor *team = editor->teamEditor();
    REQUIRE(team->teamTable()->rowCount() == 1);
    CHECK(team->teamTable()->item(0, TeamMeetingEditor::Name)->text() == kTeacher);

    // Activation is refused while the plan has no goal, and the dialog lists all that is missing.
    editor->activateButton()->click();
    CHECK(IepRepository(s.db).byId(iepId)->status == IepStatus::Draft);
    CHECK(editor->message()->isError());
    REQUIRE(editor->problemsDialog());
    CHECK(editor->problemsDialog()->isVisible());
    QStringList listed;
    for (int i = 0; i < editor->problemsDialog()->problemList()->count(); ++i)
        listed << editor->problemsDialog()->problemList()->item(i)->text();
    CHECK(listed.filter(iepText("There is no long-term goal.")).size() == 1);
    CHECK(listed.filter(iepText("The date of the IEP meeting is missing.")).size() == 1);
    CHECK(listed.filter(iepText("There is no service with minutes per week.")).size() == 1);
    editor->problemsDialog()->close();

    // Team and meeting.
    team->addMemberButton()->click();
    REQUIRE(team->teamTable()->rowCount() == 2);
    setCombo(qobject_cast<QComboBox *>(team->teamTable()->cellWidget(1, TeamMeetingEditor::Role)), int(TeamRole::Parent));
    team->teamTable()->item(1, TeamMeetingEditor::Name)->setText(u"张妈妈"_s);
    team->meetingDateEdit()->setDate(QDate(2026, 9, 10));
    team->minutesEdit()->setPlainText(u"地点：资源教室\n讨论本学期目标。\n决定：以数学为重点。"_s);
    CHECK(team->reviewDateEdit()->date() == kToday);   // the clock's today
    team->reviewDateEdit()->setDate(QDate(2026, 10, 20));
    team->addReviewButton()->click();
    CHECK(team->reviewList()->count() == 1);

    // Present levels from the assessment on file.
    editor->tabs()->setCurrentIndex(IepEditorDialog::LevelsTab);
    PresentLevelEditor *levels = editor->levelEditor();
    levels->suggestButton()->click();
    REQUIRE(levels->table()->rowCount() == 1);
    const QString suggested = levels->table()->item(0, PresentLevelEditor::Text)->text();
    CHECK(suggested.contains(u"联合型瑞文测验"_s));
    CHECK(suggested.contains(u"智商 72（边缘）"_s));
    CHECK(qobject_cast<QComboBox *>(levels->table()->cellWidget(0, PresentLevelEditor::Domain))->currentData().toInt()
          == int(GoalDomain::Cognition));
    levels->suggestButton()->click();   // nothing new the second time
    CHECK(levels->table()->rowCount() == 1);

    // The goal bank: browse mathematics, search, pick, and give the criterion.
    editor->tabs()->setCurrentIndex(IepEditorDialog::GoalsTab);
    GoalEditor *goals = editor->goalEditor();
    goals->bankButton()->click();
    GoalBankDialog *bank = goals->goalBankDialog();
    REQUIRE(bank);
    CHECK(bank->isVisible());
    QAbstractItemModelTester bankTester(bank->model(), Mode::Warning);
    const int all = bank->model()->rowCount();
    CHECK(all >= 165);
    setCombo(bank->domainCombo(), int(GoalDomain::Mathematics));
    const int maths = bank->model()->rowCount();
    CHECK(maths >= 18);
    CHECK(maths < all);
    for (const BankGoal &g : bank->model()->shown())
        CHECK(g.domain == GoalDomain::Mathematics);
    bank->searchEdit()->setText(u"10以内加法"_s);
    CHECK(bank->model()->rowCount() < maths);
    CHECK(bank->model()->rowCount() >= 1);
    CHECK_FALSE(bank->insertButton()->isEnabled());   // nothing chosen yet
    const int row = rowOfTemplate(bank->model(), u"能独立完成10以内加法"_s);
    REQUIRE(row >= 0);
    bank->goalTable()->selectRow(row);
    REQUIRE(bank->selectedGoal());
    CHECK(bank->objectivePreview()->text().contains(u"{标准}"_s));
    CHECK(bank->insertButton()->isEnabled());
    save(bank, u"helperc-goal-bank.png"_s);

    // A vague criterion, and none at all, are refused: the dialog stays open.
    bank->criterionEdit()->setText(u"有所进步"_s);
    bank->insertButton()->click();
    CHECK(bank->isVisible());
    CHECK(bank->message()->isError());
    CHECK(bank->message()->text().contains(u"有所进步"_s));
    CHECK(goals->goals().isEmpty());
    bank->criterionEdit()->clear();
    bank->insertButton()->click();
    CHECK(bank->isVisible());
    CHECK(bank->message()->isError());
    CHECK(goals->goals().isEmpty());

    // A measurable one is inserted; its number becomes the goal value.
    bank->criterionEdit()->setText(u"80%"_s);
    CHECK(bank->goalValueEdit()->numberEdit()->text() == u"80"_s);
    bank->insertButton()->click();
    CHECK_FALSE(bank->isVisible());
    REQUIRE(goals->goals().size() == 1);
    const IepGoal inserted = goals->goals().first();
    CHECK(inserted.domain == GoalDomain::Mathematics);
    CHECK(inserted.longTerm == u"掌握10以内加减法"_s);
    REQUIRE(inserted.objectives.size() == 1);
    const IepObjective fromBank = inserted.objectives.first();
    CHECK(fromBank.behaviour == u"在口头提示下，能独立完成10以内加法，正确率达80%"_s);
    CHECK(fromBank.criterion == u"80%"_s);
    CHECK(fromBank.goalValue == std::optional<double>(80.0));
    CHECK(fromBank.scale == MeasurementScale::Accuracy);
    CHECK(fromBank.deadline == QDate(2027, 1, 20));   // the semester's end
    CHECK(fromBank.start == QDate(2026, 9, 1));
    CHECK(fromBank.responsible == kTeacher);
    // The inserted objective is selected and shown in the form.
    CHECK(goals->selectedGoal() == 0);
    CHECK(goals->selectedObjective() == 0);
    CHECK(goals->objectiveForm()->criterionEdit()->text() == u"80%"_s);
    CHECK(goals->objectiveForm()->methodBox(EvaluationMethod::Test)->isChecked());

    // Edit the objective by hand: an earlier deadline and a condition.
    goals->objectiveForm()->deadlineEdit()->setDate(QDate(2026, 12, 31));
    goals->objectiveForm()->conditionEdit()->setText(u"借助实物"_s);
    goals->objectiveForm()->methodBox(EvaluationMethod::Performance)->setChecked(true);
    CHECK(goals->goals().first().objectives.first().deadline == QDate(2026, 12, 31));
    CHECK(goals->goals().first().objectives.first().methods == u"OTP"_s);

    // Services with a room, and accommodations by kind.
    editor->tabs()->setCurrentIndex(IepEditorDialog::ServicesTab);
    ServiceEditor *services = editor->serviceEditor();
    services->addButton()->click();
    REQUIRE(services->table()->rowCount() == 1);
    qobject_cast<QSpinBox *>(services->table()->cellWidget(0, ServiceEditor::Minutes))->setValue(60);
    services->table()->item(0, ServiceEditor::Provider)->setText(kTeacher);
    setCombo(qobject_cast<QComboBox *>(services->table()->cellWidget(0, ServiceEditor::RoomColumn)), int(s.room));
    editor->tabs()->setCurrentIndex(IepEditorDialog::AccommodationsTab);
    editor->accommodationEditor()->editFor(AccommodationKind::Exam)->setPlainText(u"延长考试时间20分钟\n试卷放大"_s);
    editor->tabs()->setCurrentIndex(IepEditorDialog::GoalsTab);
    save(editor, u"helperc-iep-editor.png"_s);

    editor->saveButton()->click();
    CHECK_FALSE(editor->message()->isError());
    auto stored = IepRepository(s.db).byId(iepId);
    REQUIRE(stored);
    CHECK(stored->status == IepStatus::Draft);
    CHECK(stored->content.team.size() == 2);
    CHECK(stored->content.team.at(1) == IepTeamMember{TeamRole::Parent, u"张妈妈"_s});
    CHECK(stored->content.meetingDate == QDate(2026, 9, 10));
    CHECK(stored->content.reviewDates == QList<QDate>{QDate(2026, 10, 20)});
    CHECK(stored->content.presentLevels.size() == 1);
    REQUIRE(stored->content.goals.size() == 1);
    REQUIRE(stored->content.goals.first().objectives.size() == 1);
    const qint64 objectiveId = stored->content.goals.first().objectives.first().id;
    CHECK(objectiveId > 0);
    CHECK(stored->content.goals.first().objectives.first().condition == u"借助实物"_s);
    CHECK(stored->content.services == QList<IepService>{{ServiceType::IndividualTraining, 60, kTeacher, s.room}});
    CHECK(stored->content.accommodations.size() == 2);
    CHECK(stored->content.accommodations.first() == IepAccommodation{AccommodationKind::Exam, u"延长考试时间20分钟"_s});

    // Mathematics has a goal but no present level yet: refused, and that is the one item listed.
    editor->activateButton()->click();
    CHECK(IepRepository(s.db).byId(iepId)->status == IepStatus::Draft);
    REQUIRE(editor->problemsDialog());
    REQUIRE(editor->problemsDialog()->problemList()->count() == 1);
    CHECK(editor->problemsDialog()->problemList()->item(0)->text().contains(goalDomainLabel(GoalDomain::Mathematics)));
    editor->problemsDialog()->close();
    levels->addLevel({GoalDomain::Mathematics, u"能数到20，10以内加法需借助手指"_s});

    // Activation: the plan takes effect and the editor turns read-only.
    editor->activateButton()->click();
    CHECK(IepRepository(s.db).byId(iepId)->status == IepStatus::Active);
    CHECK_FALSE(editor->isEditable());
    CHECK(editor->reviseButton()->isVisible());
    CHECK_FALSE(editor->saveButton()->isVisible());
    CHECK(goals->objectiveForm()->criterionEdit()->isReadOnly());
    CHECK_FALSE(goals->bankButton()->isEnabled());
    editor->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(page.editor() == nullptr);   // deleted on close

    // The page shows the plan in effect with its objective.
    REQUIRE(page.showsIep());
    CHECK(page.studentModel()->rows().at(page.studentModel()->rowOfStudent(s.student)).status == IepStatus::Active);
    QAbstractItemModelTester objectiveTester(page.objectiveModel(), Mode::Warning);
    REQUIRE(page.objectiveModel()->rowCount() == 1);
    page.selectObjective(objectiveId);
    CHECK(page.selectedObjectiveId() == objectiveId);
    ObjectiveDataPanel *data = page.dataPanel();
    QAbstractItemModelTester pointTester(data->pointModel(), Mode::Warning);
    CHECK(data->objectiveId() == objectiveId);
    CHECK(data->addPointButton()->isEnabled());
    CHECK(data->dateEdit()->date() == kToday);
    CHECK_FALSE(page.chartWidget()->hasChart());   // no data yet

    // A value off the scale is refused at entry and nothing is stored.
    data->valueEdit()->numberEdit()->setText(u"800"_s);
    data->addPointButton()->click();
    CHECK(data->message()->isError());
    CHECK(*ObjectiveDataRepository(s.db).pointCount(objectiveId) == 0);

    // Nine weekly probes through the data-entry widgets: three for the
    // baseline, then six that all stay under the aim line.
    const QList<std::pair<QDate, double>> probes{
        {QDate(2026, 9, 14), 20}, {QDate(2026, 9, 21), 30}, {QDate(2026, 9, 28), 25},
        {QDate(2026, 10, 5), 28}, {QDate(2026, 10, 12), 30}, {QDate(2026, 10, 19), 33},
        {QDate(2026, 10, 26), 36}, {QDate(2026, 11, 2), 40}, {QDate(2026, 11, 9), 42}};
    for (const auto &[date, value] : probes) {
        data->dateEdit()->setDate(date);
        data->valueEdit()->numberEdit()->setText(QString::number(value));
        data->noteEdit()->setText(u"第%1周"_s.arg(date.weekNumber()));
        data->addPointButton()->click();
        CHECK_FALSE(data->message()->isError());
    }
    CHECK(*ObjectiveDataRepository(s.db).pointCount(objectiveId) == 9);
    CHECK(data->pointModel()->rowCount() == 9);
    CHECK(data->pointModel()->index(8, ProgressPointModel::Note).data().toString() == u"第%1周"_s.arg(QDate(2026, 11, 9).weekNumber()));
    CHECK(page.selectedObjectiveId() == objectiveId);   // the reload kept the selection
    CHECK(data->dateEdit()->date() == QDate(2026, 11, 9));   // and the date being entered
    CHECK(page.objectiveModel()->index(0, ObjectiveTableModel::Points).data().toInt() == 9);

    // The chart shows exactly those points, with baseline, aim and trend lines.
    ProgressChartWidget *chart = page.chartWidget();
    REQUIRE(chart->hasChart());
    REQUIRE(chart->dataSeries());
    REQUIRE(chart->dataSeries()->count() == probes.size());
    for (int i = 0; i < probes.size(); ++i) {
        CHECK(dateOf(chart->dataSeries()->at(i)) == probes.at(i).first);
        CHECK(chart->dataSeries()->at(i).y() == probes.at(i).second);
    }
    REQUIRE(chart->baselineSeries());
    CHECK(chart->baselineSeries()->count() == 2);
    CHECK(chart->baselineSeries()->at(0).y() == 25.0);   // median of 20, 30, 25
    REQUIRE(chart->aimSeries());
    REQUIRE(chart->aimSeries()->count() == 2);
    CHECK(dateOf(chart->aimSeries()->at(0)) == QDate(2026, 9, 28));   // from the third probe …
    CHECK(chart->aimSeries()->at(0).y() == 25.0);
    CHECK(dateOf(chart->aimSeries()->at(1)) == QDate(2026, 12, 31));   // … to the goal at the deadline
    CHECK(chart->aimSeries()->at(1).y() == 80.0);
    REQUIRE(chart->trendSeries());
    CHECK(chart->trendSeries()->name() == ProgressChartWidget::tr("Trend (least squares)"));
    CHECK(dateOf(chart->trendSeries()->at(0)) == QDate(2026, 10, 5));   // through the probes after the baseline
    CHECK(chart->phaseSeries().isEmpty());
    // Four probes in a row under the aim line: change the teaching.
    CHECK(chart->decision().decision == ProgressDecision::ChangeTeaching);
    CHECK(chart->decisionHint()->text().contains(decisionLabel(ProgressDecision::ChangeTeaching)));
    CHECK(page.objectiveModel()->index(0, ObjectiveTableModel::Decision).data().toString()
          == decisionLabel(ProgressDecision::ChangeTeaching));
    save(&page, u"helperc-iep-chart-page.png"_s);
    save(chart, u"helperc-chart.png"_s);

    // The robust trend on request; the probes stay the same.
    const double leastSquaresEnd = chart->trendSeries()->at(1).y();
    chart->robustTrendToggle()->click();
    REQUIRE(chart->trendSeries());
    CHECK(chart->trendSeries()->name() == ProgressChartWidget::tr("Trend (Tukey)"));
    CHECK(chart->trendMethod() == TrendMethod::Tukey);
    CHECK(chart->dataSeries()->count() == probes.size());
    CHECK(chart->trendSeries()->at(1).y() != leastSquaresEnd);
    chart->robustTrendToggle()->click();
    CHECK(chart->trendSeries()->at(1).y() == leastSquaresEnd);

    // A phase change draws a vertical line at its date, and the rule starts counting again.
    data->phaseDateEdit()->setDate(QDate(2026, 11, 10));
    data->phaseNoteEdit()->setText(u"改用实物操作"_s);
    data->addPhaseButton()->click();
    CHECK_FALSE(data->message()->isError());
    REQUIRE(ObjectiveDataRepository(s.db).phaseChanges(objectiveId)->size() == 1);
    REQUIRE(chart->phaseSeries().size() == 1);
    CHECK(dateOf(chart->phaseSeries().first()->at(0)) == QDate(2026, 11, 10));
    CHECK(dateOf(chart->phaseSeries().first()->at(1)) == QDate(2026, 11, 10));
    CHECK(chart->decision().decision == ProgressDecision::NotEnoughData);
    CHECK(data->phaseList()->text().contains(u"改用实物操作"_s));
    data->dateEdit()->setDate(QDate(2026, 11, 16));
    data->valueEdit()->numberEdit()->setText(u"55"_s);
    data->addPointButton()->click();
    CHECK(chart->dataSeries()->count() == probes.size() + 1);
    save(chart, u"helperc-chart-phase.png"_s);

    // A point removed goes from the list and the chart.
    data->pointTable()->selectRow(probes.size());
    REQUIRE(data->removePointButton()->isEnabled());
    data->removePointButton()->click();
    CHECK(*ObjectiveDataRepository(s.db).pointCount(objectiveId) == probes.size());
    CHECK(chart->dataSeries()->count() == probes.size());

    // Revise: read-only until "Revise", then the reason is asked on save.
    page.openButton()->click();
    editor = page.editor();
    REQUIRE(editor);
    CHECK_FALSE(editor->isEditable());
    CHECK(editor->reviseButton()->isVisible());
    editor->reviseButton()->click();
    CHECK(editor->isEditable());
    editor->tabs()->setCurrentIndex(IepEditorDialog::GoalsTab);
    goals = editor->goalEditor();
    goals->select(0, 0);
    ObjectiveForm *form = goals->objectiveForm();
    CHECK_FALSE(form->criterionEdit()->isReadOnly());
    form->criterionEdit()->setText(u"85%"_s);
    QTest::keyClick(form->criterionEdit(), Qt::Key_Return);   // confirmed: carried into the behaviour
    CHECK(form->behaviourEdit()->toPlainText() == u"在口头提示下，能独立完成10以内加法，正确率达85%"_s);
    form->goalValueEdit()->numberEdit()->clear();
    QTest::keyClicks(form->goalValueEdit()->numberEdit(), u"85"_s);
    editor->saveRevisionButton()->click();
    RevisionReasonDialog *reason = editor->reasonDialog();
    REQUIRE(reason);
    CHECK(reason->isVisible());
    CHECK(reason->authorEdit()->text() == kTeacher);
    CHECK(reason->date() == kToday);
    reason->buttons()->button(QDialogButtonBox::Ok)->click();   // no reason: refused
    CHECK(reason->isVisible());
    CHECK(reason->message()->isError());
    CHECK(IepRepository(s.db).revisions(iepId)->isEmpty());
    reason->reasonEdit()->setPlainText(u"期中评估：进步快于预期，提高标准"_s);
    reason->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK_FALSE(editor->isEditable());
    CHECK_FALSE(editor->message()->isError());
    const auto read = IepRepository(s.db).revisions(iepId);
    REQUIRE(read);
    const QList<IepRevision> &revisions = *read;
    REQUIRE(revisions.size() == 1);
    CHECK(revisions.first().reason == u"期中评估：进步快于预期，提高标准"_s);
    CHECK(revisions.first().author == kTeacher);
    CHECK(revisions.first().date == kToday);
    CHECK(revisions.first().previous.goals.first().objectives.first().criterion == u"80%"_s);
    const auto revised = IepRepository(s.db).byId(iepId);
    REQUIRE(revised);
    CHECK(revised->content.goals.first().objectives.first().criterion == u"85%"_s);
    CHECK(revised->content.goals.first().objectives.first().behaviour.endsWith(u"正确率达85%"_s));
    CHECK(revised->content.goals.first().objectives.first().goalValue == std::optional<double>(85.0));
    CHECK(revised->content.goals.first().objectives.first().id == objectiveId);   // data stay attached
    CHECK(*ObjectiveDataRepository(s.db).pointCount(objectiveId) == probes.size());

    // The history shows the revision, what it changed and what was there before.
    editor->historyButton()->click();
    RevisionHistoryDialog *history = editor->historyDialog();
    REQUIRE(history);
    QAbstractItemModelTester revisionTester(history->model(), Mode::Warning);
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, RevisionListModel::Reason).data().toString() == revisions.first().reason);
    CHECK(history->model()->index(0, RevisionListModel::Author).data().toString() == kTeacher);
    const QString details = history->details()->toPlainText();
    CHECK(details.contains(revisions.first().reason));
    // Quotes differ by UI language ("…" in English, “…” in Chinese).
    CHECK(details.contains(QRegularExpression(u"80%.? → .?85%"_s)));
    CHECK(details.contains(QRegularExpression(u"正确率达80%.? → "_s)));   // the behaviour changed with it
    CHECK(details.contains(u"在口头提示下，能独立完成10以内加法，正确率达80%"_s));   // the previous content
    save(history, u"helperc-revision-history.png"_s);
    history->close();
    editor->close();

    // The chart follows the revised goal.
    REQUIRE(chart->aimSeries());
    CHECK(chart->aimSeries()->at(1).y() == 85.0);

    // End of semester: evaluation with GAS, then the archive.
    CHECK(page.startEvaluationButton()->isVisible());
    REQUIRE(page.startEvaluation(false));
    CHECK(IepRepository(s.db).byId(iepId)->status == IepStatus::Evaluation);
    EvaluationDialog *evaluation = page.evaluationDialog();
    REQUIRE(evaluation);
    REQUIRE(evaluation->table()->rowCount() == 1);
    CHECK_FALSE(data->addPointButton()->isEnabled());   // no data after the evaluation starts
    CHECK_FALSE(evaluation->archivePlan());               // no mark yet: refused
    CHECK(evaluation->message()->isError());
    evaluation->setResult(0, ProgressMark::Pass, Achievement::Achieved, 1, u"能独立完成"_s);
    const auto tScore = gasTScore({1});
    REQUIRE(tScore);
    CHECK(evaluation->tScoreLabel()->text().contains(QString::number(*tScore, 'f', 1)));
    save(evaluation, u"helperc-evaluation.png"_s);
    REQUIRE(evaluation->archivePlan());
    const auto archived = IepRepository(s.db).byId(iepId);
    REQUIRE(archived);
    CHECK(archived->status == IepStatus::Archived);
    const IepObjective evaluated = archived->content.goals.first().objectives.first();
    CHECK(evaluated.result == ProgressMark::Pass);
    CHECK(evaluated.achievement == Achievement::Achieved);
    CHECK(evaluated.gasLevel == std::optional<int>(1));
    CHECK(evaluated.resultComment == u"能独立完成"_s);
    CHECK_FALSE(evaluation->saveButton()->isEnabled());
    evaluation->close();

    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("teachers add their own goal to the bank and insert it", "[gui][iep]")
{
    WarningRecorder recorder;
    School s = school();
    const auto id = IepRepository(s.db).create(s.student, s.semester);
    REQUIRE(id);
    IepEditorDialog editor(Session{s.db, s.clock}, *id);
    editor.show();
    editor.goalEditor()->bankButton()->click();
    GoalBankDialog *bank = editor.goalEditor()->goalBankDialog();
    REQUIRE(bank);
    const int shipped = bank->model()->rowCount();

    bank->addOwnButton()->click();
    CustomGoalDialog *own = bank->customGoalDialog();
    REQUIRE(own);
    setCombo(own->domainCombo(), int(GoalDomain::Mathematics));
    own->areaEdit()->setText(u"乘法"_s);
    own->longTermEdit()->setText(u"掌握表内乘法"_s);
    own->objectiveEdit()->setText(u"能背出2至5的乘法口诀"_s);   // no place for the criterion
    own->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(own->isVisible());
    CHECK(own->message()->isError());
    CHECK(CustomGoalRepository(s.db).all()->isEmpty());
    own->objectiveEdit()->setText(u"能背出2至5的乘法口诀，正确率达{标准}"_s);
    own->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(CustomGoalRepository(s.db).all()->size() == 1);

    // Back in the bank: the new goal is listed, marked, and selected.
    setCombo(bank->domainCombo(), -1);
    CHECK(bank->model()->rowCount() == shipped + 1);
    const auto selected = bank->selectedGoal();
    REQUIRE(selected);
    CHECK(selected->custom);
    CHECK(selected->area == u"乘法"_s);
    bank->criterionEdit()->setText(u"九成"_s);   // a Chinese numeral: measurable, but no number for the aim
    CHECK(bank->goalValueEdit()->numberEdit()->text().isEmpty());
    bank->criterionEdit()->setText(u"90%"_s);
    bank->insertButton()->click();
    REQUIRE(editor.goalEditor()->goals().size() == 1);
    CHECK(editor.goalEditor()->goals().first().objectives.first().behaviour == u"能背出2至5的乘法口诀，正确率达90%"_s);

    // A second bank dialog lists it too: it is kept in the data file.
    editor.goalEditor()->bankButton()->click();
    GoalBankDialog *again = editor.goalEditor()->goalBankDialog();
    REQUIRE(again);
    CHECK(again->model()->rowOf(CustomGoalRepository(s.db).all()->first()) >= 0);
    again->close();
    editor.saveButton()->click();
    CHECK(IepRepository(s.db).byId(*id)->content.goals.size() == 1);
    editor.close();
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("copy from last semester and assessments on their tab", "[gui][iep]")
{
    WarningRecorder recorder;
    School s = school();
    // Last semester's plan, archived.
    Semester spring;
    spring.name = u"2026年春季学期"_s;
    spring.kind = SemesterKind::Spring;
    spring.schoolYear = 2025;
    spring.start = QDate(2026, 2, 20);
    spring.end = QDate(2026, 7, 10);
    const auto springId = SemesterRepository(s.db).add(spring);
    REQUIRE(springId);
    IepContent content;
    content.meetingDate = QDate(2026, 3, 5);
    content.team = {{TeamRole::ResourceTeacher, kTeacher}, {TeamRole::Parent, u"张妈妈"_s}};
    content.presentLevels = {{GoalDomain::Communication, u"能说短句"_s}};
    content.services = {{ServiceType::SpeechTraining, 40, kTeacher, 0}};
    IepGoal goal;
    goal.domain = GoalDomain::Communication;
    goal.longTerm = u"提高口语表达能力"_s;
    IepObjective o;
    o.behaviour = u"能用完整句子回答问题"_s;
    o.criterion = u"连续3次"_s;
    o.deadline = QDate(2026, 6, 30);
    o.scale = MeasurementScale::PromptLevel;
    o.goalValue = 5;
    goal.objectives = {o};
    content.goals = {goal};
    const auto previous = IepRepository(s.db).create(s.student, *springId, content);
    REQUIRE(previous);

    IepPage page(Session{s.db, s.clock});
    page.resize(1366, 820);
    page.show();
    page.selectStudent(s.student);
    REQUIRE(page.copyIepButton()->isEnabled());
    page.copyIepButton()->click();
    IepEditorDialog *editor = page.editor();
    REQUIRE(editor);
    CHECK(editor->iep().createdFromIepId == *previous);
    REQUIRE(editor->goalEditor()->goals().size() == 1);
    CHECK(editor->goalEditor()->goals().first().longTerm == u"提高口语表达能力"_s);
    CHECK(editor->goalEditor()->goals().first().objectives.first().deadline >= QDate(2026, 9, 1));   // moved
    // A prompt-level goal shows as a level, not a number.
    editor->tabs()->setCurrentIndex(IepEditorDialog::GoalsTab);
    editor->goalEditor()->select(0, 0);
    ScaleValueEdit *goalValue = editor->goalEditor()->objectiveForm()->goalValueEdit();
    CHECK(goalValue->scale() == MeasurementScale::PromptLevel);
    CHECK(goalValue->promptCombo()->isVisibleTo(editor));
    CHECK(goalValue->promptCombo()->currentText() == promptLevelLabel(PromptLevel::Independent));

    // The copy leaves the meeting date for the new meeting.
    editor->teamEditor()->meetingDateEdit()->setDate(QDate(2026, 9, 10));
    // In effect, a prompt level is recorded by choosing it.
    editor->activateButton()->click();
    const qint64 copiedId = editor->iepId();
    REQUIRE(IepRepository(s.db).byId(copiedId)->status == IepStatus::Active);
    editor->close();
    const qint64 promptObjective = IepRepository(s.db).byId(copiedId)->content.goals.first().objectives.first().id;
    REQUIRE(page.selectedObjectiveId() == promptObjective);
    ObjectiveDataPanel *data = page.dataPanel();
    REQUIRE(data->valueEdit()->scale() == MeasurementScale::PromptLevel);
    CHECK(data->valueEdit()->promptCombo()->isVisibleTo(&page));
    CHECK_FALSE(data->valueEdit()->numberEdit()->isVisibleTo(&page));
    setCombo(data->valueEdit()->promptCombo(), int(PromptLevel::Visual));
    data->addPointButton()->click();
    const auto points = ObjectiveDataRepository(s.db).points(promptObjective);
    REQUIRE(points);
    REQUIRE(points->size() == 1);
    CHECK(points->first().value == 3.0);
    CHECK(points->first().date == kToday);
    CHECK(data->pointModel()->index(0, ProgressPointModel::Value).data().toString() == promptLevelLabel(PromptLevel::Visual));
    REQUIRE(page.chartWidget()->dataSeries());
    CHECK(page.chartWidget()->dataSeries()->count() == 1);
    CHECK(page.chartWidget()->dataSeries()->at(0).y() == 3.0);

    // Assessments: the CRT on file is listed; a WISC is added, then edited.
    page.tabs()->setCurrentIndex(IepPage::AssessmentsTab);
    AssessmentPanel *panel = page.assessmentPanel();
    QAbstractItemModelTester assessmentTester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(panel->model()->rowCount() == 1);
    CHECK(panel->model()->index(0, AssessmentListModel::Band).data().toString() == u"边缘"_s);
    panel->addButton()->click();
    AssessmentDialog *dialog = panel->dialog();
    REQUIRE(dialog);
    dialog->setInstrument(Instrument::Wisc4);
    REQUIRE(dialog->fieldEdit(u"fsiq"_s));
    CHECK(dialog->fieldEdit(u"iq"_s) == nullptr);
    dialog->dateEdit()->setDate(QDate(2026, 9, 25));
    dialog->fieldEdit(u"fsiq"_s)->setText(u"300"_s);   // outside 40–160
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog->isVisible());
    CHECK(dialog->message()->isError());
    dialog->fieldEdit(u"fsiq"_s)->setText(u"68"_s);
    dialog->fieldEdit(u"vci"_s)->setText(u"75"_s);
    CHECK(dialog->interpretation()->text().contains(u"轻度"_s));
    save(dialog, u"helperc-assessment-dialog.png"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(panel->model()->rowCount() == 2);
    CHECK(panel->model()->assessments().first().instrument == Instrument::Wisc4);   // newest first
    CHECK(panel->model()->index(0, AssessmentListModel::Results).data().toString() == u"总智商 68，言语理解 75"_s);
    save(&page, u"helperc-assessments-tab.png"_s);

    panel->table()->selectRow(0);
    panel->editButton()->click();
    dialog = panel->dialog();
    REQUIRE(dialog);
    CHECK(dialog->fieldEdit(u"fsiq"_s)->text() == u"68"_s);
    dialog->fieldEdit(u"fsiq"_s)->setText(u"72"_s);
    dialog->conclusionEdit()->setPlainText(u"边缘智力，建议学习支持"_s);
    dialog->buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(panel->model()->rowCount() == 2);
    const auto edited = AssessmentRepository(s.db).byId(panel->model()->assessments().first().id);
    REQUIRE(edited);
    CHECK(edited->results.value(u"fsiq"_s).toDouble() == 72.0);
    CHECK(edited->conclusion == u"边缘智力，建议学习支持"_s);

    panel->table()->selectRow(0);
    REQUIRE(panel->removeSelected(false));
    CHECK(panel->model()->rowCount() == 1);
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the overview lists IEP reminders", "[gui][iep]")
{
    School s = school();
    for (const char16_t *name : {u"乙同学", u"丙同学"}) {
        Student other;
        other.name = QString::fromUtf16(name);
        REQUIRE(StudentRepository(s.db).add(other));
    }
    // No plan in effect for three students: one line naming them, soon due.
    const auto everyone = StudentRepository(s.db).summaries();
    REQUIRE(everyone);
    QList<Reminder> reminders = *iepOverviewReminders(s.db, *everyone, s.clock->today());
    REQUIRE(reminders.size() == 1);
    CHECK(reminders.first().text.contains(u"张小明"_s));
    CHECK(reminders.first().text.contains(u"丙同学"_s));
    CHECK(reminders.first().urgency == ReminderUrgency::Overdue);   // 76 days into the semester
    CHECK(reminders.first().due == QDate(2026, 10, 1));

    // A plan in effect with a review in four days and an objective past its deadline without data.
    IepContent content;
    content.meetingDate = QDate(2026, 9, 10);
    content.team = {{TeamRole::ResourceTeacher, kTeacher}, {TeamRole::HeadTeacher, u"赵老师"_s}};
    content.reviewDates = {kToday.addDays(4)};
    content.presentLevels = {{GoalDomain::Cognition, u"注意力持续约2分钟"_s}};
    content.services = {{ServiceType::IndividualTraining, 40, kTeacher, 0}};
    IepGoal goal;
    goal.domain = GoalDomain::Cognition;
    goal.longTerm = u"提高注意力"_s;
    IepObjective o;
    o.behaviour = u"能专注完成桌面任务5分钟"_s;
    o.criterion = u"5分钟"_s;
    o.deadline = QDate(2026, 10, 1);
    goal.objectives = {o};
    content.goals = {goal};
    const auto id = IepRepository(s.db).create(s.student, s.semester, content);
    REQUIRE(id);
    REQUIRE(IepRepository(s.db).activate(*id));
    const auto everyoneNow = StudentRepository(s.db).summaries();
    REQUIRE(everyoneNow);
    reminders = *iepOverviewReminders(s.db, *everyoneNow, s.clock->today());
    REQUIRE(reminders.size() == 3);
    int review = 0, noData = 0, noPlan = 0;
    for (const Reminder &r : reminders) {
        if (r.due == kToday.addDays(4)) {
            ++review;
            CHECK(r.urgency == ReminderUrgency::Soon);
            CHECK(r.text.startsWith(u"张小明"_s));
        } else if (r.due == QDate(2026, 10, 1) && r.text.contains(u"能专注完成桌面任务5分钟"_s)) {
            ++noData;
            CHECK(r.urgency == ReminderUrgency::Overdue);
        } else {
            ++noPlan;
            CHECK_FALSE(r.text.contains(u"张小明"_s));
            CHECK(r.text.contains(u"乙同学"_s));
        }
    }
    CHECK(review == 1);
    CHECK(noData == 1);
    CHECK(noPlan == 1);
}
