#include "storage/SqlParams.h"

#include "storage/SqlErrors.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace rr {

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const SqlParams &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return storageError(query.lastError(), QCoreApplication::translate("rr::Database", "Preparing a statement"));
    for (const auto &[name, value] : params)
        query.bindValue(QString::fromLatin1(name), value);
    if (!query.exec())
        return storageError(query.lastError(), QCoreApplication::translate("rr::Database", "Reading or saving data"));
    return query;
}

QVariant nullIfEmpty(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace rr
