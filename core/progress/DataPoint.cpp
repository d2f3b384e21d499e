#include "progress/DataPoint.h"

#include "common/EnumLabels.h"

#include <algorithm>

namespace rr {

namespace {
constexpr EnumLabels<Direction, 2> kDirections{"rr::Progress", {{
    {Direction::Increase, "increase", u"提高", QT_TRANSLATE_NOOP("rr::Progress", "Increase")},
    {Direction::Decrease, "decrease", u"降低", QT_TRANSLATE_NOOP("rr::Progress", "Decrease")},
}}};
} // namespace

QString directionKey(Direction direction) { return kDirections.key(direction); }
bool directionFromKey(const QString &key, Direction *direction) { return kDirections.fromKey(key, direction); }
QString directionChinese(Direction direction) { return kDirections.chinese(direction); }
QString directionLabel(Direction direction) { return kDirections.label(direction); }

QList<DataPoint> sortedByDate(QList<DataPoint> points)
{
    std::stable_sort(points.begin(), points.end(),
                     [](const DataPoint &a, const DataPoint &b) { return a.date < b.date; });
    return points;
}

} // namespace rr
