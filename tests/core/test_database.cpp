#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/StatementCache.h"
#include "storage/FileInspection.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <memory>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

// Writes a SQLite file by hand, outside Database, at a given schema version.
void makeRawDatabase(const QString &path, int version, quint32 appId, const QStringList &extra = {})
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        if (version > 0)
            REQUIRE(migrate(db, version));
        QSqlQuery q(db);
        REQUIRE(q.exec(u"PRAGMA application_id = %1"_s.arg(appId)));
        for (const QString &sql : extra)
            REQUIRE(q.exec(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

QStringList filesIn(const QTemporaryDir &dir)
{
    return QDir(dir.path()).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE("a new database is created at the latest schema version with our application id")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    CHECK(temp->db->schemaVersion() == latestSchemaVersion());
    CHECK(checkIntegrity(*temp->db).sound());
    const QString path = temp->db->path();
    temp->db.reset();
    const FileInspection file = inspectDatabaseFile(path);
    CHECK(file.isSqlite);
    CHECK(file.applicationId == kApplicationId);
    CHECK(int(file.userVersion) == latestSchemaVersion());
}

TEST_CASE("foreign keys are enforced and the journal is WAL")
{
    auto temp = test::makeTempDatabase();
    // "PRAGMA journal_mode" can set the mode, so the read path refuses it.
    QSqlQuery mode(temp->db->connection());
    REQUIRE(mode.exec(u"PRAGMA journal_mode"_s));
    REQUIRE(mode.next());
    CHECK(mode.value(0).toString() == u"wal"_s);
    auto bad = temp->db->write({u"test"_s, u"orphan need"_s}, [](Transaction &tx) -> Result<void> {
        auto r = tx.exec(u"INSERT INTO student_needs(student_id, category) VALUES (999, 'vision')"_s);
        if (!r)
            return r.error();
        return {};
    });
    CHECK_FALSE(bad);
}

TEST_CASE("every older schema version is upgraded, with a copy of the old file kept")
{
    for (int from = 1; from < latestSchemaVersion(); ++from) {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        makeRawDatabase(path, from, kApplicationId);
        auto db = Database::open(path, OpenMode::OpenExisting);
        REQUIRE(db);
        CHECK((*db)->schemaVersion() == latestSchemaVersion());
        CHECK(QFile::exists((*db)->upgradeBackupPath()));
    }
    // Version 0 (an empty SQLite file) is nobody's school: refused, untouched.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"empty.sqlite"_s);
    makeRawDatabase(path, 0, 0);
    const QByteArray before = test::sha256OfFile(path);
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == ErrorCode::FileUnusable);
    CHECK(test::sha256OfFile(path) == before);
}

TEST_CASE("a failing migration step is rolled back whole")
{
    QTemporaryDir dir;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fail"_s);
    db.setDatabaseName(dir.filePath(u"f.sqlite"_s));
    REQUIRE(db.open());
    QSqlQuery q(db);
    // A table the first migration wants to create already exists: step 1 fails.
    REQUIRE(q.exec(u"CREATE TABLE students (x)"_s));
    CHECK_FALSE(migrate(db));
    CHECK(readUserVersion(db) == 0);
    REQUIRE(q.exec(u"SELECT count(*) FROM sqlite_master WHERE name = 'settings'"_s));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 0);
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"fail"_s);
}

TEST_CASE("files we must not use are refused and left byte-for-byte untouched")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"data.sqlite"_s);
    ErrorCode expected = ErrorCode::FileUnusable;
    bool skip = false;

    SECTION("a text file") {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("姓名,性别\n张小明,男\n");
    }
    SECTION("a file from a newer ResourceRoom") {
        makeRawDatabase(path, latestSchemaVersion(), kApplicationId,
                        {u"PRAGMA user_version = %1"_s.arg(latestSchemaVersion() + 5)});
        expected = ErrorCode::TooNew;
    }
    SECTION("another program's SQLite file") {
        makeRawDatabase(path, 0, 0, {u"CREATE TABLE songs (title TEXT)"_s, u"INSERT INTO songs VALUES ('x')"_s});
    }
    SECTION("another program's file with its own application id") {
        makeRawDatabase(path, 0, 0x12345678, {u"CREATE TABLE t (x)"_s});
    }
    SECTION("a read-only file") {
        makeRawDatabase(path, latestSchemaVersion(), kApplicationId);
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadUser);
        // As root every file is writable, so there is nothing to refuse.
        skip = QFileInfo(path).isWritable();
    }
    if (skip) {
        WARN("file permissions are not enforced for this user; read-only case not checked");
        return;
    }
    const QByteArray before = test::sha256OfFile(path);
    const QStringList filesBefore = filesIn(dir);
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE_FALSE(db);
    CHECK(db.error().code == expected);
    CHECK_FALSE(db.error().message.isEmpty());
    CHECK(test::sha256OfFile(path) == before);
    CHECK(filesIn(dir) == filesBefore);  // no -wal, -shm or journal left behind
}

TEST_CASE("missing files and folders are reported, nothing is created")
{
    QTemporaryDir dir;
    auto missing = Database::open(dir.filePath(u"nope.sqlite"_s), OpenMode::OpenExisting);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
    auto noFolder = Database::open(dir.filePath(u"no/such/folder/x.sqlite"_s), OpenMode::CreateIfMissing);
    REQUIRE_FALSE(noFolder);
    CHECK(noFolder.error().code == ErrorCode::FileUnusable);
    CHECK(filesIn(dir).isEmpty());
    auto folder = Database::open(dir.path(), OpenMode::OpenExisting);
    CHECK_FALSE(folder);
}

TEST_CASE("one user action is one transaction: an error rolls everything back")
{
    auto temp = test::makeTempDatabase();
    int commits = 0;
    QObject::connect(temp->db.get(), &Database::written, temp->db.get(), [&](const QString &) { ++commits; });
    auto failed = temp->db->write({u"test"_s, u"two rooms"_s}, [](Transaction &tx) -> Result<void> {
        if (auto r = tx.exec(u"INSERT INTO rooms(name, type) VALUES ('A', 'other')"_s); !r)
            return r.error();
        return makeError(ErrorCode::InvalidInput, u"stop"_s);
    });
    CHECK_FALSE(failed);
    CHECK(failed.error().message == u"stop"_s);
    auto count = temp->db->exec(u"SELECT count(*) FROM rooms"_s);
    REQUIRE(count);
    REQUIRE(count->next());
    CHECK(count->value(0).toInt() == 0);
    CHECK(commits == 0);

    auto done = temp->db->write({u"test"_s, u"one room"_s}, [](Transaction &tx) -> Result<void> {
        auto id = tx.insert(u"INSERT INTO rooms(name, type) VALUES (:n, 'other')"_s, {{":n", u"个训室"_s}});
        if (!id)
            return id.error();
        return {};
    });
    CHECK(done);
    CHECK(commits == 1);
}

TEST_CASE("the integrity check reports a broken reference")
{
    auto temp = test::makeTempDatabase();
    const QString path = temp->db->path();
    CHECK(checkIntegrity(*temp->db).sound());
    temp->db.reset();
    // Another tool with foreign keys off left an orphan behind.
    makeRawDatabase(path, latestSchemaVersion(), kApplicationId,
                    {u"INSERT INTO guardians(student_id, name) VALUES (42, 'x')"_s});
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    const IntegrityReport report = checkIntegrity(**db);
    CHECK_FALSE(report.sound());
    REQUIRE(report.problems.size() == 1);
    CHECK(report.problems.first().contains(u"guardians"_s));
}

TEST_CASE("worker threads write through their own connection, closed when they end")
{
    auto temp = test::makeTempDatabase();
    const int before = QSqlDatabase::connectionNames().size();
    for (int round = 0; round < 3; ++round) {
        Result<void> outcome = makeError(ErrorCode::Storage, QString());
        std::unique_ptr<QThread> worker(QThread::create([&] {
            outcome = temp->db->write({u"test"_s, u"room from a worker"_s}, [&](Transaction &tx) -> Result<void> {
                auto id = tx.insert(u"INSERT INTO rooms(name, type) VALUES (:n, 'other')"_s,
                                    {{":n", u"功能室%1"_s.arg(round)}});
                if (!id)
                    return id.error();
                return {};
            });
        }));
        worker->start();
        worker->wait();
        CHECK(outcome);
    }
    // The main thread sees every row, and no connection outlived its thread.
    auto count = temp->db->exec(u"SELECT count(*) FROM rooms"_s);
    REQUIRE(count);
    REQUIRE(count->next());
    CHECK(count->value(0).toInt() == 3);
    CHECK(QSqlDatabase::connectionNames().size() == before);
}

TEST_CASE("the read path refuses statements that write, and keeps statements prepared")
{
    auto temp = test::makeTempDatabase();
    Database &db = *temp->db;
    auto refused = db.exec(u"DELETE FROM students"_s);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::Storage);
    CHECK_FALSE(refused.error().message.contains(u"DELETE"_s));
    CHECK(db.exec(u"INSERT INTO settings(key, value) VALUES ('x', 'y')"_s).ok() == false);

    const QString connection = db.connection().connectionName();
    const int before = cachedStatementCount(connection);
    for (int i = 0; i < 5; ++i)
        REQUIRE(readValue(db, u"SELECT count(*) FROM students"_s));
    CHECK(cachedStatementCount(connection) == before + 1);

    // The same statement while its rows are still being read: the outer rows
    // are not disturbed.
    REQUIRE(db.write({u"test"_s, u"two settings"_s}, [](Transaction &tx) -> Result<void> {
        for (const char *key : {"a", "b"})
            if (auto done = run(tx, u"INSERT INTO settings(key, value) VALUES (:k, :k)"_s, {{":k", QString::fromLatin1(key)}}); !done)
                return done;
        return {};
    }));
    const QString sql = u"SELECT key FROM settings WHERE key IN ('a', 'b') ORDER BY key"_s;
    auto outer = db.exec(sql);
    REQUIRE(outer);
    QStringList seen;
    while (outer->next()) {
        seen << outer->value(0).toString();
        auto inner = readList(db, sql, {}, [](const SqlRows &row) { return row.value(0).toString(); });
        REQUIRE(inner);
        CHECK(inner->size() == 2);
    }
    CHECK(seen == QStringList{u"a"_s, u"b"_s});
}

TEST_CASE("a read that fails is an error, never an empty list")
{
    auto temp = test::makeTempDatabase();
    auto missing = readList(*temp->db, u"SELECT id FROM no_such_table"_s, {}, [](const SqlRows &row) { return row.value(0); });
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::Storage);
    CHECK(missing.error().detail.contains(u"no_such_table"_s));
    CHECK_FALSE(missing.error().message.contains(u"no_such_table"_s));
}
