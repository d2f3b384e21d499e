#pragma once
// 个别化训练记录检查反馈表 (seed 001): the school's feedback on a training
// record inspection — who checked what and when, 一、检查情况 (what was
// checked, counts), 二、存在问题 (a table per kind: student, instructor, date,
// problem), 三、整改要求 (what, who, by when), 四、上次检查问题整改情况 (已整改 /
// 未整改) when an earlier inspection was saved, the checking group's opinion
// and the signatures of 检查人 and 被检查人.
#include "inspection/InspectionResult.h"
#include "print/FormRegistry.h"

namespace rr {

// The form of `result` (saved or just run) for the school in `db`.
Result<FormDocument> inspectionFeedbackDocument(const std::shared_ptr<Database> &db, const InspectionResult &result);

// context.request: inspectionId for a saved inspection; otherwise from/to,
// inspected now with the school's rules and not saved.
Result<FormDocument> buildInspectionForm(const FormContext &context);

} // namespace rr
