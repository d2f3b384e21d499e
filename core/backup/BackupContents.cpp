#include "backup/BackupContents.h"

#include "backup/BackupFormat.h"
#include "calendar/ScreenDate.h"
#include "common/ListText.h"
#include "storage/SqlExecutor.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kMaxCount = 100'000'000;
constexpr int kMaxTextLength = 500;

Error damagedSummary(const QString &detail)
{
    Error error = makeError(ErrorCode::FileUnusable, backupformat::damagedMessage());
    error.detail = u"contents summary: "_s + detail;
    return error;
}

// The first table of each count appeared in this data version.
struct Counted {
    const char *table;
    int since;
    int BackupContents::*field;
};
constexpr Counted kCounted[] = {
    {"students", 1, &BackupContents::students},
    {"attachments", 2, &BackupContents::attachments},
    {"ieps", 3, &BackupContents::ieps},
    {"training_sessions", 5, &BackupContents::trainingRecords},
};

} // namespace

QByteArray contentsToJson(const BackupContents &contents)
{
    QJsonObject object{
        {u"made_at"_s, contents.madeAt.toString(Qt::ISODate)},
        {u"school"_s, contents.schoolName},
        {u"students"_s, contents.students},
        {u"ieps"_s, contents.ieps},
        {u"training_records"_s, contents.trainingRecords},
        {u"attachments"_s, contents.attachments},
        {u"data_version"_s, contents.dataVersion},
        {u"program"_s, contents.programVersion},
        {u"database_bytes"_s, double(contents.databaseBytes)},
        {u"database_sha256"_s, QString::fromLatin1(contents.databaseSha256)},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<BackupContents> contentsFromJson(QByteArrayView json)
{
    if (json.size() > qsizetype(backupformat::kMaxContentsBytes))
        return damagedSummary(u"too long"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damagedSummary(u"not a JSON object"_s);
    const QJsonObject object = document.object();
    BackupContents contents;
    contents.encrypted = true;
    const auto text = [&](const QString &key, QString &to) {
        const QJsonValue value = object.value(key);
        if (!value.isString() || value.toString().size() > kMaxTextLength)
            return false;
        to = value.toString();
        return true;
    };
    const auto count = [&](const QString &key, int &to) {
        const QJsonValue value = object.value(key);
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        if (number < 0 || number > kMaxCount || number != double(qint64(number)))
            return false;
        to = int(number);
        return true;
    };
    QString madeAt;
    QString sha;
    if (!text(u"made_at"_s, madeAt) || !text(u"school"_s, contents.schoolName) || !text(u"program"_s, contents.programVersion)
        || !text(u"database_sha256"_s, sha))
        return damagedSummary(u"a text field"_s);
    if (!count(u"students"_s, contents.students) || !count(u"ieps"_s, contents.ieps)
        || !count(u"training_records"_s, contents.trainingRecords) || !count(u"attachments"_s, contents.attachments)
        || !count(u"data_version"_s, contents.dataVersion))
        return damagedSummary(u"a count"_s);
    contents.madeAt = QDateTime::fromString(madeAt, Qt::ISODate);
    if (!contents.madeAt.isValid())
        return damagedSummary(u"made_at"_s);
    const QJsonValue bytes = object.value(u"database_bytes"_s);
    // SQLite files are whole pages: at least one, at most what a double holds exactly.
    if (!bytes.isDouble() || bytes.toDouble() < 512 || bytes.toDouble() > 9.0e15
        || bytes.toDouble() != double(qint64(bytes.toDouble())))
        return damagedSummary(u"database_bytes"_s);
    contents.databaseBytes = qint64(bytes.toDouble());
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    if (!hex.match(sha).hasMatch())
        return damagedSummary(u"database_sha256"_s);
    contents.databaseSha256 = sha.toLatin1();
    return contents;
}

Result<BackupContents> readContents(const SqlExecutor &sql, int dataVersion)
{
    BackupContents contents;
    contents.dataVersion = dataVersion;
    for (const Counted &counted : kCounted) {
        if (dataVersion < counted.since)
            continue;
        auto value = readValue(sql, u"SELECT count(*) FROM "_s + QLatin1String(counted.table));
        if (!value)
            return value.error();
        contents.*counted.field = value->toInt();
    }
    auto school = readValue(sql, u"SELECT value FROM settings WHERE key = 'school.name'"_s);
    if (!school)
        return school.error();
    contents.schoolName = school->toString();
    return contents;
}

QStringList describeContents(const BackupContents &contents)
{
    const auto line = [](const char *label, const QString &value) -> QString {
        return QCoreApplication::translate("rr::Backup", label) + labelSeparator() + value;
    };
    QStringList lines;
    lines << line(QT_TRANSLATE_NOOP("rr::Backup", "Made"), screenDateTime(contents.madeAt))
          << line(QT_TRANSLATE_NOOP("rr::Backup", "School"),
                  contents.schoolName.isEmpty() ? QCoreApplication::translate("rr::Backup", "(not set up)") : contents.schoolName)
          << line(QT_TRANSLATE_NOOP("rr::Backup", "Students"), QString::number(contents.students))
          << line(QT_TRANSLATE_NOOP("rr::Backup", "IEPs"), QString::number(contents.ieps))
          << line(QT_TRANSLATE_NOOP("rr::Backup", "Training records"), QString::number(contents.trainingRecords))
          << line(QT_TRANSLATE_NOOP("rr::Backup", "Attached files"), QString::number(contents.attachments))
          << line(QT_TRANSLATE_NOOP("rr::Backup", "Data version"), QString::number(contents.dataVersion));
    // Only an encrypted backup's summary names the program that made it.
    if (!contents.programVersion.isEmpty())
        lines << line(QT_TRANSLATE_NOOP("rr::Backup", "Made by program version"), contents.programVersion);
    lines << line(QT_TRANSLATE_NOOP("rr::Backup", "Encrypted"),
                  contents.encrypted ? QCoreApplication::translate("rr::Backup", "yes") : QCoreApplication::translate("rr::Backup", "no"));
    if (contents.databaseBytes > 0)
        lines << line(QT_TRANSLATE_NOOP("rr::Backup", "Size"),
                      QLocale().formattedDataSize(contents.databaseBytes, 1, QLocale::DataSizeTraditionalFormat));
    return lines;
}

} // namespace rr
