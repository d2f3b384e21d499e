#include "storage/SchemaCheck.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QSqlQuery>

namespace rr {

namespace {

using SchemaMap = QMap<QString, QString>;   // "type\nname" → normalised SQL

SchemaMap readSchema(const QSqlDatabase &db, bool *ok)
{
    SchemaMap schema;
    QSqlQuery query(db);
    *ok = query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_master "
                                    "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    while (*ok && query.next())
        schema.insert(query.value(0).toString() + u'\n' + query.value(1).toString(),
                      query.value(2).toString().simplified());
    return schema;
}

// What the migrations make at `version`, built once per version in an
// in-memory database (a few milliseconds).
SchemaMap expectedSchema(int version, bool *ok)
{
    static QMutex mutex;
    static QHash<int, SchemaMap> cache;
    const QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(version); it != cache.cend()) {
        *ok = true;
        return *it;
    }
    static QAtomicInt counter;
    const QString name = QStringLiteral("rr-schema-%1").arg(counter.fetchAndAddRelaxed(1));
    SchemaMap schema;
    {
        QSqlDatabase memory = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        memory.setDatabaseName(QStringLiteral(":memory:"));
        *ok = memory.open() && migrate(memory, version).ok();
        if (*ok)
            schema = readSchema(memory, ok);
        memory.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (*ok)
        cache.insert(version, schema);
    return schema;
}

QString kindLabel(const QString &type)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("rr::Database", "table");
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("rr::Database", "index");
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("rr::Database", "trigger");
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("rr::Database", "view");
    return type;
}

} // namespace

QStringList schemaDifferences(const QSqlDatabase &db, int version)
{
    bool expectedOk = false;
    bool actualOk = false;
    const SchemaMap expected = expectedSchema(version, &expectedOk);
    const SchemaMap actual = readSchema(db, &actualOk);
    if (!expectedOk || !actualOk)
        return {QCoreApplication::translate("rr::Database", "The structure of the data file could not be read.")};
    QStringList differences;
    const auto describe = [](const QString &key, const char *sentence) {
        const QString type = key.section(u'\n', 0, 0);
        const QString name = key.section(u'\n', 1);
        return QCoreApplication::translate("rr::Database", sentence).arg(kindLabel(type), name);
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto found = actual.constFind(it.key());
        if (found == actual.cend())
            differences << describe(it.key(), QT_TRANSLATE_NOOP("rr::Database", "the %1 %2 is missing"));
        else if (*found != *it)
            differences << describe(it.key(), QT_TRANSLATE_NOOP("rr::Database", "the %1 %2 was changed"));
    }
    for (auto it = actual.cbegin(); it != actual.cend(); ++it)
        if (!expected.contains(it.key()))
            differences << describe(it.key(), QT_TRANSLATE_NOOP("rr::Database", "the %1 %2 is not ResourceRoom's"));
    return differences;
}

QString schemaRefusal(const QString &path, const QStringList &differences)
{
    constexpr int kShown = 5;
    QStringList shown = differences.mid(0, kShown);
    if (differences.size() > kShown)
        shown << QCoreApplication::translate("rr::Database", "%n more", nullptr, int(differences.size() - kShown));
    return QCoreApplication::translate("rr::Database",
                                       "The structure of %1 differs from what ResourceRoom made (it was changed by another "
                                       "program or by hand): %2. The file was not opened and was left unchanged; restore it "
                                       "from a backup.")
        .arg(QDir::toNativeSeparators(path), shown.join(QCoreApplication::translate("rr::Database", "; ")));
}

} // namespace rr
