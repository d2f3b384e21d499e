// The CLI on a data file protected by accounts: --user and the password
// (standard input here), refusals with exit code 1, the accounts commands,
// init with protection and the recovery code.
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QString demoFile(const QTemporaryDir &dir)
{
    const QString db = dir.filePath(u"demo.sqlite"_s);
    REQUIRE(test::runCliWithInput({u"demo"_s, u"--out"_s, db}, {}).exitCode == 0);
    return db;
}

QStringList lines(const QString &out)
{
    return out.trimmed().split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("a protected file refuses the CLI without --user or with a wrong password")
{
    QTemporaryDir dir;
    const QString db = demoFile(dir);

    auto without = test::runCliWithInput({u"students"_s, u"--db"_s, db}, {});
    CHECK(without.exitCode == 1);
    CHECK(without.out.isEmpty());
    CHECK(without.err.contains(u"--user"_s));
    CHECK(without.err.contains(u"错误"_s));

    auto wrong = test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user"_s, u"resource"_s}, "not-demo\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.out.isEmpty());
    CHECK(wrong.err.contains(u"用户名或密码不正确"_s));

    auto noPassword = test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user"_s, u"resource"_s}, {});
    CHECK(noPassword.exitCode == 1);

    auto unknown = test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user"_s, u"nobody"_s}, "demo\n");
    CHECK(unknown.exitCode == 1);
    CHECK(unknown.err.contains(u"用户名或密码不正确"_s));

    // The right one works, --user anywhere on the line.
    auto right = test::runCliWithInput({u"--user"_s, u"resource"_s, u"students"_s, u"--db"_s, db}, "demo\n");
    INFO(right.err.toStdString());
    CHECK(right.exitCode == 0);
    CHECK(lines(right.out).size() == 12);
    auto after = test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user=resource"_s}, "demo\n");
    CHECK(after.exitCode == 0);
}

TEST_CASE("after three wrong passwords the CLI waits, even for the right one")
{
    QTemporaryDir dir;
    const QString db = demoFile(dir);
    const QStringList args{u"semesters"_s, u"--db"_s, db, u"--user"_s, u"viewer"_s};
    for (int i = 0; i < 3; ++i)
        CHECK(test::runCliWithInput(args, "guess\n").exitCode == 1);
    auto waiting = test::runCliWithInput(args, "demo\n");
    CHECK(waiting.exitCode == 1);
    CHECK(waiting.err.contains(u"秒"_s));
    CHECK(waiting.out.isEmpty());
    // Another account is not held up.
    CHECK(test::runCliWithInput({u"semesters"_s, u"--db"_s, db, u"--user"_s, u"admin"_s}, "demo\n").exitCode == 0);
}

TEST_CASE("accounts lists user, staff, roles and state, and never a secret")
{
    QTemporaryDir dir;
    const QString db = demoFile(dir);
    auto list = test::runCliWithInput({u"accounts"_s, u"--db"_s, db, u"--user"_s, u"admin"_s}, "demo\n");
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    const QStringList rows = lines(list.out);
    REQUIRE(rows.size() == 6);
    CHECK(rows.contains(u"resource\t马晓燕\t资源教师\t启用"_s));
    CHECK(rows.contains(u"head\t王丽\t班主任\t启用"_s));
    CHECK(rows.contains(u"admin\t何志强\t管理员\t启用"_s));
    CHECK_FALSE(list.out.contains(u"argon2"_s));
    CHECK_FALSE(list.out.contains(u"$"_s));

    // Adding one: the administrator's password, then the new account's.
    auto add = test::runCliWithInput({u"accounts"_s, u"add"_s, u"--db"_s, db, u"--user"_s, u"admin"_s, u"--staff"_s,
                                      u"李建国"_s, u"--role"_s, u"head"_s, u"--role"_s, u"查阅"_s, u"--name"_s, u"lijg"_s},
                                     "demo\nli-password\n");
    INFO(add.err.toStdString());
    REQUIRE(add.exitCode == 0);
    auto li = test::runCliWithInput({u"semesters"_s, u"--db"_s, db, u"--user"_s, u"lijg"_s}, "li-password\n");
    CHECK(li.exitCode == 0);
    // A taken name, an unknown role and a short password are refused.
    CHECK(test::runCliWithInput({u"accounts"_s, u"add"_s, u"--db"_s, db, u"--user"_s, u"admin"_s, u"--staff"_s, u"张伟"_s,
                                 u"--role"_s, u"head"_s, u"--name"_s, u"LIJG"_s},
                                "demo\nzhang-password\n")
              .exitCode == 1);
    CHECK(test::runCliWithInput({u"accounts"_s, u"add"_s, u"--db"_s, db, u"--user"_s, u"admin"_s, u"--staff"_s, u"张伟"_s,
                                 u"--role"_s, u"boss"_s},
                                "demo\nzhang-password\n")
              .exitCode == 1);
    CHECK(test::runCliWithInput({u"accounts"_s, u"add"_s, u"--db"_s, db, u"--user"_s, u"admin"_s, u"--staff"_s, u"张伟"_s,
                                 u"--role"_s, u"head"_s},
                                "demo\nshort\n")
              .exitCode == 1);
    // Only the administrator manages accounts.
    CHECK(test::runCliWithInput({u"accounts"_s, u"disable"_s, u"--db"_s, db, u"--user"_s, u"resource"_s, u"--name"_s,
                                 u"lijg"_s},
                                "demo\n")
              .exitCode == 1);
    auto disable = test::runCliWithInput({u"accounts"_s, u"disable"_s, u"--db"_s, db, u"--user"_s, u"admin"_s, u"--name"_s,
                                          u"lijg"_s},
                                         "demo\n");
    CHECK(disable.exitCode == 0);
    CHECK(test::runCliWithInput({u"semesters"_s, u"--db"_s, db, u"--user"_s, u"lijg"_s}, "li-password\n").exitCode == 1);
    auto after = test::runCliWithInput({u"accounts"_s, u"--db"_s, db, u"--user"_s, u"admin"_s}, "demo\n");
    CHECK(lines(after.out).contains(u"lijg\t李建国\t班主任、查阅\t已停用"_s));

    // Changing one's own password.
    CHECK(test::runCliWithInput({u"accounts"_s, u"password"_s, u"--db"_s, db, u"--user"_s, u"head"_s},
                                "demo\nwang-new-password\n")
              .exitCode == 0);
    CHECK(test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user"_s, u"head"_s}, "demo\n").exitCode == 1);
    CHECK(test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user"_s, u"head"_s}, "wang-new-password\n").exitCode == 0);
}

TEST_CASE("init protects the new file by default and prints the recovery code once")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"school.sqlite"_s);
    const QStringList init{u"init"_s, u"--db"_s, db, u"--school"_s, u"星光小学"_s, u"--teacher"_s, u"马晓燕"_s,
                           u"--semester"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2027-01-22"_s,
                           u"--admin"_s, u"maxy"_s};
    // No password: refused, nothing written.
    CHECK(test::runCliWithInput(init, {}).exitCode == 1);
    CHECK_FALSE(QFile::exists(db));
    CHECK(test::runCliWithInput(init, "short\n").exitCode == 1);
    CHECK_FALSE(QFile::exists(db));
    auto done = test::runCliWithInput(init, "ma-password\n");
    INFO(done.err.toStdString());
    REQUIRE(done.exitCode == 0);
    const auto code = QRegularExpression(u"([A-Z2-9]{4}(-[A-Z2-9]{4}){5})"_s).match(done.out);
    REQUIRE(code.hasMatch());

    CHECK(test::runCliWithInput({u"semesters"_s, u"--db"_s, db}, {}).exitCode == 1);
    auto list = test::runCliWithInput({u"accounts"_s, u"--db"_s, db, u"--user"_s, u"maxy"_s}, "ma-password\n");
    CHECK(lines(list.out) == QStringList{u"maxy\t马晓燕\t管理员、资源教师\t启用"_s});
    CHECK_FALSE(list.out.contains(code.captured(1)));

    // The forgotten password: the recovery code, then a new password.
    auto recover = test::runCliWithInput({u"accounts"_s, u"recover"_s, u"--db"_s, db, u"--name"_s, u"maxy"_s},
                                         code.captured(1).toUtf8() + "\nma-new-password\n");
    INFO(recover.err.toStdString());
    CHECK(recover.exitCode == 0);
    CHECK(test::runCliWithInput({u"semesters"_s, u"--db"_s, db, u"--user"_s, u"maxy"_s}, "ma-new-password\n").exitCode == 0);
    CHECK(test::runCliWithInput({u"accounts"_s, u"recover"_s, u"--db"_s, db, u"--name"_s, u"maxy"_s},
                                code.captured(1).toUtf8() + "\nma-other-password\n")
              .exitCode == 1);
}

TEST_CASE("the CLI obeys the signed-in account's roles: a 班主任 lists only their classes, a 查阅 account changes nothing")
{
    QTemporaryDir dir;
    const QString db = demoFile(dir);

    auto all = test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user"_s, u"resource"_s}, "demo\n");
    REQUIRE(all.exitCode == 0);
    const QStringList everyone = lines(all.out);

    // The demo's 班主任 王丽 leads 三年级1班 and 2班.
    auto head = test::runCliWithInput({u"students"_s, u"--db"_s, db, u"--user"_s, u"head"_s}, "demo\n");
    INFO(head.err.toStdString());
    REQUIRE(head.exitCode == 0);
    const QStringList theirs = lines(head.out);
    CHECK_FALSE(theirs.isEmpty());
    CHECK(theirs.size() < everyone.size());
    for (const QString &line : theirs) {
        CAPTURE(line.toStdString());
        CHECK(everyone.contains(line));
        CHECK(line.contains(u"三年级"_s));
    }
    int thirdGrade = 0;
    for (const QString &line : everyone)
        thirdGrade += line.contains(u"三年级"_s) ? 1 : 0;
    CHECK(theirs.size() == thirdGrade);

    // Whole areas a 班主任 may not read are refused, not listed: the timetable, every alert.
    for (const QString &command : {u"slots"_s, u"alerts"_s}) {
        auto refused = test::runCliWithInput({command, u"--db"_s, db, u"--user"_s, u"head"_s}, "demo\n");
        CAPTURE(command.toStdString());
        CHECK(refused.exitCode == 1);
        CHECK(refused.out.isEmpty());
        CHECK(refused.err.contains(u"错误"_s));
    }
    CHECK(test::runCliWithInput({u"alerts"_s, u"--db"_s, db, u"--user"_s, u"resource"_s}, "demo\n").exitCode == 0);

    // A read-only account is refused a change, in Chinese, and nothing is added.
    auto viewer = test::runCliWithInput({u"staff"_s, u"add"_s, u"--db"_s, db, u"--user"_s, u"viewer"_s,
                                         u"--name"_s, u"赵新来"_s, u"--role"_s, u"班主任"_s},
                                        "demo\n");
    CHECK(viewer.exitCode == 1);
    CHECK(viewer.err.contains(u"错误"_s));
    auto staff = test::runCliWithInput({u"staff"_s, u"--db"_s, db, u"--user"_s, u"resource"_s}, "demo\n");
    REQUIRE(staff.exitCode == 0);
    CHECK_FALSE(staff.out.contains(u"赵新来"_s));
}
