#pragma once
// Pure rules turning results into the bands printed on reports (Chinese, as
// on the official forms). Thresholds follow the instruments' manuals as
// summarised in shared/REFERENCE.md.
#include "assessment/Instrument.h"
#include "common/Result.h"

#include <QVariantMap>

namespace rr {

QString iqBand(double iq);                 // CRT and WISC: 极优 … 中等 … 边缘, 轻度 … 极重
QString smLevel(double standardScore);     // S-M: 非常优秀 … 正常, 边缘, 轻度 … 极重度
QString adqBand(double adq);               // 极强 … 正常, 边缘, 轻度 … 极度
// Sensory integration: 轻度 / 中度 / 重度 for T ≤ 40, empty when not flagged.
QString sensoryDegree(double tScore);
// The speech disability grade whose intelligibility range holds `percent`
// (一级 ≤10 … 四级 46–65), empty above 65.
QString speechGradeForIntelligibility(double percent);

// Checks the fields against the instrument and returns them normalised
// (numbers as double, text trimmed); refused with the field and its range.
Result<QVariantMap> checkResults(Instrument instrument, const QVariantMap &results);

// The conclusion in Chinese for the report, e.g. 智商 75（边缘）.
QString interpretResults(Instrument instrument, const QVariantMap &results);

// The band alone, as the summary of a report lists it: 边缘, 轻度, 正常,
// 前庭失衡轻度 …; 得分率 62% for a class test; empty for a custom assessment
// or when the deciding result is missing.
QString resultBand(Instrument instrument, const QVariantMap &results);

// The results as "label value" pairs in the instrument's field order
// (总智商 75，言语理解 80), numbers without trailing zeros.
QString resultValuesText(Instrument instrument, const QVariantMap &results);

} // namespace rr
