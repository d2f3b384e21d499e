// Schema version 13: a guardian's 文化程度 (education) and 工作单位及职业
// (employer and occupation), which the 家庭情况及成长史 form prints and the
// roster import and export carry. Empty for guardians recorded before.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0013GuardianDetails()
{
    return {
        QStringLiteral("ALTER TABLE guardians ADD COLUMN education TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE guardians ADD COLUMN occupation TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace rr
