#pragma once
// What a training record inspection (训练记录检查) checks, and how strictly.
// The defaults follow seed 003 (个别辅导原则上每周一次, 每月一次"一对一"心理咨询)
// and the rooms' rules (使用后填写记录). Kept in the data file's settings,
// so the school's choice travels with a backup.
#include "common/Result.h"

#include <QByteArray>
#include <memory>

namespace rr {

class Database;

struct InspectionRules {
    // Each service of the IEP other than counselling: sessions per teaching week.
    bool weeklySessions = true;
    int sessionsPerWeek = 1;
    // Where the IEP has counselling: one-to-one sessions per calendar month.
    bool monthlyCounselling = true;
    int counsellingPerMonth = 1;
    // Content, performance and results for present students; the reason otherwise.
    bool requiredFields = true;
    // Signed within the room's RecordDue days, or these when the room has none.
    bool signedInTime = true;
    int signWithinDays = 3;
    // Minutes delivered over the weeks checked against the IEP's minutes per
    // week. 80%: a week lost to illness or a school event is normal, a
    // fifth of the plan missing is not.
    bool deliveredMinutes = true;
    int minutesPercent = 80;
    // Timetabled sessions in the past without a record; student activities
    // logged in a room whose rules ask for a record, without one.
    bool unrecordedUse = true;
    // 整改要求 are due this many days after the inspection.
    int fixWithinDays = 7;
    bool operator==(const InspectionRules &) const = default;
};

// Refused: counts below 1, days below 0 or above 60, a percentage outside 1–100.
Result<void> validateInspectionRules(const InspectionRules &rules);

QByteArray inspectionRulesToJson(const InspectionRules &rules);
InspectionRules inspectionRulesFromJson(const QByteArray &json);   // missing keys keep their defaults

// The school's rules (settings key inspection.rules), the defaults until saved.
Result<InspectionRules> loadInspectionRules(const std::shared_ptr<Database> &db);
Result<void> saveInspectionRules(const std::shared_ptr<Database> &db, const InspectionRules &rules);

} // namespace rr
