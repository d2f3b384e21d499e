// Schema version 7: timetable slots with a validity period; the school calendar's holidays.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0007SchoolCalendar()
{
    return {
    };
}

} // namespace rr
