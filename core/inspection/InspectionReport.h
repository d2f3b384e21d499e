#pragma once
// The inspection as the school writes its feedback (seed 001): 一、检查情况
// (what was checked, counts), 二、存在问题 (grouped by kind, each with
// student, instructor and date), 三、整改要求 (what by when), and what the
// previous inspection's problems have become. Chinese text, for paper and
// for the screen alike; a print form lays these parts out.
#include "inspection/InspectionResult.h"

#include <QStringList>

namespace rr {

struct InspectionReportSection {
    QString heading;           // （一）训练记录填写不完整（2项）
    QStringList lines;         // 1. …（指导教师：王老师）
    bool operator==(const InspectionReportSection &) const = default;
};

struct InspectionReport {
    QString title;                                 // 个别化训练记录检查反馈
    QString scope;                                 // 检查日期 … 检查范围 …
    QString situation;                             // 一、检查情况
    QList<InspectionReportSection> problems;       // 二、存在问题
    QStringList requirements;                      // 三、整改要求, numbered
    QStringList followUp;                          // 四、上次检查问题整改情况
    bool operator==(const InspectionReport &) const = default;
};

InspectionReport inspectionReport(const InspectionResult &result);
// The report as plain text with its headings, for the CLI and previews.
QString inspectionReportText(const InspectionReport &report);

} // namespace rr
