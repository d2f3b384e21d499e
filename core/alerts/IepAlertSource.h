#pragma once
// The IEP reminders (reviews due, objectives without data, students without
// a plan, outdated assessments) as alerts.
#include "alerts/Alert.h"

namespace rr {

class IepAlertSource : public AlertSource {
public:
    QString area() const override;
    Result<QList<Alert>> alerts(const std::shared_ptr<Database> &db, const Clock &clock) const override;
};

} // namespace rr
