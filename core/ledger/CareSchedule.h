#pragma once
// A recurring inspection or maintenance of an item (每月检查, 每学年保养 …).
// An item may have several. The next due date moves on from the last time it
// was done, by calendar arithmetic (Boost.Date_Time): one month after 31
// January is the end of February, a year after 29 February is 28 February.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class CareKind { Inspection, Maintenance };
enum class IntervalUnit { Day, Week, Month, Year };

struct CareSchedule {
    qint64 id = 0;
    qint64 itemId = 0;
    CareKind kind = CareKind::Inspection;
    QString task;            // 检查绳索与挂钩, 更换滤芯 …
    int every = 1;
    IntervalUnit unit = IntervalUnit::Month;
    QDate startsOn;          // the first due date
    QDate lastDoneOn;        // null until done once
    QDate nextDueOn;
    bool operator==(const CareSchedule &) const = default;
};

// `from` moved on by `every` units. Months and years keep the end of a month
// at the end of a month (Boost's month arithmetic).
QDate advanceDate(const QDate &from, int every, IntervalUnit unit);
// The due date after the care was done on `doneOn`; the first due date when it was never done.
QDate nextDueDate(const CareSchedule &schedule, const QDate &doneOn);

QString careKindKey(CareKind kind);
CareKind careKindFromKey(const QString &key);
QString careKindChinese(CareKind kind);
QString careKindLabel(CareKind kind);
QList<IntervalUnit> allIntervalUnits();
QString intervalUnitKey(IntervalUnit unit);
IntervalUnit intervalUnitFromKey(const QString &key);
bool intervalUnitFromText(const QString &text, IntervalUnit *unit);
QString intervalUnitChinese(IntervalUnit unit);
QString intervalUnitLabel(IntervalUnit unit);
// "每3个月", "every 3 months"
QString intervalChinese(int every, IntervalUnit unit);
QString intervalLabel(int every, IntervalUnit unit);

} // namespace rr
