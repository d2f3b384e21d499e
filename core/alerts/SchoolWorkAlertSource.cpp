#include "alerts/SchoolWorkAlertSource.h"

#include "calendar/ScreenDate.h"
#include "calendar/SemesterRepository.h"
#include "common/Clock.h"
#include "schoolwork/GuidanceVisitRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString SchoolWorkAlertSource::area() const
{
    return u"schoolwork"_s;
}

Result<QList<Alert>> SchoolWorkAlertSource::alerts(const std::shared_ptr<Database> &db, const Clock &clock) const
{
    auto semester = SemesterRepository(db).current(clock);
    if (!semester)
        return semester.error();
    if (!*semester)
        return QList<Alert>{};
    auto count = GuidanceVisitRepository(db).count(**semester);
    if (!count)
        return count.error();
    const QDate today = clock.today();
    if (!guidanceShortfallNearEnd(**semester, *count, today))
        return QList<Alert>{};
    const QDate end = (*semester)->end;
    return QList<Alert>{Alert{area(), u"guidance-visits-short"_s, end == today ? AlertUrgency::Due : AlertUrgency::Upcoming, end,
                              (*semester)->name,
                              QCoreApplication::translate("rr::SchoolWork",
                                                          "Guidance visits from the centre this semester: %1, "
                                                          "%2 to %3 expected; the semester ends on %4.")
                                  .arg(count->visits)
                                  .arg(GuidanceCount::kExpectedMin)
                                  .arg(GuidanceCount::kExpectedMax)
                                  .arg(screenDate(end))}};
}

} // namespace rr
