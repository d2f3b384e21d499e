// A table dropped under the running program (another program, a hand "repair"):
// the roster, the export and the repositories report an error; none of them
// shows or writes an empty school. The CLI, which opens the file itself,
// refuses the tampered file in Chinese with exit 1 and writes nothing.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "archive/ArchiveCompleteness.h"
#include "common/Clock.h"
#include "roster/Roster.h"
#include "roster/RosterExport.h"
#include "storage/Database.h"
#include "students/ReviewFlagRepository.h"
#include "students/StudentRepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

// A data file with one student, open in the program.
struct OpenSchool {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    qint64 studentId = 0;
    QString path() const { return dir.filePath(u"school.sqlite"_s); }
};

std::unique_ptr<OpenSchool> openSchool()
{
    auto school = std::make_unique<OpenSchool>();
    auto opened = Database::open(school->path(), OpenMode::CreateIfMissing);
    REQUIRE(opened);
    school->db = *opened;
    Student s;
    s.name = u"张小明"_s;
    s.birthDate = QDate(2016, 5, 3);
    s.grade = 3;
    s.className = u"2班"_s;
    s.needs = {Need{NeedCategory::Intellectual, 2, {}}};
    s.guardians = {Guardian{u"张伟"_s, u"父亲"_s, u"13899001122"_s, {}, true, {}, {}}};
    const auto id = StudentRepository(school->db).add(s);
    REQUIRE(id);
    school->studentId = *id;
    REQUIRE(*StudentRepository(school->db).count() == 1);
    return school;
}

// The failure is the program's sentence; SQLite's words stay in the details.
void checkStorageError(const Error &error, const QString &table)
{
    CHECK(error.code == ErrorCode::Storage);
    CHECK(error.detail.contains(table));
    CHECK_FALSE(error.message.contains(u"no such table"_s));
    CHECK_FALSE(error.message.isEmpty());
}

// The roster, the student list and the export (both kinds) fail, naming
// `table` in the details, and no export file is left behind.
void checkRosterFails(const OpenSchool &school, const QString &table)
{
    const auto summaries = StudentRepository(school.db).summaries();
    REQUIRE_FALSE(summaries);
    checkStorageError(summaries.error(), table);
    const auto roster = loadRoster(school.db);
    REQUIRE_FALSE(roster);
    checkStorageError(roster.error(), table);
    CHECK_FALSE(rosterTable(school.db, false));
    for (const QString &name : {u"roster.xlsx"_s, u"roster.csv"_s}) {
        INFO(name.toStdString());
        const QString out = school.dir.filePath(name);
        const auto exported = exportRoster(school.db, out, true);
        REQUIRE_FALSE(exported);
        checkStorageError(exported.error(), table);
        CHECK_FALSE(QFile::exists(out));
    }
    CHECK(QDir(school.dir.path()).entryList({u"roster*"_s, u".rr-export*"_s}, QDir::Files | QDir::Dirs | QDir::Hidden).isEmpty());
}

} // namespace

TEST_CASE("a dropped students table is an error of the roster, the export and the repositories")
{
    auto school = openSchool();
    test::tamper(school->path(), {u"DROP TABLE students"_s});

    checkRosterFails(*school, u"students"_s);
    StudentRepository students(school->db);
    CHECK_FALSE(students.count());
    // Not "no such student": the read failed.
    const auto byId = students.byId(school->studentId);
    REQUIRE_FALSE(byId);
    CHECK(byId.error().code == ErrorCode::Storage);
    const auto byName = students.find(u"张小明"_s);
    REQUIRE_FALSE(byName);
    CHECK(byName.error().code == ErrorCode::Storage);
    CHECK_FALSE(StudentRepository::duplicateIndex(*school->db));
    CHECK_FALSE(archiveCompleteness(school->db, 2025));
    CHECK_FALSE(ReviewFlagRepository(school->db).pending());
}

TEST_CASE("a dropped student_needs table is an error of the roster, a student's record and the export")
{
    auto school = openSchool();
    test::tamper(school->path(), {u"DROP TABLE student_needs"_s});

    checkRosterFails(*school, u"student_needs"_s);
    // The students table itself still counts: only what reads the needs fails.
    StudentRepository students(school->db);
    CHECK(*students.count() == 1);
    const auto student = students.byId(school->studentId);
    REQUIRE_FALSE(student);
    checkStorageError(student.error(), u"student_needs"_s);
}

TEST_CASE("the CLI refuses a file with a dropped table in Chinese, exits 1 and exports nothing")
{
    for (const QString &table : {u"students"_s, u"student_needs"_s}) {
        INFO(table.toStdString());
        auto school = openSchool();
        school->db.reset();   // the program has closed the file
        const QString path = school->path();
        test::tamper(path, {u"DROP TABLE "_s + table});

        const auto listed = test::runCli({u"students"_s, u"--db"_s, path});
        CHECK(listed.exitCode == 1);
        CHECK(listed.err.startsWith(u"错误："_s));
        CHECK(listed.err.contains(table));
        CHECK(listed.out.isEmpty());

        const QString out = school->dir.filePath(u"roster.xlsx"_s);
        const auto exported = test::runCli({u"export-roster"_s, u"--db"_s, path, u"--out"_s, out});
        CHECK(exported.exitCode == 1);
        CHECK(exported.err.startsWith(u"错误："_s));
        CHECK(exported.out.isEmpty());
        CHECK_FALSE(QFile::exists(out));
    }
}
