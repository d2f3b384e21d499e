#include "students/SchoolYear.h"

#include "calendar/SemesterRepository.h"
#include "school/SettingsRepository.h"

namespace rr {

int currentSchoolYear(const std::shared_ptr<Database> &db, const QDate &today)
{
    const auto semester = SemesterRepository(db).byId(SettingsRepository(db).profile().currentSemesterId);
    if (semester && semester->schoolYear > 0)
        return semester->schoolYear;
    return today.month() >= 8 ? today.year() : today.year() - 1;
}

} // namespace rr
