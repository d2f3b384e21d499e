// The audit trail on screen, from an EMPTY data file set up through the
// first-run dialog: a student added and edited through the student dialog,
// then the 历史 of her page shows both actions, most recent first, with the
// fields before and after (sensitive ones only as changed); the opening of
// her page is in the trail as a read. The administrator's trail screen
// filters by kind and person and exports; the retention screen deletes a
// student who left long ago only after the question is answered.
#include "WarningRecorder.h"
#include "TestSupport.h"

#include "audit/AuditEntryModel.h"
#include "audit/AuditHistoryDialog.h"
#include "audit/AuditPanel.h"
#include "audit/AuditRepository.h"
#include "audit/AuditTrailView.h"
#include "audit/RetentionPanel.h"
#include "common/MessageLabel.h"
#include "firstrun/FirstRunDialog.h"
#include "school/SettingsRepository.h"
#include "settings/ProfileEditor.h"
#include "students/StudentDetailPage.h"
#include "students/StudentDialog.h"
#include "students/StudentRepository.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QSpinBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

namespace {

const QString kTeacher = u"王老师"_s;

std::unique_ptr<test::TempDatabase> firstRunSchool(const std::shared_ptr<const Clock> &clock)
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    temp->db->setClock(clock);
    FirstRunDialog dialog(Session{temp->db, clock});
    dialog.show();
    dialog.protectBox()->setChecked(false);
    dialog.profileEditor()->schoolEdit()->setText(u"星光小学"_s);
    dialog.profileEditor()->teacherEdit()->setText(kTeacher);
    dialog.buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
    return temp;
}

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

void saveShot(QWidget *widget, const QString &name)
{
    QString dir = qEnvironmentVariable("RR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = u"/tmp"_s;
    QCoreApplication::processEvents();
    CHECK(widget->grab().save(dir + u"/"_s + name + u".png"_s));
}

// Each row of the change list as "field|before|after".
QStringList changeLines(const QAbstractItemModel *model)
{
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines << cell(model, row, AuditChangeModel::FieldColumn) + u'|' + cell(model, row, AuditChangeModel::BeforeColumn) + u'|'
                + cell(model, row, AuditChangeModel::AfterColumn);
    return lines;
}

} // namespace

TEST_CASE("a student added and edited shows both actions in her history, with before and after", "[gui][audit]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0)));
    auto temp = firstRunSchool(clock);
    const auto db = temp->db;

    StudentDialog add(Session{db, clock});
    add.show();
    add.nameEdit()->setText(u"陈小雨"_s);
    add.classEdit()->setText(u"2班"_s);
    add.medicalEdit()->setPlainText(u"哮喘，随身带药"_s);
    add.buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(add.result() == QDialog::Accepted);
    const qint64 id = add.savedId();

    clock->set(QDateTime(QDate(2026, 11, 17), QTime(10, 30)));
    StudentDialog edit(Session{db, clock}, *StudentRepository(db).byId(id));
    edit.show();
    edit.classEdit()->setText(u"3班"_s);
    edit.medicalEdit()->setPlainText(u"哮喘已控制"_s);
    edit.buttons()->button(QDialogButtonBox::Ok)->click();
    REQUIRE(edit.result() == QDialog::Accepted);

    StudentsPage page(Session{db, clock});
    page.resize(1366, 768);
    page.show();
    page.openStudent(id);
    StudentDetailPage *detail = page.detailPage();
    REQUIRE(detail->historyButton());
    detail->historyButton()->click();
    auto *dialog = detail->findChild<AuditHistoryDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    AuditTrailView *trail = dialog->trail();
    QAbstractItemModelTester entryTester(trail->entryModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester changeTester(trail->changeModel(), QAbstractItemModelTester::FailureReportingMode::Warning);

    // Most recent first: the opening of the page, the edit, the addition.
    const QAbstractItemModel *entries = trail->entryTable()->model();
    REQUIRE(entries->rowCount() == 3);
    CHECK(cell(entries, 0, AuditEntryModel::ActionColumn) == u"读取：打开学生页面"_s);
    CHECK(cell(entries, 1, AuditEntryModel::ActionColumn) == u"学生：修改"_s);
    CHECK(cell(entries, 2, AuditEntryModel::ActionColumn) == u"学生：新增"_s);
    for (int row = 0; row < 3; ++row)
        CHECK(cell(entries, row, AuditEntryModel::PersonColumn) == kTeacher);
    CHECK(cell(entries, 1, AuditEntryModel::TimeColumn) == u"2026年11月17日 10:30"_s);
    CHECK(cell(entries, 2, AuditEntryModel::TimeColumn) == u"2026年11月16日 09:00"_s);

    // The edit: the class before and after; the medical history only as changed.
    trail->selectRow(1);
    const QStringList edited = changeLines(trail->changeTable()->model());
    INFO(edited.join(u"\n"_s).toStdString());
    CHECK(edited.contains(u"班级|2班|3班"_s));
    CHECK(edited.contains(u"病史|（已隐藏）|（已隐藏，已修改）"_s));
    CHECK_FALSE(edited.join(u""_s).contains(u"哮喘"_s));
    CHECK_FALSE(edited.join(u""_s).contains(u"陈小雨"_s));   // the name did not change
    saveShot(dialog, u"audit-history"_s);

    // The addition: the name after, nothing before.
    trail->selectRow(2);
    const QStringList added = changeLines(trail->changeTable()->model());
    INFO(added.join(u"\n"_s).toStdString());
    CHECK(added.contains(u"姓名||陈小雨"_s));
    CHECK(added.contains(u"班级||2班"_s));
    CHECK_FALSE(added.join(u""_s).contains(u"哮喘"_s));
    dialog->close();
}

TEST_CASE("the administrator's trail filters by kind and person and exports", "[gui][audit]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0)));
    auto temp = firstRunSchool(clock);
    const auto db = temp->db;
    Student s;
    s.name = u"李思"_s;
    REQUIRE(StudentRepository(db).add(s));

    AuditPanel panel(Session{db, clock});
    panel.resize(1366, 700);
    panel.show();
    QAbstractItemModelTester tester(panel.trail()->entryModel(), QAbstractItemModelTester::FailureReportingMode::Warning);
    const QAbstractItemModel *entries = panel.trail()->entryTable()->model();
    const int all = entries->rowCount();
    CHECK(all >= 2);   // the first run's setup and the student
    panel.kindCombo()->setCurrentIndex(panel.kindCombo()->findData(u"student"_s));
    REQUIRE(entries->rowCount() == 1);
    CHECK(cell(entries, 0, AuditEntryModel::ActionColumn) == u"学生：新增"_s);
    panel.kindCombo()->setCurrentIndex(0);
    CHECK(entries->rowCount() == all);
    REQUIRE(panel.personCombo()->findData(kTeacher) > 0);
    panel.personCombo()->setCurrentIndex(panel.personCombo()->findData(kTeacher));
    CHECK(entries->rowCount() == all);
    panel.sinceCheck()->setChecked(true);
    panel.sinceEdit()->setDate(QDate(2026, 11, 17));
    CHECK(entries->rowCount() == 0);
    panel.sinceCheck()->setChecked(false);

    panel.trail()->selectRow(0);
    saveShot(&panel, u"audit-trail"_s);
    const QString path = temp->dir.filePath(u"trail.xlsx"_s);
    CHECK(panel.exportTo(path));
    CHECK(QFileInfo(path).size() > 0);
    CHECK_FALSE(panel.message()->isError());
}

TEST_CASE("the retention screen deletes a student who left long ago only when the question is answered yes", "[gui][audit]")
{
    WarningRecorder recorder;
    const auto clock = std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 16), QTime(9, 0)));
    auto temp = firstRunSchool(clock);
    const auto db = temp->db;
    Student s;
    s.name = u"周宇"_s;
    const auto id = StudentRepository(db).add(s);
    REQUIRE(id);
    REQUIRE(db->write({u"lrc.step"_s, u"test"_s}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"INSERT INTO lrc_events(student_id, step, event_date, actor, reason) "
                            "VALUES (:id, 'revoked', '2020-06-30', '王老师', '毕业')"_s,
                            {{":id", *id}});
        if (!done)
            return done.error();
        return {};
    }));

    RetentionPanel panel(Session{db, clock});
    panel.resize(1366, 700);
    panel.show();
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    CHECK(panel.yearsBox()->value() == 3);
    REQUIRE(panel.table()->model()->rowCount() == 1);
    CHECK(cell(panel.table()->model(), 0, RetentionModel::NameColumn) == u"周宇"_s);
    CHECK_FALSE(panel.deleteButton()->isEnabled());
    panel.table()->selectRow(0);
    CHECK(panel.deleteButton()->isEnabled());
    saveShot(&panel, u"retention"_s);

    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            REQUIRE(box);
            CHECK(box->text().contains(u"周宇"_s));
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    panel.deleteButton()->click();
    CHECK(*StudentRepository(db).count() == 1);

    panel.table()->selectRow(0);
    answer(QMessageBox::Yes);
    panel.deleteButton()->click();
    CHECK(*StudentRepository(db).count() == 0);
    CHECK(panel.table()->model()->rowCount() == 0);
    CHECK_FALSE(panel.message()->isError());
    AuditFilter filter;
    filter.kind = u"retention.delete"_s;
    CHECK(AuditRepository(db).search(filter)->size() == 1);

    // A longer period saved from the screen.
    panel.yearsBox()->setValue(10);
    panel.saveYearsButton()->click();
    CHECK(*Retention(db).years() == 10);
}
