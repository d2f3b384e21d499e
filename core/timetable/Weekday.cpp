#include "timetable/Weekday.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString weekdayLabel(int weekday)
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("rr::Timetable", "Monday"),   QT_TRANSLATE_NOOP("rr::Timetable", "Tuesday"),
        QT_TRANSLATE_NOOP("rr::Timetable", "Wednesday"), QT_TRANSLATE_NOOP("rr::Timetable", "Thursday"),
        QT_TRANSLATE_NOOP("rr::Timetable", "Friday"),   QT_TRANSLATE_NOOP("rr::Timetable", "Saturday"),
        QT_TRANSLATE_NOOP("rr::Timetable", "Sunday"),
    };
    if (weekday < 1 || weekday > 7)
        return {};
    return QCoreApplication::translate("rr::Timetable", names[weekday - 1]);
}

QString weekdayChinese(int weekday)
{
    static const char16_t *const names[] = {u"周一", u"周二", u"周三", u"周四", u"周五", u"周六", u"周日"};
    if (weekday < 1 || weekday > 7)
        return {};
    return QString::fromUtf16(names[weekday - 1]);
}

} // namespace rr
