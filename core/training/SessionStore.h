#pragma once
// The SQL behind SessionRepository, shared by its read and write paths.
// Reads take the executor so the same code reads outside and inside a
// transaction. Internal to core/training (the usage log and the inspection
// read sessions through SessionRepository).
#include "common/Result.h"
#include "storage/SqlExecutor.h"
#include "storage/SqlParams.h"
#include "training/TrainingSession.h"

namespace rr {

class Transaction;

namespace sessionstore {

// Sessions whose row `s` of training_sessions matches `where` (SQL over
// alias s), each whole, ordered by date, start, id.
Result<QList<TrainingSession>> loadWhere(const SqlExecutor &sql, const QString &where, const SqlParams &params);
// NotFound: "There is no such training record."
Result<TrainingSession> load(const SqlExecutor &sql, qint64 sessionId);

// Inserts the session row (unsigned, version 0, created at the action's
// time) and its rows; returns the id.
Result<qint64> insert(Transaction &tx, const TrainingSession &session);
// Replaces the session's columns (not the signature) and all its rows;
// `version` is written as given (an amendment passes the next one).
Result<void> update(Transaction &tx, const TrainingSession &session, int version);
// Rewrites the progress points the session wrote: one per objective with a
// value, for present students, dated the session's date.
Result<void> writeProgressPoints(Transaction &tx, const TrainingSession &session);

// The objective's words as the record keeps them; NotFound unless the
// objective belongs to one of the student's IEPs.
Result<QString> objectiveTextFor(Transaction &tx, qint64 studentId, qint64 objectiveId);

} // namespace sessionstore
} // namespace rr
