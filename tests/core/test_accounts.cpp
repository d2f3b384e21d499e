// Accounts: Argon2id hashes, unique names, the growing delay after wrong
// passwords (by the clock, never by sleeping), disabled accounts, the
// recovery code, protection chosen at setup, the signed-in current user.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SchoolCalendar.h"
#include "common/Clock.h"
#include "school/CurrentUser.h"
#include "school/SchoolSetup.h"
#include "security/AccountRepository.h"
#include "security/PasswordHash.h"
#include "security/RecoveryCode.h"
#include "security/SignIn.h"
#include "staff/StaffRepository.h"

#include <QSqlQuery>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime kNow(QDate(2026, 10, 12), QTime(9, 0));

struct School {
    std::unique_ptr<test::TempDatabase> temp;
    std::shared_ptr<FixedClock> clock = std::make_shared<FixedClock>(kNow);
    QString recoveryCode;
    std::shared_ptr<Database> db() const { return temp->db; }
};

// A school set up with protection: 马晓燕 is the administrator (password "first-pass").
School protectedSchool()
{
    School school;
    school.temp = test::makeTempDatabase();
    REQUIRE(school.temp->db);
    school.db()->setClock(school.clock);
    const Semester semester = SchoolSetup::semesterOf(u"2026年秋季学期"_s, QDate(2026, 9, 1), QDate(2027, 1, 22));
    AccountChoice choice;
    choice.userName = u"maxy"_s;
    choice.adminPassword = "first-pass";
    auto code = SchoolSetup(school.db()).run(SchoolProfile{u"星光小学"_s, u"马晓燕"_s, {}, 0}, semester, choice);
    INFO((code ? QString() : code.error().message).toStdString());
    REQUIRE(code);
    school.recoveryCode = *code;
    return school;
}

qint64 addStaff(const std::shared_ptr<Database> &db, const QString &name, StaffRole role)
{
    auto id = StaffRepository(db).add(StaffMember::withRole(name, role));
    REQUIRE(id);
    return *id;
}

} // namespace

TEST_CASE("passwords are kept as Argon2id hashes that only the right password matches")
{
    auto hash = hashPassword("correct horse");
    REQUIRE(hash);
    CHECK(hash->startsWith(u"$argon2id$"_s));
    CHECK_FALSE(hash->contains(u"correct horse"_s));
    CHECK(passwordMatches(*hash, "correct horse"));
    CHECK_FALSE(passwordMatches(*hash, "correct hors"));
    CHECK_FALSE(passwordMatches(*hash, ""));
    CHECK_FALSE(passwordMatches(u"not a hash"_s, "correct horse"));
    auto again = hashPassword("correct horse");
    REQUIRE(again);
    CHECK(*again != *hash);   // salted
    // The demo's shared hash is the hash of its password.
    CHECK(passwordMatches(demoPasswordHash(), demoPassword()));
    CHECK_FALSE(accountPasswordProblem("short").isEmpty());
    CHECK(accountPasswordProblem("long enough").isEmpty());
}

TEST_CASE("setup with protection makes the teacher the administrator, signed in, with a recovery code")
{
    const School school = protectedSchool();
    AccountRepository accounts(school.db());
    CHECK(*accounts.isProtected());
    const auto all = accounts.all();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->first().userName == u"maxy"_s);
    CHECK(all->first().staffName == u"马晓燕"_s);
    CHECK(all->first().roles == QList<AccountRole>{AccountRole::Admin, AccountRole::ResourceTeacher});
    CHECK(school.db()->principal().userName == u"maxy"_s);
    CHECK(school.recoveryCode.size() == 29);   // 24 characters in six groups of four
    // Only hashes are stored.
    QSqlQuery q(school.db()->connection());
    REQUIRE(q.exec(u"SELECT password_hash FROM accounts UNION ALL SELECT recovery_hash FROM protection"_s));
    while (q.next()) {
        CHECK(q.value(0).toString().startsWith(u"$argon2id$"_s));
        CHECK_FALSE(q.value(0).toString().contains(u"first-pass"_s));
    }

    // Without protection nothing is protected and nobody signs in.
    auto open = test::makeTempDatabase();
    const Semester semester = SchoolSetup::semesterOf(u"2026年秋季学期"_s, QDate(2026, 9, 1), QDate(2027, 1, 22));
    AccountChoice none;
    none.protect = false;
    auto code = SchoolSetup(open->db).run(SchoolProfile{u"星光小学"_s, u"马晓燕"_s, {}, 0}, semester, none);
    INFO((code ? QString() : code.error().message + code.error().detail).toStdString());
    REQUIRE(code);
    CHECK(code->isEmpty());
    CHECK_FALSE(*AccountRepository(open->db).isProtected());
    CHECK(open->db->principal().isOpen());
    CHECK_FALSE(SignIn(open->db).signIn(u"马晓燕"_s, "anything"));

    // A short administrator's password is refused before anything is written.
    auto refused = test::makeTempDatabase();
    AccountChoice weak;
    weak.adminPassword = "abc";
    CHECK_FALSE(SchoolSetup(refused->db).run(SchoolProfile{u"星光小学"_s, u"马晓燕"_s, {}, 0}, semester, weak));
    CHECK(StaffRepository(refused->db).all()->isEmpty());
}

TEST_CASE("user names are unique whatever their case, and an account needs a serving staff member and a role")
{
    const School school = protectedSchool();
    const qint64 wang = addStaff(school.db(), u"王丽"_s, StaffRole::HeadTeacher);
    AccountRepository accounts(school.db());
    Account a;
    a.userName = u"wangli"_s;
    a.staffId = wang;
    a.roles = {AccountRole::HeadTeacher};
    REQUIRE(accounts.add(a, "wang-password"));
    a.userName = u"WangLi"_s;
    auto twice = accounts.add(a, "wang-password");
    REQUIRE_FALSE(twice);
    CHECK(twice.error().code == ErrorCode::Conflict);
    CHECK(twice.error().message.contains(u"WangLi"_s));
    a.userName = u"wang li"_s;
    CHECK_FALSE(accounts.add(a, "wang-password"));
    a.userName = u"wl2"_s;
    a.roles = {};
    CHECK_FALSE(accounts.add(a, "wang-password"));
    a.roles = {AccountRole::Viewer};
    CHECK_FALSE(accounts.add(a, "short"));
    a.staffId = 9999;
    CHECK_FALSE(accounts.add(a, "wang-password"));
    CHECK(accounts.all()->size() == 2);
}

TEST_CASE("wrong passwords bring a growing delay that the clock, not a sleep, ends")
{
    CHECK(SignIn::delayAfter(1) == 0);
    CHECK(SignIn::delayAfter(2) == 0);
    CHECK(SignIn::delayAfter(3) == 5);
    CHECK(SignIn::delayAfter(4) == 10);
    CHECK(SignIn::delayAfter(5) == 20);
    CHECK(SignIn::delayAfter(40) == 15 * 60);

    School school = protectedSchool();
    school.db()->setPrincipal(Principal::open());
    SignIn signIn(school.db());
    CHECK_FALSE(signIn.signIn(u"maxy"_s, "wrong-1"));
    CHECK_FALSE(signIn.signIn(u"maxy"_s, "wrong-2"));
    auto third = signIn.signIn(u"maxy"_s, "wrong-3");
    REQUIRE_FALSE(third);
    INFO(third.error().message.toStdString());
    CHECK(third.error().message.contains(u"5"_s));
    // Even the right password waits now.
    auto waiting = signIn.signIn(u"maxy"_s, "first-pass");
    REQUIRE_FALSE(waiting);
    CHECK(waiting.error().code == ErrorCode::Locked);
    CHECK(school.db()->principal().isOpen());
    school.clock->set(kNow.addSecs(4));
    CHECK_FALSE(signIn.signIn(u"maxy"_s, "first-pass"));
    school.clock->set(kNow.addSecs(5));
    auto fourth = signIn.signIn(u"maxy"_s, "wrong-4");
    REQUIRE_FALSE(fourth);
    const auto account = AccountRepository(school.db()).findByName(u"maxy"_s);
    REQUIRE(account);
    CHECK((*account)->failedAttempts == 4);
    CHECK((*account)->nextAttemptAt == kNow.addSecs(5 + 10));
    school.clock->set(kNow.addSecs(14));
    CHECK_FALSE(signIn.signIn(u"maxy"_s, "first-pass"));
    school.clock->set(kNow.addSecs(15));
    // Case does not matter in the user name; the right password signs in and clears the count.
    auto signedIn = signIn.signIn(u"MAXY"_s, "first-pass");
    REQUIRE(signedIn);
    CHECK(signedIn->staffName == u"马晓燕"_s);
    CHECK(school.db()->principal().accountId == signedIn->accountId);
    CHECK((*AccountRepository(school.db()).findByName(u"maxy"_s))->failedAttempts == 0);
    // A user name that does not exist is refused like a wrong password.
    auto unknown = signIn.signIn(u"nobody"_s, "first-pass");
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().message == SignIn::wrongMessage());
}

TEST_CASE("the lock asks the signed-in account's password; a disabled account cannot sign in")
{
    School school = protectedSchool();
    SignIn signIn(school.db());
    CHECK_FALSE(signIn.confirm("not-it"));
    CHECK(school.db()->principal().userName == u"maxy"_s);
    CHECK(signIn.confirm("first-pass"));

    const qint64 zhou = addStaff(school.db(), u"周敏"_s, StaffRole::ItinerantTeacher);
    AccountRepository accounts(school.db());
    Account a;
    a.userName = u"zhoumin"_s;
    a.staffId = zhou;
    a.roles = {AccountRole::Itinerant};
    auto id = accounts.add(a, "zhou-password");
    REQUIRE(id);
    REQUIRE(accounts.setDisabled(*id, true));
    auto disabled = signIn.signIn(u"zhoumin"_s, "zhou-password");
    REQUIRE_FALSE(disabled);
    CHECK(disabled.error().message.contains(u"zhoumin"_s));
    CHECK(school.db()->principal().userName == u"maxy"_s);
    // The last administrator stays.
    const auto admin = accounts.findByName(u"maxy"_s);
    CHECK_FALSE(accounts.setDisabled((*admin)->id, true));
    // Only an administrator manages accounts.
    REQUIRE(accounts.setDisabled(*id, false));
    REQUIRE(signIn.signIn(u"zhoumin"_s, "zhou-password"));
    CHECK_FALSE(accounts.setDisabled((*admin)->id, true));
    CHECK_FALSE(accounts.setPassword((*admin)->id, "taken-over!"));
    CHECK(accounts.setPassword(*id, "zhou-new-password"));   // her own
    CHECK(SignIn(school.db()).signIn(u"zhoumin"_s, "zhou-new-password"));
}

TEST_CASE("the signed-in staff member is the current user")
{
    School school = protectedSchool();
    const qint64 wang = addStaff(school.db(), u"王丽"_s, StaffRole::HeadTeacher);
    Account a;
    a.userName = u"wangli"_s;
    a.staffId = wang;
    a.roles = {AccountRole::HeadTeacher};
    REQUIRE(AccountRepository(school.db()).add(a, "wang-password"));
    CHECK(*CurrentUser(school.db()).name() == u"马晓燕"_s);
    REQUIRE(SignIn(school.db()).signIn(u"wangli"_s, "wang-password"));
    CHECK(*CurrentUser(school.db()).id() == wang);
    CHECK(*CurrentUser(school.db()).name() == u"王丽"_s);
}

TEST_CASE("the recovery code resets an administrator's password once and is replaced")
{
    School school = protectedSchool();
    school.db()->setPrincipal(Principal::open());
    RecoveryCode recovery(school.db());
    CHECK_FALSE(recovery.resetPassword(u"AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"_s, u"maxy"_s, "new-password-1"));
    CHECK_FALSE(recovery.resetPassword(school.recoveryCode, u"nobody"_s, "new-password-1"));
    // Typed in lower case and without dashes, it still is the code.
    QString typed = school.recoveryCode.toLower();
    typed.remove(u'-');
    auto next = recovery.resetPassword(typed, u"maxy"_s, "new-password-1");
    REQUIRE(next);
    CHECK(*next != school.recoveryCode);
    CHECK_FALSE(SignIn(school.db()).signIn(u"maxy"_s, "first-pass"));
    CHECK(SignIn(school.db()).signIn(u"maxy"_s, "new-password-1"));
    // Used up.
    CHECK_FALSE(recovery.resetPassword(school.recoveryCode, u"maxy"_s, "new-password-2"));
    CHECK(recovery.resetPassword(*next, u"maxy"_s, "new-password-2"));
}
