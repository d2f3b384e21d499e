#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/DataFileLock.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

// A lock file as QLockFile writes it: pid, application, host.
void writeLockFile(const QString &dataFile, qint64 pid, const QString &host, const QDateTime &modified)
{
    QFile file(DataFileLock::lockPathFor(dataFile));
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray::number(pid) + "\nresourceroom\n" + host.toUtf8() + '\n');
    REQUIRE(file.flush());   // or closing would write, and date the file now
    REQUIRE(file.setFileTime(modified, QFileDevice::FileModificationTime));
}

qint64 pidOfAFinishedProcess()
{
    QProcess process;
    process.start(u"true"_s, QStringList{});
    REQUIRE(process.waitForStarted());
    const qint64 pid = process.processId();
    REQUIRE(process.waitForFinished());
    return pid;
}

} // namespace

TEST_CASE("one writer per data file: a second opening is told who has it and may read only")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    const QString path = temp->path();
    {
        Student s;
        s.name = u"张小明"_s;
        REQUIRE(StudentRepository(temp->db).add(s));
    }

    auto first = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
    REQUIRE(first);
    CHECK((*first)->holdsWriterLock());
    CHECK(QFile::exists(DataFileLock::lockPathFor(path)));

    auto second = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
    REQUIRE_FALSE(second);
    CHECK(second.error().code == ErrorCode::Locked);
    INFO(second.error().message.toStdString());
    CHECK(second.error().message.contains(QSysInfo::machineHostName()));
    CHECK(second.error().message.contains(QString::number(QCoreApplication::applicationPid())));
    CHECK(second.error().message.contains(u"test.sqlite"_s));
    const auto holder = DataFileLock::holder(path);
    REQUIRE(holder);
    CHECK(holder->pid == QCoreApplication::applicationPid());
    CHECK_FALSE(holder->user.isEmpty());
    CHECK(holder->since.isValid());
    CHECK(second.error().message.contains(holder->user));

    // Two lock objects in one process exclude each other too.
    auto direct = DataFileLock::acquire(path);
    REQUIRE_FALSE(direct);
    CHECK(direct.error().code == ErrorCode::Locked);

    // Read-only: reading works, every write is refused with the reason.
    auto reader = Database::open(path, OpenMode::OpenExisting, Access::ReadOnly);
    REQUIRE(reader);
    CHECK((*reader)->isReadOnly());
    StudentRepository readOnly(*reader);
    CHECK(*readOnly.count() == 1);
    CHECK(readOnly.find(u"张小明"_s));
    Student other;
    other.name = u"李思"_s;
    auto refused = readOnly.add(other);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::ReadOnly);
    CHECK(refused.error().message == Database::readOnlyMessage());
    // Not even SQL slipped past the write path can change it.
    auto sneaky = (*reader)->exec(u"DELETE FROM students"_s);
    CHECK_FALSE(sneaky);
    CHECK(*StudentRepository(*first).count() == 1);

    // The writer still writes; once it closes, the next one takes the lock.
    CHECK(StudentRepository(*first).add(other));
    first->reset();
    CHECK_FALSE(QFile::exists(DataFileLock::lockPathFor(path)));
    auto next = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
    REQUIRE(next);
    CHECK(*StudentRepository(*next).count() == 2);
}

TEST_CASE("stale locks are taken over: a dead process, or an old lock from another computer")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"school.sqlite"_s);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    SECTION("a process of this computer that no longer runs")
    {
        writeLockFile(path, pidOfAFinishedProcess(), QSysInfo::machineHostName(), now);
        auto lock = DataFileLock::acquire(path);
        REQUIRE(lock);
        CHECK(DataFileLock::holder(path)->pid == QCoreApplication::applicationPid());
    }
    SECTION("a lock left by a dead process whose pid now belongs to a live program of the same name")
    {
        // Our own pid and name stand for the reused pid: QLockFile alone
        // would think the lock alive. Nobody holds the file's flock, so it was left behind.
        QFile file(DataFileLock::lockPathFor(path));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(QCoreApplication::applicationPid()) + '\n' + QCoreApplication::applicationName().toUtf8()
                   + '\n' + QSysInfo::machineHostName().toUtf8() + '\n');
        file.close();
        CHECK_FALSE(DataFileLock::heldByLiveProgram(path));
        auto lock = DataFileLock::acquire(path);
        REQUIRE(lock);
        // Once taken, it is held by flock, and counts as alive again.
        CHECK(DataFileLock::heldByLiveProgram(path));
        CHECK_FALSE(DataFileLock::acquire(path));
    }
    SECTION("an empty lock file nobody holds: its taker died before writing its pid")
    {
        QFile file(DataFileLock::lockPathFor(path));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.close();
        CHECK(DataFileLock::acquire(path));
    }
    SECTION("another computer's lock that was not refreshed for longer than the stale time")
    {
        writeLockFile(path, 4242, u"library-pc"_s, now.addSecs(-(DataFileLock::kStaleAfterMinutes + 5) * 60));
        CHECK(DataFileLock::acquire(path));
    }
    SECTION("another computer's fresh lock is respected and named")
    {
        writeLockFile(path, 4242, u"library-pc"_s, now.addSecs(-60));
        auto lock = DataFileLock::acquire(path);
        REQUIRE_FALSE(lock);
        CHECK(lock.error().code == ErrorCode::Locked);
        CHECK(lock.error().message.contains(u"library-pc"_s));
        CHECK(lock.error().message.contains(u"4242"_s));
    }
    SECTION("a lock we hold is kept fresh")
    {
        auto lock = DataFileLock::acquire(path);
        REQUIRE(lock);
        QFile file(DataFileLock::lockPathFor(path));
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.setFileTime(now.addSecs(-3600), QFileDevice::FileModificationTime));
        file.close();
        (*lock)->refresh();
        CHECK(QFileInfo(DataFileLock::lockPathFor(path)).lastModified().secsTo(QDateTime::currentDateTime()) < 60);
    }
}

TEST_CASE("the CLI: writing commands refuse while another program holds the lock, reading ones work")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    REQUIRE(test::runCli({u"demo"_s, u"--out"_s, db}).exitCode == 0);
    const QByteArray before = test::sha256OfFile(db);
    auto lock = DataFileLock::acquire(db);
    REQUIRE(lock);

    const QString roster = test::testDataPath(u"roster_heldout.csv"_s);
    auto import = test::runCli({u"import-roster"_s, roster, u"--db"_s, db});
    CHECK(import.exitCode == 1);
    INFO(import.err.toStdString());
    CHECK(import.err.contains(DataFileLock::heldMessage(db, DataFileLock::holder(db)).left(12)));
    CHECK(import.err.contains(QSysInfo::machineHostName()));
    CHECK(import.err.trimmed().count(u'\n') == 0);
    CHECK_FALSE(import.out.contains(u"已导入"_s));
    auto save = test::runCli({u"inspect"_s, u"--db"_s, db, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2026-09-30"_s, u"--save"_s});
    CHECK(save.exitCode == 1);
    CHECK(test::sha256OfFile(db) == before);

    auto students = test::runCli({u"students"_s, u"--db"_s, db});
    CHECK(students.exitCode == 0);
    CHECK(students.out.contains(u"张小明"_s));
    auto dry = test::runCli({u"import-roster"_s, roster, u"--db"_s, db, u"--dry-run"_s});
    CHECK(dry.exitCode == 0);

    lock->reset();
    auto after = test::runCli({u"import-roster"_s, roster, u"--db"_s, db});
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(u"已导入"_s));
}
