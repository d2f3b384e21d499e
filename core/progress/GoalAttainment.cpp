#include "progress/GoalAttainment.h"

#include <QCoreApplication>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace rr {

Result<double> gasTScore(const QList<int> &levels, const QList<double> &weights, double rho)
{
    if (levels.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Progress", "Goal attainment scaling needs at least one rated objective."));
    if (!weights.isEmpty() && weights.size() != levels.size())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Progress", "There are %1 ratings but %2 weights.")
                             .arg(levels.size()).arg(weights.size()));
    if (!(rho >= 0.0 && rho < 1.0))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Progress", "The correlation ρ must be at least 0 and below 1."));
    double weighted = 0, sumSquares = 0, sum = 0;
    for (qsizetype i = 0; i < levels.size(); ++i) {
        if (levels[i] < -2 || levels[i] > 2)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Progress", "A goal attainment level must be between -2 and +2; %1 was given.")
                                 .arg(levels[i]));
        const double w = weights.isEmpty() ? 1.0 : weights[i];
        if (!(w > 0.0) || !std::isfinite(w))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Progress", "Every weight must be a positive number."));
        weighted += w * levels[i];
        sumSquares += w * w;
        sum += w;
    }
    return 50.0 + 10.0 * weighted / std::sqrt((1.0 - rho) * sumSquares + rho * sum * sum);
}

QString gasLevelChinese(int level)
{
    switch (level) {
    case -2: return u"远低于预期"_s;
    case -1: return u"低于预期"_s;
    case 0: return u"达到预期"_s;
    case 1: return u"高于预期"_s;
    case 2: return u"远高于预期"_s;
    }
    return {};
}

} // namespace rr
