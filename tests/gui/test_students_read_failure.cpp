// The students page on a data file whose table was dropped under it: the
// failure is told on the page and the count is not "共 0 名学生".
#include "TestSupport.h"
#include "WarningRecorder.h"

#include "common/MessageLabel.h"
#include "demo/DemoSchool.h"
#include "roster/Roster.h"
#include "students/ReviewPanel.h"
#include "students/StudentListModel.h"
#include "students/StudentsPage.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>

using namespace rr;
using rr::test::WarningRecorder;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("the students page shows a roster that could not be read as an error, not as an empty school",
          "[gui][students]")
{
    for (const QString &table : {u"students"_s, u"student_needs"_s}) {
        INFO(table.toStdString());
        WarningRecorder recorder;
        const auto clock = std::make_shared<FixedClock>(QDate(2026, 3, 16));
        const auto path = temporaryDemoSchool(*clock);
        REQUIRE(path);
        auto db = Database::open(*path, OpenMode::OpenExisting);
        REQUIRE(db);
        StudentsPage page(Session{*db, clock});
        auto *subtitle = page.findChild<QLabel *>(u"pageSubtitle"_s);
        auto *message = page.findChild<MessageLabel *>(u"rosterMessage"_s);
        REQUIRE(subtitle);
        REQUIRE(message);
        const int students = page.model()->rowCount();
        REQUIRE(students > 0);
        CHECK(subtitle->text() == StudentsPage::tr("%n student(s)", "", students));
        CHECK(subtitle->text().contains(QString::number(students)));

        // Another program drops the table while the page is open; the next
        // write of this program makes every view reload.
        test::tamper(*path, {u"DROP TABLE "_s + table});
        emit (*db)->written(u"settings.set"_s);

        const auto failed = loadRoster(*db);
        REQUIRE_FALSE(failed);
        CHECK(message->isError());
        CHECK(message->text() == failed.error().message);
        CHECK(page.model()->rowCount() == 0);
        CHECK_FALSE(page.table()->isEnabled());
        CHECK(subtitle->text() == StudentsPage::tr("The students could not be read."));
        CHECK(subtitle->text() != StudentsPage::tr("%n student(s)", "", 0));
        if (table == u"students"_s) {   // the 待核对 list joins the students: no count of it either
            CHECK(page.reviewPanel()->openCount() < 0);
            CHECK(page.views()->tabText(page.views()->indexOf(page.reviewPanel())) == StudentsPage::tr("To check"));
        }
        CHECK_NO_WARNINGS(recorder);
    }
}
