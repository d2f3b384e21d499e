#include "BackupTestSupport.h"

#include "archive/AttachmentRepository.h"
#include "demo/DemoSchool.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rr::test {

using namespace Qt::Literals::StringLiterals;

void writeDemoWithAttachment(const QString &path, qint64 extraBytes)
{
    const FixedClock clock(kBackupToday);
    REQUIRE(writeDemoSchool(path, clock));
    if (extraBytes <= 0)
        return;
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    QByteArray data(extraBytes, Qt::Uninitialized);
    QRandomGenerator generator(20261117);
    generator.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
    auto added = (*db)->write({u"test.attach"_s, u"attach"_s}, [&](Transaction &tx) -> Result<void> {
        auto student = tx.exec(u"SELECT min(id) FROM students"_s);
        if (!student)
            return student.error();
        student->next();
        Attachment meta;
        meta.studentId = student->value(0).toLongLong();
        meta.archiveItem = 4;
        meta.fileName = u"体检报告扫描.pdf"_s;
        meta.mimeType = u"application/pdf"_s;
        auto id = AttachmentRepository::add(tx, meta, data);
        if (!id)
            return id.error();
        return {};
    });
    REQUIRE(added);
}

QStringList tableRows(const QString &path)
{
    static int counter = 0;
    const QString name = u"backup-test-dump-%1"_s.arg(++counter);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        REQUIRE(db.open());
        QStringList tables;
        QSqlQuery list(db);
        REQUIRE(list.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_s));
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : std::as_const(tables)) {
            QSqlQuery query(db);
            REQUIRE(query.exec(u"SELECT * FROM \"%1\" ORDER BY rowid"_s.arg(table)));
            while (query.next()) {
                QStringList values{table};
                for (int i = 0; i < query.record().count(); ++i) {
                    const QVariant value = query.value(i);
                    if (value.typeId() == QMetaType::QByteArray)
                        values << u"blob:%1:%2"_s.arg(QString::fromLatin1(QCryptographicHash::hash(value.toByteArray(),
                                                                                                     QCryptographicHash::Sha256).toHex()))
                                      .arg(value.toByteArray().size());
                    else
                        values << (value.isNull() ? u"NULL"_s : value.toString());
                }
                rows << values.join(u'|');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

void changeFile(const QString &path, const std::function<void(QSqlDatabase &)> &change)
{
    const QString name = u"backup-test-change"_s;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        change(raw);
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace rr::test
