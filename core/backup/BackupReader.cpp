#include "backup/BackupReader.h"

#include "backup/BackupCrypto.h"
#include "backup/BackupFile.h"
#include "backup/SqliteCopy.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

Error damaged(const QString &detail)
{
    Error error = makeError(ErrorCode::FileUnusable, backupformat::damagedMessage());
    error.detail = detail;
    return error;
}

Result<BackupContents> readPlain(QByteArrayView bytes, const QString &label)
{
    auto copy = SqliteCopy::openBytes(bytes, label);
    if (!copy)
        return copy.error();
    // Schema first: nothing of a foreign schema is read before it is refused.
    if (auto checked = (*copy)->verify(); !checked)
        return checked.error();
    auto contents = (*copy)->contents();
    if (!contents)
        return contents.error();
    contents->databaseBytes = bytes.size();
    return contents;
}

Result<BackupContents> readEncrypted(QByteArrayView bytes, const QByteArray &password, const QString &label,
                                     const BackupReadLimits &limits)
{
    // The framing as a whole first (pure, no password): a cut-short file or
    // a limit exceeded is known before any key is derived.
    auto layout = backupformat::parseContainer(bytes);
    if (!layout)
        return layout.error();
    if (layout->header.opsLimit > limits.maxOpsLimit || layout->header.memLimitKiB > limits.maxMemLimitKiB)
        return damaged(u"key derivation cost above the reader's limit"_s);
    if (password.isEmpty())
        return makeError(ErrorCode::InvalidInput, BackupFile::passwordNeededMessage());

    QByteArray raw = QByteArray::fromRawData(bytes.data(), bytes.size());
    QBuffer in(&raw);
    in.open(QIODevice::ReadOnly);
    auto decryptor = BackupDecryptor::open(in, password);
    if (!decryptor)
        return decryptor.error();
    const BackupContents summary = (*decryptor)->contents();
    if (summary.databaseBytes > limits.maxBytes)
        return damaged(u"data file larger than the reader's limit"_s);
    QByteArray database;
    for (;;) {
        auto piece = (*decryptor)->next();
        if (!piece)
            return piece.error();
        if (!*piece)
            break;
        // Never more than the summary promised, so never more than the limit.
        if (database.size() + (*piece)->size() > summary.databaseBytes)
            return damaged(u"more data than the summary says"_s);
        database.append(**piece);
    }
    if (database.size() != summary.databaseBytes
        || QCryptographicHash::hash(database, QCryptographicHash::Sha256).toHex() != summary.databaseSha256)
        return damaged(u"data differs from the summary"_s);
    auto inside = readPlain(database, label);
    if (!inside)
        return inside.error();
    // What the summary says is what is shown before a restore: it must be true.
    if (inside->dataVersion != summary.dataVersion || inside->students != summary.students || inside->ieps != summary.ieps
        || inside->trainingRecords != summary.trainingRecords || inside->attachments != summary.attachments
        || inside->schoolName != summary.schoolName)
        return damaged(u"summary differs from the data inside"_s);
    return summary;
}

} // namespace

Result<BackupContents> readBackupBytes(QByteArrayView bytes, const QByteArray &password, const QString &label,
                                       const BackupReadLimits &limits)
{
    if (bytes.size() > limits.maxBytes)
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Backup", "The backup file is larger than %1 MB; it is not checked in memory.")
                             .arg(limits.maxBytes / (1024 * 1024)));
    if (backupformat::hasContainerMagic(bytes))
        return readEncrypted(bytes, password, label, limits);
    return readPlain(bytes, label);
}

} // namespace rr
