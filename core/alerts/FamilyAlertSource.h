#pragma once
// The monthly checks of family contact and counselling (core/family) as
// alerts, over the current semester: a past month short of its count is
// overdue; the current month is due in its last week of school.
#include "alerts/Alert.h"

namespace rr {

class FamilyAlertSource : public AlertSource {
public:
    QString area() const override;
    Result<QList<Alert>> alerts(const std::shared_ptr<Database> &db, const Clock &clock) const override;
};

} // namespace rr
