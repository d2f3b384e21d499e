#include "ledger/CareSchedule.h"

#include "calendar/BoostDate.h"
#include "common/EnumLabels.h"

namespace rr {

namespace bg = boost::gregorian;
using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumLabels<CareKind, 2> kKinds{"rr::Ledger", {{
    {CareKind::Maintenance, "maintenance", u"保养", QT_TRANSLATE_NOOP("rr::Ledger", "Maintenance")},
    {CareKind::Inspection, "inspection", u"检查", QT_TRANSLATE_NOOP("rr::Ledger", "Inspection")},
}}};
constexpr EnumLabels<IntervalUnit, 4> kUnits{"rr::Ledger", {{
    {IntervalUnit::Day, "day", u"天", QT_TRANSLATE_NOOP("rr::Ledger", "days")},
    {IntervalUnit::Week, "week", u"周", QT_TRANSLATE_NOOP("rr::Ledger", "weeks")},
    {IntervalUnit::Year, "year", u"年", QT_TRANSLATE_NOOP("rr::Ledger", "years")},
    {IntervalUnit::Month, "month", u"个月", QT_TRANSLATE_NOOP("rr::Ledger", "months")},
}}};
} // namespace

QDate advanceDate(const QDate &from, int every, IntervalUnit unit)
{
    if (!from.isValid() || every < 1)
        return {};
    const bg::date start = toBoost(from);
    switch (unit) {
    case IntervalUnit::Day: return fromBoost(start + bg::days(every));
    case IntervalUnit::Week: return fromBoost(start + bg::weeks(every));
    case IntervalUnit::Month: return fromBoost(start + bg::months(every));
    case IntervalUnit::Year: return fromBoost(start + bg::years(every));
    }
    return {};
}

QDate nextDueDate(const CareSchedule &schedule, const QDate &doneOn)
{
    if (!doneOn.isValid())
        return schedule.startsOn;
    return advanceDate(doneOn, schedule.every, schedule.unit);
}

QString careKindKey(CareKind k) { return kKinds.key(k); }
CareKind careKindFromKey(const QString &key) { return kKinds.fromKey(key); }
QString careKindChinese(CareKind k) { return kKinds.chinese(k); }
QString careKindLabel(CareKind k) { return kKinds.label(k); }

QList<IntervalUnit> allIntervalUnits() { return {IntervalUnit::Day, IntervalUnit::Week, IntervalUnit::Month, IntervalUnit::Year}; }
QString intervalUnitKey(IntervalUnit u) { return kUnits.key(u); }
IntervalUnit intervalUnitFromKey(const QString &key) { return kUnits.fromKey(key); }
QString intervalUnitChinese(IntervalUnit u) { return kUnits.chinese(u); }
QString intervalUnitLabel(IntervalUnit u) { return kUnits.label(u); }

bool intervalUnitFromText(const QString &text, IntervalUnit *unit)
{
    const QString t = text.trimmed();
    for (IntervalUnit u : allIntervalUnits())
        if (t == intervalUnitKey(u) || t == intervalUnitChinese(u) || t.compare(intervalUnitLabel(u), Qt::CaseInsensitive) == 0
            || (u == IntervalUnit::Month && t == u"月"_s)) {
            *unit = u;
            return true;
        }
    return false;
}

QString intervalChinese(int every, IntervalUnit unit) { return u"每%1%2"_s.arg(every).arg(intervalUnitChinese(unit)); }
QString intervalLabel(int every, IntervalUnit unit)
{
    return QCoreApplication::translate("rr::Ledger", "every %1 %2").arg(every).arg(intervalUnitLabel(unit));
}

} // namespace rr
