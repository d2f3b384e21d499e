#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "archive/ArchiveCompleteness.h"
#include "calendar/SemesterRepository.h"
#include "lrc/LrcRepository.h"
#include "demo/DemoSchool.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "storage/IntegrityCheck.h"
#include "students/StudentRepository.h"

#include <QSet>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("the demo school is a living school around today")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    const FixedClock clock(QDate(2026, 11, 22));
    REQUIRE(writeDemoSchool(path, clock));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK(checkIntegrity(**db).sound());

    const SchoolProfile profile = SettingsRepository(*db).profile();
    CHECK(profile.isComplete());
    const auto current = SemesterRepository(*db).byId(profile.currentSemesterId);
    REQUIRE(current);
    CHECK(current->contains(clock.today()));
    CHECK(SemesterRepository(*db).all().size() == 2);

    StudentRepository students(*db);
    const auto list = students.summaries();
    CHECK(list.size() >= 8);
    CHECK(list.size() <= 12);
    QSet<NeedCategory> categories;
    QSet<QString> ethnicities;
    for (const StudentSummary &summary : list) {
        const Student s = *students.byId(summary.id);
        CHECK(isValidCitizenId(s.idNumber));
        CHECK(citizenIdBirthDate(s.idNumber) == s.birthDate);
        CHECK(citizenIdGender(s.idNumber) == s.gender);
        CHECK(s.headTeacherId > 0);
        CHECK_FALSE(s.guardians.isEmpty());
        REQUIRE_FALSE(s.needs.isEmpty());
        if (!s.certificateNumber.isEmpty()) {
            CHECK(s.certificateNumber.left(18) == s.idNumber);
            CHECK(s.certificateNumber.mid(18, 1).toInt() == certificateDigit(s.needs.first().category));
        }
        for (const Need &n : s.needs)
            categories.insert(n.category);
        ethnicities.insert(s.ethnicity);
    }
    CHECK(categories.size() >= 8);
    CHECK(ethnicities.contains(u"维吾尔族"_s));
    CHECK(ethnicities.contains(u"哈萨克族"_s));
    CHECK(StaffRepository(*db).all().size() >= 8);

    // A student in every workflow state, some still due to be reported.
    const QHash<qint64, LrcState> states = LrcRepository(*db).allStates();
    QSet<LrcState> seen(states.cbegin(), states.cend());
    for (LrcState state : {LrcState::Applied, LrcState::SchoolOpinion, LrcState::Reported, LrcState::Confirmed,
                           LrcState::NotConfirmed, LrcState::Revoked})
        CHECK(seen.contains(state));
    CHECK(LrcRepository(*db).pendingReports(clock.today()).size() == 2);

    // The archive is partly complete: some items there, none complete for all.
    int satisfied = 0;
    for (const StudentArchiveStatus &status : archiveCompleteness(*db, current->schoolYear))
        satisfied += status.satisfiedCount();
    CHECK(satisfied > int(list.size()) * 2);
    CHECK(satisfied < int(list.size()) * 10 / 2);
    CHECK(RoomRepository(*db).all().size() >= 3);
}

TEST_CASE("the demo school never overwrites a file")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taken.sqlite"_s);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    const QByteArray before = test::sha256OfFile(path);
    CHECK_FALSE(writeDemoSchool(path, FixedClock(QDate(2026, 11, 22))));
    CHECK(test::sha256OfFile(path) == before);
}

TEST_CASE("a temporary demo school is fresh each time")
{
    auto first = temporaryDemoSchool(FixedClock(QDate(2027, 4, 1)));
    REQUIRE(first);
    auto db = Database::open(*first, OpenMode::OpenExisting);
    REQUIRE(db);
    const auto current = SemesterRepository(*db).byId(SettingsRepository(*db).profile().currentSemesterId);
    REQUIRE(current);
    CHECK(current->kind == SemesterKind::Spring);
}
