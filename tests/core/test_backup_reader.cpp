// readBackupBytes, the in-memory check of a whole backup that the fuzz target
// of the backup reader calls: it accepts what the backup writer makes and
// refuses, with the program's messages, anything cut, flipped or foreign.
// It also keeps the fuzz seed corpus honest (and writes it anew when
// RR_WRITE_BACKUP_SEEDS names a folder).
#include "BackupTestSupport.h"
#include "TestSupport.h"

#include "backup/BackupCrypto.h"
#include "backup/BackupFile.h"
#include "backup/BackupFormat.h"
#include "backup/BackupReader.h"
#include "backup/BackupWriter.h"
#include "backup/SqliteCopy.h"
#include "school/SettingsRepository.h"
#include "storage/Migrations.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;
namespace bf = rr::backupformat;

namespace {

// Must match tests/fuzz/fuzz_backup_reader.cpp.
const QByteArray kSeedPassword("fuzz-seed-password");
constexpr KdfCost kSeedKdf{1, 8};
const BackupReadLimits kFuzzLimits{1024 * 1024, 1, 64};

// An empty school at SQLite's smallest page size: the smallest valid plain backup.
QByteArray smallestSchool(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(u"school.sqlite"_s);
    {
        auto db = Database::open(path, OpenMode::CreateIfMissing);
        REQUIRE(db);
        REQUIRE((*db)->write({u"test.school"_s, u"school"_s},
                             [](Transaction &tx) { return SettingsRepository::setValue(tx, u"school.name"_s, u"星光小学"_s); }));
    }
    test::changeFile(path, [](QSqlDatabase &db) {
        QSqlQuery query(db);
        REQUIRE(query.exec(u"PRAGMA journal_mode = DELETE"_s));
        REQUIRE(query.exec(u"PRAGMA page_size = 512"_s));
        REQUIRE(query.exec(u"VACUUM"_s));
    });
    return test::fileBytes(path);
}

QByteArray encryptSmall(const QByteArray &database, const QByteArray &password)
{
    auto copy = SqliteCopy::openBytes(database, u"seed"_s);
    REQUIRE(copy);
    auto contents = (*copy)->contents();
    REQUIRE(contents);
    contents->madeAt = QDateTime(QDate(2026, 11, 17), QTime(9, 30));
    contents->programVersion = u"0.1.0"_s;
    contents->databaseBytes = database.size();
    contents->databaseSha256 = QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex();
    contents->encrypted = true;
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto encryptor = BackupEncryptor::start(out, password, *contents, bf::kMinChunkSize, kSeedKdf);
    REQUIRE(encryptor);
    for (qsizetype at = 0; at < database.size(); at += bf::kMinChunkSize)
        REQUIRE((*encryptor)->push(QByteArrayView(database).sliced(at, qMin(qsizetype(bf::kMinChunkSize), database.size() - at))));
    REQUIRE((*encryptor)->finish());
    return out.data();
}

QString seedFolder()
{
    return QDir::cleanPath(test::testDataPath(u"../fuzz/corpus/backup_reader"_s));
}

} // namespace

TEST_CASE("the backup reader accepts what the writer makes, plain and encrypted", "[backup]")
{
    QTemporaryDir dir;
    const QString school = dir.filePath(u"demo.sqlite"_s);
    test::writeDemoWithAttachment(school, 64 * 1024);
    auto db = Database::open(school, OpenMode::OpenExisting);
    REQUIRE(db);
    const FixedClock clock(test::kBackupToday);
    for (const QByteArray &password : {QByteArray(), QByteArray("correct horse battery")}) {
        const QString file = dir.filePath(password.isEmpty() ? u"b.sqlite"_s : u"b.rrbackup"_s);
        auto made = writeBackup(**db, file, password, clock);
        REQUIRE(made);
        auto read = readBackupBytes(test::fileBytes(file), password, file);
        REQUIRE(read);
        CHECK(read->students == made->contents.students);
        CHECK(read->attachments == made->contents.attachments);
        CHECK(read->schoolName == made->contents.schoolName);
        CHECK(read->encrypted == !password.isEmpty());
        if (!password.isEmpty()) {
            CHECK(*read == made->contents);
            auto without = readBackupBytes(test::fileBytes(file), {}, file);
            REQUIRE_FALSE(without);
            CHECK(without.error().message == BackupFile::passwordNeededMessage());
            auto wrong = readBackupBytes(test::fileBytes(file), "correct horse battery!", file);
            REQUIRE_FALSE(wrong);
            CHECK(wrong.error().message == wrongPasswordMessage());
            // The real Argon2id cost is beyond what a fuzzer allows itself.
            auto limited = readBackupBytes(test::fileBytes(file), password, file, kFuzzLimits);
            REQUIRE_FALSE(limited);
            CHECK(limited.error().code == ErrorCode::FileUnusable);
        }
    }
}

TEST_CASE("the backup reader refuses cut, flipped, oversized and foreign bytes with the program's messages", "[backup]")
{
    QTemporaryDir dir;
    const QByteArray plain = smallestSchool(dir);
    const QByteArray encrypted = encryptSmall(plain, kSeedPassword);
    REQUIRE(readBackupBytes(plain, {}, u"p"_s, kFuzzLimits));
    REQUIRE(readBackupBytes(encrypted, kSeedPassword, u"e"_s, kFuzzLimits));

    SECTION("cut short anywhere")
    {
        for (qsizetype length : {qsizetype(0), qsizetype(8), qsizetype(50), qsizetype(bf::kHeaderSize), qsizetype(200),
                                 encrypted.size() / 2, encrypted.size() - 1}) {
            auto cut = readBackupBytes(encrypted.first(length), kSeedPassword, u"e"_s, kFuzzLimits);
            REQUIRE_FALSE(cut);
            CHECK(cut.error().code == ErrorCode::FileUnusable);
            CHECK((cut.error().message.contains(u"不完整"_s) || cut.error().message.contains(u"不是"_s)));
        }
        for (qsizetype length : {qsizetype(100), plain.size() / 2, plain.size() - 512})
            CHECK_FALSE(readBackupBytes(plain.first(length), {}, u"p"_s, kFuzzLimits));
    }
    SECTION("bits flipped")
    {
        QRandomGenerator generator(17);
        for (int round = 0; round < 30; ++round) {
            QByteArray flipped = encrypted;
            const auto at = qsizetype(generator.bounded(quint32(flipped.size())));
            flipped[at] = char(flipped[at] ^ char(1 << generator.bounded(8)));
            auto result = readBackupBytes(flipped, kSeedPassword, u"e"_s, kFuzzLimits);
            REQUIRE_FALSE(result);
            CHECK((result.error().code == ErrorCode::FileUnusable || result.error().code == ErrorCode::InvalidInput
                   || result.error().code == ErrorCode::TooNew));
        }
    }
    SECTION("larger than the limit")
    {
        BackupReadLimits tight = kFuzzLimits;
        tight.maxBytes = plain.size() - 1;
        auto big = readBackupBytes(plain, {}, u"p"_s, tight);
        REQUIRE_FALSE(big);
        CHECK(big.error().message.contains(u"MB"_s));
    }
    SECTION("a plain file with a trigger another program added")
    {
        const QString path = dir.filePath(u"school.sqlite"_s);
        test::changeFile(path, [](QSqlDatabase &db) {
            REQUIRE(QSqlQuery(db).exec(u"CREATE TRIGGER wipe AFTER INSERT ON students BEGIN DELETE FROM guardians; END"_s));
        });
        auto foreign = readBackupBytes(test::fileBytes(path), {}, path, kFuzzLimits);
        REQUIRE_FALSE(foreign);
        CHECK(foreign.error().code == ErrorCode::FileUnusable);
    }
    SECTION("not a backup")
    {
        auto text = readBackupBytes("hello, this is not a backup at all", {}, u"x"_s, kFuzzLimits);
        REQUIRE_FALSE(text);
        CHECK(text.error().message.contains(u"不是"_s));
    }
}

TEST_CASE("the fuzz seeds of the backup reader are what their names say", "[backup]")
{
    if (const QString out = qEnvironmentVariable("RR_WRITE_BACKUP_SEEDS"); !out.isEmpty()) {
        QTemporaryDir dir;
        const QByteArray plain = smallestSchool(dir);
        const QByteArray encrypted = encryptSmall(plain, kSeedPassword);
        QDir().mkpath(out);
        test::writeBytes(out + u"/valid-plain.sqlite"_s, plain);
        test::writeBytes(out + u"/valid-encrypted.rrbackup"_s, encrypted);
        test::writeBytes(out + u"/bad-header-only.rrbackup"_s, encrypted.first(bf::kHeaderSize));
        test::writeBytes(out + u"/bad-cut-short.rrbackup"_s, encrypted.first(bf::kHeaderSize + 600));
    }
    const QDir seeds(seedFolder());
    const QStringList names = seeds.entryList(QDir::Files, QDir::Name);
    REQUIRE(names.size() >= 4);
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QByteArray bytes = test::fileBytes(seeds.filePath(name));
        CHECK(bytes.size() < 128 * 1024);
        auto read = readBackupBytes(bytes, kSeedPassword, name, kFuzzLimits);
        CHECK(bool(read) == name.startsWith(u"valid-"_s));
        if (read)
            CHECK(read->schoolName == u"星光小学"_s);
    }
}
