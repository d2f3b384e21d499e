// The encrypted container's framing and crypto, the contents summary, the
// rotation rule and the backup warning: pure pieces, tested without files
// where they allow it.
#include "TestSupport.h"

#include "backup/BackupContents.h"
#include "backup/BackupCrypto.h"
#include "backup/BackupFormat.h"
#include "backup/BackupPolicy.h"
#include "backup/BackupRotation.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QtEndian>
#include <QRandomGenerator>

using namespace rr;
using namespace Qt::Literals::StringLiterals;
namespace bf = rr::backupformat;

namespace {

// Cheap Argon2id for tests; what new backups use is tested once below.
constexpr KdfCost kTestKdf{1, 64};

BackupContents sampleContents(const QByteArray &database)
{
    BackupContents contents;
    contents.madeAt = QDateTime(QDate(2026, 11, 17), QTime(9, 30));
    contents.schoolName = u"星光小学"_s;
    contents.students = 12;
    contents.ieps = 9;
    contents.trainingRecords = 140;
    contents.attachments = 7;
    contents.dataVersion = 9;
    contents.programVersion = u"0.1.0"_s;
    contents.databaseBytes = database.size();
    contents.databaseSha256 = QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex();
    contents.encrypted = true;
    return contents;
}

QByteArray encrypt(const QByteArray &database, const QByteArray &password, quint32 chunkSize = bf::kMinChunkSize)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto encryptor = BackupEncryptor::start(out, password, sampleContents(database), chunkSize, kTestKdf);
    REQUIRE(encryptor);
    for (qsizetype at = 0; at < database.size(); at += chunkSize)
        REQUIRE((*encryptor)->push(QByteArrayView(database).sliced(at, qMin(qsizetype(chunkSize), database.size() - at))));
    REQUIRE((*encryptor)->finish());
    return out.data();
}

// Decrypts all of it; the error of the first failure.
Result<QByteArray> decrypt(const QByteArray &container, const QByteArray &password)
{
    QBuffer in;
    in.setData(container);
    in.open(QIODevice::ReadOnly);
    auto decryptor = BackupDecryptor::open(in, password);
    if (!decryptor)
        return decryptor.error();
    QByteArray all;
    for (;;) {
        auto piece = (*decryptor)->next();
        if (!piece)
            return piece.error();
        if (!*piece)
            return all;
        all += **piece;
    }
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator generator(seed);
    for (char &c : bytes)
        c = char(generator.bounded(256));
    return bytes;
}

} // namespace

TEST_CASE("an encrypted container round-trips and names its contents before the data")
{
    const QByteArray database = randomBytes(3 * bf::kMinChunkSize + 123, 1);
    const QByteArray container = encrypt(database, "correct horse");
    auto layout = bf::parseContainer(container);
    REQUIRE(layout);
    CHECK(layout->header.chunkSize == bf::kMinChunkSize);
    CHECK(layout->header.opsLimit == 1);
    CHECK(layout->chunks.size() == 1 + 4 + 1);   // summary, data, final
    CHECK(layout->chunks.last().length == quint32(bf::kChunkOverhead));
    auto plain = decrypt(container, "correct horse");
    REQUIRE(plain);
    CHECK(*plain == database);

    QBuffer in;
    in.setData(container);
    in.open(QIODevice::ReadOnly);
    auto opened = BackupDecryptor::open(in, QByteArray("correct horse"));
    REQUIRE(opened);
    CHECK((*opened)->contents() == sampleContents(database));
}

TEST_CASE("a wrong password is told apart from a damaged or cut-short container, in Chinese")
{
    const QByteArray database = randomBytes(5 * bf::kMinChunkSize, 2);
    const QByteArray container = encrypt(database, "correct horse");

    auto wrong = decrypt(container, "Correct horse");
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().message == wrongPasswordMessage());
    CHECK(wrong.error().message.contains(u"密码不正确"_s));

    SECTION("every flipped bit after the header is caught")
    {
        QRandomGenerator generator(3);
        for (int round = 0; round < 40; ++round) {
            QByteArray flipped = container;
            const qsizetype at = bf::kHeaderSize + qsizetype(generator.bounded(quint32(container.size() - bf::kHeaderSize)));
            flipped[at] = char(flipped[at] ^ char(1 << generator.bounded(8)));
            auto result = decrypt(flipped, "correct horse");
            REQUIRE_FALSE(result);
            CHECK(result.error().code == ErrorCode::FileUnusable);
            CHECK((result.error().message.contains(u"损坏"_s) || result.error().message.contains(u"不完整"_s)));
        }
    }
    SECTION("a changed header limit fails authentication")
    {
        QByteArray changed = container;
        changed[24] = char(changed[24] + 1);   // the chunk size, still within the limits
        auto result = decrypt(changed, "correct horse");
        REQUIRE_FALSE(result);
        CHECK(result.error().code == ErrorCode::FileUnusable);
    }
    SECTION("cut short anywhere, or with bytes after the end")
    {
        for (qsizetype cut : {qsizetype(10), qsizetype(bf::kHeaderSize), qsizetype(bf::kHeaderSize + 2), container.size() / 2,
                              container.size() - bf::kChunkOverhead - bf::kLengthBytes, container.size() - 1}) {
            auto result = decrypt(container.left(cut), "correct horse");
            REQUIRE_FALSE(result);
            CHECK(result.error().message == bf::truncatedMessage());
        }
        auto trailing = decrypt(container + QByteArray("\x11\0\0\0", 4) + QByteArray(17, 'x'), "correct horse");
        REQUIRE_FALSE(trailing);
        CHECK(trailing.error().message == bf::damagedMessage());
    }
    SECTION("dropped or repeated chunks are caught")
    {
        auto layout = bf::parseContainer(container);
        REQUIRE(layout);
        const QList<bf::ChunkSpan> &chunks = layout->chunks;
        const auto frame = [&](int i) {
            return container.mid(chunks.at(i).offset - bf::kLengthBytes, chunks.at(i).length + bf::kLengthBytes);
        };
        QByteArray dropped = container.left(bf::kHeaderSize) + frame(0) + frame(1) + frame(3) + frame(4) + frame(5) + frame(6);
        CHECK_FALSE(decrypt(dropped, "correct horse"));
        QByteArray repeated = container.left(bf::kHeaderSize) + frame(0) + frame(1) + frame(1) + frame(2);
        CHECK_FALSE(decrypt(repeated, "correct horse"));
    }
}

TEST_CASE("the container parser refuses what lies outside its hard limits")
{
    const QByteArray container = encrypt(randomBytes(100, 4), "correct horse");
    const QByteArray header = container.left(bf::kHeaderSize);
    REQUIRE(bf::parseHeader(header));
    const auto withU32 = [&](int at, quint32 value) {
        QByteArray changed = header;
        qToLittleEndian(value, changed.data() + at);
        return changed;
    };
    CHECK_FALSE(bf::parseHeader(withU32(16, 0)));                              // no passes
    CHECK_FALSE(bf::parseHeader(withU32(16, bf::kMaxOpsLimit + 1)));
    CHECK_FALSE(bf::parseHeader(withU32(20, bf::kMaxMemLimitKiB + 1)));        // would ask for > 1 GiB
    CHECK_FALSE(bf::parseHeader(withU32(24, bf::kMaxChunkSize + 1)));
    CHECK_FALSE(bf::parseHeader(withU32(24, bf::kMinChunkSize - 1)));
    QByteArray newer = header;
    newer[8] = 2;
    auto tooNew = bf::parseHeader(newer);
    REQUIRE_FALSE(tooNew);
    CHECK(tooNew.error().code == ErrorCode::TooNew);
    auto notOurs = bf::parseHeader(QByteArray(QByteArray("SQLite format 3\0", 16) + QByteArray(100, '\0')));
    REQUIRE_FALSE(notOurs);
    CHECK(notOurs.error().message.contains(u"不是"_s));

    // A chunk length beyond the chunk size is refused before anything is read.
    const QByteArray huge = QByteArray(header + bf::chunkLengthBytes(0x7fffffff));
    CHECK_FALSE(bf::parseContainer(huge));
    const QByteArray summaryTooLong = header % bf::chunkLengthBytes(bf::kMaxContentsBytes + bf::kChunkOverhead + 1);
    CHECK_FALSE(bf::parseContainer(summaryTooLong));

    // Random bytes behind a valid header never crash the parser or the summary reader.
    QRandomGenerator generator(5);
    for (int round = 0; round < 500; ++round) {
        const QByteArray noise = randomBytes(qsizetype(generator.bounded(400)), quint32(round));
        (void)bf::parseContainer(QByteArray(header + noise));
        (void)bf::parseContainer(noise);
        (void)contentsFromJson(noise);
    }
}

TEST_CASE("the contents summary is read back with types and ranges checked")
{
    const BackupContents contents = sampleContents(QByteArray(4096, 'x'));
    auto back = contentsFromJson(contentsToJson(contents));
    REQUIRE(back);
    CHECK(back->schoolName == u"星光小学"_s);
    CHECK(back->trainingRecords == 140);
    CHECK(back->madeAt == contents.madeAt);
    CHECK_FALSE(contentsFromJson(R"({"made_at":"2026-11-17T09:30:00","school":"x","students":-1})"));
    CHECK_FALSE(contentsFromJson("[]"));
    CHECK_FALSE(contentsFromJson(QByteArray(bf::kMaxContentsBytes + 1, ' ')));
    QByteArray json = contentsToJson(contents);
    json.replace("\"students\":12", "\"students\":\"12\"");
    CHECK_FALSE(contentsFromJson(json));

    const QStringList lines = describeContents(contents);
    CHECK(lines.contains(u"学校：星光小学"_s));
    CHECK(lines.contains(u"训练记录：140"_s));
    CHECK(lines.contains(u"程序版本：0.1.0"_s));
}

TEST_CASE("new passwords need eight characters; new backups use Argon2id at 3 passes and 128 MiB")
{
    CHECK_FALSE(newPasswordProblem("1234567").isEmpty());
    CHECK(newPasswordProblem("12345678").isEmpty());
    CHECK(newPasswordProblem("资源教室密码一二").isEmpty());   // eight characters, 24 bytes
    CHECK(kNewBackupKdf.opsLimit == 3);
    CHECK(kNewBackupKdf.memLimitKiB == 128 * 1024);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QElapsedTimer timer;
    timer.start();
    auto encryptor = BackupEncryptor::start(out, "correct horse", sampleContents("x"));
    REQUIRE(encryptor);
    WARN("Argon2id (3 passes, 128 MiB) took " << timer.elapsed() << " ms");
    auto header = bf::parseHeader(out.data().left(bf::kHeaderSize));
    REQUIRE(header);
    CHECK(header->memLimitKiB == 128 * 1024);
    CHECK(header->chunkSize == kNewBackupChunkSize);
}

TEST_CASE("rotation keeps the newest backup of the last N days and of the last M weeks")
{
    const auto at = [](int month, int day, int hour) { return QDateTime(QDate(2026, month, day), QTime(hour, 0)); };
    QList<NamedBackup> backups;
    // Twice a day from 1 to 20 November 2026 (Sunday 1st … Friday 20th).
    for (int day = 1; day <= 20; ++day)
        for (int hour : {9, 17})
            backups << NamedBackup{backupFileName(u"school"_s, at(11, day, hour), false), u"school"_s, at(11, day, hour)};
    const QStringList removed = backupsToRemove(backups, 3, 2);
    QStringList kept;
    for (const NamedBackup &b : backups)
        if (!removed.contains(b.fileName))
            kept << b.fileName;
    std::sort(kept.begin(), kept.end());
    // The newest of 18, 19 and 20 November; the newest of ISO week 47 (16–20)
    // is the 20th's, and of week 46 (9–15) the 15th's.
    CHECK(kept == QStringList{u"school-20261115-170000.sqlite"_s, u"school-20261118-170000.sqlite"_s,
                              u"school-20261119-170000.sqlite"_s, u"school-20261120-170000.sqlite"_s});

    // A second backup in the same second is the newer one.
    const QList<NamedBackup> sameSecond{*parseBackupName(u"school-20261120-170000.sqlite"_s),
                                        *parseBackupName(u"school-20261120-170000-1.rrbackup"_s)};
    CHECK(backupsToRemove(sameSecond, 1, 0) == QStringList{u"school-20261120-170000.sqlite"_s});
    CHECK(parseBackupName(u"school-20261120-170000-1.rrbackup"_s)->encrypted);
    CHECK_FALSE(parseBackupName(u"school.sqlite"_s));
    CHECK_FALSE(parseBackupName(u"school-20261340-170000.sqlite"_s));   // no 40th of the 13th month
    CHECK(backupStem(u"/home/t/资源 教室.sqlite"_s) == u"资源_教室"_s);
}

TEST_CASE("the backup warning comes after seven days without a good backup, and automatic backups once a day")
{
    const QDateTime now(QDate(2026, 11, 17), QTime(10, 0));
    CHECK(backupWarning(std::nullopt, now).contains(u"从未备份"_s));
    CHECK(backupWarning(LastBackup{now.addDays(-7), {}}, now).isEmpty());
    const QString warning = backupWarning(LastBackup{now.addDays(-8), {}}, now);
    CHECK(warning.contains(u"8 天"_s));
    CHECK(lastBackupText(LastBackup{now.addSecs(-3600), {}}, now) == u"上次备份：今天 09:00"_s);

    BackupPolicy policy;
    CHECK_FALSE(dailyBackupDue(policy, std::nullopt, now));   // no folder chosen
    policy.folder = u"/media/u"_s;
    CHECK(dailyBackupDue(policy, std::nullopt, now));
    CHECK(dailyBackupDue(policy, LastBackup{now.addDays(-1), {}}, now));
    CHECK_FALSE(dailyBackupDue(policy, LastBackup{now.addSecs(-60), {}}, now));
    CHECK_FALSE(exitBackupDue(policy, LastBackup{now.addSecs(-60), {}}, now, false));
    CHECK(exitBackupDue(policy, LastBackup{now.addSecs(-60), {}}, now, true));
    policy.onExit = false;
    CHECK_FALSE(exitBackupDue(policy, std::nullopt, now, true));
    policy.keepDaily = 0;
    CHECK_FALSE(policyProblem(policy).isEmpty());
}
