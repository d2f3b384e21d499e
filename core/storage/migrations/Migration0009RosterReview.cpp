// Schema version 9: import warnings kept per student for review (待核对).
#include "storage/Migrations.h"

namespace rr {

QStringList migration0009RosterReview()
{
    return {
    };
}

} // namespace rr
