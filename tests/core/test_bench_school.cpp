// The benchmark school (resourceroom-cli bench-data): what it holds, and that
// it refuses to replace a file or to grow past its bounds.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "bench/BenchSchool.h"
#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"
#include "school/SettingsRepository.h"
#include "storage/IntegrityCheck.h"
#include "students/StudentRepository.h"
#include "training/SessionRepository.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("the benchmark school has a plan every semester and records with progress data")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    const FixedClock clock(QDate(2026, 12, 5));
    const auto counts = writeBenchSchool(path, clock, BenchSize{8, 2, true});
    REQUIRE(counts);
    CHECK(counts->students == 8);
    CHECK(counts->semesters == 3);   // 2025 autumn, 2026 spring, 2026 autumn (today's)
    CHECK(counts->assessments > 0);
    CHECK(counts->attachments == counts->assessments);

    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK(checkIntegrity(**db).sound());
    const auto semesters = SemesterRepository(*db).all();
    REQUIRE(semesters);
    REQUIRE(semesters->size() == 3);
    const auto profile = SettingsRepository(*db).profile();
    REQUIRE(profile);
    CHECK(profile->currentSemesterId == semesters->constLast().id);

    const auto students = StudentRepository(*db).summaries();
    REQUIRE(students);
    REQUIRE(students->size() == 8);
    const IepRepository ieps(*db);
    int plans = 0;
    for (const StudentSummary &s : *students) {
        const auto own = ieps.forStudent(s.id);
        REQUIRE(own);
        REQUIRE_FALSE(own->isEmpty());
        plans += int(own->size());
        // Consecutive semesters, each plan copied on from the one before.
        for (qsizetype i = 1; i < own->size(); ++i)
            CHECK(own->at(i).createdFromIepId == own->at(i - 1).id);
        for (const Iep &plan : *own) {
            const bool current = plan.semesterId == profile->currentSemesterId;
            CHECK(plan.status == (current ? IepStatus::Active : IepStatus::Archived));
            CHECK(plan.content.goals.size() == 2);
            for (const IepGoal &goal : plan.content.goals)
                for (const IepObjective &o : goal.objectives) {
                    CHECK(o.goalValue == 80.0);
                    if (!current)
                        CHECK(o.result != ProgressMark::None);
                }
        }
    }
    CHECK(plans == counts->ieps);

    // About 40 records a semester, on school days before today, signed but
    // for the last week's.
    const Semester &past = semesters->at(1);
    const auto records = SessionRepository(*db, std::make_shared<FixedClock>(clock)).between(past.start, past.end);
    REQUIRE(records);
    QHash<qint64, int> perStudent;
    for (const TrainingSession &s : *records) {
        CHECK(s.isSigned());
        CHECK(s.date < clock.today());
        ++perStudent[s.students.first().studentId];
    }
    REQUIRE_FALSE(perStudent.isEmpty());
    for (int n : std::as_const(perStudent)) {
        CHECK(n >= 30);   // two a week; a short first week or a holiday costs one
        CHECK(n <= 40);
    }
    CHECK(counts->progressPoints > counts->sessions);
}

TEST_CASE("the benchmark school never replaces a file and keeps to its bounds")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taken.sqlite"_s);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("someone's data");
    }
    const QByteArray before = test::sha256OfFile(path);
    const FixedClock clock(QDate(2026, 12, 5));
    const auto refused = writeBenchSchool(path, clock, BenchSize{5, 1, false});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Conflict);
    CHECK(test::sha256OfFile(path) == before);

    CHECK_FALSE(checkBenchSize({0, 1, false}));
    CHECK_FALSE(checkBenchSize({BenchSize::kMaxStudents + 1, 1, false}));
    CHECK_FALSE(checkBenchSize({5, 0, false}));
    CHECK_FALSE(checkBenchSize({5, BenchSize::kMaxYears + 1, false}));
    CHECK(checkBenchSize({BenchSize::kMaxStudents, BenchSize::kMaxYears, false}));
    CHECK_FALSE(QFile::exists(dir.filePath(u"never.sqlite"_s)));
}

TEST_CASE("bench-data on the command line: refusals in Chinese, then a small school")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"small.sqlite"_s);
    auto tooMany = test::runCli({u"bench-data"_s, u"--out"_s, path, u"--students"_s, u"5001"_s});
    CHECK(tooMany.exitCode == 1);
    CHECK(tooMany.err.contains(u"--students"_s));
    CHECK(tooMany.err.contains(u"5000"_s));
    CHECK(tooMany.err.startsWith(u"错误："_s));
    auto tooLong = test::runCli({u"bench-data"_s, u"--out"_s, path, u"--years"_s, u"21"_s});
    CHECK(tooLong.exitCode == 1);
    CHECK(tooLong.err.contains(u"20"_s));
    CHECK_FALSE(QFile::exists(path));

    auto made = test::runCli({u"bench-data"_s, u"--out"_s, path, u"--students"_s, u"5"_s, u"--years"_s, u"1"_s});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(u"5 名学生"_s));
    const QByteArray written = test::sha256OfFile(path);
    auto again = test::runCli({u"bench-data"_s, u"--out"_s, path, u"--students"_s, u"5"_s, u"--years"_s, u"1"_s});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(u"已存在"_s));
    CHECK(test::sha256OfFile(path) == written);
}
