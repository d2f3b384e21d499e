#include "DemoFile.h"

#include "common/Clock.h"
#include "demo/DemoSchool.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

namespace rr::test {

std::unique_ptr<DemoFile> openDemoSchool(const QDate &today)
{
    auto demo = std::make_unique<DemoFile>();
    demo->path = demo->dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(writeDemoSchool(demo->path, FixedClock(today)));
    auto db = Database::open(demo->path, OpenMode::OpenExisting);
    REQUIRE(db);
    demo->db = *db;
    return demo;
}

void dropTable(const Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
    REQUIRE(query.exec(QStringLiteral("DROP TABLE ") + table));
    REQUIRE(query.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
}

void damageTable(const QString &path, const QString &table)
{
    qint64 pageSize = 0;
    qint64 rootPage = 0;
    const QString connection = QStringLiteral("damage");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        // Everything in the main file, so the page written below is the one read.
        REQUIRE(query.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        REQUIRE(query.exec(QStringLiteral("PRAGMA page_size")));
        REQUIRE(query.next());
        pageSize = query.value(0).toLongLong();
        REQUIRE(query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = :t")));
        query.bindValue(QStringLiteral(":t"), table);
        REQUIRE(query.exec());
        REQUIRE(query.next());
        rootPage = query.value(0).toLongLong();
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(connection);
    REQUIRE(rootPage > 1);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    REQUIRE(file.seek((rootPage - 1) * pageSize));
    // 0xFF is no b-tree page type.
    REQUIRE(file.write(QByteArray(64, '\xff')) == 64);
}

} // namespace rr::test
