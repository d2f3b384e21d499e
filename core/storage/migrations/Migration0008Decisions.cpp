// Schema version 8: weighty decisions that record a reason and who decided; correction entries.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0008Decisions()
{
    return {
    };
}

} // namespace rr
