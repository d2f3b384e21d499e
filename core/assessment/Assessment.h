#pragma once
#include "assessment/Instrument.h"

#include <QDate>
#include <QVariantMap>

namespace rr {

// One administration of an instrument. `results` are the instrument's named
// fields; `conclusion` is the assessor's text (the interpretation if left empty).
struct Assessment {
    qint64 id = 0;
    qint64 studentId = 0;
    Instrument instrument = Instrument::Custom;
    QDate date;
    QString assessor;
    QVariantMap results;
    QString conclusion;
    qint64 attachmentId = 0;   // the scanned report, 0 for none
    bool operator==(const Assessment &) const = default;
};

} // namespace rr
