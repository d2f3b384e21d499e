// The Students area driven offscreen on the demo school: the student dialog,
// the roster's filters and pinyin search, a student's page with the LRC
// workflow and the archive, the roster import and export, the completeness
// view, the overview's LRC reminders, and the list models under Qt's model
// tester. Any Qt warning during a test fails it.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "archive/AttachmentRepository.h"
#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "demo/DemoSchool.h"
#include "lrc/LrcRepository.h"
#include "pages/LrcReminders.h"
#include "roster/Roster.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "students/ArchiveChecklistModel.h"
#include "students/ArchivePanel.h"
#include "students/AttachmentListModel.h"
#include "students/CompletenessModel.h"
#include "students/CompletenessView.h"
#include "students/ExportDialog.h"
#include "students/GuardianEditor.h"
#include "students/ImportDialog.h"
#include "students/ImportPreviewModel.h"
#include "students/LrcHistoryModel.h"
#include "students/LrcPanel.h"
#include "students/LrcReasonDialog.h"
#include "students/NeedListEditor.h"
#include "students/RosterFilterBar.h"
#include "students/RosterProxyModel.h"
#include "students/SchoolYear.h"
#include "students/StudentDetailPage.h"
#include "students/StudentDialog.h"
#include "students/StudentListModel.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {


std::shared_ptr<const Clock> testClock()
{
    return std::make_shared<FixedClock>(QDate(2026, 3, 16));
}

std::shared_ptr<Database> openDemoSchool(const Clock &clock)
{
    auto path = temporaryDemoSchool(clock);
    INFO((path ? QString() : path.error().message).toStdString());
    REQUIRE(path);
    auto db = Database::open(*path, OpenMode::OpenExisting);
    REQUIRE(db);
    return *db;
}

// A valid citizen ID number for a birth date and a sequence (odd = male).
QString makeCitizenId(const QString &area, const QDate &birth, int sequence)
{
    const QString first17 = area + birth.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(sequence, 3, 10, QChar(u'0'));
    return first17 + citizenIdCheckChar(first17);
}

QStringList comboTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts.append(combo->itemText(i));
    return texts;
}

} // namespace

TEST_CASE("the student dialog adds a student in one write", "[gui][students]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    const int before = *StudentRepository(db).count();
    int writes = 0;
    StudentDialog dialog(Session{db, clock});
    QObject::connect(db.get(), &Database::written, &dialog, [&writes] { ++writes; });
    dialog.show();

    const QString id = makeCitizenId(u"110105"_s, QDate(2018, 3, 5), 123);   // 3 is odd: male

    SECTION("a complete record is saved, birth date and gender taken from the ID number")
    {
        dialog.nameEdit()->setText(u"  测试学生  "_s);
        dialog.idEdit()->setText(id);
        CHECK(dialog.birthEdit()->date() == QDate(2018, 3, 5));
        CHECK(Gender(dialog.genderCombo()->currentData().toInt()) == Gender::Male);
        CHECK_FALSE(dialog.idStatus()->text().isEmpty());
        dialog.gradeCombo()->setCurrentIndex(dialog.gradeCombo()->findData(2));
        dialog.classEdit()->setText(u"3班"_s);
        dialog.placementCombo()->setCurrentIndex(dialog.placementCombo()->findData(int(Placement::RegularClass)));

        NeedListEditor *needs = dialog.needEditor();
        needs->addNeed();
        needs->categoryCombo(0)->setCurrentIndex(needs->categoryCombo(0)->findData(int(NeedCategory::Intellectual)));
        CHECK(needs->gradeCombo(0)->isEnabled());
        needs->gradeCombo(0)->setCurrentIndex(needs->gradeCombo(0)->findData(4));
        needs->addNeed();
        needs->categoryCombo(1)->setCurrentIndex(needs->categoryCombo(1)->findData(int(NeedCategory::Adhd)));
        CHECK_FALSE(needs->gradeCombo(1)->isEnabled());   // outside GB/T 26341: no grade

        dialog.guardianEditor()->addGuardian({u"测试家长"_s, u"母亲"_s, u"13800000000"_s, u"解放路1号"_s, true, {}, {}});
        // 文化程度 and 工作单位及职业 typed into the guardian table.
        QTableWidget *guardianTable = dialog.guardianEditor()->table();
        guardianTable->item(0, GuardianEditor::Education)->setText(u"大专"_s);
        guardianTable->item(0, GuardianEditor::Occupation)->setText(u"县医院 护士"_s);

        // A certificate number for another category: a warning, not a refusal.
        dialog.certificateEdit()->setText(id + u"14"_s);
        CHECK(dialog.certificateWarnings()->isVisibleTo(&dialog));
        CHECK_FALSE(dialog.certificateWarnings()->text().isEmpty());
        dialog.certificateEdit()->setText(id + u"54"_s);
        CHECK(dialog.certificateWarnings()->text().isEmpty());

        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(writes == 1);
        CHECK(*StudentRepository(db).count() == before + 1);
        const auto saved = StudentRepository(db).byId(dialog.savedId());
        REQUIRE(saved);
        CHECK(saved->name == u"测试学生"_s);
        REQUIRE(saved->guardians.size() == 1);
        CHECK(saved->guardians.first().education == u"大专"_s);
        CHECK(saved->guardians.first().occupation == u"县医院 护士"_s);
        CHECK(saved->idNumber == id);
        CHECK(saved->birthDate == QDate(2018, 3, 5));
        CHECK(saved->gender == Gender::Male);
        CHECK(saved->grade == 2);
        CHECK(saved->className == u"3班"_s);
        CHECK(saved->certificateNumber == id + u"54"_s);
        REQUIRE(saved->needs.size() == 2);
        CHECK(saved->needs.at(0) == Need{NeedCategory::Intellectual, 4, {}});
        CHECK(saved->needs.at(1) == Need{NeedCategory::Adhd, 0, {}});
        REQUIRE(saved->guardians.size() == 1);
        CHECK(saved->guardians.first().name == u"测试家长"_s);
        CHECK(saved->guardians.first().isContact);

        // Editing it again changes the same record.
        StudentDialog edit(Session{db, clock}, *saved);
        CHECK(edit.nameEdit()->text() == u"测试学生"_s);
        CHECK(edit.needEditor()->rowCount() == 2);
        edit.classEdit()->setText(u"4班"_s);
        edit.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(edit.result() == QDialog::Accepted);
        CHECK(StudentRepository(db).byId(saved->id)->className == u"4班"_s);
        CHECK(*StudentRepository(db).count() == before + 1);
    }

    SECTION("a wrong check character is flagged and refused inside the dialog")
    {
        dialog.nameEdit()->setText(u"测试学生"_s);
        QString wrong = id;
        wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
        dialog.idEdit()->setText(wrong);
        CHECK_FALSE(dialog.idStatus()->text().isEmpty());
        CHECK_FALSE(dialog.birthEdit()->date() == QDate(2018, 3, 5));   // not filled from a bad number
        dialog.buttons()->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.result() != QDialog::Accepted);
        CHECK(dialog.message()->isError());
        CHECK_FALSE(dialog.message()->text().isEmpty());
        CHECK(writes == 0);
        CHECK(*StudentRepository(db).count() == before);
    }

    SECTION("a birth date that contradicts the ID number is flagged")
    {
        dialog.birthEdit()->setDate(QDate(2017, 1, 1));
        dialog.idEdit()->setText(id);
        CHECK(dialog.birthEdit()->date() == QDate(2017, 1, 1));   // kept: the user decides
        CHECK(dialog.idStatus()->text().contains(screenDate(QDate(2018, 3, 5))));
    }

    SECTION("cancel writes nothing")
    {
        dialog.nameEdit()->setText(u"测试学生"_s);
        dialog.buttons()->button(QDialogButtonBox::Cancel)->click();
        CHECK(dialog.result() == QDialog::Rejected);
        CHECK(writes == 0);
        CHECK(*StudentRepository(db).count() == before);
    }

    dialog.close();
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the roster filters by pinyin initials and by the combos", "[gui][students]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    StudentsPage page(Session{db, clock});
    page.resize(1366, 768);
    page.show();
    const QList<RosterEntry> roster = *loadRoster(db);
    REQUIRE(roster.size() >= 10);
    const QAbstractItemModel *shown = page.table()->model();
    REQUIRE(shown->rowCount() == roster.size());
    CHECK(shown->columnCount() == StudentListModel::ColumnCount);

    const RosterEntry &target = roster.at(3);
    const QString initials = pinyinKeys(target.student.name).initials;
    REQUIRE(initials.size() >= 2);
    page.filterBar()->searchEdit()->setText(initials);
    REQUIRE(shown->rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const auto entry = shown->index(row, 0).data(StudentListModel::EntryRole).value<RosterEntry>();
        CHECK(matchesNameQuery(entry.student.name, entry.pinyin, initials));
        found = found || entry.student.id == target.student.id;
    }
    CHECK(found);
    int expected = 0;
    for (const RosterEntry &e : roster)
        expected += matchesNameQuery(e.student.name, e.pinyin, initials) ? 1 : 0;
    CHECK(shown->rowCount() == expected);
    page.filterBar()->searchEdit()->clear();
    CHECK(shown->rowCount() == roster.size());

    // The LRC status combo: only confirmed students.
    QComboBox *lrc = page.filterBar()->lrcCombo();
    lrc->setCurrentIndex(lrc->findData(int(LrcState::Confirmed)));
    REQUIRE(shown->rowCount() >= 1);
    CHECK(shown->rowCount() < roster.size());
    for (int row = 0; row < shown->rowCount(); ++row)
        CHECK(shown->index(row, StudentListModel::LrcStatus).data().toString() == lrcStateLabel(LrcState::Confirmed));
    lrc->setCurrentIndex(0);

    // The grade combo offers the grades on file.
    QComboBox *grade = page.filterBar()->gradeCombo();
    REQUIRE(grade->count() >= 2);
    grade->setCurrentIndex(1);
    const int chosen = grade->currentData().toInt();
    REQUIRE(shown->rowCount() >= 1);
    for (int row = 0; row < shown->rowCount(); ++row)
        CHECK(shown->index(row, 0).data(StudentListModel::RecordRole).value<StudentSummary>().grade == chosen);
    grade->setCurrentIndex(0);
    CHECK(shown->rowCount() == roster.size());

    // Sorting by age keeps every row.
    page.table()->sortByColumn(StudentListModel::Age, Qt::DescendingOrder);
    CHECK(shown->rowCount() == roster.size());

    // The completeness tab: one row per student, ten item columns.
    page.views()->setCurrentWidget(page.completenessView());
    const QAbstractItemModel *completeness = page.completenessView()->table()->model();
    CHECK(completeness->rowCount() == roster.size());
    CHECK(completeness->columnCount() == CompletenessModel::FirstItem + 10);
    int lastMissing = 100;
    for (int row = 0; row < completeness->rowCount(); ++row) {   // sorted by missing count, most first
        const int missing = completeness->index(row, CompletenessModel::Missing).data().toInt();
        CHECK(missing <= lastMissing);
        lastMissing = missing;
    }
    // The roster's filter applies to the completeness view too.
    page.filterBar()->searchEdit()->setText(initials);
    CHECK(completeness->rowCount() == expected);
    page.filterBar()->searchEdit()->clear();
    CHECK(completeness->rowCount() == roster.size());

    page.close();
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("a student's page walks the LRC workflow and keeps the archive", "[gui][students]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    Student student;
    student.name = u"流程学生"_s;
    student.idNumber = makeCitizenId(u"110105"_s, QDate(2017, 6, 1), 246);
    student.grade = 3;
    student.className = u"1班"_s;
    auto added = StudentRepository(db).add(student);
    REQUIRE(added);

    StudentsPage page(Session{db, clock});
    page.resize(1366, 768);
    page.show();
    // The roster masks the ID; the student page shows it whole.
    for (int row = 0; row < page.table()->model()->rowCount(); ++row)
        for (int column = 0; column < page.table()->model()->columnCount(); ++column)
            CHECK_FALSE(page.table()->model()->index(row, column).data().toString().contains(student.idNumber));
    page.openStudent(*added);
    CHECK(page.showsStudent());
    const auto *idLabel = page.detailPage()->findChild<QLabel *>(u"detailIdNumber"_s);
    REQUIRE(idLabel);
    CHECK(idLabel->text() == student.idNumber);

    LrcPanel *lrc = page.detailPage()->lrcPanel();
    const QList<LrcStep> walk{LrcStep::Applied, LrcStep::SchoolOpinion, LrcStep::Reported, LrcStep::Confirmed};
    const QDate start(2025, 9, 3);
    for (int i = 0; i < walk.size(); ++i) {
        const LrcState state = *LrcRepository(db).state(*added);
        QComboBox *steps = lrc->stepCombo();
        // Only the allowed steps are offered.
        QStringList expected;
        for (LrcStep step : allowedSteps(state))
            expected.append(lrcStepLabel(step));
        CHECK(comboTexts(steps) == expected);
        const int index = steps->findData(int(walk.at(i)));
        REQUIRE(index >= 0);
        steps->setCurrentIndex(index);
        lrc->dateEdit()->setDate(start.addDays(7 * i));
        lrc->actorEdit()->setText(u"经办人%1"_s.arg(i + 1));
        lrc->noteEdit()->setText(u"第%1步"_s.arg(i + 1));
        lrc->addButton()->click();
        INFO(lrc->message()->text().toStdString());
        CHECK_FALSE(lrc->message()->isError());
        CHECK(lrc->historyModel()->rowCount() == i + 1);
    }
    const QList<LrcEvent> history = *LrcRepository(db).history(*added);
    REQUIRE(history.size() == 4);
    for (int i = 0; i < walk.size(); ++i) {
        CHECK(history.at(i).step == walk.at(i));
        CHECK(history.at(i).actor == u"经办人%1"_s.arg(i + 1));
        CHECK(lrc->historyModel()->index(i, LrcHistoryModel::Step).data().toString() == lrcStepLabel(walk.at(i)));
        CHECK(lrc->historyModel()->index(i, LrcHistoryModel::Date).data().toString()
              == screenDate(start.addDays(7 * i)));
    }
    CHECK(*LrcRepository(db).state(*added) == LrcState::Confirmed);
    // Once confirmed, applying or confirming again is not offered; revoking is.
    QComboBox *steps = lrc->stepCombo();
    CHECK(steps->findData(int(LrcStep::Applied)) < 0);
    CHECK(steps->findData(int(LrcStep::Confirmed)) < 0);
    CHECK(steps->findData(int(LrcStep::Revoked)) >= 0);

    // A step dated before the last one is refused, with the reason shown:
    // 撤销 asks first for its reason, then core refuses the date.
    steps->setCurrentIndex(steps->findData(int(LrcStep::Revoked)));
    lrc->dateEdit()->setDate(start.addDays(-1));
    CHECK_FALSE(lrc->addStep());
    REQUIRE(lrc->reasonDialog());
    lrc->reasonDialog()->reasonEdit()->setPlainText(u"转学"_s);
    lrc->reasonDialog()->buttons()->button(QDialogButtonBox::Ok)->click();
    CHECK(lrc->message()->isError());
    CHECK(LrcRepository(db).history(*added)->size() == 4);

    // The roster shows the new status.
    page.showRoster();
    CHECK_FALSE(page.showsStudent());
    bool listed = false;
    for (const RosterEntry &entry : page.model()->roster())
        if (entry.student.id == *added) {
            listed = true;
            CHECK(entry.lrcState == LrcState::Confirmed);
        }
    CHECK(listed);

    // The archive: the LRC confirmation counts as record evidence; a file
    // is added to an item, saved out and removed.
    page.openStudent(*added);
    ArchivePanel *archive = page.detailPage()->archivePanel();
    const int year = *currentSchoolYear(db, *clock);
    auto statusOf = [&](ArchiveItem item) { return archiveStatusOf(db, *added, year)->items.value(item); };
    CHECK_FALSE(statusOf(ArchiveItem::MedicalReports).satisfied);
    QTemporaryDir folder;
    const QString scan = folder.filePath(u"体检报告.pdf"_s);
    {
        QFile file(scan);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("%PDF-1.4 test");
    }
    archive->itemCombo()->setCurrentIndex(archive->itemCombo()->findData(int(ArchiveItem::MedicalReports)));
    CHECK(archive->addFile(scan));
    CHECK(statusOf(ArchiveItem::MedicalReports).satisfied);
    CHECK(archive->attachmentModel()->rowCount() == 1);
    const QAbstractItemModel *checklist = archive->checklistModel();
    const int medicalRow = int(ArchiveItem::MedicalReports) - 1;
    CHECK(checklist->index(medicalRow, ArchiveChecklistModel::Present).data().toString() == u"✓"_s);
    const Attachment stored = AttachmentRepository(db).forStudent(*added)->first();
    CHECK(stored.schoolYear == year);
    CHECK(stored.archiveItem == int(ArchiveItem::MedicalReports));

    archive->attachmentTable()->selectRow(0);
    const QString copy = folder.filePath(u"copy.pdf"_s);
    CHECK(archive->saveSelectedTo(copy));
    CHECK(test::sha256OfFile(copy) == test::sha256OfFile(scan));
    CHECK(archive->addFile(folder.filePath(u"missing.pdf"_s)) == false);
    CHECK(archive->message()->isError());
    archive->attachmentTable()->selectRow(0);
    CHECK(archive->removeSelected());
    CHECK(AttachmentRepository(db).forStudent(*added)->isEmpty());
    CHECK(checklist->index(medicalRow, ArchiveChecklistModel::Present).data().toString() == u"✗"_s);

    page.close();
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the import dialog previews every row and imports the ready ones", "[gui][students][import]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    int writes = 0;
    ImportDialog dialog(Session{temp->db, clock});
    QObject::connect(temp->db.get(), &Database::written, &dialog, [&writes] { ++writes; });
    dialog.show();

    SECTION("a file that cannot be read changes nothing")
    {
        CHECK_FALSE(dialog.loadFile(test::testDataPath(u"broken.xlsx"_s)));
        CHECK(dialog.message()->isError());
        CHECK_FALSE(dialog.message()->text().isEmpty());
        CHECK(dialog.previewModel()->rowCount() == 0);
        CHECK_FALSE(dialog.importButton()->isEnabled());
        CHECK(writes == 0);
    }

    SECTION("the UTF-8 roster: rows 1–4 ready, row 9 imported with a warning, 5 with errors")
    {
        REQUIRE(dialog.loadFile(test::testDataPath(u"roster_utf8.csv"_s)));
        const ImportPreviewModel *model = dialog.previewModel();
        REQUIRE(model->rowCount() == 10);
        for (int row = 0; row < model->rowCount(); ++row) {
            const auto status = ImportRowStatus(model->index(row, 0).data(ImportPreviewModel::StatusRole).toInt());
            INFO("row " << row + 1);
            if (row < 4) {
                CHECK(status == ImportRowStatus::Ready);
            } else if (row == 8) {
                CHECK(status == ImportRowStatus::Flagged);
                CHECK(model->index(row, ImportPreviewModel::Problems).data().toString().startsWith(u"待核对"_s));
            } else {
                CHECK(status != ImportRowStatus::Ready);
                CHECK_FALSE(model->index(row, ImportPreviewModel::Problems).data().toString().isEmpty());
            }
            CHECK(model->index(row, 0).data(Qt::BackgroundRole).isValid());
        }
        CHECK(model->index(0, ImportPreviewModel::Name).data().toString() == u"张小明"_s);
        CHECK(dialog.importButton()->isEnabled());
        CHECK(dialog.importButton()->text().contains(u'5'));

        // One combo per column; the name column un-mapped refuses the preview.
        const QList<QComboBox *> combos = dialog.mappingCombos();
        REQUIRE(combos.size() == dialog.preview().headers.size());
        const int nameColumn = int(dialog.preview().mapping.indexOf(RosterField::Name));
        REQUIRE(nameColumn >= 0);
        combos.at(nameColumn)->setCurrentIndex(combos.at(nameColumn)->findData(int(RosterField::Ignore)));
        CHECK(dialog.message()->isError());
        CHECK_FALSE(dialog.importButton()->isEnabled());
        combos.at(nameColumn)->setCurrentIndex(combos.at(nameColumn)->findData(int(RosterField::Name)));
        CHECK_FALSE(dialog.message()->isError());
        CHECK(dialog.preview().readyCount() == 5);

        // Ignoring the notes column still leaves five rows to import.
        const int notesColumn = int(dialog.preview().mapping.indexOf(RosterField::Notes));
        if (notesColumn >= 0) {
            combos.at(notesColumn)->setCurrentIndex(combos.at(notesColumn)->findData(int(RosterField::Ignore)));
            CHECK(dialog.preview().readyCount() == 5);
        }
        CHECK(writes == 0);

        REQUIRE(dialog.importReady());
        CHECK(writes == 1);
        CHECK(*StudentRepository(temp->db).count() == 5);
        CHECK_FALSE(dialog.message()->isError());
        CHECK(dialog.message()->text().contains(u'5'));
        // Now on file: the same rows show as duplicates, nothing left to import.
        CHECK(dialog.preview().readyCount() == 0);
        CHECK_FALSE(dialog.importButton()->isEnabled());
    }

    dialog.close();
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the export dialog leaves out sensitive columns unless asked", "[gui][students]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    ExportDialog dialog(Session{db, clock});
    dialog.show();
    CHECK_FALSE(dialog.sensitiveCheck()->isChecked());

    QTemporaryDir folder;
    const QString path = folder.filePath(u"roster.csv"_s);
    dialog.pathEdit()->setText(path);
    dialog.buttons()->buttons().first()->setFocus();
    for (QAbstractButton *button : dialog.buttons()->buttons())
        if (dialog.buttons()->buttonRole(button) == QDialogButtonBox::AcceptRole)
            button->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.exportedRows() == *StudentRepository(db).count());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    const auto onRoster = StudentRepository(db).summaries();
    REQUIRE(onRoster);
    for (const StudentSummary &s : *onRoster) {
        const auto student = StudentRepository(db).byId(s.id);
        if (!student->idNumber.isEmpty())
            CHECK_FALSE(text.contains(student->idNumber));
    }

    ExportDialog wrong(Session{db, clock});
    wrong.pathEdit()->setText(folder.filePath(u"roster.txt"_s));
    wrong.accept();
    CHECK(wrong.result() != QDialog::Accepted);
    CHECK(wrong.message()->isError());

    dialog.close();
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("pending LRC reports appear as reminders", "[gui][students]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    const QList<PendingReport> pending = *LrcRepository(db).pendingReports(clock->today());
    REQUIRE_FALSE(pending.isEmpty());
    const QList<Reminder> reminders = *lrcReminders(db, clock->today());
    REQUIRE(reminders.size() == pending.size());
    for (int i = 0; i < pending.size(); ++i) {
        CHECK(reminders.at(i).text.contains(pending.at(i).studentName));
        CHECK(reminders.at(i).due == pending.at(i).deadline);
        if (pending.at(i).daysLeft <= 0)
            CHECK(reminders.at(i).urgency == ReminderUrgency::Overdue);
    }
    CHECK_NO_WARNINGS(recorder);
}

TEST_CASE("the students models pass Qt's model tester", "[gui][model]")
{
    WarningRecorder recorder;
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    using Mode = QAbstractItemModelTester::FailureReportingMode;

    StudentListModel students(clock);
    QAbstractItemModelTester studentTester(&students, Mode::Warning);
    const QList<RosterEntry> roster = *loadRoster(db);
    students.setRoster(roster);
    CHECK(students.rowCount() == roster.size());
    CHECK(students.data(students.index(0, 0), StudentListModel::EntryRole).value<RosterEntry>().student
          == roster.first().student);
    RosterProxyModel proxy;
    proxy.setSourceModel(&students);
    QAbstractItemModelTester proxyTester(&proxy, Mode::Warning);
    RosterFilter filter;
    filter.query = roster.first().pinyin.initials;
    proxy.setFilter(filter);
    CHECK(proxy.rowCount() >= 1);

    qint64 withHistory = 0;
    for (const RosterEntry &entry : roster)
        if (entry.lrcState == LrcState::Confirmed)
            withHistory = entry.student.id;
    REQUIRE(withHistory > 0);
    LrcHistoryModel history;
    QAbstractItemModelTester historyTester(&history, Mode::Warning);
    history.setHistory(*LrcRepository(db).history(withHistory));
    CHECK(history.rowCount() >= 4);

    const int year = *currentSchoolYear(db, *clock);
    ArchiveChecklistModel checklist;
    QAbstractItemModelTester checklistTester(&checklist, Mode::Warning);
    checklist.setStatus(*archiveStatusOf(db, withHistory, year));
    CHECK(checklist.rowCount() == 10);

    AttachmentListModel attachments;
    QAbstractItemModelTester attachmentTester(&attachments, Mode::Warning);
    Attachment a;
    a.id = 1;
    a.fileName = u"scan.pdf"_s;
    a.archiveItem = 4;
    a.schoolYear = year;
    attachments.setAttachments({a});
    CHECK(attachments.rowCount() == 1);

    CompletenessModel completeness;
    QAbstractItemModelTester completenessTester(&completeness, Mode::Warning);
    const QList<StudentArchiveStatus> statuses = *archiveCompleteness(db, year);
    completeness.setStatuses(statuses);
    CHECK(completeness.rowCount() == statuses.size());
    int partly = 0;
    for (const StudentArchiveStatus &s : statuses)
        partly += !s.missing().isEmpty() && s.satisfiedCount() > 0 ? 1 : 0;
    CHECK(partly >= 1);

    ImportPreviewModel preview;
    QAbstractItemModelTester previewTester(&preview, Mode::Warning);
    ImportRow row;
    row.line = 2;
    row.student.name = u"张小明"_s;
    row.status = ImportRowStatus::Invalid;
    row.problems = {u"缺少出生日期"_s};
    preview.setRows({row});
    CHECK(preview.rowCount() == 1);

    CHECK_NO_WARNINGS(recorder);
}

// Not run by default: `test_students "[.screenshots]"` saves the roster, a
// student page and the import preview at 1366×768 into $RR_SCREENSHOT_DIR.
TEST_CASE("screenshots of the students area", "[.screenshots]")
{
    AppController::applyAppearance();
    const QString folder = qEnvironmentVariable("RR_SCREENSHOT_DIR", u"."_s);
    const auto clock = testClock();
    const auto db = openDemoSchool(*clock);
    AppController controller(clock);
    REQUIRE(controller.showDatabase(db));
    MainWindow *window = controller.window();
    window->showNormal();
    window->resize(1366, 768);
    window->showArea(Area::Students);
    QCoreApplication::processEvents();
    CHECK(window->grab().save(folder + u"/roster.png"_s));

    auto *page = qobject_cast<StudentsPage *>(window->page(Area::Students));
    REQUIRE(page);
    page->views()->setCurrentWidget(page->completenessView());
    QCoreApplication::processEvents();
    CHECK(window->grab().save(folder + u"/completeness.png"_s));
    page->views()->setCurrentIndex(0);

    qint64 confirmed = 0;
    for (const RosterEntry &entry : page->model()->roster())
        if (entry.lrcState == LrcState::Confirmed && confirmed == 0)
            confirmed = entry.student.id;
    page->openStudent(confirmed);
    page->detailPage()->tabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    CHECK(window->grab().save(folder + u"/student-page.png"_s));
    page->detailPage()->tabs()->setCurrentIndex(2);
    QCoreApplication::processEvents();
    CHECK(window->grab().save(folder + u"/student-archive.png"_s));
    page->detailPage()->tabs()->setCurrentIndex(0);
    QCoreApplication::processEvents();
    CHECK(window->grab().save(folder + u"/student-details.png"_s));

    auto empty = test::makeTempDatabase();
    ImportDialog import(Session{empty->db, clock});
    import.resize(1366, 768);
    import.show();
    REQUIRE(import.loadFile(test::testDataPath(u"roster_utf8.csv"_s)));
    QCoreApplication::processEvents();
    CHECK(import.grab().save(folder + u"/import-preview.png"_s));

    StudentDialog dialog(Session{db, clock}, *StudentRepository(db).byId(confirmed));
    dialog.show();
    QCoreApplication::processEvents();
    CHECK(dialog.grab().save(folder + u"/student-dialog.png"_s));
    if (auto *tabs = dialog.findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        CHECK(dialog.grab().save(folder + u"/student-dialog-needs.png"_s));
    }
}
