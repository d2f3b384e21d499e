// The data file under hostile conditions: empty and tampered files, a second
// writer, SQLite's words kept from the user, formula cells in exports, and
// files private to their owner.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "roster/RosterExport.h"
#include "storage/Database.h"
#include "storage/FileInspection.h"
#include "storage/Migrations.h"
#include "storage/SqlErrors.h"
#include "students/StudentRepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QString freshFile(QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"school.sqlite"_s);
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    REQUIRE(db);
    return path;
}

} // namespace

TEST_CASE("a zero-byte file is refused under every command and left as it is")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"zero.sqlite"_s);
    { QFile f(path); REQUIRE(f.open(QIODevice::WriteOnly)); }
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::FileUnusable);
    for (const QString &command : {u"check"_s, u"students"_s, u"semesters"_s}) {
        const auto run = test::runCli({command, u"--db"_s, path});
        CHECK(run.exitCode == 1);
        CHECK(run.err.contains(u"0"_s));
        CHECK_FALSE(run.out.contains(u"正常"_s));
    }
    CHECK(QFileInfo(path).size() == 0);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{u"zero.sqlite"_s});
}

TEST_CASE("a file whose schema was changed by hand is refused, naming what differs")
{
    struct Case {
        const char *what;
        QString statement;
        QString named;
    };
    const QList<Case> cases{
        {"a foreign trigger that wipes guardians",
         u"CREATE TRIGGER wipe AFTER INSERT ON students BEGIN DELETE FROM guardians; END"_s, u"wipe"_s},
        {"a dropped sign-off trigger", u"DROP TRIGGER lrc_events_no_update"_s, u"lrc_events_no_update"_s},
        {"a dropped table", u"DROP TABLE guardians"_s, u"guardians"_s},
        {"a changed table", u"ALTER TABLE students ADD COLUMN secret TEXT"_s, u"students"_s},
        {"a dropped index", u"DROP INDEX guardians_student"_s, u"guardians_student"_s},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        QTemporaryDir dir;
        const QString path = freshFile(dir);
        test::tamper(path, {c.statement});
        const QByteArray before = test::sha256OfFile(path);
        auto db = Database::open(path, OpenMode::OpenExisting);
        REQUIRE_FALSE(db);
        CHECK(db.error().code == ErrorCode::FileUnusable);
        CHECK(db.error().message.contains(c.named));
        CHECK(test::sha256OfFile(path) == before);
        const auto check = test::runCli({u"check"_s, u"--db"_s, path});
        CHECK(check.exitCode == 1);
        CHECK(check.err.contains(c.named));
        CHECK_FALSE(check.out.contains(u"正常"_s));
        CHECK(test::sha256OfFile(path) == before);
    }
}

TEST_CASE("an untouched file passes the schema comparison at every older version too")
{
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        INFO("version " << version);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"v.sqlite"_s);
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(path);
            REQUIRE(raw.open());
            REQUIRE(migrate(raw, version));
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
        auto db = Database::open(path, OpenMode::OpenExisting);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == latestSchemaVersion());
    }
}

TEST_CASE("a second writer waits, then reads a Chinese busy message, not SQLite's")
{
    QTemporaryDir dir;
    const QString path = freshFile(dir);
    auto first = Database::open(path, OpenMode::OpenExisting);
    auto second = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(first);
    REQUIRE(second);
    Result<void> inner;
    auto outer = (*first)->write({u"test.hold"_s, u"hold the write lock"_s}, [&](Transaction &tx) -> Result<void> {
        if (auto held = tx.exec(u"INSERT INTO settings(key, value) VALUES ('held', '1')"_s); !held)
            return held.error();
        // The first action holds the lock: the second waits out the busy timeout.
        inner = (*second)->write({u"test.wait"_s, u"second writer"_s}, [](Transaction &tx2) -> Result<void> {
            auto done = tx2.exec(u"INSERT INTO settings(key, value) VALUES ('second', '1')"_s);
            return done ? Result<void>() : Result<void>(done.error());
        });
        return {};
    });
    REQUIRE(outer);
    REQUIRE_FALSE(inner);
    CHECK(inner.error().message == busyMessage());
    CHECK_FALSE(inner.error().message.contains(u"locked"_s));
    CHECK(inner.error().detail.contains(u"SQLite"_s));
    // Once the first has committed, the second succeeds.
    auto again = (*second)->write({u"test.again"_s, u"second writer again"_s}, [](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"INSERT INTO settings(key, value) VALUES ('second', '1')"_s);
        return done ? Result<void>() : Result<void>(done.error());
    });
    CHECK(again);
}

TEST_CASE("SQLite's own text stays in the details; the message is the program's")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    // A raw change that a trigger refuses (the LRC history is append-only).
    auto added = temp->db->write({u"test.student"_s, u"student"_s}, [](Transaction &tx) -> Result<void> {
        if (auto s = tx.exec(u"INSERT INTO students(id, name) VALUES (1, '张三')"_s); !s)
            return s.error();
        auto e = tx.exec(u"INSERT INTO lrc_events(student_id, step, event_date) VALUES (1, 'applied', '2026-09-01')"_s);
        return e ? Result<void>() : Result<void>(e.error());
    });
    REQUIRE(added);
    auto changed = temp->db->write({u"test.raw"_s, u"raw update"_s}, [](Transaction &tx) -> Result<void> {
        auto u = tx.exec(u"UPDATE lrc_events SET note = 'x'"_s);
        return u ? Result<void>() : Result<void>(u.error());
    });
    REQUIRE_FALSE(changed);
    CHECK(changed.error().code == ErrorCode::Conflict);
    CHECK_FALSE(changed.error().message.contains(u"LRC workflow steps"_s));
    CHECK(changed.error().detail.contains(u"LRC workflow steps cannot be changed"_s));
    // A statement SQLite cannot even prepare.
    auto broken = temp->db->exec(u"SELECT nonsense FROM nowhere"_s);
    REQUIRE_FALSE(broken);
    CHECK_FALSE(broken.error().message.contains(u"no such table"_s));
    CHECK(broken.error().detail.contains(u"no such table"_s));
}

TEST_CASE("CSV export neutralises cells that a spreadsheet would run as formulas")
{
    QTemporaryDir dir;
    const QString out = dir.filePath(u"roster.csv"_s);
    RosterTable table;
    table.headers = {u"姓名"_s, u"班级"_s, u"备注"_s};
    table.rows = {{u"=HYPERLINK(\"http://x\",\"点我\")"_s, u"+1"_s, u"@SUM(A1)"_s},
                  {u"-2+3"_s, u"\t制表"_s, u"张小明"_s}};
    REQUIRE(writeRosterTable(table, out));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(u"\"'=HYPERLINK(\"\"http://x\"\",\"\"点我\"\")\""_s));
    CHECK(text.contains(u"'+1"_s));
    CHECK(text.contains(u"'@SUM(A1)"_s));
    CHECK(text.contains(u"'-2+3"_s));
    CHECK(text.contains(u"'\t制表"_s));
    CHECK(text.contains(u",张小明"_s));
    const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
    for (const QString &line : lines.mid(1))
        for (const QString &cell : line.split(u','))
            CHECK_FALSE(QStringLiteral("=+-@").contains(cell.isEmpty() ? u' ' : cell.front()));
}

#ifdef Q_OS_UNIX
TEST_CASE("files the program writes are private to their owner")
{
    QTemporaryDir dir;
    const QString demo = dir.filePath(u"demo.sqlite"_s);
    REQUIRE(test::runCli({u"demo"_s, u"--out"_s, demo}).exitCode == 0);
    const auto privateOnly = [](const QString &path) {
        const QFileDevice::Permissions p = QFileInfo(path).permissions();
        return !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
    };
    CHECK(privateOnly(demo));
    const QString csv = dir.filePath(u"roster.csv"_s);
    REQUIRE(test::runCli({u"export-roster"_s, u"--db"_s, demo, u"--out"_s, csv, u"--with-sensitive"_s}).exitCode == 0);
    CHECK(privateOnly(csv));
    const QString xlsx = dir.filePath(u"roster.xlsx"_s);
    REQUIRE(test::runCli({u"export-roster"_s, u"--db"_s, demo, u"--out"_s, xlsx}).exitCode == 0);
    CHECK(privateOnly(xlsx));
    const QString pdf = dir.filePath(u"info.pdf"_s);
    REQUIRE(test::runCli({u"print"_s, u"student-info"_s, u"--db"_s, demo, u"--student"_s, u"1"_s, u"--out"_s, pdf}).exitCode == 0);
    CHECK(privateOnly(pdf));
}
#endif
