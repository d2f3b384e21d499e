#pragma once
// Times of day in the data file: text HH:MM, so they sort and compare as text.
#include <QTime>
#include <QVariant>

namespace rr {

inline QVariant sqlTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant();
}

inline QTime timeFromSql(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

} // namespace rr
