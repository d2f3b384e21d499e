// A school week from an EMPTY data file, through the first-run dialog and the
// real screens only (no demo data): two staff, a holiday and a room; a roster
// imported with an error corrected in the preview and a warning flagged; an
// IEP refused with its missing list, then activated; a slot from today; today's
// record signed by the resource teacher herself after the handover rule refused
// it; and the month's inspection, which finds nothing before the slot began.
// Any Qt warning fails the test.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "goalbank/GoalDomain.h"
#include "iep/ActivationProblemsDialog.h"
#include "iep/EnumCombo.h"
#include "iep/GoalBankDialog.h"
#include "iep/GoalBankModel.h"
#include "iep/GoalEditor.h"
#include "iep/IepEditorDialog.h"
#include "iep/IepPage.h"
#include "iep/IepRepository.h"
#include "iep/PresentLevelEditor.h"
#include "iep/ServiceEditor.h"
#include "iep/TeamMeetingEditor.h"
#include "inspection/InspectionPanel.h"
#include "inspection/InspectionProblemModel.h"
#include "rooms/ResourceRoomPage.h"
#include "rooms/RoomDialog.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "rooms/RoomsPanel.h"
#include "rooms/RuleCheck.h"
#include "school/CurrentUser.h"
#include "school/SettingsRepository.h"
#include "settings/CalendarDayDialog.h"
#include "settings/CalendarDayListModel.h"
#include "settings/ProfileEditor.h"
#include "settings/SchoolCalendarPanel.h"
#include "settings/SettingsPage.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "staff/StaffDialog.h"
#include "staff/StaffPanel.h"
#include "staff/StaffRepository.h"
#include "students/ImportDialog.h"
#include "students/ImportPreviewModel.h"
#include "students/ReviewFlagRepository.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"
#include "timetable/SlotDialog.h"
#include "timetable/TimetablePanel.h"
#include "timetable/TimetableRepository.h"
#include "training/DaySessionModel.h"
#include "training/RecordEditorDialog.h"
#include "training/SessionRepository.h"
#include "training/StudentRecordForm.h"
#include "training/TodayPanel.h"
#include "training/TrainingPage.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 17);   // a Tuesday, week 12 of 2026年秋季学期
const QString kTeacher = u"马晓燕"_s;

void clickOk(QDialogButtonBox *buttons)
{
    buttons->button(QDialogButtonBox::Ok)->click();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void choose(QComboBox *combo, qint64 data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

// Runs `fill` on the modal dialog of type T once it is open (exec() blocks).
template <typename T>
void whenOpen(const std::function<void(T *)> &fill)
{
    QTimer::singleShot(0, qApp, [fill] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *dialog = qobject_cast<T *>(w); dialog && dialog->isVisible())
                return fill(dialog);
        FAIL_CHECK("the dialog did not open");
    });
}

int viewRowOfLine(QTableView *view, int line)
{
    for (int r = 0; r < view->model()->rowCount(); ++r)
        if (view->model()->index(r, ImportPreviewModel::Line).data().toInt() == line)
            return r;
    return -1;
}

ImportRowStatus statusOfLine(const ImportPreview &preview, int line)
{
    for (const ImportRow &row : preview.rows)
        if (row.line == line)
            return row.status;
    return ImportRowStatus::Duplicate;
}

// The roster as a school sends it: line 2 pads a two-character name, line 3's
// certificate is for 视力 though the category is 智力 (a warning), line 4's ID
// number has a wrong check digit (an error, corrected in the preview), line 5
// has no name (an error that stays).
QString writeRoster(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"花名册.csv"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral(
                   "序号,姓名,性别,出生日期,身份证号,年级,班级,残疾类别,残疾等级,残疾证号,安置方式,班主任,联系电话\n"
                   "1,李 思,女,2016-04-11,65400220160411012X,三年级,1班,智力,四级,,随班就读,王丽,13909981101\n"
                   "2,张小明,男,2017-03-12,654002201703120278,二年级,2班,智力,四级,65400220170312027814,随班就读,王丽,\n"
                   "3,王浩,男,2015-03-02,654002201503020554,四年级,3班,肢体,三级,,随班就读,,\n"
                   "4,,女,2016-10-10,654002201610100913,三年级,2班,孤独症,,,随班就读,,\n")
                   .toUtf8());
    return path;
}

} // namespace

TEST_CASE("a school week on an empty school: staff, calendar, room, roster, IEP, slot, signed record, inspection",
          "[gui][week]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(kToday);
    QTemporaryDir dir;
    AppController controller(clock);

    // ---- First run on an empty file ----------------------------------------
    bool firstRunShown = false;
    whenOpen<FirstRunDialog>([&](FirstRunDialog *setup) {
        setup->protectBox()->setChecked(false);
        firstRunShown = true;
        setup->profileEditor()->schoolEdit()->setText(u"星光小学"_s);
        setup->profileEditor()->teacherEdit()->setText(kTeacher);
        setup->buttons()->button(QDialogButtonBox::Ok)->click();
    });
    auto opened = controller.openForWriting(dir.filePath(u"school.sqlite"_s), OpenMode::CreateIfMissing);
    REQUIRE(opened);
    const std::shared_ptr<Database> db = *opened;
    REQUIRE(controller.showDatabase(db, Area::Settings));
    REQUIRE(firstRunShown);
    const qint64 teacherId = *CurrentUser(db).id();
    REQUIRE(teacherId > 0);
    CHECK(StaffRepository(db).byId(teacherId)->name == kTeacher);
    CHECK(*StudentRepository(db).count() == 0);
    CHECK(RoomRepository(db).all()->isEmpty());
    const qint64 semesterId = SettingsRepository(db).profile()->currentSemesterId;
    const Semester semester = *SemesterRepository(db).byId(semesterId);
    REQUIRE(semester.start <= QDate(2026, 11, 1));
    REQUIRE(semester.end >= kToday);
    MainWindow *window = controller.window();
    REQUIRE(window);
    window->resize(1366, 768);
    window->show();

    // ---- 1. Two staff, a holiday, a room ------------------------------------
    auto *settings = qobject_cast<SettingsPage *>(window->page(Area::Settings));
    REQUIRE(settings);
    StaffPanel *staffPanel = settings->staffPanel();
    settings->tabs()->setCurrentWidget(staffPanel);
    const auto addStaff = [&](const QString &name, StaffRole role, const QString &classLed) {
        staffPanel->addStaff();
        QPointer<StaffDialog> dialog = qobject_cast<StaffDialog *>(staffPanel->dialog());
        REQUIRE(dialog);
        dialog->nameEdit()->setText(name);
        dialog->roleCheck(role)->setChecked(true);
        dialog->classesLedEdit()->setText(classLed);
        clickOk(dialog->buttons());
        CHECK_FALSE(dialog);
    };
    addStaff(u"王丽"_s, StaffRole::HeadTeacher, u"三年级1班"_s);
    addStaff(u"孙静"_s, StaffRole::Therapist, QString());
    const auto wang = StaffRepository(db).findByKey(u"王丽"_s, RetiredStaff::Included);
    REQUIRE(wang);
    CHECK(wang->roles == QList<StaffRole>{StaffRole::HeadTeacher});
    REQUIRE(StaffRepository(db).findByKey(u"孙静"_s, RetiredStaff::Included));
    CHECK(StaffRepository(db).all()->size() == 3);

    SchoolCalendarPanel *calendar = settings->calendarPanel();
    settings->tabs()->setCurrentWidget(calendar);
    const int daysBefore = calendar->dayModel()->rowCount();
    whenOpen<CalendarDayDialog>([](CalendarDayDialog *dialog) {
        dialog->nameEdit()->setText(u"秋季运动会"_s);
        dialog->firstEdit()->setDate(QDate(2026, 11, 10));
        dialog->lastEdit()->setDate(QDate(2026, 11, 10));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    calendar->addButton()->click();
    CHECK(calendar->dayModel()->rowCount() == daysBefore + 1);
    CHECK(isHoliday(*SemesterRepository(db).byId(semesterId), QDate(2026, 11, 10)));
    CHECK(isSchoolDay(*SemesterRepository(db).byId(semesterId), kToday));

    window->showArea(Area::ResourceRoom);
    auto *roomPage = qobject_cast<ResourceRoomPage *>(window->page(Area::ResourceRoom));
    REQUIRE(roomPage);
    roomPage->showTab(ResourceRoomPage::RoomsTab);
    roomPage->rooms()->addRoom();
    QPointer<RoomDialog> roomDialog = roomPage->rooms()->roomDialog();
    REQUIRE(roomDialog);
    roomDialog->nameEdit()->setText(u"资源教室"_s);
    setEnumComboValue(roomDialog->typeCombo(), RoomType::ResourceRoom);
    roomDialog->capacitySpin()->setValue(6);
    clickOk(roomDialog->buttons());
    const auto room = RoomRepository(db).find(u"资源教室"_s);
    REQUIRE(room);
    CHECK(room->type == RoomType::ResourceRoom);
    const auto leaving = ruleOfKind(RoomRuleRepository(db).forRoom(room->id).value(), RuleKind::NoLeavingAlone);
    REQUIRE(leaving);   // the room type brings the no-leaving-alone rule

    // ---- 2. The roster: an error corrected in the preview, a warning flagged --
    window->showArea(Area::Students);
    auto *studentsPage = qobject_cast<StudentsPage *>(window->page(Area::Students));
    REQUIRE(studentsPage);
    const QString rosterPath = writeRoster(dir);
    struct Seen {
        int rows = 0, ready = 0, flagged = 0, invalid = 0, readyAfter = 0;
        ImportRowStatus line4After = ImportRowStatus::Invalid;
        QString line3Problems, line4Problems;
        bool imported = false;
    } seen;
    whenOpen<ImportDialog>([&](ImportDialog *dialog) {
        if (!dialog->loadFile(rosterPath))
            return dialog->reject();
        QCoreApplication::processEvents();
        const ImportPreview &p = dialog->preview();
        seen.rows = int(p.rows.size());
        seen.ready = p.readyCount();
        seen.flagged = p.countOf(ImportRowStatus::Flagged);
        seen.invalid = p.countOf(ImportRowStatus::Invalid);
        QTableView *view = dialog->previewView();
        seen.line3Problems = view->model()->index(viewRowOfLine(view, 3), ImportPreviewModel::Problems).data().toString();
        seen.line4Problems = view->model()->index(viewRowOfLine(view, 4), ImportPreviewModel::Problems).data().toString();
        // Line 4's ID number corrected in its cell, through the editor.
        const int idColumn = int(p.mapping.indexOf(RosterField::IdNumber));
        const QModelIndex cell = view->model()->index(viewRowOfLine(view, 4), ImportPreviewModel::FirstCell + idColumn);
        view->setCurrentIndex(cell);
        view->edit(cell);
        QLineEdit *editor = nullptr;
        for (QLineEdit *e : view->viewport()->findChildren<QLineEdit *>())
            if (e->isVisible())
                editor = e;
        if (editor) {
            editor->setText(u"654002201503020555"_s);
            QTest::keyClick(editor, Qt::Key_Return);
            for (int i = 0; i < 3; ++i)
                QCoreApplication::processEvents();
        }
        seen.line4After = statusOfLine(dialog->preview(), 4);
        seen.readyAfter = dialog->preview().readyCount();
        seen.imported = dialog->importReady();
        dialog->reject();
    });
    studentsPage->findChild<QPushButton *>(u"importRoster"_s)->click();
    QCoreApplication::processEvents();   // the import's `written`, sent from its worker thread
    QCoreApplication::processEvents();

    CHECK(seen.rows == 4);
    CHECK(seen.ready == 2);
    CHECK(seen.flagged == 1);
    CHECK(seen.invalid == 2);
    CHECK(seen.line3Problems.startsWith(u"待核对："_s));
    CHECK(seen.line4Problems.startsWith(u"错误："_s));
    CHECK(seen.line4After == ImportRowStatus::Ready);
    CHECK(seen.readyAfter == 3);
    CHECK(seen.imported);
    StudentRepository students(db);
    CHECK(*students.count() == 3);
    const auto lisi = students.find(u"李思"_s);   // the padding space removed
    REQUIRE(lisi);
    CHECK(lisi->headTeacherId == wang->id);   // linked to the staff list
    const auto zhang = students.find(u"张小明"_s);
    REQUIRE(zhang);
    const QList<ReviewFlag> flags = *ReviewFlagRepository(db).forStudent(zhang->id);
    REQUIRE(flags.size() == 1);
    CHECK(flags.first().kind == ReviewKind::Certificate);
    CHECK_FALSE(flags.first().resolvedOn.isValid());
    CHECK(ReviewFlagRepository(db).forStudent(lisi->id)->isEmpty());
    const auto wangHao = students.find(u"王浩"_s);
    REQUIRE(wangHao);
    CHECK(wangHao->idNumber == u"654002201503020555"_s);
    CHECK(ReviewFlagRepository(db).pending()->size() == 1);

    // ---- 3. An IEP for 王浩 (no 班主任: the team is the author alone): refused with the missing list, then activated ---
    window->showArea(Area::Ieps);
    auto *iepPage = qobject_cast<IepPage *>(window->page(Area::Ieps));
    REQUIRE(iepPage);
    iepPage->selectStudent(wangHao->id);
    REQUIRE(iepPage->newIepButton()->isEnabled());
    iepPage->newIepButton()->click();
    QPointer<IepEditorDialog> iepEditor = iepPage->editor();
    REQUIRE(iepEditor);
    const qint64 iepId = iepEditor->iepId();
    REQUIRE(IepRepository(db).byId(iepId));
    // A mathematics goal from the bank, nothing else yet.
    iepEditor->tabs()->setCurrentIndex(IepEditorDialog::GoalsTab);
    GoalEditor *goals = iepEditor->goalEditor();
    goals->bankButton()->click();
    GoalBankDialog *bank = goals->goalBankDialog();
    REQUIRE(bank);
    setEnumComboValue(bank->domainCombo(), GoalDomain::Mathematics);
    bank->searchEdit()->setText(u"10以内加法"_s);
    int bankRow = -1;
    for (int row = 0; row < bank->model()->rowCount() && bankRow < 0; ++row)
        if (bank->model()->shown().at(row).objectiveTemplate.contains(u"能独立完成10以内加法"_s))
            bankRow = row;
    REQUIRE(bankRow >= 0);
    bank->goalTable()->selectRow(bankRow);
    bank->criterionEdit()->setText(u"80%"_s);
    bank->insertButton()->click();
    REQUIRE(goals->goals().size() == 1);

    iepEditor->activateButton()->click();
    CHECK(IepRepository(db).byId(iepId)->status == IepStatus::Draft);
    CHECK(iepEditor->message()->isError());
    REQUIRE(iepEditor->problemsDialog());
    CHECK(iepEditor->problemsDialog()->isVisible());
    {   // the missing list, all at once
        QStringList listed;
        for (int i = 0; i < iepEditor->problemsDialog()->problemList()->count(); ++i)
            listed << iepEditor->problemsDialog()->problemList()->item(i)->text();
        INFO(listed.join(u'\n').toStdString());
        const auto iepText = [](const char *source) { return QCoreApplication::translate("rr::Iep", source); };
        CHECK(listed.size() == 4);
        CHECK(listed.filter(iepText("The date of the IEP meeting is missing.")).size() == 1);
        CHECK(listed.filter(iepText("The team has no member besides the author (%1).").arg(kTeacher)).size() == 1);
        CHECK(listed.filter(iepText("The domain %1 has a goal but no present level.").arg(goalDomainLabel(GoalDomain::Mathematics)))
                  .size() == 1);
        CHECK(listed.filter(iepText("There is no service with minutes per week.")).size() == 1);
    }
    iepEditor->problemsDialog()->close();

    TeamMeetingEditor *team = iepEditor->teamEditor();
    team->addMemberButton()->click();
    REQUIRE(team->teamTable()->rowCount() == 2);
    setEnumComboValue(qobject_cast<QComboBox *>(team->teamTable()->cellWidget(1, TeamMeetingEditor::Role)), TeamRole::Parent);
    team->teamTable()->item(1, TeamMeetingEditor::Name)->setText(u"王浩妈妈"_s);
    team->meetingDateEdit()->setDate(kToday);   // the IEP meeting is held today
    iepEditor->levelEditor()->addLevel({GoalDomain::Mathematics, u"能数到20，10以内加法需借助手指"_s});
    iepEditor->tabs()->setCurrentIndex(IepEditorDialog::ServicesTab);
    ServiceEditor *services = iepEditor->serviceEditor();
    services->addButton()->click();
    REQUIRE(services->table()->rowCount() == 1);
    qobject_cast<QSpinBox *>(services->table()->cellWidget(0, ServiceEditor::Minutes))->setValue(80);
    services->table()->item(0, ServiceEditor::Provider)->setText(kTeacher);
    iepEditor->activateButton()->click();
    const auto activated = IepRepository(db).byId(iepId);
    REQUIRE(activated);
    CHECK(activated->status == IepStatus::Active);
    CHECK(activated->studentId == wangHao->id);
    CHECK(activated->content.meetingDate == kToday);
    CHECK(activated->content.team.size() == 2);
    REQUIRE(activated->content.services.size() == 1);
    CHECK(activated->content.services.first().minutesPerWeek == 80);
    CHECK_FALSE(iepEditor->isEditable());
    iepEditor->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // ---- 4. A slot for 王浩 in the new room, from today ---------------------
    window->showArea(Area::ResourceRoom);
    roomPage->showTab(ResourceRoomPage::TimetableTab);
    roomPage->timetable()->addSlot();
    QPointer<SlotDialog> slotDialog = roomPage->timetable()->slotDialog();
    REQUIRE(slotDialog);
    CHECK(slotDialog->validFromEdit()->date() == kToday);
    CHECK(slotDialog->validUntilEdit()->date() == semester.end);
    CHECK(slotDialog->instructorCombo()->currentData().toLongLong() == teacherId);
    slotDialog->weekdayCombo()->setCurrentIndex(kToday.dayOfWeek() - 1);
    slotDialog->startEdit()->setTime(QTime(9, 0));
    slotDialog->endEdit()->setTime(QTime(9, 40));
    choose(slotDialog->roomCombo(), room->id);
    slotDialog->setStudentChecked(wangHao->id, true);
    setEnumComboValue(slotDialog->serviceCombo(), ServiceType::IndividualTraining);
    slotDialog->contentEdit()->setText(u"数学个训"_s);
    clickOk(slotDialog->buttons());
    CHECK_FALSE(slotDialog);
    const QList<TimetableSlot> slotList = TimetableRepository(db).slotsOf(semesterId).value();
    REQUIRE(slotList.size() == 1);
    const TimetableSlot slot = slotList.first();
    CHECK(slot.validFrom == kToday);
    CHECK(slot.instructorId == teacherId);
    CHECK(slot.roomId == room->id);
    CHECK(slot.studentIds == QList<qint64>{wangHao->id});

    // ---- 5. Today's session, signed by the resource teacher herself ---------
    window->showArea(Area::Training);
    auto *training = qobject_cast<TrainingPage *>(window->page(Area::Training));
    REQUIRE(training);
    training->showTab(TrainingPage::TodayTab);
    TodayPanel *today = training->today();
    CHECK(today->shownDate() == kToday);
    REQUIRE(today->sessionModel()->rowCount() == 1);
    const int row = today->sessionModel()->rowOfSlot(slot.id);
    REQUIRE(row == 0);
    today->createButton()->click();
    CHECK_FALSE(today->message()->isError());
    SessionRepository sessions(db, clock);
    const auto made = sessions.forOccurrence(slot.id, kToday).value();
    REQUIRE(made);
    CHECK(made->instructorId == teacherId);
    CHECK_FALSE(made->isSigned());
    today->openRow(row);
    QPointer<RecordEditorDialog> record = training->recordEditor();
    REQUIRE(record);
    REQUIRE(record->sessionId() == made->id);
    StudentRecordForm *form = record->studentForm(wangHao->id);
    REQUIRE(form);
    form->arrivalEdit()->setTime(QTime(9, 0));
    form->departureEdit()->setTime(QTime(9, 40));
    form->ratingCombo()->setCurrentIndex(form->ratingCombo()->count() - 1);
    form->promptCombo()->setCurrentIndex(1);
    form->performanceEdit()->setPlainText(u"注意力集中，主动回答"_s);
    form->resultsEdit()->setPlainText(u"能借助实物完成10以内加法"_s);
    record->contentEdit()->setPlainText(u"10以内加法（实物操作）"_s);
    record->methodEdit()->setPlainText(u"示范—练习—强化"_s);
    record->equipmentEdit()->setText(u"计数棒"_s);
    record->problemsEdit()->setPlainText(u"进位时仍需提示"_s);
    record->nextStepsEdit()->setPlainText(u"减少提示"_s);
    INFO(record->missingFields()->join(u'；').toStdString());
    CHECK(record->missingFields()->isEmpty());   // nothing to warn about: the sign button asks nothing
    record->signButton()->click();   // she left at 09:40 handed over to nobody
    CHECK(record->mode() == RecordEditorDialog::Mode::Draft);
    CHECK(record->message()->isError());
    CHECK(record->message()->text().contains(leaving->text));
    CHECK(record->message()->text().contains(u"王浩"_s));
    CHECK_FALSE(sessions.byId(made->id)->isSigned());
    form->handoverEdit()->setText(u"班主任王丽"_s);
    record->signButton()->click();
    CHECK_FALSE(record->message()->isError());
    CHECK(record->mode() == RecordEditorDialog::Mode::ReadOnly);
    const auto signedRecord = sessions.byId(made->id);
    REQUIRE(signedRecord);
    CHECK(signedRecord->isSigned());
    CHECK(signedRecord->signedBy == teacherId);
    CHECK(StaffRepository(db).byId(signedRecord->signedBy)->name == kTeacher);
    REQUIRE(signedRecord->students.size() == 1);
    CHECK(signedRecord->students.first().handedOverTo == u"班主任王丽"_s);
    record->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // ---- 6. The month's inspection: nothing before the slot's start ---------
    training->showTab(TrainingPage::InspectionTab);
    InspectionPanel *inspection = training->inspection();
    inspection->setRange(QDate(2026, 11, 1), kToday);
    CHECK(inspection->fromEdit()->date() == QDate(2026, 11, 1));
    CHECK(inspection->toEdit()->date() == kToday);
    inspection->runButton()->click();
    REQUIRE(inspection->result());
    const InspectionResult &result = *inspection->result();
    CHECK(result.from == QDate(2026, 11, 1));
    CHECK(result.counts.sessions == 1);
    const QList<InspectionProblem> problems = result.problems;
    CHECK(inspection->problemModel()->rowCount() == problems.size());
    for (const InspectionProblem &problem : problems) {
        INFO(problem.date.toString(Qt::ISODate).toStdString() + ' ' + problem.message.toStdString());
        CHECK(problem.date >= slot.validFrom);
    }
    CHECK(problems.isEmpty());   // the one session is signed and complete

    window->close();
    CHECK_NO_WARNINGS(recorder);
}
