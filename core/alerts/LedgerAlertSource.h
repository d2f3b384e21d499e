#pragma once
// The equipment ledger's alerts: inspections and maintenance due, loans due
// soon or overdue, medicines expiring within 30 days or expired, consumables
// below their reorder level.
#include "alerts/Alert.h"

namespace rr {

class LedgerAlertSource : public AlertSource {
public:
    QString area() const override;
    Result<QList<Alert>> alerts(const std::shared_ptr<Database> &db, const Clock &clock) const override;
};

// How far ahead the ledger warns.
inline constexpr int kCareWarningDays = 7;        // inspections and maintenance
inline constexpr int kMedicineWarningDays = 30;   // expiry

} // namespace rr
