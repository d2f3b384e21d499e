#include "print/forms/SchoolWorkFormSupport.h"

#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"

#include <QCoreApplication>

namespace rr {

Result<SchoolFormBasics> schoolFormBasics(const FormContext &context, bool withSemester)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "No data file is open."));
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    SchoolFormBasics basics{profile->schoolName, {}};
    if (withSemester) {
        auto semester = requestedSemester(context);
        if (!semester)
            return semester.error();
        basics.semester = *semester;
    }
    return basics;
}

} // namespace rr
