#include "alerts/AlertSources.h"

#include "alerts/FamilyAlertSource.h"
#include "alerts/IepAlertSource.h"
#include "alerts/SchoolWorkAlertSource.h"
#include "alerts/LedgerAlertSource.h"

#include <algorithm>

namespace rr {

void sortAlerts(QList<Alert> &alerts)
{
    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) {
        if (a.urgency != b.urgency)
            return int(a.urgency) > int(b.urgency);
        if (a.date != b.date)
            return a.date < b.date;
        return a.subject < b.subject;
    });
}

const std::vector<std::unique_ptr<AlertSource>> &alertSources()
{
    // One line per source; keep them in the order the Today page shows their areas.
    static const std::vector<std::unique_ptr<AlertSource>> sources = [] {
        std::vector<std::unique_ptr<AlertSource>> list;
        list.push_back(std::make_unique<IepAlertSource>());
        list.push_back(std::make_unique<FamilyAlertSource>());
        list.push_back(std::make_unique<SchoolWorkAlertSource>());
        list.push_back(std::make_unique<LedgerAlertSource>());
        return list;
    }();
    return sources;
}

Result<QList<Alert>> collectAlerts(const std::shared_ptr<Database> &db, const Clock &clock)
{
    QList<Alert> all;
    for (const auto &source : alertSources()) {
        auto some = source->alerts(db, clock);
        if (!some)
            return some.error();
        all += *some;
    }
    sortAlerts(all);
    return all;
}

} // namespace rr
