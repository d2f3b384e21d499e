// The data file when the program is killed, when two programs write at
// once, when the disk fills up, and when its change log is damaged.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/SqlExecutor.h"
#include "storage/SqlErrors.h"
#include "storage/WalInspection.h"
#include "students/StudentRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <csignal>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QString newSchool(QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"school.sqlite"_s);
    auto db = Database::open(path, OpenMode::CreateIfMissing);
    REQUIRE(db);
    return path;
}

QStringList committedNames(const QByteArray &output)
{
    QStringList names;
    for (const QByteArray &line : output.split('\n'))
        if (line.startsWith("committed "))
            names << QString::fromUtf8(line.mid(10));
    return names;
}

int count(const Database &db, const QString &sql, const SqlParams &params = {})
{
    auto value = readValue(db, sql, params);
    REQUIRE(value);
    return value->toInt();
}

// Each committed student is there whole: the row, two guardians, one need.
void requireAllThere(const QString &path, const QStringList &names)
{
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    const IntegrityReport report = checkIntegrity(**db);
    INFO(report.problems.join(u"\n"_s).toStdString());
    REQUIRE(report.sound());
    for (const QString &name : names) {
        INFO(name.toStdString());
        REQUIRE(count(**db, u"SELECT count(*) FROM students WHERE name = :n"_s, {{":n", name}}) == 1);
    }
    // No torn transaction anywhere: every student has both guardians and its need.
    CHECK(count(**db, u"SELECT count(*) FROM students s WHERE (SELECT count(*) FROM guardians g WHERE g.student_id = s.id) <> 2"_s) == 0);
    CHECK(count(**db, u"SELECT count(*) FROM students s WHERE (SELECT count(*) FROM student_needs n WHERE n.student_id = s.id) <> 1"_s) == 0);
}

QString writerPath()
{
    return QStringLiteral(RR_TEST_WRITER_PATH);
}

} // namespace

TEST_CASE("killed at random while writing, the file keeps every commit it reported and stays sound")
{
    QTemporaryDir dir;
    const QString path = newSchool(dir);
    QStringList reported;
    int killedMidway = 0;
    constexpr int kRounds = 200;
    for (int round = 0; round < kRounds; ++round) {
        QProcess child;
        child.start(writerPath(), {path, u"写入%1号"_s.arg(round), u"1000"_s, u"lock"_s});
        REQUIRE(child.waitForStarted());
        // One round in four the kill falls while the child starts and opens
        // the file (recovering the last round's log); the others fall among
        // its transactions, before, during or between commits.
        if (round % 4 != 0) {
            QByteArray early;
            while (!early.contains("ready") && child.waitForReadyRead(10000))
                early += child.peek(child.bytesAvailable());
        }
        QThread::msleep(QRandomGenerator::global()->bounded(0, round % 4 != 0 ? 40 : 80));
        // A child that already ended has no pid (0), and kill(0) would hit this whole process group.
        if (const qint64 pid = child.processId(); pid > 0)
            ::kill(pid_t(pid), SIGKILL);
        child.waitForFinished();
        if (child.exitStatus() == QProcess::CrashExit)
            ++killedMidway;
        const QByteArray out = child.readAllStandardOutput();
        INFO(out.toStdString());
        REQUIRE_FALSE(out.contains("unopened"));
        REQUIRE_FALSE(out.contains("failed"));
        reported << committedNames(out);
        // Every tenth round the file is reopened and checked whole.
        if (round % 10 == 9)
            requireAllThere(path, reported);
    }
    requireAllThere(path, reported);
    CHECK(killedMidway > kRounds / 2);
    CHECK(reported.size() > 100);   // the kills fell among commits, not only before them
}

TEST_CASE("two programs writing at once both finish, one waiting for the other")
{
    QTemporaryDir dir;
    const QString path = newSchool(dir);
    QProcess first;
    QProcess second;
    first.start(writerPath(), {path, u"甲"_s, u"150"_s});
    second.start(writerPath(), {path, u"乙"_s, u"150"_s});
    REQUIRE(first.waitForFinished(120000));
    REQUIRE(second.waitForFinished(120000));
    const QByteArray out1 = first.readAllStandardOutput();
    const QByteArray out2 = second.readAllStandardOutput();
    INFO(out1.right(200).toStdString() << out2.right(200).toStdString());
    // Each either finished, or stopped with the Chinese busy message after the timeout.
    for (const auto &[process, out] : {std::pair{&first, out1}, std::pair{&second, out2}}) {
        if (process->exitCode() == 3)
            CHECK(QString::fromUtf8(out).contains(busyMessage()));
        else
            CHECK(process->exitCode() == 0);
        CHECK_FALSE(out.contains("SQLITE"));
        CHECK_FALSE(out.contains("locked"));
    }
    QStringList all = committedNames(out1) + committedNames(out2);
    CHECK(all.size() >= 150);
    requireAllThere(path, all);
}

TEST_CASE("a full disk refuses the change in Chinese and keeps the file as it was")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(temp->db);
    StudentRepository students(temp->db);
    Student first;
    first.name = u"张小明"_s;
    REQUIRE(students.add(first));
    // The file may not grow by a single page: as on a disk with no space left.
    QSqlQuery limit(temp->db->connection());
    REQUIRE(limit.exec(u"PRAGMA page_count"_s));
    REQUIRE(limit.next());
    const qint64 pages = limit.value(0).toLongLong();
    REQUIRE(limit.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
    Result<qint64> added = qint64(0);
    int attempts = 0;
    Student big;
    big.notes = QString(3000, u'记');
    do {
        big.name = u"李%1"_s.arg(attempts);
        added = students.add(big);
    } while (added && ++attempts < 200);
    REQUIRE_FALSE(added);
    CHECK((added.error().message.contains(u"disk is full"_s) || added.error().message.contains(u"磁盘已满"_s)));
    CHECK_FALSE(added.error().message.contains(u"SQLITE"_s));
    REQUIRE(limit.exec(u"PRAGMA max_page_count = 1073741823"_s));
    limit.finish();
    const IntegrityReport report = checkIntegrity(*temp->db);
    CHECK(report.sound());
    CHECK(count(*temp->db, u"SELECT count(*) FROM students WHERE name = :n"_s, {{":n", big.name}}) == 0);
    CHECK(count(*temp->db, u"SELECT count(*) FROM students WHERE name = '张小明'"_s) == 1);
}

TEST_CASE("a data file replaced or deleted under the open program takes no more writes")
{
    QTemporaryDir dir;
    const QString path = newSchool(dir);
    auto opened = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
    REQUIRE(opened);
    std::shared_ptr<Database> db = *opened;
    StudentRepository students(db);
    Student s;
    s.name = u"王芳"_s;
    REQUIRE(students.add(s));

    SECTION("replaced, as a sync tool or a hand restore does")
    {
        // Another copy of a school is moved over the path (a new inode).
        QTemporaryDir other;
        const QString replacement = newSchool(other);
        REQUIRE(QFile::remove(path));
        REQUIRE(QFile::copy(replacement, path));
        const QByteArray before = test::sha256OfFile(path);
        s.name = u"赵强"_s;
        auto refused = students.add(s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::FileChanged);
        CHECK((refused.error().message.contains(u"replaced"_s) || refused.error().message.contains(u"替换"_s)));
        CHECK(test::sha256OfFile(path) == before);
        CHECK(db->checkFileIdentity().error().code == ErrorCode::FileChanged);
        // A worker thread may not connect to the file that is there now.
        Result<QVariant> fromWorker = QVariant();
        QThread *worker = QThread::create([&] { fromWorker = readValue(*db, u"SELECT count(*) FROM students"_s); });
        worker->start();
        worker->wait();
        delete worker;
        REQUIRE_FALSE(fromWorker);
        CHECK(fromWorker.error().code == ErrorCode::FileChanged);
        // What the program shows still comes from the file it opened.
        CHECK(count(*db, u"SELECT count(*) FROM students WHERE name = '王芳'"_s) == 1);
        // Letting go of it, then opening the path again, gives the new file
        // alone: our old log is moved aside, never replayed into it.
        db->retireLostFile();
        CHECK(QDir(dir.path()).entryList({u"school.sqlite.lost-*-wal"_s}).size() == 1);
        auto reopened = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
        REQUIRE(reopened);
        CHECK(checkIntegrity(**reopened).sound());
        CHECK(count(**reopened, u"SELECT count(*) FROM students"_s) == 0);
    }
    SECTION("deleted")
    {
        REQUIRE(QFile::remove(path));
        s.name = u"赵强"_s;
        auto refused = students.add(s);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().code == ErrorCode::FileChanged);
        CHECK_FALSE(QFile::exists(path));
    }
}

namespace {

// A school whose last commits live only in its -wal, copied as a crash or a
// power cut would leave it.
QString schoolWithCommitsInLog(QTemporaryDir &dir, int students)
{
    QTemporaryDir live;
    const QString livePath = newSchool(live);
    auto db = Database::open(livePath, OpenMode::OpenExisting, Access::Exclusive);
    REQUIRE(db);
    QSqlQuery noCheckpoint((*db)->connection());
    REQUIRE(noCheckpoint.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
    REQUIRE(noCheckpoint.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    noCheckpoint.finish();
    StudentRepository repo(*db);
    for (int i = 0; i < students; ++i) {
        Student s;
        s.name = u"日志%1"_s.arg(i);
        REQUIRE(repo.add(s));
    }
    const QString path = dir.filePath(u"school.sqlite"_s);
    for (const QString &suffix : {QString(), u"-wal"_s})
        REQUIRE(QFile::copy(livePath + suffix, path + suffix));
    return path;
}

void flipByte(const QString &path, qint64 offset)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek(offset));
    char byte = 0;
    REQUIRE(file.getChar(&byte));
    REQUIRE(file.seek(offset));
    REQUIRE(file.putChar(char(byte ^ 0x5a)));
}

} // namespace

TEST_CASE("a damaged change log is refused, its originals kept aside, nothing deleted")
{
    QTemporaryDir dir;
    const QString path = schoolWithCommitsInLog(dir, 8);
    const WalReport sound = inspectWalOf(path);
    REQUIRE(sound.exists);
    REQUIRE_FALSE(sound.damaged);
    REQUIRE(sound.committedFrames >= 8);
    // A byte inside the second frame's page: the commits after it would be dropped.
    const qint64 frame = 24 + sound.pageSize;
    flipByte(path + u"-wal"_s, 32 + frame + 24 + 100);
    const WalReport damaged = inspectWalOf(path);
    REQUIRE(damaged.damaged);
    const QByteArray dataBefore = test::sha256OfFile(path);
    const QByteArray logBefore = test::sha256OfFile(path + u"-wal"_s);

    auto refused = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::DamagedLog);
    CHECK_FALSE(refused.error().message.contains(u"SQLite"_s));
    CHECK(test::sha256OfFile(path) == dataBefore);
    CHECK(test::sha256OfFile(path + u"-wal"_s) == logBefore);
    const QStringList kept = QDir(dir.path()).entryList({u"school.sqlite.damaged-log-*"_s}, QDir::Dirs);
    REQUIRE(kept.size() == 1);
    const QDir keptDir(dir.filePath(kept.first()));
    CHECK(test::sha256OfFile(keptDir.filePath(u"school.sqlite"_s)) == dataBefore);
    CHECK(test::sha256OfFile(keptDir.filePath(u"school.sqlite-wal"_s)) == logBefore);

    // The CLI's check says so too, and leaves the log where it is.
    const test::CliRun check = test::runCli({u"check"_s, u"--db"_s, path});
    CHECK(check.exitCode == 1);
    CHECK(check.err.contains(kept.first()));
    CHECK(test::sha256OfFile(path + u"-wal"_s) == logBefore);
    // Asked twice, the originals are kept once.
    CHECK(QDir(dir.path()).entryList({u"school.sqlite.damaged-log-*"_s}, QDir::Dirs).size() == 1);

    // Opening anyway, once the user agreed, loses only what lay beyond the damage.
    auto accepted = Database::open(path, OpenMode::OpenExisting, Access::Exclusive, DamagedLog::Accept);
    REQUIRE(accepted);
    CHECK(checkIntegrity(**accepted).sound());
}

TEST_CASE("a log cut off mid-frame, as a power cut leaves it, opens with every complete commit")
{
    QTemporaryDir dir;
    const QString path = schoolWithCommitsInLog(dir, 6);
    const WalReport whole = inspectWalOf(path);
    QFile log(path + u"-wal"_s);
    REQUIRE(log.resize(log.size() - whole.pageSize / 2));
    const WalReport torn = inspectWalOf(path);
    CHECK_FALSE(torn.damaged);
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    CHECK(checkIntegrity(**db).sound());
    CHECK(count(**db, u"SELECT count(*) FROM students WHERE name LIKE '日志%'"_s) >= 5);
}

TEST_CASE("a log whose header was changed is refused")
{
    QTemporaryDir dir;
    const QString path = schoolWithCommitsInLog(dir, 3);
    // Page size field of the log header, big-endian at offset 8.
    QFile log(path + u"-wal"_s);
    REQUIRE(log.open(QIODevice::ReadWrite));
    QByteArray header = log.read(32);
    const quint32 otherSize = qFromBigEndian<quint32>(header.constData() + 8) == 4096 ? 8192 : 4096;
    qToBigEndian<quint32>(otherSize, header.data() + 8);
    log.seek(0);
    log.write(header);
    log.close();
    CHECK(inspectWalOf(path).damaged);
}
