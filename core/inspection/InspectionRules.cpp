#include "inspection/InspectionRules.h"

#include "school/SettingsRepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSettingsKey = u"inspection.rules"_s;

} // namespace

Result<void> validateInspectionRules(const InspectionRules &r)
{
    if (r.sessionsPerWeek < 1 || r.counsellingPerMonth < 1)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Inspection", "The number of sessions required must be at least 1."));
    if (r.signWithinDays < 0 || r.signWithinDays > 60 || r.fixWithinDays < 0 || r.fixWithinDays > 60)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Inspection", "Days allowed must be between 0 and 60."));
    if (r.minutesPercent < 1 || r.minutesPercent > 100)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Inspection", "The share of IEP minutes must be 1 to 100 percent."));
    return {};
}

QByteArray inspectionRulesToJson(const InspectionRules &r)
{
    const QJsonObject o{{u"weekly_sessions"_s, r.weeklySessions},
                        {u"sessions_per_week"_s, r.sessionsPerWeek},
                        {u"monthly_counselling"_s, r.monthlyCounselling},
                        {u"counselling_per_month"_s, r.counsellingPerMonth},
                        {u"required_fields"_s, r.requiredFields},
                        {u"signed_in_time"_s, r.signedInTime},
                        {u"sign_within_days"_s, r.signWithinDays},
                        {u"delivered_minutes"_s, r.deliveredMinutes},
                        {u"minutes_percent"_s, r.minutesPercent},
                        {u"unrecorded_use"_s, r.unrecordedUse},
                        {u"fix_within_days"_s, r.fixWithinDays}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

InspectionRules inspectionRulesFromJson(const QByteArray &json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    InspectionRules r;
    r.weeklySessions = o.value(u"weekly_sessions"_s).toBool(r.weeklySessions);
    r.sessionsPerWeek = o.value(u"sessions_per_week"_s).toInt(r.sessionsPerWeek);
    r.monthlyCounselling = o.value(u"monthly_counselling"_s).toBool(r.monthlyCounselling);
    r.counsellingPerMonth = o.value(u"counselling_per_month"_s).toInt(r.counsellingPerMonth);
    r.requiredFields = o.value(u"required_fields"_s).toBool(r.requiredFields);
    r.signedInTime = o.value(u"signed_in_time"_s).toBool(r.signedInTime);
    r.signWithinDays = o.value(u"sign_within_days"_s).toInt(r.signWithinDays);
    r.deliveredMinutes = o.value(u"delivered_minutes"_s).toBool(r.deliveredMinutes);
    r.minutesPercent = o.value(u"minutes_percent"_s).toInt(r.minutesPercent);
    r.unrecordedUse = o.value(u"unrecorded_use"_s).toBool(r.unrecordedUse);
    r.fixWithinDays = o.value(u"fix_within_days"_s).toInt(r.fixWithinDays);
    return r;
}

Result<InspectionRules> loadInspectionRules(const std::shared_ptr<Database> &db)
{
    const QString stored = SettingsRepository(db).value(kSettingsKey);
    return stored.isEmpty() ? InspectionRules{} : inspectionRulesFromJson(stored.toUtf8());
}

Result<void> saveInspectionRules(const std::shared_ptr<Database> &db, const InspectionRules &rules)
{
    if (auto valid = validateInspectionRules(rules); !valid)
        return valid;
    return SettingsRepository(db).setValue(kSettingsKey, QString::fromUtf8(inspectionRulesToJson(rules)));
}

} // namespace rr
