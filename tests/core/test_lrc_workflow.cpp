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
    LrcEvent e;
    e.studentId = student;
    e.step = kind;
    e.date = date;
    e.actor = u"经办人"_s;
    e.note = u"说明"_s;
    if (needsReason(kind))
        e.reason = u"经复评不符合条件"_s;
    return e;
}
// Raw SQL in its own transaction, as a careless tool would run it.
Result<void> rawWrite(const std::shared_ptr<Database> &db, const QString &sql)
{
    return db->write({u"test"_s, u"tamper"_s}, [&](Transaction &tx) -> Result<void> {
        auto r = tx.exec(sql);
        if (!r)
            return r.error();
        return {};
    });
}
// Applied → SchoolOpinion → Reported → Confirmed, a week apart from 2026-09-03.
void walkToConfirmed(LrcRepository &lrc, qint64 id)
{
    REQUIRE(lrc.addStep(step(id, LrcStep::Applied, QDate(2026, 9, 3))));
    REQUIRE(lrc.addStep(step(id, LrcStep::SchoolOpinion, QDate(2026, 9, 10))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Reported, QDate(2026, 9, 17))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Confirmed, QDate(2026, 9, 24))));
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
    CHECK(*lrc.state(id) == LrcState::None);
    REQUIRE(lrc.addStep(step(id, LrcStep::Applied, QDate(2026, 9, 3))));
    REQUIRE(lrc.addStep(step(id, LrcStep::SchoolOpinion, QDate(2026, 9, 10))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Reported, QDate(2026, 9, 25))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Confirmed, QDate(2026, 10, 20))));
    CHECK(*lrc.state(id) == LrcState::Confirmed);
    REQUIRE(lrc.addStep(step(id, LrcStep::Revoked, QDate(2027, 6, 30))));
    REQUIRE(lrc.addStep(step(id, LrcStep::Applied, QDate(2027, 9, 1))));   // applies again
    const auto history = lrc.history(id);
    REQUIRE(history->size() == 6);
    CHECK(history->first().step == LrcStep::Applied);
    CHECK(history->last().date == QDate(2027, 9, 1));
    CHECK(history->at(3).actor == u"经办人"_s);
    CHECK(*lrc.state(id) == LrcState::Applied);
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
    CHECK(lrc.history(id)->size() == 1);
}

TEST_CASE("recorded steps cannot be changed")
{
    auto temp = test::makeTempDatabase();
    const qint64 id = addStudent(temp->db, u"王浩然"_s);
    REQUIRE(LrcRepository(temp->db).addStep(step(id, LrcStep::Applied, QDate(2026, 9, 3))));
    CHECK_FALSE(rawWrite(temp->db, u"UPDATE lrc_events SET event_date = '2026-01-01'"_s));
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
    REQUIRE(pending->size() == 2);
    CHECK(pending->at(0).deadline == QDate(2026, 10, 1));
    CHECK(pending->at(0).daysLeft == 10);
    QStringList names{pending->at(0).studentName, pending->at(1).studentName};
    names.sort();
    CHECK(names == QStringList{u"乙"_s, u"甲"_s});

    // Past the deadline the days left turn negative: overdue.
    CHECK(lrc.pendingReports(QDate(2026, 10, 3))->first().daysLeft == -2);

    REQUIRE(lrc.setDeadline(9, 15));
    CHECK(*lrc.deadlineMonthDay() == qMakePair(9, 15));
    CHECK(lrc.pendingReports(QDate(2026, 9, 10))->first().daysLeft == 5);
    CHECK_FALSE(lrc.setDeadline(2, 30));
}

TEST_CASE("不予确认 and 撤销 are refused without a reason or the person who handled them")
{
    auto temp = test::makeTempDatabase();
    LrcRepository lrc(temp->db);
    const qint64 id = addStudent(temp->db, u"赵一"_s);
    walkToConfirmed(lrc, id);

    LrcEvent revoke = step(id, LrcStep::Revoked, QDate(2026, 12, 1));
    revoke.reason = u"  "_s;
    auto noReason = lrc.addStep(revoke);
    REQUIRE_FALSE(noReason);
    CHECK(noReason.error().code == ErrorCode::InvalidInput);
    CHECK(noReason.error().message.contains(lrcStepLabel(LrcStep::Revoked)));
    revoke.reason = u"家长申请转入特殊教育学校"_s;
    revoke.actor.clear();
    auto noActor = lrc.addStep(revoke);
    REQUIRE_FALSE(noActor);
    CHECK(noActor.error().message != noReason.error().message);
    CHECK(*lrc.state(id) == LrcState::Confirmed);
    CHECK(lrc.history(id)->size() == 4);

    revoke.actor = u"马晓燕"_s;
    REQUIRE(lrc.addStep(revoke));
    const LrcEvent stored = lrc.history(id)->constLast();
    CHECK(stored.reason == u"家长申请转入特殊教育学校"_s);
    CHECK(stored.actor == u"马晓燕"_s);
    CHECK(*lrc.state(id) == LrcState::Revoked);

    // 不予确认 likewise; the ordinary steps need neither.
    const qint64 other = addStudent(temp->db, u"钱二"_s);
    REQUIRE(lrc.addStep(step(other, LrcStep::Applied, QDate(2026, 9, 3))));
    REQUIRE(lrc.addStep(step(other, LrcStep::SchoolOpinion, QDate(2026, 9, 10))));
    LrcEvent plain = step(other, LrcStep::Reported, QDate(2026, 9, 17));
    plain.actor.clear();
    REQUIRE(lrc.addStep(plain));
    LrcEvent refuse = step(other, LrcStep::NotConfirmed, QDate(2026, 10, 20));
    refuse.reason.clear();
    CHECK_FALSE(lrc.addStep(refuse));
    refuse.reason = u"学习能力正常"_s;
    REQUIRE(lrc.addStep(refuse));
    CHECK(*lrc.state(other) == LrcState::NotConfirmed);
}

TEST_CASE("a mistaken step is voided by a correction; the state is recomputed and a replacement recorded")
{
    auto temp = test::makeTempDatabase();
    auto clock = std::make_shared<FixedClock>(QDate(2026, 12, 2));
    LrcRepository lrc(temp->db, clock);
    const qint64 id = addStudent(temp->db, u"孙三"_s);
    walkToConfirmed(lrc, id);
    // Revoked by mistake (the wrong child).
    auto wrong = lrc.addStep(step(id, LrcStep::Revoked, QDate(2026, 12, 1)));
    REQUIRE(wrong);
    CHECK(*lrc.state(id) == LrcState::Revoked);

    // Refused without a reason or who; nothing written.
    CHECK_FALSE(lrc.correct(*wrong, u""_s, u"马晓燕"_s));
    CHECK_FALSE(lrc.correct(*wrong, u"录错学生"_s, u" "_s));
    CHECK_FALSE(lrc.correct(424242, u"录错学生"_s, u"马晓燕"_s));
    CHECK_FALSE(lrc.history(id)->constLast().isVoid());

    // A step that later steps follow from cannot be voided first.
    const qint64 reported = lrc.history(id)->at(2).id;
    auto tooEarly = lrc.correct(reported, u"日期录错"_s, u"马晓燕"_s);
    REQUIRE_FALSE(tooEarly);
    CHECK(tooEarly.error().code == ErrorCode::Conflict);

    auto correction = lrc.correct(*wrong, u"录错学生，应为另一名学生"_s, u"马晓燕"_s);
    REQUIRE(correction);
    CHECK(*lrc.state(id) == LrcState::Confirmed);
    CHECK(lrc.allStates()->value(id) == LrcState::Confirmed);
    QList<LrcEvent> history = *lrc.history(id);
    REQUIRE(history.size() == 5);   // the voided step stays
    const LrcEvent &voided = history.constLast();
    CHECK(voided.id == *wrong);
    CHECK(voided.step == LrcStep::Revoked);
    CHECK(voided.isVoid());
    CHECK(voided.correction.reason == u"录错学生，应为另一名学生"_s);
    CHECK(voided.correction.by == u"马晓燕"_s);
    CHECK(voided.correction.on == QDate(2026, 12, 2));   // from the clock
    CHECK(standingSteps(history).size() == 4);
    // Twice is refused.
    CHECK_FALSE(lrc.correct(*wrong, u"再次"_s, u"马晓燕"_s));

    // Now the confirmation itself turns out misdated: void it and record it again, earlier.
    const qint64 confirmed = history.at(3).id;
    REQUIRE(lrc.correct(confirmed, u"确认日期录错"_s, u"马晓燕"_s));
    CHECK(*lrc.state(id) == LrcState::Reported);
    REQUIRE(lrc.addStep(step(id, LrcStep::Confirmed, QDate(2026, 9, 20))));
    CHECK(*lrc.state(id) == LrcState::Confirmed);
    history = *lrc.history(id);
    REQUIRE(history.size() == 6);   // both the original and the replacement
    CHECK(history.at(3).isVoid());
    CHECK(history.at(3).date == QDate(2026, 9, 24));
    CHECK_FALSE(history.at(5).isVoid());
    CHECK(history.at(5).date == QDate(2026, 9, 20));
}

TEST_CASE("corrections are rows of their own: neither steps nor corrections can be edited")
{
    auto temp = test::makeTempDatabase();
    LrcRepository lrc(temp->db);
    const qint64 id = addStudent(temp->db, u"李四"_s);
    auto applied = lrc.addStep(step(id, LrcStep::Applied, QDate(2026, 9, 3)));
    REQUIRE(applied);
    REQUIRE(lrc.correct(*applied, u"家长撤回申请表，重新填写"_s, u"马晓燕"_s));
    CHECK_FALSE(rawWrite(temp->db, u"UPDATE lrc_events SET note = 'x'"_s));
    CHECK_FALSE(rawWrite(temp->db, u"UPDATE lrc_corrections SET reason = 'x'"_s));
    CHECK(lrc.history(id)->constFirst().correction.reason == u"家长撤回申请表，重新填写"_s);
    CHECK(*lrc.state(id) == LrcState::None);
}
