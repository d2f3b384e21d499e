// Schema version 6: staff with several roles, classes and subjects, dates of service; the current user.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0006Staff()
{
    return {
    };
}

} // namespace rr
