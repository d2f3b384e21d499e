// The audit and retention commands on an unprotected file: the actor is the
// school's current user, and no ID number reaches the terminal.
#include <catch2/catch.hpp>

#include "TestSupport.h"

#include <QFileInfo>
#include <QRegularExpression>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

struct School {
    QTemporaryDir dir;
    QString db = dir.filePath(u"school.sqlite"_s);

    School()
    {
        const auto init = test::runCli({u"init"_s, u"--no-protect"_s, u"--db"_s, db, u"--school"_s, u"星光小学"_s, u"--teacher"_s, u"马晓燕"_s,
                                        u"--semester"_s, u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s,
                                        u"2027-01-22"_s});
        INFO(init.err.toStdString());
        REQUIRE(init.exitCode == 0);
        const auto imported = test::runCli({u"import-roster"_s, test::testDataPath(u"roster_utf8.csv"_s), u"--db"_s, db});
        INFO(imported.err.toStdString());
        REQUIRE(imported.exitCode == 0);
    }
};

} // namespace

TEST_CASE("audit shows a roster import with the actor's name and no ID number")
{
    School school;
    const auto audit = test::runCli({u"audit"_s, u"--db"_s, school.db});
    INFO(audit.err.toStdString());
    REQUIRE(audit.exitCode == 0);
    const QStringList lines = audit.out.trimmed().split(u'\n');
    REQUIRE(lines.size() >= 2);
    // Most recent first: the import, then the setup.
    const QStringList import = lines.at(0).split(u'\t');
    REQUIRE(import.size() == 4);
    CHECK(import.at(1) == u"马晓燕"_s);
    CHECK(import.at(2) == u"roster.import"_s);
    CHECK(lines.last().contains(u"school.setup"_s));
    static const QRegularExpression idLike(u"[0-9]{17}[0-9Xx]"_s);
    CHECK_FALSE(idLike.match(audit.out).hasMatch());
    CHECK_FALSE(audit.out.contains(u"654002"_s));

    const auto byKind = test::runCli({u"audit"_s, u"--db"_s, school.db, u"--kind"_s, u"roster"_s});
    CHECK(byKind.out.trimmed().split(u'\n').size() == 1);
    CHECK(test::runCli({u"audit"_s, u"--db"_s, school.db, u"--by"_s, u"马晓燕"_s}).out.trimmed().split(u'\n').size() == lines.size());
    CHECK(test::runCli({u"audit"_s, u"--db"_s, school.db, u"--by"_s, u"王丽"_s}).out.trimmed().isEmpty());
    CHECK(test::runCli({u"audit"_s, u"--db"_s, school.db, u"--since"_s, u"2999-01-01"_s}).out.trimmed().isEmpty());
    const auto record = test::runCli({u"audit"_s, u"--db"_s, school.db, u"--record"_s, u"students:1"_s});
    CHECK(record.exitCode == 0);
    CHECK(record.out.contains(u"roster.import"_s));

    const QString csv = school.dir.filePath(u"trail.csv"_s);
    const auto exported = test::runCli({u"audit"_s, u"--db"_s, school.db, u"--export"_s, csv});
    CHECK(exported.exitCode == 0);
    CHECK(QFileInfo(csv).size() > 0);

    CHECK(test::runCli({u"audit"_s, u"--db"_s, school.db, u"--since"_s, u"不是日期"_s}).exitCode == 1);
    CHECK(test::runCli({u"audit"_s, u"--db"_s, school.db, u"--record"_s, u"students"_s}).exitCode == 1);
    CHECK(test::runCli({u"audit"_s}).exitCode == 2);
}

TEST_CASE("retention lists students who left and deletes one only with --confirm")
{
    School school;
    {
        auto db = Database::open(school.db, OpenMode::OpenExisting);
        REQUIRE(db);
        REQUIRE((*db)->write({u"lrc.step"_s, u"test"_s}, [](Transaction &tx) -> Result<void> {
            auto done = tx.exec(u"INSERT INTO lrc_events(student_id, step, event_date, actor, reason) "
                                "VALUES (1, 'revoked', '2019-07-01', '马晓燕', '转学')"_s);
            if (!done)
                return done.error();
            return {};
        }));
    }
    const auto list = test::runCli({u"retention"_s, u"--db"_s, school.db});
    INFO(list.err.toStdString());
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.startsWith(u"1\t张小明\t"_s));
    CHECK(list.out.contains(u"2019-07-01"_s));

    CHECK(test::runCli({u"retention"_s, u"--db"_s, school.db, u"--years"_s, u"99"_s}).exitCode == 1);
    const auto longer = test::runCli({u"retention"_s, u"--db"_s, school.db, u"--years"_s, u"30"_s});
    CHECK(longer.exitCode == 0);
    CHECK_FALSE(longer.out.contains(u"张小明"_s));
    REQUIRE(test::runCli({u"retention"_s, u"--db"_s, school.db, u"--years"_s, u"3"_s}).exitCode == 0);

    const auto unconfirmed = test::runCli({u"retention"_s, u"delete"_s, u"--db"_s, school.db, u"--student"_s, u"1"_s});
    CHECK(unconfirmed.exitCode == 1);
    CHECK(test::runCli({u"students"_s, u"--db"_s, school.db}).out.contains(u"张小明"_s));
    const auto confirmed =
        test::runCli({u"retention"_s, u"delete"_s, u"--db"_s, school.db, u"--student"_s, u"1"_s, u"--confirm"_s});
    INFO(confirmed.err.toStdString());
    CHECK(confirmed.exitCode == 0);
    CHECK_FALSE(test::runCli({u"students"_s, u"--db"_s, school.db}).out.contains(u"张小明"_s));
    const auto logged = test::runCli({u"audit"_s, u"--db"_s, school.db, u"--kind"_s, u"retention"_s});
    CHECK(logged.out.contains(u"retention.delete"_s));
    CHECK(logged.out.contains(u"retention.settings"_s));
}

TEST_CASE("on a protected file the trail names the signed-in account's person, and --by filters by person")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.sqlite"_s);
    REQUIRE(test::runCliWithInput({u"demo"_s, u"--out"_s, db}, {}).exitCode == 0);
    // The demo's 资源教师 account is 马晓燕's, its administrator 何志强's.
    const auto imported = test::runCliWithInput(
        {u"import-roster"_s, test::testDataPath(u"roster_utf8.csv"_s), u"--db"_s, db, u"--user"_s, u"resource"_s}, "demo\n");
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const auto audit = test::runCliWithInput({u"audit"_s, u"--db"_s, db, u"--user"_s, u"admin"_s, u"--kind"_s, u"roster"_s},
                                             "demo\n");
    INFO(audit.err.toStdString());
    REQUIRE(audit.exitCode == 0);
    const QStringList lines = audit.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 1);
    const QStringList import = lines.at(0).split(u'\t');
    REQUIRE(import.size() == 4);
    CHECK(import.at(1).contains(u"马晓燕"_s));
    CHECK(import.at(2) == u"roster.import"_s);
    static const QRegularExpression idLike(u"[0-9]{17}[0-9Xx]"_s);
    CHECK_FALSE(idLike.match(audit.out).hasMatch());

    const auto byOther = test::runCliWithInput(
        {u"audit"_s, u"--db"_s, db, u"--user"_s, u"admin"_s, u"--kind"_s, u"roster"_s, u"--by"_s, u"王丽"_s}, "demo\n");
    REQUIRE(byOther.exitCode == 0);
    CHECK(byOther.out.trimmed().isEmpty());
    // Without signing in, a protected file's trail is refused.
    CHECK(test::runCliWithInput({u"audit"_s, u"--db"_s, db}, {}).exitCode == 1);
}
