#include "calendar/ScreenDate.h"

#include "calendar/ChineseDate.h"

#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
bool chineseScreens() { return QLocale().language() == QLocale::Chinese; }
} // namespace

QString screenDateFormat()
{
    return chineseScreens() ? u"yyyy年M月d日"_s : u"yyyy-MM-dd"_s;
}

QString screenShortDateFormat()
{
    return chineseScreens() ? u"M月d日"_s : u"MM-dd"_s;
}

QString screenDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return chineseScreens() ? chineseDate(date) : date.toString(Qt::ISODate);
}

QString screenShortDate(const QDate &date)
{
    return date.isValid() ? date.toString(screenShortDateFormat()) : QString();
}

QString screenDateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return screenDate(dateTime.date()) + u" "_s + dateTime.time().toString(u"HH:mm"_s);
}

QString screenDateRange(const QDate &from, const QDate &to)
{
    if (!chineseScreens())
        return screenDate(from) + u" – "_s + screenDate(to);
    if (from.isValid() && to.isValid() && from.year() == to.year())
        return screenDate(from) + u"—"_s + screenShortDate(to);
    return screenDate(from) + u"—"_s + screenDate(to);
}

} // namespace rr
