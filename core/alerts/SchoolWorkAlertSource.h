#pragma once
// The school's side of the archive as alerts: a semester nearing its end
// with fewer than the 2 expected guidance visits from the centre.
#include "alerts/Alert.h"

namespace rr {

class SchoolWorkAlertSource : public AlertSource {
public:
    QString area() const override;
    Result<QList<Alert>> alerts(const std::shared_ptr<Database> &db, const Clock &clock) const override;
};

} // namespace rr
