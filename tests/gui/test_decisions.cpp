// Weighty steps ask and record, driven through the real dialogs on a school
// set up from an EMPTY data file through the first-run dialog (no demo):
// 撤销 asks for the reason and the 经办人 and records both; a mistaken step is
// voided by a correction and stays in the history; an IEP's activation is
// refused first with everything missing listed. PNGs of the two dialogs go
// to $RR_SCREENSHOT_DIR (or /tmp).
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "iep/ActivationProblemsDialog.h"
#include "iep/IepEditorDialog.h"
#include "iep/IepRepository.h"
#include "lrc/LrcRepository.h"
#include "school/SettingsRepository.h"
#include "settings/ProfileEditor.h"
#include "students/LrcHistoryModel.h"
#include "students/LrcPanel.h"
#include "students/LrcReasonDialog.h"
#include "students/StudentDetailPage.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QCoreApplication>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTeacher = u"王老师"_s;

std::shared_ptr<const Clock> testClock()
{
    return std::make_shared<FixedClock>(QDate(2026, 11, 16));   // a Monday in the autumn semester
}

// An empty data file set up as a new teacher does: the first-run dialog.
std::unique_ptr<test::TempDatabase> firstRunSchool(const std::shared_ptr<const Clock> &clock)
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    FirstRunDialog dialog(Session{temp->db, clock});
    dialog.protectBox()->setChecked(false);   // accounts have their own test (test_accounts_gui)
    dialog.show();
    dialog.profileEditor()->schoolEdit()->setText(u"星光小学"_s);
    dialog.profileEditor()->teacherEdit()->setText(kTeacher);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    REQUIRE(SettingsRepository(temp->db).profile()->isComplete());
    return temp;
}

qint64 addStudent(const std::shared_ptr<Database> &db, const QString &name)
{
    Student s;
    s.name = name;
    s.grade = 3;
    s.className = u"2班"_s;
    auto id = StudentRepository(db).add(s);
    REQUIRE(id);
    return *id;
}

void saveShot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("RR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = u"/tmp"_s;
    QCoreApplication::processEvents();
    CHECK(widget->grab().save(dir + u"/"_s + name + u".png"_s));
}

void chooseStep(LrcPanel *lrc, LrcStep step)
{
    const int index = lrc->stepCombo()->findData(int(step));
    REQUIRE(index >= 0);
    lrc->stepCombo()->setCurrentIndex(index);
}

} // namespace

TEST_CASE("revoking asks for the reason and the 经办人, and a mistaken step is corrected", "[gui][lrc][decisions]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    auto temp = firstRunSchool(clock);
    const auto db = temp->db;
    const qint64 student = addStudent(db, u"陈小雨"_s);

    StudentsPage page(Session{db, clock});
    page.resize(1366, 768);
    page.show();
    page.openStudent(student);
    LrcPanel *lrc = page.detailPage()->lrcPanel();
    QAbstractItemModelTester tester(lrc->historyModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    // The teacher of the first run is the default 经办人.
    CHECK(lrc->actorEdit()->text() == kTeacher);

    const QList<LrcStep> walk{LrcStep::Applied, LrcStep::SchoolOpinion, LrcStep::Reported, LrcStep::Confirmed};
    for (int i = 0; i < walk.size(); ++i) {
        chooseStep(lrc, walk.at(i));
        lrc->dateEdit()->setDate(QDate(2026, 9, 3).addDays(7 * i));
        CHECK(lrc->addStep());
        CHECK(lrc->reasonDialog() == nullptr);   // ordinary steps ask nothing
        INFO(lrc->message()->text().toStdString());
        CHECK_FALSE(lrc->message()->isError());
    }
    REQUIRE(*LrcRepository(db).state(student) == LrcState::Confirmed);

    // 撤销: one click only asks.
    chooseStep(lrc, LrcStep::Revoked);
    lrc->dateEdit()->setDate(QDate(2026, 11, 16));
    lrc->actorEdit()->clear();
    lrc->addButton()->click();
    LrcReasonDialog *ask = lrc->reasonDialog();
    REQUIRE(ask);
    CHECK(ask->isVisible());
    CHECK(ask->isModal());
    CHECK(ask->questionLabel()->text().contains(u"陈小雨"_s));
    CHECK(ask->whoEdit()->text() == kTeacher);
    CHECK(LrcRepository(db).history(student)->size() == 4);
    CHECK(*LrcRepository(db).state(student) == LrcState::Confirmed);

    // Without a reason the dialog stays open and nothing is written.
    ask->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(ask->isVisible());
    CHECK(ask->message()->isError());
    CHECK(LrcRepository(db).history(student)->size() == 4);
    // Without the 经办人 likewise.
    ask->reasonEdit()->setPlainText(u"家长申请转入特殊教育学校"_s);
    ask->whoEdit()->clear();
    ask->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(ask->isVisible());
    CHECK(LrcRepository(db).history(student)->size() == 4);
    ask->whoEdit()->setText(u"马主任"_s);
    ask->resize(520, ask->sizeHint().height());
    saveShot(ask, u"lrc-revoke-dialog"_s);
    // Nothing clipped: the question wraps inside the dialog.
    CHECK(ask->questionLabel()->geometry().right() <= ask->width());
    ask->buttons()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();

    QList<LrcEvent> history = *LrcRepository(db).history(student);
    REQUIRE(history.size() == 5);
    CHECK(history.constLast().step == LrcStep::Revoked);
    CHECK(history.constLast().reason == u"家长申请转入特殊教育学校"_s);
    CHECK(history.constLast().actor == u"马主任"_s);
    CHECK(*LrcRepository(db).state(student) == LrcState::Revoked);
    CHECK_FALSE(lrc->message()->isError());
    REQUIRE(lrc->historyModel()->rowCount() == 5);
    CHECK(lrc->historyModel()->index(4, LrcHistoryModel::Reason).data().toString() == u"家长申请转入特殊教育学校"_s);
    CHECK(lrc->historyModel()->index(4, LrcHistoryModel::Actor).data().toString() == u"马主任"_s);

    // It was the wrong child: the revocation is corrected, not edited.
    CHECK_FALSE(lrc->correctButton()->isEnabled());   // nothing selected
    lrc->selectStep(4);
    REQUIRE(lrc->correctButton()->isEnabled());
    lrc->correctButton()->click();
    LrcReasonDialog *correction = lrc->reasonDialog();
    REQUIRE(correction);
    CHECK(correction->isVisible());
    CHECK(correction->whoEdit()->text() == kTeacher);
    correction->reasonEdit()->setPlainText(u"录错学生，应为同班另一名学生"_s);
    correction->buttons()->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();

    history = *LrcRepository(db).history(student);
    REQUIRE(history.size() == 5);   // both the original and its correction
    CHECK(history.constLast().isVoid());
    CHECK(history.constLast().correction.by == kTeacher);
    CHECK(history.constLast().correction.on == clock->today());
    CHECK(*LrcRepository(db).state(student) == LrcState::Confirmed);
    CHECK(lrc->historyModel()->index(4, LrcHistoryModel::Step).data().toString()
          == LrcHistoryModel::tr("%1 (corrected)").arg(lrcStepLabel(LrcStep::Revoked)));
    CHECK(lrc->historyModel()->index(4, LrcHistoryModel::Step).data(Qt::FontRole).value<QFont>().strikeOut());
    CHECK(lrc->historyModel()->index(4, LrcHistoryModel::Correction).data().toString().contains(u"录错学生"_s));
    CHECK_FALSE(lrc->historyModel()->index(3, LrcHistoryModel::Step).data(Qt::FontRole).value<QFont>().strikeOut());
    // The state is computed without it: revoking is offered again; the voided row cannot be corrected twice.
    CHECK(lrc->stepCombo()->findData(int(LrcStep::Revoked)) >= 0);
    lrc->selectStep(4);
    CHECK_FALSE(lrc->correctButton()->isEnabled());
    saveShot(&page, u"lrc-history-corrected"_s);
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("an IEP's activation is refused first with everything missing listed", "[gui][iep][decisions]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    auto temp = firstRunSchool(clock);
    const auto db = temp->db;
    const qint64 student = addStudent(db, u"陈小雨"_s);
    const qint64 semester = SettingsRepository(db).profile()->currentSemesterId;
    REQUIRE(semester > 0);

    // The author alone in the team, a goal without its present level, no meeting date, no service.
    IepContent draft;
    draft.team = {{TeamRole::ResourceTeacher, kTeacher}};
    IepObjective o;
    o.behaviour = u"每天完成5道10以内加减法"_s;
    o.criterion = u"正确率80%以上"_s;
    o.deadline = QDate(2026, 12, 31);
    draft.goals = {{0, GoalDomain::Mathematics, u"掌握20以内加减法"_s, {o}}};
    auto id = IepRepository(db).create(student, semester, draft);
    REQUIRE(id);

    {
        IepEditorDialog editor(Session{db, clock}, *id);
        editor.resize(1100, 720);
        editor.show();
        editor.activateButton()->click();
        CHECK(IepRepository(db).byId(*id)->status == IepStatus::Draft);
        CHECK(editor.message()->isError());
        ActivationProblemsDialog *problems = editor.problemsDialog();
        REQUIRE(problems);
        CHECK(problems->isVisible());
        QStringList listed;
        for (int i = 0; i < problems->problemList()->count(); ++i)
            listed << problems->problemList()->item(i)->text();
        INFO(listed.join(u'\n').toStdString());
        REQUIRE(listed.size() == 4);   // all at once, not the first only
        const auto has = [&](const QString &text) { return listed.filter(text).size() == 1; };
        CHECK(has(QCoreApplication::translate("rr::Iep", "The date of the IEP meeting is missing.")));
        CHECK(has(QCoreApplication::translate("rr::Iep", "The team has no member besides the author (%1).").arg(kTeacher)));
        CHECK(has(QCoreApplication::translate("rr::Iep", "The domain %1 has a goal but no present level.")
                      .arg(goalDomainLabel(GoalDomain::Mathematics))));
        CHECK(has(QCoreApplication::translate("rr::Iep", "There is no service with minutes per week.")));
        saveShot(problems, u"iep-activation-missing"_s);
        problems->close();
    }

    // Filled in, the plan takes effect from the same button.
    IepContent complete = draft;
    complete.meetingDate = QDate(2026, 11, 12);
    complete.team.append({TeamRole::Parent, u"陈妈妈"_s});
    complete.presentLevels = {{GoalDomain::Mathematics, u"能数到20，10以内加法需借助手指"_s}};
    complete.services = {{ServiceType::IndividualTraining, 80, kTeacher, 0}};
    REQUIRE(IepRepository(db).save(*id, complete));
    IepEditorDialog editor(Session{db, clock}, *id);
    editor.show();
    editor.activateButton()->click();
    CHECK(editor.problemsDialog() == nullptr);
    CHECK(IepRepository(db).byId(*id)->status == IepStatus::Active);
    CHECK_FALSE(editor.message()->isError());
    editor.close();
    CHECK_NO_WARNINGS(recorder);
}
