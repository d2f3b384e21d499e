#include "students/ReviewFlag.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString reviewKindKey(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Certificate: return u"certificate"_s;
    case ReviewKind::GenderId: return u"gender_id"_s;
    case ReviewKind::Phone: return u"phone"_s;
    case ReviewKind::Other: break;
    }
    return u"other"_s;
}

ReviewKind reviewKindFromKey(const QString &key)
{
    for (ReviewKind kind : {ReviewKind::Certificate, ReviewKind::GenderId, ReviewKind::Phone})
        if (reviewKindKey(kind) == key)
            return kind;
    return ReviewKind::Other;
}

QString reviewKindLabel(ReviewKind kind)
{
    switch (kind) {
    case ReviewKind::Certificate: return QCoreApplication::translate("rr::Students", "Disability certificate");
    case ReviewKind::GenderId: return QCoreApplication::translate("rr::Students", "Sex and ID number");
    case ReviewKind::Phone: return QCoreApplication::translate("rr::Students", "Phone number");
    case ReviewKind::Other: break;
    }
    return QCoreApplication::translate("rr::Students", "Other");
}

} // namespace rr
