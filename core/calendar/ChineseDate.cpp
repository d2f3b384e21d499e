#include "calendar/ChineseDate.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString chineseDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day());
}

QString chineseMonth(const QDate &date)
{
    if (!date.isValid())
        return {};
    return u"%1年%2月"_s.arg(date.year()).arg(date.month());
}

QString chineseWeekday(const QDate &date)
{
    static const QString names[] = {u"星期一"_s, u"星期二"_s, u"星期三"_s, u"星期四"_s,
                                    u"星期五"_s, u"星期六"_s, u"星期日"_s};
    return date.isValid() ? names[date.dayOfWeek() - 1] : QString();
}

QString chineseNumber(int value)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    if (value < 0 || value > 99)
        return QString::number(value);
    if (value < 10)
        return digits.at(value);
    const int tens = value / 10;
    const int ones = value % 10;
    QString text = tens == 1 ? QString() : QString(digits.at(tens));
    text += u'十';
    if (ones)
        text += digits.at(ones);
    return text;
}

QString chineseGrade(int grade)
{
    if (grade < 1 || grade > 12)
        return {};
    if (grade >= 10)
        return u"高%1"_s.arg(chineseNumber(grade - 9));
    return chineseNumber(grade) + u"年级"_s;
}

QString schoolYearName(int schoolYear)
{
    return u"%1—%2学年"_s.arg(schoolYear).arg(schoolYear + 1);
}

QString defaultSemesterName(int schoolYear, bool autumn)
{
    return autumn ? u"%1年秋季学期"_s.arg(schoolYear) : u"%1年春季学期"_s.arg(schoolYear + 1);
}

} // namespace rr
