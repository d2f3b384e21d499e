// Backups of a real data file and restores from them: same rows and
// attachment bytes after a round trip, encryption that hides the data,
// damaged backups refused, restores all or nothing, rotation, private files.
#include "BackupTestSupport.h"
#include "TestSupport.h"

#include "backup/BackupFile.h"
#include "backup/BackupFolder.h"
#include "backup/BackupPolicy.h"
#include "backup/BackupRestore.h"
#include "backup/BackupRotation.h"
#include "backup/BackupWriter.h"
#include "backup/OnlineBackup.h"
#include "storage/DataFileLock.h"
#include "storage/Database.h"
#include "storage/FileInspection.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kPassword = "资源教室2026备份";

struct School {
    QTemporaryDir dir;
    QString path = dir.filePath(u"school.sqlite"_s);
    std::shared_ptr<Database> db;
    FixedClock clock{QDateTime(test::kBackupToday, QTime(16, 30))};
    School(qint64 extraBytes = 3 * 1024 * 1024)
    {
        test::writeDemoWithAttachment(path, extraBytes);
        auto opened = Database::open(path, OpenMode::OpenExisting, Access::Exclusive);
        REQUIRE(opened);
        db = *opened;
    }
    // Rows as they are on disk: the GUI's connection must be closed for a
    // byte comparison, not for a row comparison.
    QStringList rows() const { return test::tableRows(path); }
};

BackupFile openBackup(const QString &path, const QByteArray &password = {})
{
    auto opened = BackupFile::open(path, password);
    REQUIRE(opened);
    return *opened;
}

// Raw write through a connection of its own: another program saving while
// a backup runs. No Catch macros: it also runs on the backup's thread.
bool saveMarkerBehindTheBackup(const QString &path, const QString &marker)
{
    static QAtomicInt counter;
    const QString connection = u"behind-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool saved = false;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        other.setDatabaseName(path);
        if (other.open()) {
            QSqlQuery q(other);
            saved = q.exec(u"PRAGMA busy_timeout = 5000"_s)
                && q.exec(u"INSERT INTO settings(key, value) VALUES ('test.marker', '%1')"_s.arg(marker));
        }
        other.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return saved;
}

int permissionsOf(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 0777);
#else
    Q_UNUSED(path);
    return 0600;
#endif
}

} // namespace

TEST_CASE("a backup restored into a fresh file holds the same rows and attachment bytes", "[backup]")
{
    School school;
    const QStringList before = school.rows();
    REQUIRE(before.size() > 500);
    REQUIRE(std::any_of(before.cbegin(), before.cend(), [](const QString &row) { return row.startsWith(u"attachment_data|"_s); }));

    for (const QByteArray &password : {QByteArray(), kPassword}) {
        DYNAMIC_SECTION((password.isEmpty() ? "plain" : "encrypted")) {
            const QString backupPath = school.dir.filePath(password.isEmpty() ? u"b.sqlite"_s : u"b.rrbackup"_s);
            QElapsedTimer timer;
            timer.start();
            auto made = writeBackup(*school.db, backupPath, password, school.clock);
            REQUIRE(made);
            WARN((password.isEmpty() ? "plain" : "encrypted") << " backup of " << QFileInfo(school.path).size() / 1024
                                                              << " KiB took " << timer.elapsed() << " ms");
            CHECK(made->contents.students == 12);
            CHECK(made->contents.attachments >= 8);
            CHECK(made->contents.schoolName == u"阳光实验小学（演示）"_s);
            CHECK(made->contents.madeAt == school.clock.now());
            CHECK(made->contents.dataVersion == latestSchemaVersion());
            CHECK_FALSE(QFileInfo::exists(backupPath + u"-journal"_s));
            CHECK_FALSE(QFileInfo::exists(backupPath + u"-wal"_s));

            const QString fresh = school.dir.filePath(u"fresh.sqlite"_s);
            QFile::remove(fresh);
            const BackupFile backup = openBackup(backupPath, password);
            CHECK(backup.contents().students == 12);
            CHECK(backup.contents().encrypted == !password.isEmpty());
            auto restored = restoreBackup(backup, fresh, school.clock);
            REQUIRE(restored);
            CHECK(restored->safetyCopy.isEmpty());   // nothing was there to keep
            CHECK(test::tableRows(fresh) == before);

            // The restored file is a data file the program opens as any other.
            auto reopened = Database::open(fresh, OpenMode::OpenExisting);
            REQUIRE(reopened);
        }
    }
}

TEST_CASE("a backup of the file the GUI holds is one consistent moment while another connection saves", "[backup]")
{
    School school(6 * 1024 * 1024);   // many steps of the backup API
    REQUIRE(school.db->holdsWriterLock());
    const QString backupPath = school.dir.filePath(u"during.sqlite"_s);
    std::optional<Result<BackupMade>> made;
    int steps = 0;
    bool savedMidway = false;
    // The backup runs on a worker thread (as the GUI's does) through that
    // thread's connection; halfway through, another connection commits.
    std::unique_ptr<QThread> worker(QThread::create([&] {
        made = writeBackup(*school.db, backupPath, {}, school.clock, [&](int done, int total) {
            if (++steps == 3)
                savedMidway = saveMarkerBehindTheBackup(school.path, u"半途加入"_s);
            Q_UNUSED(done);
            Q_UNUSED(total);
            return true;
        });
    }));
    worker->start();
    REQUIRE(worker->wait(60000));
    REQUIRE(made);
    REQUIRE(made->ok());
    CHECK(steps > 3);
    CHECK(savedMidway);
    const QStringList copy = test::tableRows(backupPath);
    CHECK_FALSE(copy.join(u'\n').contains(u"半途加入"_s));   // committed after the copy's moment
    CHECK(school.rows().join(u'\n').contains(u"半途加入"_s));
    CHECK(verifyBackup(openBackup(backupPath)));
}

TEST_CASE("an encrypted backup cannot be read without its password", "[backup]")
{
    School school(0);
    const QString plainPath = school.dir.filePath(u"plain.sqlite"_s);
    const QString encryptedPath = school.dir.filePath(u"secret.rrbackup"_s);
    REQUIRE(writeBackup(*school.db, plainPath, {}, school.clock));
    REQUIRE(writeBackup(*school.db, encryptedPath, kPassword, school.clock));
    // The test would notice a leak: the plain backup has the names in clear.
    CHECK(test::fileBytes(plainPath).contains(u"张小明"_s.toUtf8()));
    const QByteArray secret = test::fileBytes(encryptedPath);
    for (const QString &known : {u"张小明"_s, u"阳光实验小学"_s, u"买买提"_s})
        CHECK_FALSE(secret.contains(known.toUtf8()));

    auto noPassword = BackupFile::open(encryptedPath);
    REQUIRE_FALSE(noPassword);
    CHECK(noPassword.error().message == BackupFile::passwordNeededMessage());
    auto wrong = BackupFile::open(encryptedPath, "资源教室2026备忘");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message.contains(u"密码不正确"_s));
    const QByteArray before = test::fileBytes(school.path);
    school.db.reset();   // the GUI closed it: now a byte comparison holds
    const QByteArray closed = test::fileBytes(school.path);
    CHECK_FALSE(BackupFile::open(encryptedPath, "wrong password"));
    CHECK(test::fileBytes(school.path) == closed);
    Q_UNUSED(before);
}

TEST_CASE("a truncated or bit-flipped backup is refused, and restoring it leaves the target untouched", "[backup]")
{
    School school;
    const QString plainPath = school.dir.filePath(u"plain.sqlite"_s);
    const QString encryptedPath = school.dir.filePath(u"secret.rrbackup"_s);
    REQUIRE(writeBackup(*school.db, plainPath, {}, school.clock));
    REQUIRE(writeBackup(*school.db, encryptedPath, kPassword, school.clock));
    school.db.reset();
    const QByteArray target = test::fileBytes(school.path);
    const QStringList filesBefore = test::filesIn(school.dir.path());

    const auto refusedAndUntouched = [&](const QString &backupPath, const QByteArray &password) {
        auto opened = BackupFile::open(backupPath, password);
        if (opened) {
            CHECK_FALSE(verifyBackup(*opened));
            auto restored = restoreBackup(*opened, school.path, school.clock);
            REQUIRE_FALSE(restored);
            CHECK_FALSE(restored.error().message.isEmpty());
        }
        CHECK(test::fileBytes(school.path) == target);
        QStringList after = test::filesIn(school.dir.path());
        after.removeAll(QFileInfo(backupPath).fileName());
        QStringList expected = filesBefore;
        expected.removeAll(QFileInfo(backupPath).fileName());
        CHECK(after == expected);   // no candidate file left behind
    };

    SECTION("encrypted, cut in the middle")
    {
        const QString cut = school.dir.filePath(u"cut.rrbackup"_s);
        test::writeBytes(cut, test::fileBytes(encryptedPath).left(QFileInfo(encryptedPath).size() / 2));
        auto opened = BackupFile::open(cut, kPassword);   // the summary is at the start: still readable
        REQUIRE(opened);
        auto restored = restoreBackup(*opened, school.path, school.clock);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().message.contains(u"不完整"_s));
        refusedAndUntouched(cut, kPassword);
    }
    SECTION("encrypted, one bit flipped in the data")
    {
        QByteArray bytes = test::fileBytes(encryptedPath);
        bytes[bytes.size() * 2 / 3] = char(bytes[bytes.size() * 2 / 3] ^ 0x10);
        const QString flipped = school.dir.filePath(u"flipped.rrbackup"_s);
        test::writeBytes(flipped, bytes);
        auto restored = restoreBackup(openBackup(flipped, kPassword), school.path, school.clock);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().message.contains(u"损坏"_s));
        refusedAndUntouched(flipped, kPassword);
    }
    SECTION("plain, cut in the middle")
    {
        const QString cut = school.dir.filePath(u"cut.sqlite"_s);
        test::writeBytes(cut, test::fileBytes(plainPath).left(QFileInfo(plainPath).size() / 2));
        refusedAndUntouched(cut, {});
    }
    SECTION("plain, a page of the students table damaged")
    {
        QByteArray bytes = test::fileBytes(plainPath);
        // Page 2 onwards are b-tree pages: a nonsense page type is damage SQLite sees.
        const int pageSize = (quint8(bytes[16]) << 8) | quint8(bytes[17]);
        for (int page = 1; page < 6; ++page)
            bytes[qsizetype(page) * pageSize] = char(0x7f);
        const QString flipped = school.dir.filePath(u"flipped.sqlite"_s);
        test::writeBytes(flipped, bytes);
        refusedAndUntouched(flipped, {});
    }
    SECTION("plain, with a trigger another program added")
    {
        const QString foreign = school.dir.filePath(u"foreign.sqlite"_s);
        QFile::copy(plainPath, foreign);
        test::changeFile(foreign, [](QSqlDatabase &raw) {
            REQUIRE(QSqlQuery(raw).exec(u"CREATE TRIGGER wipe AFTER INSERT ON students BEGIN DELETE FROM guardians; END"_s));
        });
        auto opened = BackupFile::open(foreign);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(u"未通过检查"_s));
        CHECK(opened.error().message.contains(u"wipe"_s));
        refusedAndUntouched(foreign, {});
    }
    SECTION("plain, in WAL mode: checked without a -shm or -wal appearing beside it")
    {
        const QString wal = school.dir.filePath(u"wal.sqlite"_s);
        QFile::copy(plainPath, wal);
        test::changeFile(wal, [](QSqlDatabase &raw) { REQUIRE(QSqlQuery(raw).exec(u"PRAGMA journal_mode = WAL"_s)); });
        const QByteArray bytes = test::fileBytes(wal);
        const QStringList before = test::filesIn(school.dir.path());
        CHECK(verifyBackup(openBackup(wal)));
        CHECK(test::filesIn(school.dir.path()) == before);
        CHECK(test::fileBytes(wal) == bytes);
    }
    SECTION("plain, with unfinished changes in a -wal beside it")
    {
        const QString inUse = school.dir.filePath(u"in-use.sqlite"_s);
        QFile::copy(plainPath, inUse);
        test::writeBytes(inUse + u"-wal"_s, QByteArray(4096, 'w'));
        const QByteArray wal = test::fileBytes(inUse + u"-wal"_s);
        auto opened = BackupFile::open(inUse);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(u"in-use.sqlite-wal"_s));
        CHECK(test::fileBytes(inUse + u"-wal"_s) == wal);
        CHECK_FALSE(QFileInfo::exists(inUse + u"-shm"_s));
        CHECK(test::fileBytes(school.path) == target);
    }
    SECTION("not a backup at all")
    {
        const QString text = school.dir.filePath(u"notes.sqlite"_s);
        test::writeBytes(text, "这不是备份");
        auto opened = BackupFile::open(text);
        REQUIRE_FALSE(opened);
        CHECK(opened.error().message.contains(u"不是资源教室管理系统的备份"_s));
        CHECK(test::fileBytes(school.path) == target);
    }
}

TEST_CASE("a restore is all or nothing: cancelled midway, newer, or locked, the target stays byte for byte", "[backup]")
{
    School school;
    const QString encryptedPath = school.dir.filePath(u"secret.rrbackup"_s);
    const QString plainPath = school.dir.filePath(u"plain.sqlite"_s);
    REQUIRE(writeBackup(*school.db, encryptedPath, kPassword, school.clock));
    REQUIRE(writeBackup(*school.db, plainPath, {}, school.clock));
    // Something changes after the backups, so a restore would be visible.
    REQUIRE(saveMarkerBehindTheBackup(school.path, u"备份之后"_s));
    school.db.reset();
    const QByteArray target = test::fileBytes(school.path);
    const QStringList filesBefore = test::filesIn(school.dir.path());

    SECTION("cancelled halfway through writing the candidate")
    {
        int calls = 0;
        auto restored = restoreBackup(openBackup(encryptedPath, kPassword), school.path, school.clock, [&](int done, int total) {
            ++calls;
            return done < total / 2;
        });
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == ErrorCode::Cancelled);
        CHECK(calls > 1);
    }
    SECTION("prepared and then dropped (the GUI's cancel at the confirmation)")
    {
        auto prepared = prepareRestore(openBackup(plainPath), school.path);
        REQUIRE(prepared);
        CHECK(QFileInfo::exists((*prepared)->candidate()));
        CHECK(permissionsOf((*prepared)->candidate()) == 0600);
    }
    SECTION("another program holds the target's writer lock")
    {
        auto prepared = prepareRestore(openBackup(plainPath), school.path);
        REQUIRE(prepared);
        auto other = DataFileLock::acquire(school.path);
        REQUIRE(other);
        auto committed = commitRestore(**prepared, school.clock);
        REQUIRE_FALSE(committed);
        CHECK(committed.error().code == ErrorCode::Locked);
    }
    SECTION("a backup from a newer program")
    {
        const QString newer = school.dir.filePath(u"newer.sqlite"_s);
        QFile::copy(plainPath, newer);
        test::changeFile(newer, [](QSqlDatabase &raw) {
            REQUIRE(QSqlQuery(raw).exec(u"PRAGMA user_version = %1"_s.arg(latestSchemaVersion() + 1)));
        });
        const BackupFile backup = openBackup(newer);
        REQUIRE(backup.refusal());
        CHECK(backup.contents().dataVersion == latestSchemaVersion() + 1);
        auto restored = restoreBackup(backup, school.path, school.clock);
        REQUIRE_FALSE(restored);
        CHECK(restored.error().code == ErrorCode::TooNew);
        CHECK(restored.error().message.contains(u"更新版本"_s));
        QFile::remove(newer);
    }
    CHECK(test::fileBytes(school.path) == target);
    CHECK(test::filesIn(school.dir.path()) == filesBefore);
}

TEST_CASE("a restore over an existing file keeps a safety copy and replaces the file whole", "[backup]")
{
    School school;
    const QString backupPath = school.dir.filePath(u"plain.sqlite"_s);
    REQUIRE(writeBackup(*school.db, backupPath, {}, school.clock));
    const QStringList atBackup = school.rows();
    REQUIRE(saveMarkerBehindTheBackup(school.path, u"备份之后"_s));
    const QStringList afterwards = school.rows();
    school.db.reset();

    auto restored = restoreBackup(openBackup(backupPath), school.path, school.clock);
    REQUIRE(restored);
    CHECK(test::tableRows(school.path) == atBackup);
    REQUIRE_FALSE(restored->safetyCopy.isEmpty());
    CHECK(QFileInfo(restored->safetyCopy).fileName() == u"school.before-restore-20261117-163000.sqlite"_s);
    CHECK(test::tableRows(restored->safetyCopy) == afterwards);
    CHECK(permissionsOf(school.path) == 0600);
    CHECK(permissionsOf(restored->safetyCopy) == 0600);
    CHECK_FALSE(QFileInfo::exists(school.path + u"-wal"_s));
}

TEST_CASE("an older backup is upgraded in the candidate, never in the backup", "[backup]")
{
    QTemporaryDir dir;
    const QString old = dir.filePath(u"old.sqlite"_s);
    test::changeFile(old, [](QSqlDatabase &raw) {
        REQUIRE(migrate(raw, 5));
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"PRAGMA application_id = %1"_s.arg(kApplicationId)));
        REQUIRE(q.exec(u"INSERT INTO settings(key, value) VALUES ('school.name', '旧版小学')"_s));
    });
    const QByteArray backupBytes = test::fileBytes(old);
    const BackupFile backup = openBackup(old);
    CHECK(backup.contents().dataVersion == 5);
    CHECK(backup.contents().schoolName == u"旧版小学"_s);
    const FixedClock clock(test::kBackupToday);
    auto restored = restoreBackup(backup, dir.filePath(u"new.sqlite"_s), clock);
    REQUIRE(restored);
    CHECK(test::filesIn(dir.path()) == QStringList{u"new.sqlite"_s, u"old.sqlite"_s});
    CHECK(test::fileBytes(old) == backupBytes);
    auto opened = Database::open(dir.filePath(u"new.sqlite"_s), OpenMode::OpenExisting, Access::ReadOnly);
    REQUIRE(opened);
    CHECK((*opened)->schemaVersion() == latestSchemaVersion());
}

TEST_CASE("backups into a folder are named, rotated after the new one passed, and private", "[backup]")
{
#ifdef Q_OS_UNIX
    const mode_t saved = ::umask(022);   // as permissive as a careless desktop session
#endif
    School school(0);
    const QString folder = school.dir.filePath(u"U盘/资源教室备份"_s);
    QDir().mkpath(school.dir.filePath(u"U盘"_s));
    test::writeBytes(school.dir.filePath(u"U盘/照片.jpg"_s), "not ours");

    QStringList made;
    // Every day from Sunday 1 to Friday 20 November, twice on the 20th.
    for (int day = 1; day <= 20; ++day) {
        school.clock.set(QDateTime(QDate(2026, 11, day), QTime(17, 0)));
        auto backup = backupIntoFolder(*school.db, folder, day % 2 ? QByteArray() : kPassword, 3, 2, school.clock);
        REQUIRE(backup);
        made << QFileInfo(backup->file).fileName();
        CHECK(permissionsOf(backup->file) == 0600);
    }
    school.clock.set(QDateTime(QDate(2026, 11, 20), QTime(17, 0)));
    auto again = backupIntoFolder(*school.db, folder, {}, 3, 2, school.clock);
    REQUIRE(again);
    CHECK(QFileInfo(again->file).fileName() == u"school-20261120-170000-1.sqlite"_s);
    CHECK(again->removed == QStringList{u"school-20261120-170000.rrbackup"_s});
    CHECK(test::filesIn(folder) == QStringList{u"school-20261115-170000.sqlite"_s, u"school-20261118-170000.rrbackup"_s,
                                               u"school-20261119-170000.sqlite"_s, u"school-20261120-170000-1.sqlite"_s});
    CHECK(QFileInfo::exists(school.dir.filePath(u"U盘/照片.jpg"_s)));
    CHECK(permissionsOf(folder) == 0700);

    auto listed = listBackups(folder);
    REQUIRE(listed);
    REQUIRE(listed->size() == 4);
    CHECK(listed->at(0).fileName == u"school-20261120-170000-1.sqlite"_s);
    REQUIRE(listed->at(0).contents);
    CHECK(listed->at(0).contents->students == 12);
    CHECK(listed->at(2).encrypted);
    CHECK_FALSE(listed->at(2).contents);
#ifdef Q_OS_UNIX
    ::umask(saved);
#endif
}

TEST_CASE("the backup policy and the last good backup live in the data file", "[backup]")
{
    School school(0);
    BackupPolicyRepository repository(school.db);
    auto policy = repository.policy();
    REQUIRE(policy);
    CHECK(*policy == BackupPolicy{});
    policy->folder = u"/media/teacher/U盘"_s;
    policy->keepDaily = 10;
    policy->encrypt = true;
    REQUIRE(repository.save(*policy));
    BackupPolicy invalid = *policy;
    invalid.keepWeekly = 99;
    CHECK_FALSE(repository.save(invalid));
    CHECK(*repository.policy() == *policy);
    CHECK_FALSE(*repository.lastGoodBackup());
    const LastBackup last{school.clock.now(), u"/media/teacher/U盘/school-20261117-163000.sqlite"_s};
    REQUIRE(repository.recordGoodBackup(last));
    CHECK(**repository.lastGoodBackup() == last);

    // It travels with the data: a backup carries the policy along.
    const QString backupPath = school.dir.filePath(u"b.sqlite"_s);
    REQUIRE(writeBackup(*school.db, backupPath, {}, school.clock));
    const QString restored = school.dir.filePath(u"r.sqlite"_s);
    REQUIRE(restoreBackup(openBackup(backupPath), restored, school.clock));
    auto reopened = Database::open(restored, OpenMode::OpenExisting);
    REQUIRE(reopened);
    CHECK(*BackupPolicyRepository(*reopened).policy() == *policy);
}
