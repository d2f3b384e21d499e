#include "progress/MeasurementScale.h"

#include "common/EnumLabels.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>

using namespace Qt::Literals::StringLiterals;

namespace rr {

namespace {
constexpr EnumLabels<MeasurementScale, 5> kScales{"rr::Progress", {{
    {MeasurementScale::Accuracy, "accuracy", u"正确率", QT_TRANSLATE_NOOP("rr::Progress", "Accuracy (%)")},
    {MeasurementScale::Count, "count", u"次数", QT_TRANSLATE_NOOP("rr::Progress", "Count")},
    {MeasurementScale::Duration, "duration", u"时长", QT_TRANSLATE_NOOP("rr::Progress", "Duration (minutes)")},
    {MeasurementScale::PromptLevel, "prompt", u"提示等级", QT_TRANSLATE_NOOP("rr::Progress", "Prompt level")},
    {MeasurementScale::Attainment, "attainment", u"达成度", QT_TRANSLATE_NOOP("rr::Progress", "Attainment (0–4)")},
}}};

constexpr EnumLabels<PromptLevel, 6> kPrompts{"rr::Progress", {{
    {PromptLevel::Independent, "independent", u"独立", QT_TRANSLATE_NOOP("rr::Progress", "Independent")},
    {PromptLevel::Verbal, "verbal", u"口头提示", QT_TRANSLATE_NOOP("rr::Progress", "Verbal prompt")},
    {PromptLevel::Visual, "visual", u"视觉提示", QT_TRANSLATE_NOOP("rr::Progress", "Visual prompt")},
    {PromptLevel::Modelling, "modelling", u"示范", QT_TRANSLATE_NOOP("rr::Progress", "Modelling")},
    {PromptLevel::Physical, "physical", u"肢体辅助", QT_TRANSLATE_NOOP("rr::Progress", "Physical assistance")},
    {PromptLevel::FullAssist, "full_assist", u"完全辅助", QT_TRANSLATE_NOOP("rr::Progress", "Full assistance")},
}}};

constexpr double kUnbounded = std::numeric_limits<double>::infinity();
} // namespace

QList<MeasurementScale> allScales()
{
    QList<MeasurementScale> scales;
    for (const auto &entry : kScales.entries())
        scales.append(entry.value);
    return scales;
}

QString scaleKey(MeasurementScale scale) { return kScales.key(scale); }
bool scaleFromKey(const QString &key, MeasurementScale *scale) { return kScales.fromKey(key, scale); }
QString scaleChinese(MeasurementScale scale) { return kScales.chinese(scale); }
QString scaleLabel(MeasurementScale scale) { return kScales.label(scale); }

QString scaleUnitChinese(MeasurementScale scale)
{
    switch (scale) {
    case MeasurementScale::Accuracy: return u"%"_s;
    case MeasurementScale::Count: return u"次"_s;
    case MeasurementScale::Duration: return u"分钟"_s;
    case MeasurementScale::PromptLevel:
    case MeasurementScale::Attainment: return u"级"_s;
    }
    return {};
}

ScaleRange scaleRange(MeasurementScale scale)
{
    switch (scale) {
    case MeasurementScale::Accuracy: return {0.0, 100.0, false};
    case MeasurementScale::Count: return {0.0, kUnbounded, false};  // averages per lesson may be fractional
    case MeasurementScale::Duration: return {0.0, 480.0, false};
    case MeasurementScale::PromptLevel: return {0.0, 5.0, true};
    case MeasurementScale::Attainment: return {0.0, 4.0, true};
    }
    return {};
}

Direction defaultDirection(MeasurementScale scale)
{
    // Counts in a resource room are mostly of problem behaviour (离座、尖叫),
    // which must go down; everything else measures a skill that must go up.
    return scale == MeasurementScale::Count ? Direction::Decrease : Direction::Increase;
}

Result<double> checkValue(MeasurementScale scale, double value)
{
    const ScaleRange range = scaleRange(scale);
    if (!std::isfinite(value) || value < range.minimum || value > range.maximum) {
        const QString message = std::isinf(range.maximum)
            ? QCoreApplication::translate("rr::Progress", "%1 cannot be below %2; %3 was entered.")
                  .arg(scaleLabel(scale)).arg(range.minimum).arg(value)
            : QCoreApplication::translate("rr::Progress", "%1 must be between %2 and %3; %4 was entered.")
                  .arg(scaleLabel(scale)).arg(range.minimum).arg(range.maximum).arg(value);
        return makeError(ErrorCode::InvalidInput, message);
    }
    if (range.wholeNumbers && value != std::floor(value))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Progress", "%1 takes whole levels only; %2 was entered.")
                             .arg(scaleLabel(scale)).arg(value));
    return value;
}

QString promptLevelChinese(PromptLevel level) { return kPrompts.chinese(level); }
QString promptLevelLabel(PromptLevel level) { return kPrompts.label(level); }

Result<PromptLevel> promptLevelFromValue(double value)
{
    const Result<double> checked = checkValue(MeasurementScale::PromptLevel, value);
    if (!checked)
        return checked.error();
    return static_cast<PromptLevel>(static_cast<int>(*checked));
}

} // namespace rr
