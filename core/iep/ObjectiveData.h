#pragma once
// The data recorded against an objective while its IEP is in effect: probes
// (progress points) and phase changes (where the teaching changed). Stored
// rows here; the series math in core/progress works on toDataPoints().
#include "common/Result.h"
#include "progress/DataPoint.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace rr {

class Database;
class Transaction;

struct ProgressPoint {
    qint64 id = 0;
    qint64 objectiveId = 0;
    QDate date;
    double value = 0.0;
    QString note;
    qint64 sessionId = 0;      // 0 = entered by hand
    bool operator==(const ProgressPoint &) const = default;
};

struct PhaseChange {
    qint64 id = 0;
    qint64 objectiveId = 0;
    QDate date;
    QString note;              // what changed in the teaching
    bool operator==(const PhaseChange &) const = default;
};

QList<DataPoint> toDataPoints(const QList<ProgressPoint> &points);

class ObjectiveDataRepository {
public:
    explicit ObjectiveDataRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<ProgressPoint>> points(qint64 objectiveId) const;      // date order
    Result<QList<PhaseChange>> phaseChanges(qint64 objectiveId) const;  // date order
    // The same for every objective of a plan, by objective id (objectives
    // without any are absent): one query for the whole plan.
    Result<QHash<qint64, QList<ProgressPoint>>> pointsOfPlan(qint64 iepId) const;
    Result<QHash<qint64, QList<PhaseChange>>> phaseChangesOfPlan(qint64 iepId) const;
    Result<int> pointCount(qint64 objectiveId) const;
    // Objective id → number of data points, for every objective of a plan in
    // effect (one query for the whole school).
    Result<QHash<qint64, int>> pointCountsInEffect() const;

    // Only while the objective's IEP is in effect; the value must fit the
    // objective's measurement scale.
    Result<qint64> addPoint(const ProgressPoint &point);
    static Result<qint64> addPoint(Transaction &tx, const ProgressPoint &point);
    Result<void> removePoint(qint64 pointId);
    Result<qint64> addPhaseChange(const PhaseChange &change);
    static Result<qint64> addPhaseChange(Transaction &tx, const PhaseChange &change);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
