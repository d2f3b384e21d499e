#include "calendar/Semester.h"

namespace rr {

QString semesterKindKey(SemesterKind kind)
{
    return kind == SemesterKind::Autumn ? QStringLiteral("autumn") : QStringLiteral("spring");
}

SemesterKind semesterKindFromKey(const QString &key)
{
    return key == QLatin1String("spring") ? SemesterKind::Spring : SemesterKind::Autumn;
}

} // namespace rr
