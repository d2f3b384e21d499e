// The backup commands as a script or a teacher at a terminal uses them:
// backup, verify-backup, restore, backups, backup-policy; passwords from
// standard input (never from arguments), exit codes as the other commands.
#include "BackupTestSupport.h"
#include "TestSupport.h"

#include "storage/DataFileLock.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

// The CLI with `input` on its standard input (a pipe, not a terminal).
test::CliRun runCliWithInput(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    process.start(QStringLiteral(RR_CLI_PATH), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

struct CliSchool {
    QTemporaryDir dir;
    QString db = dir.filePath(u"school.sqlite"_s);
    CliSchool() { test::writeDemoWithAttachment(db, 512 * 1024); }
};

} // namespace

TEST_CASE("backup, verify-backup and restore round-trip a data file from the command line", "[backup][cli]")
{
    CliSchool school;
    const QStringList rows = test::tableRows(school.db);
    const QString backup = school.dir.filePath(u"b.sqlite"_s);
    auto made = test::runCli({u"backup"_s, u"--db"_s, school.db, u"--out"_s, backup});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(u"学生：12"_s));
    CHECK(made.out.contains(u"备份已写入并检查"_s));
    CHECK(made.err.isEmpty());

    auto again = test::runCli({u"backup"_s, u"--db"_s, school.db, u"--out"_s, backup});
    CHECK(again.exitCode == 1);
    CHECK(again.err.trimmed().count(u'\n') == 0);
    CHECK(again.err.contains(u"已存在"_s));

    auto verified = test::runCli({u"verify-backup"_s, backup});
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(u"学校：阳光实验小学（演示）"_s));
    CHECK(verified.out.contains(u"完好"_s));

    const QString fresh = school.dir.filePath(u"fresh.sqlite"_s);
    auto restored = test::runCli({u"restore"_s, u"--from"_s, backup, u"--db"_s, fresh});
    REQUIRE(restored.exitCode == 0);
    CHECK(test::tableRows(fresh) == rows);

    // The last good backup was recorded in the data file it was made of.
    auto policy = test::runCli({u"backup-policy"_s, u"--db"_s, school.db});
    CHECK(policy.exitCode == 0);
    CHECK(policy.out.contains(u"上次备份"_s));
    CHECK_FALSE(policy.out.contains(u"从未备份"_s));

    CHECK(test::runCli({u"backup"_s}).exitCode == 2);
    CHECK(test::runCli({u"verify-backup"_s}).exitCode == 2);
    CHECK(test::runCli({u"restore"_s, u"--db"_s, fresh}).exitCode == 2);
    CHECK(test::runCli({u"backup"_s, u"--db"_s, school.db, u"--password"_s, u"x"_s}).exitCode == 2);   // never an argument
    auto noFolder = test::runCli({u"backup"_s, u"--db"_s, school.db});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(u"backup-policy --folder"_s));
}

TEST_CASE("an encrypted backup takes its password from standard input", "[backup][cli]")
{
    CliSchool school;   // the demo: protected, so its resource teacher signs in first ("demo")
    const QStringList rows = test::tableRows(school.db);
    const QString backup = school.dir.filePath(u"b.rrbackup"_s);
    auto shortPassword = runCliWithInput({u"backup"_s, u"--db"_s, school.db, u"--out"_s, backup, u"--encrypt"_s, u"--user"_s, u"resource"_s},
                                     "demo\n" "short\n");
    CHECK(shortPassword.exitCode == 1);
    CHECK(shortPassword.err.contains(u"至少需要 8 个字符"_s));
    CHECK_FALSE(QFileInfo::exists(backup));
    auto noPassword = runCliWithInput({u"backup"_s, u"--db"_s, school.db, u"--out"_s, backup, u"--encrypt"_s, u"--user"_s, u"resource"_s},
                                     "demo\n");
    CHECK(noPassword.exitCode == 1);

    auto made = runCliWithInput({u"backup"_s, u"--db"_s, school.db, u"--out"_s, backup, u"--encrypt"_s, u"--user"_s, u"resource"_s},
                                     "demo\n" "星光 小学 2026\n");
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(u"加密：是"_s));
    CHECK_FALSE(test::fileBytes(backup).contains(u"张小明"_s.toUtf8()));

    auto wrong = runCliWithInput({u"verify-backup"_s, backup}, "星光小学2026\n");
    CHECK(wrong.exitCode == 1);
    CHECK(wrong.err.contains(u"密码不正确"_s));
    CHECK(wrong.err.trimmed().count(u'\n') == 0);
    auto verified = runCliWithInput({u"verify-backup"_s, backup}, "星光 小学 2026\r\n");
    CHECK(verified.exitCode == 0);
    CHECK(verified.out.contains(u"完好"_s));

    // Restoring over the data file keeps what was there as a safety copy.
    const QByteArray before = test::fileBytes(school.db);
    auto refused = runCliWithInput({u"restore"_s, u"--from"_s, backup, u"--db"_s, school.db}, "wrong password\n");
    CHECK(refused.exitCode == 1);
    CHECK(test::fileBytes(school.db) == before);
    auto restored = runCliWithInput({u"restore"_s, u"--from"_s, backup, u"--db"_s, school.db}, "星光 小学 2026\n");
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(u"before-restore"_s));
    CHECK(test::tableRows(school.db) == rows);
}

TEST_CASE("backup works while another program holds the file; restore waits for it to close", "[backup][cli]")
{
    CliSchool school;
    auto gui = Database::open(school.db, OpenMode::OpenExisting, Access::Exclusive);   // as the GUI holds it
    REQUIRE(gui);
    auto made = test::runCli({u"backup"_s, u"--db"_s, school.db, u"--out"_s, school.dir.path()});
    REQUIRE(made.exitCode == 0);
    CHECK(made.out.contains(u"没有记录"_s));
    const QStringList backups = QDir(school.dir.path()).entryList({u"school-*.sqlite"_s}, QDir::Files);
    REQUIRE(backups.size() == 1);
    const QString backup = school.dir.filePath(backups.constFirst());
    auto restored = test::runCli({u"restore"_s, u"--from"_s, backup, u"--db"_s, school.db});
    CHECK(restored.exitCode == 1);
    CHECK(restored.err.contains(u"正由"_s));
}

TEST_CASE("backup-policy sets the folder and rotation; backup and backups follow it", "[backup][cli]")
{
    CliSchool school;
    const QString folder = school.dir.filePath(u"U盘"_s);
    auto set = test::runCli({u"backup-policy"_s, u"--db"_s, school.db, u"--folder"_s, folder, u"--keep-daily"_s, u"2"_s,
                             u"--keep-weekly"_s, u"0"_s, u"--on-exit"_s, u"no"_s});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(u"保留的每日备份：2"_s));
    CHECK(set.out.contains(u"关闭程序时备份：否"_s));
    CHECK(set.out.contains(u"从未备份"_s));
    CHECK(test::runCli({u"backup-policy"_s, u"--db"_s, school.db, u"--keep-daily"_s, u"0"_s}).exitCode == 1);
    CHECK(test::runCli({u"backup-policy"_s, u"--db"_s, school.db, u"--daily"_s, u"maybe"_s}).exitCode == 1);

    for (int i = 0; i < 3; ++i)
        REQUIRE(test::runCli({u"backup"_s, u"--db"_s, school.db}).exitCode == 0);
    // Three made today: the newest of the day is kept.
    const QStringList inFolder = QDir(folder).entryList(QDir::Files);
    CHECK(inFolder.size() == 1);
    auto listed = test::runCli({u"backups"_s, u"--db"_s, school.db});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out.trimmed().split(u'\n').size() == 1);
    CHECK(listed.out.contains(u"阳光实验小学（演示）"_s));
    CHECK(listed.out.contains(u"12 名学生"_s));
    auto missing = test::runCli({u"backups"_s, u"--folder"_s, school.dir.filePath(u"nowhere"_s)});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(u"U 盘"_s));
#ifdef Q_OS_UNIX
    CHECK((QFileInfo(folder).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
    CHECK((QFileInfo(folder + u'/' + inFolder.value(0)).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther)) == 0);
#endif
}
