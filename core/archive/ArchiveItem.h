#pragma once
// The ten items of a student's personal archive (seed 002, 附件6 二).
#include <QList>
#include <QString>

namespace rr {

enum class ArchiveItem {
    EnrolmentForm = 1,       // 入学登记表
    LrcApplication,          // 随班就读学生申报确认表
    AssessmentReports,       // 历次智力测量报告及各种测量评估报告
    MedicalReports,          // 医学检查报告
    FamilyHistory,           // 家庭情况及成长史、治疗教育历史
    IepRecords,              // 个别化教育计划表、实施及反馈记录
    ExamAnalysis,            // 考试情况分析表
    DevelopmentEvaluation,   // 发展评价表
    GrowthPortfolio,         // 成长记录袋
    AdaptiveAssessment,      // 适应性行为和社会交往能力评估报告
};

QList<ArchiveItem> allArchiveItems();
QString archiveItemChinese(ArchiveItem item);
QString archiveItemLabel(ArchiveItem item);      // translated, short
// Documents made once (enrolment, application) count in any school year;
// the others are expected anew every school year.
bool isOnceOnly(ArchiveItem item);

} // namespace rr
