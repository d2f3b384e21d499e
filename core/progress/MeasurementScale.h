#pragma once
// How an objective is measured. The scale fixes the range a value may take
// (so a typo such as 800 for 80% is refused at entry, not drawn on the chart)
// and the usual direction of improvement.
#include "common/Result.h"
#include "progress/DataPoint.h"

#include <QList>
#include <QString>

namespace rr {

enum class MeasurementScale {
    Accuracy,      // 正确率, percent 0–100
    Count,         // 次数, how often per session / lesson / week; 0 and up
    Duration,      // 时长, minutes 0–480 (one school day: anything longer is a typo)
    PromptLevel,   // 提示等级 0–5, see PromptLevel below
    Attainment,    // 达成度 0–4, the end-of-semester rating (未达成 … 完全达成)
};

// The prompt hierarchy as a number, so "less help" plots as "higher":
//   独立 5, 口头提示 4, 视觉提示 3, 示范 2, 肢体辅助 1, 完全辅助 0.
// Teachers record the least help with which the child succeeded.
enum class PromptLevel { FullAssist = 0, Physical = 1, Modelling = 2, Visual = 3, Verbal = 4, Independent = 5 };

struct ScaleRange {
    double minimum = 0.0;
    double maximum = 0.0;      // +infinity when there is no upper bound
    bool wholeNumbers = false; // levels cannot be fractional
    bool operator==(const ScaleRange &) const = default;
};

QList<MeasurementScale> allScales();
QString scaleKey(MeasurementScale scale);
bool scaleFromKey(const QString &key, MeasurementScale *scale);
QString scaleChinese(MeasurementScale scale);   // 正确率 / 次数 / 时长 / 提示等级 / 达成度
QString scaleLabel(MeasurementScale scale);     // translated
QString scaleUnitChinese(MeasurementScale scale); // % / 次 / 分钟 / 级 / 级
ScaleRange scaleRange(MeasurementScale scale);
Direction defaultDirection(MeasurementScale scale);

// The value as stored, or an InvalidInput error saying what the range is.
Result<double> checkValue(MeasurementScale scale, double value);

QString promptLevelChinese(PromptLevel level);
QString promptLevelLabel(PromptLevel level);
// Values 0–5 only; anything else is refused.
Result<PromptLevel> promptLevelFromValue(double value);

} // namespace rr
