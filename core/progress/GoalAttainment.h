#pragma once
// Goal Attainment Scaling (Kiresuk & Sherman): each objective is rated on
// five levels, −2 (still at baseline) … 0 (expected outcome) … +2 (much
// better than expected), and the ratings of one child's objectives combine
// into a T score that is 50 when every objective came out as expected.
#include "common/Result.h"

#include <QList>

namespace rr {

inline constexpr double kGasDefaultRho = 0.3;   // the conventional inter-goal correlation

// T = 50 + 10·Σwᵢxᵢ / √((1−ρ)Σwᵢ² + ρ(Σwᵢ)²).
// weights empty → all 1. Refused: no levels, a level outside −2..+2,
// a weight count that does not match, a weight ≤ 0, ρ outside [0, 1).
Result<double> gasTScore(const QList<int> &levels, const QList<double> &weights = {}, double rho = kGasDefaultRho);

QString gasLevelChinese(int level);   // 远低于预期 / 低于预期 / 达到预期 / 高于预期 / 远高于预期

} // namespace rr
