#include "training/RecordState.h"

#include <QCoreApplication>

namespace rr {

RecordState recordState(const TrainingSession *record)
{
    if (!record)
        return RecordState::NotRecorded;
    if (!record->isSigned())
        return RecordState::Draft;
    return record->version > 0 ? RecordState::Amended : RecordState::Signed;
}

QString recordStateLabel(const TrainingSession *record)
{
    switch (recordState(record)) {
    case RecordState::NotRecorded: return QCoreApplication::translate("rr::RecordState", "Not yet recorded");
    case RecordState::Draft: return QCoreApplication::translate("rr::RecordState", "Draft");
    case RecordState::Signed: return QCoreApplication::translate("rr::RecordState", "Signed");
    case RecordState::Amended:
        return QCoreApplication::translate("rr::RecordState", "Signed, amended %n time(s)", "", record->version);
    }
    return {};
}

QString joinedNames(const QStringList &names)
{
    return names.join(QCoreApplication::translate("rr::RecordState", ", ", "between names in a list"));
}

} // namespace rr
