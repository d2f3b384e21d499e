#include "storage/SqlParams.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>

namespace rr {

Result<QSqlQuery> runSql(const QSqlDatabase &db, const QString &sql, const SqlParams &params)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return makeError(ErrorCode::Storage,
                         QCoreApplication::translate("rr::Database", "The database rejected a statement: %1")
                             .arg(query.lastError().text()));
    for (const auto &[name, value] : params)
        query.bindValue(QString::fromLatin1(name), value);
    if (!query.exec()) {
        const QSqlError error = query.lastError();
        const bool constraint = error.nativeErrorCode().startsWith(QLatin1String("19"))
            || error.databaseText().contains(QLatin1String("constraint"), Qt::CaseInsensitive);
        return makeError(constraint ? ErrorCode::Conflict : ErrorCode::Storage,
                         QCoreApplication::translate("rr::Database", "The database could not save the change: %1")
                             .arg(error.databaseText()));
    }
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
