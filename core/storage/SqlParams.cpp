#include "storage/SqlParams.h"

#include <QDate>
#include <QSqlError>

namespace rr {

QVariant nullIfEmpty(const QString &text)
{
    return text.trimmed().isEmpty() ? QVariant() : QVariant(text.trimmed());
}

QVariant isoDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QString sqlDateTime(const QDateTime &at)
{
    return at.toString(u"yyyy-MM-dd HH:mm:ss");
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace rr
