#include "calendar/StatutoryHolidays.h"

#include <QFile>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StatutoryHolidays StatutoryHolidays::parse(const QString &text)
{
    StatutoryHolidays table;
    const QStringList lines = text.split(u'\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList f = line.split(u'\t');
        bool yearOk = false;
        StatutoryRange r;
        if (f.size() == 5) {
            r.year = f.at(0).toInt(&yearOk);
            r.day.name = f.at(1).trimmed();
            r.day.first = QDate::fromString(f.at(2).trimmed(), Qt::ISODate);
            r.day.last = QDate::fromString(f.at(3).trimmed(), Qt::ISODate);
            r.day.isWorkday = f.at(4).trimmed() == u"1"_s;
        }
        const bool flagOk = f.size() == 5 && (f.at(4).trimmed() == u"0"_s || f.at(4).trimmed() == u"1"_s);
        if (!yearOk || !flagOk || r.day.name.isEmpty() || !r.day.first.isValid() || !r.day.last.isValid()
            || r.day.last < r.day.first) {
            table.m_problems << u"line %1: %2"_s.arg(n + 1).arg(line);
            continue;
        }
        table.m_ranges.append(r);
    }
    std::stable_sort(table.m_ranges.begin(), table.m_ranges.end(),
                     [](const StatutoryRange &a, const StatutoryRange &b) { return a.day.first < b.day.first; });
    return table;
}

const StatutoryHolidays &StatutoryHolidays::shipped()
{
    static const StatutoryHolidays table = [] {
        QFile file(u":/calendar/statutory_holidays.tsv"_s);
        if (!file.open(QIODevice::ReadOnly))
            return StatutoryHolidays{};
        return parse(QString::fromUtf8(file.readAll()));
    }();
    return table;
}

QList<int> StatutoryHolidays::years() const
{
    QList<int> list;
    for (const StatutoryRange &r : m_ranges)
        if (!list.contains(r.year))
            list.append(r.year);
    std::sort(list.begin(), list.end());
    return list;
}

QList<CalendarDay> StatutoryHolidays::within(const QDate &from, const QDate &to) const
{
    QList<CalendarDay> days;
    if (!from.isValid() || !to.isValid() || to < from)
        return days;
    for (const StatutoryRange &r : m_ranges) {
        if (r.day.last < from || r.day.first > to)
            continue;
        CalendarDay day = r.day;
        day.first = qMax(day.first, from);
        day.last = qMin(day.last, to);
        days.append(day);
    }
    return days;
}

} // namespace rr
