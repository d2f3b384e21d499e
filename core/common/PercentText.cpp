#include "common/PercentText.h"

namespace rr {

QString percentText(double part, double whole)
{
    if (!(whole > 0))
        return {};
    return QString::number(part / whole * 100.0, 'f', 1) + QLatin1Char('%');
}

} // namespace rr
