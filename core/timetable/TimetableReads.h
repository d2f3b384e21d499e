#pragma once
// Reading the timetable and what its checks need, through the executor of
// the caller: the Database (lists, previews) or a write's Transaction, with
// the same code.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "storage/SqlExecutor.h"
#include "storage/SqlParams.h"
#include "timetable/TimetableConflicts.h"
#include "timetable/TimetableSlot.h"

namespace rr {

// (A semester with its calendar days: calendar/SemesterReads.h.)
Result<QList<qint64>> semestersOverlapping(const SqlExecutor &sql, const QDate &from, const QDate &to);
// `where` filters timetable_slots (alias s) with the named parameters of `params`.
Result<QList<TimetableSlot>> readSlots(const SqlExecutor &sql, const QString &where, const SqlParams &params);
Result<QList<SlotChange>> readChanges(const SqlExecutor &sql, const QString &where, const SqlParams &params);
Result<ConflictContext> readConflictContext(const SqlExecutor &sql, qint64 semesterId);

} // namespace rr
