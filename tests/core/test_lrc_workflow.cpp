#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "lrc/LrcRepository.h"
#include "students/StudentRepository.h"

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
qint64 addStudent(const std::shared_ptr<Database> &db, const QString &name)
{
    Student s;
    s.name = name;
    auto id = StudentRepository(db).add(s);
    REQUIRE(id);
    return *id;
}
LrcEvent step(qint64 student, LrcStep kind, QDate date)
{
    return LrcEvent{0, student, kind, date, u"经办人"_s, u"说明"_s, 0};
}
} // namespace

TEST_CASE("the transition table allows exactly the documented steps")
{
    CHECK(allowedSteps(LrcState::None) == QList<LrcStep>{LrcStep::Applied});
    CHECK(allowedSteps(LrcState::Applied) == QList<LrcStep>{LrcStep::SchoolOpinion});
    CHECK(allowedSteps(LrcState::SchoolOpinion) == QList<LrcStep>{LrcStep::Reported});
    CHECK(allowedSteps(LrcState::Reported) == QList<LrcStep>{LrcStep::Confirmed, LrcStep::NotConfirmed});
    CHECK(allowedSteps(LrcState::Confirmed) == QList<LrcStep>{LrcStep::Revoked});
    CHECK(allowedSteps(LrcState::NotConfirmed) == QList<LrcStep>{LrcStep::Applied});
    CHECK(allowedSteps(LrcState::Revoked) == QList<LrcStep>{LrcStep::Applied});
    // Every pair not listed above is illegal.
    int legal = 0;
    for (int s = 0; s <= int(LrcState::Revoked); ++s)
        for (int k = 0; k <= int(LrcStep::Revoked); ++k)
            legal += isAllowed(LrcState(s), LrcStep(k)) ? 1 : 0;
    CHECK(legal == 8);
}

TEST_CASE("a student walks the whole workflow and the history stays")
{
    auto temp = test::makeTempDatabase();
    LrcRepository lrc(temp->db);
    const qint64 id = addStudent(temp->db, u"张小明"_s);
    CHECK(lrc.state(id) == LrcState::None);
    REQUIRE(lrc.addStep(step(id, LrcStep::Applied, QDate(2026, 9, 3))));
    REQUIRE(lrc.addStep(step(id, LrcStep::SchoolOpinion, QDate(2026, 9, 10))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Reported, QDate(2026, 9, 25))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Confirmed, QDate(2026, 10, 20))));
    CHECK(lrc.state(id) == LrcState::Confirmed);
    REQUIRE(lrc.addStep(step(id, LrcStep::Revoked, QDate(2027, 6, 30))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Applied, QDate(2027, 9, 1))));   // applies again
    const auto history = lrc.history(id);
    REQUIRE(history.size() == 6);
    CHECK(history.first().step == LrcStep::Applied);
    CHECK(history.last().date == QDate(2027, 9, 1));
    CHECK(history.at(3).actor == u"经办人"_s);
    CHECK(lrc.state(id) == LrcState::Applied);
}

TEST_CASE("illegal jumps and backdated steps are refused with a reason")
{
    auto temp = test::makeTempDatabase();
    LrcRepository lrc(temp->db);
    const qint64 id = addStudent(temp->db, u"李思雨"_s);
    auto jump = lrc.addStep(step(id, LrcStep::Confirmed, QDate(2026, 9, 3)));
    REQUIRE_FALSE(jump);
    CHECK(jump.error().code == ErrorCode::Conflict);
    CHECK_FALSE(jump.error().message.isEmpty());
    CHECK_FALSE(lrc.addStep(step(id, LrcStep::Revoked, QDate(2026, 9, 3))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Applied, QDate(2026, 9, 3))));
    CHECK_FALSE(lrc.addStep(step(id, LrcStep::Applied, QDate(2026, 9, 4))));     // twice
    CHECK_FALSE(lrc.addStep(step(id, LrcStep::Reported, QDate(2026, 9, 4))));    // skips the school
    CHECK_FALSE(lrc.addStep(step(id, LrcStep::SchoolOpinion, QDate(2026, 9, 1))));  // before the application
    CHECK_FALSE(lrc.addStep(step(id, LrcStep::SchoolOpinion, QDate())));
    CHECK(lrc.history(id).size() == 1);
}

TEST_CASE("recorded steps cannot be changed")
{
    auto temp = test::makeTempDatabase();
    const qint64 id = addStudent(temp->db, u"王浩然"_s);
    REQUIRE(LrcRepository(temp->db).addStep(step(id, LrcStep::Applied, QDate(2026, 9, 3))));
    auto edited = temp->db->write({u"test"_s, u"tamper"_s}, [](Transaction &tx) -> Result<void> {
        auto r = tx.exec(u"UPDATE lrc_events SET event_date = '2026-01-01'"_s);
        if (!r)
            return r.error();
        return {};
    });
    CHECK_FALSE(edited);
}

TEST_CASE("applications not yet reported are listed with the days left to the deadline")
{
    auto temp = test::makeTempDatabase();
    LrcRepository lrc(temp->db);
    const qint64 a = addStudent(temp->db, u"甲"_s);
    const qint64 b = addStudent(temp->db, u"乙"_s);
    const qint64 c = addStudent(temp->db, u"丙"_s);
    REQUIRE(lrc.addStep(step(a, LrcStep::Applied, QDate(2026, 9, 3))));
    REQUIRE(lrc.addStep(step(b, LrcStep::Applied, QDate(2026, 9, 5))));
    REQUIRE(lrc.addStep(step(b, LrcStep::SchoolOpinion, QDate(2026, 9, 8))));
    REQUIRE(lrc.addStep(step(c, LrcStep::Applied, QDate(2026, 9, 5))));
    REQUIRE(lrc.addStep(step(c, LrcStep::SchoolOpinion, QDate(2026, 9, 8))));
    REQUIRE(lrc.addStep(step(c, LrcStep::Reported, QDate(2026, 9, 20))));

    auto pending = lrc.pendingReports(QDate(2026, 9, 21));
    REQUIRE(pending.size() == 2);
    CHECK(pending.at(0).deadline == QDate(2026, 10, 1));
    CHECK(pending.at(0).daysLeft == 10);
    QStringList names{pending.at(0).studentName, pending.at(1).studentName};
    names.sort();
    CHECK(names == QStringList{u"乙"_s, u"甲"_s});

    // Past the deadline the days left turn negative: overdue.
    CHECK(lrc.pendingReports(QDate(2026, 10, 3)).first().daysLeft == -2);

    REQUIRE(lrc.setDeadline(9, 15));
    CHECK(lrc.deadlineMonthDay() == qMakePair(9, 15));
    CHECK(lrc.pendingReports(QDate(2026, 9, 10)).first().daysLeft == 5);
    CHECK_FALSE(lrc.setDeadline(2, 30));
}
