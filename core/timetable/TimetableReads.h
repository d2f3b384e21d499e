#pragma once
// Reading the timetable and what its checks need, either through the
// database (lists, previews) or inside a write's transaction (the static
// Transaction& variants), with the same code.
#include "calendar/Semester.h"
#include "common/Result.h"
#include "storage/SqlExecutor.h"
#include "storage/SqlParams.h"
#include "timetable/TimetableConflicts.h"
#include "timetable/TimetableSlot.h"

#include <QSqlQuery>
#include <functional>
#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

using SqlReader = std::function<Result<SqlRows>(const QString &sql, const SqlParams &params)>;
SqlReader readerOf(const std::shared_ptr<Database> &db);
SqlReader readerOf(Transaction &tx);

std::optional<Semester> readSemester(const SqlReader &read, qint64 semesterId);
QList<qint64> semestersOverlapping(const SqlReader &read, const QDate &from, const QDate &to);
// `where` filters timetable_slots (alias s) with the named parameters of `params`.
QList<TimetableSlot> readSlots(const SqlReader &read, const QString &where, const SqlParams &params);
QList<SlotChange> readChanges(const SqlReader &read, const QString &where, const SqlParams &params);
ConflictContext readConflictContext(const SqlReader &read, qint64 semesterId);

} // namespace rr
