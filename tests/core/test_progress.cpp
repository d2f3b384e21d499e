#include <catch2/catch.hpp>

#include "progress/AimLine.h"
#include "progress/Baseline.h"
#include "progress/FourPointRule.h"
#include "progress/GoalAttainment.h"
#include "progress/MeasurementScale.h"
#include "progress/TrendLine.h"

#include <cmath>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
// Weekly probes on Mondays: the baseline's third probe falls on kDay0.
const QDate kStart(2026, 3, 2);
const QDate kDay0 = kStart.addDays(14);

QDate week(int k) { return kDay0.addDays(7 * k); }

// Three baseline probes (median = base) followed by one probe per week.
QList<DataPoint> series(double base, const QList<double> &afterBaseline)
{
    QList<DataPoint> points{{kStart, base - 5, {}}, {kStart.addDays(7), base + 5, {}}, {kDay0, base, {}}};
    for (int k = 0; k < afterBaseline.size(); ++k)
        points.append({week(k + 1), afterBaseline[k], {}});
    return points;
}

// Baseline 50 on kDay0, goal 90 ten weeks later: the aim rises 4 per week.
AimLine risingAim() { return AimLine{kDay0, 50.0, week(10), 90.0}; }
// Baseline 10 per week, goal 2 eight weeks later: the aim falls 1 per week.
AimLine fallingAim() { return AimLine{kDay0, 10.0, week(8), 2.0}; }

// Values at a fixed offset from the aim line at weeks 1..n.
QList<double> offsetFromAim(const AimLine &aim, const QList<double> &offsets)
{
    QList<double> values;
    for (int k = 0; k < offsets.size(); ++k)
        values.append(aim.valueAt(week(k + 1)) + offsets[k]);
    return values;
}
} // namespace

TEST_CASE("baseline is the median of the first three probes")
{
    CHECK_FALSE(baseline({}).has_value());
    CHECK_FALSE(baseline({{kStart, 40, {}}, {kStart.addDays(7), 60, {}}}).has_value());

    // Odd-length series, values out of order: median of 40, 60, 50 is 50.
    const QList<DataPoint> odd{{kStart, 40, {}}, {kStart.addDays(7), 60, {}}, {kStart.addDays(14), 50, {}},
                               {kStart.addDays(21), 99, {}}, {kStart.addDays(28), 0, {}}};
    REQUIRE(baseline(odd).has_value());
    CHECK(baseline(odd)->value == 50.0);
    CHECK(baseline(odd)->date == kStart.addDays(14));

    // Even-length series: still only the first three count (70, 30, 30 → 30).
    const QList<DataPoint> even{{kStart, 70, {}}, {kStart.addDays(1), 30, {}}, {kStart.addDays(2), 30, {}},
                                {kStart.addDays(3), 100, {}}};
    CHECK(baseline(even)->value == 30.0);

    // Entered out of date order: the earliest three dates are the baseline.
    const QList<DataPoint> shuffled{{kStart.addDays(21), 99, {}}, {kStart.addDays(7), 60, {}},
                                    {kStart.addDays(14), 50, {}}, {kStart, 40, {}}};
    CHECK(baseline(shuffled) == Baseline{kStart.addDays(14), 50.0});
}

TEST_CASE("aim line from the baseline to the goal at the deadline")
{
    const QList<DataPoint> points = series(50, {});
    const Result<AimLine> aim = aimLine(points, kDay0.addDays(28), 90);
    REQUIRE(aim.ok());
    CHECK(aim->start == kDay0);
    CHECK(aim->startValue == 50.0);
    CHECK(aim->slopePerWeek() == Approx(10.0));
    CHECK(aim->valueAt(kDay0.addDays(14)) == Approx(70.0));
    CHECK(aim->valueAt(kDay0.addDays(28)) == Approx(90.0));
    CHECK(aim->valueAt(kDay0.addDays(35)) == Approx(100.0));   // extended past the deadline

    const AimLine falling = fallingAim();
    CHECK(falling.slopePerWeek() == Approx(-1.0));
    CHECK(falling.valueAt(week(3)) == Approx(7.0));

    CHECK_FALSE(aimLine(points.mid(0, 2), kDay0.addDays(28), 90).ok());
    CHECK_FALSE(aimLine(points, kDay0, 90).ok());
    CHECK_FALSE(aimLine(points, kDay0.addDays(-7), 90).ok());
    CHECK_FALSE(aimLine(points, kDay0.addDays(-7), 90).error().message.isEmpty());
}

TEST_CASE("least-squares trend")
{
    SECTION("exact line: 2 per day from 30")
    {
        const QList<DataPoint> points = series(0, {30, 44, 58, 72});
        const auto trend = leastSquaresTrend(points);
        REQUIRE(trend.has_value());
        CHECK(trend->origin == week(1));
        CHECK(trend->slopePerWeek() == Approx(14.0));
        CHECK(trend->valueAt(week(3)) == Approx(58.0));
        CHECK(trend->valueAt(week(6)) == Approx(100.0));
    }
    SECTION("noisy series, solved by hand")
    {
        // x = 0, 7, 14, 21; y = 10, 14, 13, 19. x̄ = 10.5, ȳ = 14,
        // Sxy = 91, Sxx = 245 → slope 13/35 per day = 2.6 per week,
        // intercept 14 − 2.6·1.5 = 10.1, value at day 21 = 17.9.
        const auto trend = leastSquaresTrend(series(0, {10, 14, 13, 19}));
        REQUIRE(trend.has_value());
        CHECK(trend->slopePerWeek() == Approx(2.6));
        CHECK(trend->intercept == Approx(10.1));
        CHECK(trend->valueAt(week(4)) == Approx(17.9));
    }
    SECTION("needs two dates")
    {
        CHECK_FALSE(leastSquaresTrend(series(0, {30})).has_value());
        CHECK_FALSE(leastSquaresTrend(series(0, {})).has_value());
    }
}

TEST_CASE("Tukey tri-split median line resists an outlier")
{
    // 10, 12, … 24 weekly (2 per week), then a wild 90 where 26 was due.
    const QList<DataPoint> points = series(0, {10, 12, 14, 16, 18, 20, 22, 24, 90});
    const auto tukey = tukeyTrend(points);
    const auto ls = leastSquaresTrend(points);
    REQUIRE(tukey.has_value());
    REQUIRE(ls.has_value());
    // Thirds of three: medians (7, 12), (28, 18), (49, 24) in days.
    CHECK(tukey->slopePerWeek() == Approx(2.0));
    CHECK(tukey->intercept == Approx(10.0));
    CHECK(tukey->valueAt(week(9)) == Approx(26.0));
    // Least squares is pulled up by 64·(56 − 28)/2940 per day = 4.2667 per week.
    CHECK(ls->slopePerWeek() == Approx(2.0 + 64.0 * 28.0 / 2940.0 * 7.0));
    CHECK(ls->slopePerWeek() > 3 * tukey->slopePerWeek());

    // Unequal thirds (7 → 2,3,2; 8 → 3,2,3) still recover an exact line.
    CHECK(tukeyTrend(series(0, {1, 2, 3, 4, 5, 6, 7}))->slopePerWeek() == Approx(1.0));
    CHECK(tukeyTrend(series(0, {1, 2, 3, 4, 5, 6, 7, 8}))->slopePerWeek() == Approx(1.0));
    CHECK(tukeyTrend(series(0, {1, 2, 3, 4, 5, 6, 7, 8}))->valueAt(week(1)) == Approx(1.0));
    CHECK_FALSE(tukeyTrend(series(0, {1, 2})).has_value());
}

TEST_CASE("trend lines use only the points after the last phase change")
{
    // Flat at 10 before the change, rising 3 per week after it.
    const QList<DataPoint> points = series(10, {10, 10, 10, 10, 13, 16, 19});
    const QList<QDate> phases{week(4)};
    CHECK(leastSquaresTrend(points, phases)->slopePerWeek() == Approx(3.0));
    CHECK(tukeyTrend(points, phases)->slopePerWeek() == Approx(3.0));
    CHECK(pointsInCurrentPhase(points, phases).size() == 4);
    CHECK(pointsInCurrentPhase(points).size() == 7);
}

TEST_CASE("four-point rule, increasing goal")
{
    const AimLine aim = risingAim();
    const auto decide = [&](const QList<double> &offsets, const QList<QDate> &phases = {}) {
        return fourPointRule(series(50, offsetFromAim(aim, offsets)), aim, Direction::Increase, phases);
    };

    const DecisionResult tooFew = decide({-5, -5, -5, -5, -5});
    CHECK(tooFew.decision == ProgressDecision::NotEnoughData);
    CHECK(tooFew.chinese == u"数据不足"_s);
    CHECK_FALSE(tooFew.reason.isEmpty());

    const DecisionResult below = decide({3, 2, -1, -4, -2, -6});
    CHECK(below.decision == ProgressDecision::ChangeTeaching);
    CHECK(below.chinese == u"调整教学"_s);
    CHECK_FALSE(below.reason.isEmpty());

    const DecisionResult above = decide({-3, -2, 1, 4, 2, 6});
    CHECK(above.decision == ProgressDecision::RaiseGoal);
    CHECK(above.chinese == u"提高目标"_s);

    const DecisionResult mixed = decide({-3, -2, 1, -4, 2, 6});
    CHECK(mixed.decision == ProgressDecision::Continue);
    CHECK(mixed.chinese == u"继续"_s);

    // A probe exactly on the aim line breaks a run.
    CHECK(decide({-3, -2, -1, 0, -2, -6}).decision == ProgressDecision::Continue);
    // Only the last four count, however many points there are.
    CHECK(decide({9, 9, 9, 9, 9, 9, -1, -1, -1, -1}).decision == ProgressDecision::ChangeTeaching);
}

TEST_CASE("four-point rule, decreasing goal (problem behaviour)")
{
    const AimLine aim = fallingAim();
    const auto decide = [&](const QList<double> &offsets) {
        return fourPointRule(series(10, offsetFromAim(aim, offsets)), aim, Direction::Decrease);
    };
    CHECK(decide({1, 1, 1, 1, 1}).decision == ProgressDecision::NotEnoughData);
    CHECK(decide({-1, 0, 1, 2, 1, 3}).decision == ProgressDecision::ChangeTeaching);   // above = worse
    CHECK(decide({1, 0, -1, -2, -1, -0.5}).decision == ProgressDecision::RaiseGoal);  // below = better
    CHECK(decide({1, 0, -1, 2, -1, 3}).decision == ProgressDecision::Continue);
    CHECK(decide({-1, 0, 1, 2, 1, 3}).chinese == u"调整教学"_s);
}

TEST_CASE("a phase change restarts the four-point rule")
{
    const AimLine aim = risingAim();
    // Eight probes all below the aim: change the teaching.
    QList<double> offsets{-5, -5, -5, -5, -5, -5, -5, -5};
    CHECK(fourPointRule(series(50, offsetFromAim(aim, offsets)), aim, Direction::Increase).decision
          == ProgressDecision::ChangeTeaching);
    // The teaching changed at week 6: only weeks 6–8 are in the new phase.
    const QList<QDate> phases{week(2), week(6)};
    CHECK(fourPointRule(series(50, offsetFromAim(aim, offsets)), aim, Direction::Increase, phases).decision
          == ProgressDecision::NotEnoughData);
    // Three more weeks, all above the aim: six in the phase, the last four above.
    offsets << 4 << 4 << 4;
    offsets[6] = 4;
    offsets[7] = 4;
    CHECK(fourPointRule(series(50, offsetFromAim(aim, offsets)), aim, Direction::Increase, phases).decision
          == ProgressDecision::RaiseGoal);
    // The rule counted exactly weeks 6–11.
    CHECK(pointsInCurrentPhase(series(50, offsetFromAim(aim, offsets)), phases).size() == 6);
}

TEST_CASE("Goal Attainment Scaling T score")
{
    // Unweighted {0, 1, −1, 2}: Σwx = 2, Σw² = 4, (Σw)² = 16,
    // √(0.7·4 + 0.3·16) = √7.6 = 2.75681 → T = 50 + 20/2.75681 = 57.2548.
    const Result<double> t = gasTScore({0, 1, -1, 2});
    REQUIRE(t.ok());
    CHECK(*t == Approx(57.2548).epsilon(1e-6));
    // Weighted {1, −1, 2} with weights {2, 1, 3}: Σwx = 2 − 1 + 6 = 7,
    // Σw² = 14, (Σw)² = 36, √(0.7·14 + 0.3·36) = √20.6 = 4.53872
    // → T = 50 + 70/4.53872 = 65.4228.
    CHECK(*gasTScore({1, -1, 2}, {2, 1, 3}) == Approx(65.4228).epsilon(1e-6));
    // One objective at +2: the denominator is √(0.7 + 0.3) = 1 → 70.
    CHECK(*gasTScore({2}) == Approx(70.0));
    CHECK(*gasTScore({0, 0, 0, 0, 0}) == Approx(50.0));
    CHECK(*gasTScore({0, 0, 0}, {1, 2, 5}) == Approx(50.0));
    // ρ = 0 is the plain standardised sum: 2/√4 → 60.
    CHECK(*gasTScore({0, 1, -1, 2}, {}, 0.0) == Approx(60.0));

    CHECK_FALSE(gasTScore({}).ok());
    CHECK_FALSE(gasTScore({3}).ok());
    CHECK_FALSE(gasTScore({-3, 0}).ok());
    CHECK_FALSE(gasTScore({0, 1}, {1}).ok());
    CHECK_FALSE(gasTScore({0, 1}, {1, 0}).ok());
    CHECK_FALSE(gasTScore({0, 1}, {}, 1.0).ok());
    CHECK(gasLevelChinese(0) == u"达到预期"_s);
}

TEST_CASE("measurement scales refuse values out of range")
{
    CHECK(checkValue(MeasurementScale::Accuracy, 80).ok());
    CHECK(checkValue(MeasurementScale::Accuracy, 100).ok());
    CHECK_FALSE(checkValue(MeasurementScale::Accuracy, 101).ok());
    CHECK_FALSE(checkValue(MeasurementScale::Accuracy, -1).ok());
    CHECK_FALSE(checkValue(MeasurementScale::Accuracy, 800).error().message.isEmpty());
    CHECK_FALSE(checkValue(MeasurementScale::Accuracy, std::nan("")).ok());
    CHECK(checkValue(MeasurementScale::Count, 1000).ok());
    CHECK(checkValue(MeasurementScale::Count, 2.5).ok());
    CHECK_FALSE(checkValue(MeasurementScale::Count, -1).ok());
    CHECK(checkValue(MeasurementScale::Duration, 40).ok());
    CHECK_FALSE(checkValue(MeasurementScale::Duration, 500).ok());
    CHECK(checkValue(MeasurementScale::PromptLevel, 5).ok());
    CHECK_FALSE(checkValue(MeasurementScale::PromptLevel, 6).ok());
    CHECK_FALSE(checkValue(MeasurementScale::PromptLevel, 2.5).ok());
    CHECK(checkValue(MeasurementScale::Attainment, 4).ok());
    CHECK_FALSE(checkValue(MeasurementScale::Attainment, 5).ok());

    CHECK(defaultDirection(MeasurementScale::Accuracy) == Direction::Increase);
    CHECK(defaultDirection(MeasurementScale::Count) == Direction::Decrease);
    CHECK(scaleChinese(MeasurementScale::PromptLevel) == u"提示等级"_s);
    CHECK(scaleRange(MeasurementScale::Accuracy) == ScaleRange{0, 100, false});
    for (const MeasurementScale scale : allScales()) {
        MeasurementScale parsed = MeasurementScale::Accuracy;
        REQUIRE(scaleFromKey(scaleKey(scale), &parsed));
        CHECK(parsed == scale);
        CHECK_FALSE(scaleLabel(scale).isEmpty());
    }
}

TEST_CASE("prompt levels: independent is 5, full assistance 0")
{
    CHECK(*promptLevelFromValue(5) == PromptLevel::Independent);
    CHECK(*promptLevelFromValue(4) == PromptLevel::Verbal);
    CHECK(*promptLevelFromValue(3) == PromptLevel::Visual);
    CHECK(*promptLevelFromValue(2) == PromptLevel::Modelling);
    CHECK(*promptLevelFromValue(1) == PromptLevel::Physical);
    CHECK(*promptLevelFromValue(0) == PromptLevel::FullAssist);
    CHECK_FALSE(promptLevelFromValue(7).ok());
    CHECK(promptLevelChinese(PromptLevel::Independent) == u"独立"_s);
    CHECK(promptLevelChinese(PromptLevel::Verbal) == u"口头提示"_s);
    CHECK(promptLevelChinese(PromptLevel::Visual) == u"视觉提示"_s);
    CHECK(promptLevelChinese(PromptLevel::Modelling) == u"示范"_s);
    CHECK(promptLevelChinese(PromptLevel::Physical) == u"肢体辅助"_s);
    CHECK(promptLevelChinese(PromptLevel::FullAssist) == u"完全辅助"_s);
}
