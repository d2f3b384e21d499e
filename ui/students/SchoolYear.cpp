#include "students/SchoolYear.h"

#include "calendar/SemesterRepository.h"
#include "common/Clock.h"

namespace rr {

Result<int> currentSchoolYear(const std::shared_ptr<Database> &db, const Clock &clock)
{
    const auto semester = SemesterRepository(db).current(clock);
    if (!semester)
        return semester.error();
    if (*semester && (*semester)->schoolYear > 0)
        return (*semester)->schoolYear;
    const QDate today = clock.today();
    return today.month() >= 8 ? today.year() : today.year() - 1;
}

} // namespace rr
