#include "iep/ObjectiveData.h"

#include "iep/IepStatus.h"
#include "iep/IepStore.h"
#include "iep/IepVocabulary.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ObjectiveOwner {
    IepStatus status = IepStatus::Draft;
    MeasurementScale scale = MeasurementScale::Accuracy;
};

const QString kPointColumns = u"id, objective_id, point_date, value, note, session_id"_s;
const QString kPhaseColumns = u"id, objective_id, change_date, note"_s;
const QString kObjectivesOfPlan =
    u"(SELECT o.id FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id WHERE g.iep_id = :i)"_s;

ProgressPoint readPoint(const SqlRows &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), dateFromSql(q.value(2)), q.value(3).toDouble(),
            q.value(4).toString(), q.value(5).toLongLong()};
}

PhaseChange readPhaseChange(const SqlRows &q)
{
    return {q.value(0).toLongLong(), q.value(1).toLongLong(), dateFromSql(q.value(2)), q.value(3).toString()};
}

// The rows of several objectives, each objective's in the order read.
template <typename T>
Result<QHash<qint64, QList<T>>> byObjective(const Result<QList<T>> &rows)
{
    if (!rows)
        return rows.error();
    QHash<qint64, QList<T>> grouped;
    for (const T &row : *rows)
        grouped[row.objectiveId].append(row);
    return grouped;
}

// Data belong to a plan in effect: a draft has not started, and an evaluated
// or archived plan is a closed record.
Result<ObjectiveOwner> ownerInEffect(const Transaction &tx, qint64 objectiveId)
{
    auto found = readOne(tx,
                         u"SELECT i.status, o.scale FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id "
                         "JOIN ieps i ON i.id = g.iep_id WHERE o.id = :o"_s,
                         {{":o", objectiveId}}, [](const SqlRows &q) {
                             return ObjectiveOwner{iepStatusFromKey(q.value(0).toString()), storedScale(q.value(1).toString())};
                         });
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no such objective."));
    const ObjectiveOwner owner = **found;
    if (owner.status != IepStatus::Active)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Iep", "Data are recorded only while the IEP is in effect; it is \"%1\".")
                             .arg(iepStatusLabel(owner.status)));
    return owner;
}

} // namespace

QList<DataPoint> toDataPoints(const QList<ProgressPoint> &points)
{
    QList<DataPoint> list;
    for (const ProgressPoint &p : points)
        list.append(DataPoint{p.date, p.value, p.note, p.sessionId});
    return list;
}

Result<QList<ProgressPoint>> ObjectiveDataRepository::points(qint64 objectiveId) const
{
    return readList(*m_db, u"SELECT "_s + kPointColumns + u" FROM progress_points WHERE objective_id = :o ORDER BY point_date, id"_s,
                    {{":o", objectiveId}}, readPoint);
}

Result<QList<PhaseChange>> ObjectiveDataRepository::phaseChanges(qint64 objectiveId) const
{
    return readList(*m_db, u"SELECT "_s + kPhaseColumns + u" FROM phase_changes WHERE objective_id = :o ORDER BY change_date, id"_s,
                    {{":o", objectiveId}}, readPhaseChange);
}

Result<QHash<qint64, QList<ProgressPoint>>> ObjectiveDataRepository::pointsOfPlan(qint64 iepId) const
{
    return byObjective(readList(*m_db,
                                u"SELECT "_s + kPointColumns + u" FROM progress_points WHERE objective_id IN "_s + kObjectivesOfPlan
                                    + u" ORDER BY point_date, id"_s,
                                {{":i", iepId}}, readPoint));
}

Result<QHash<qint64, QList<PhaseChange>>> ObjectiveDataRepository::phaseChangesOfPlan(qint64 iepId) const
{
    return byObjective(readList(*m_db,
                                u"SELECT "_s + kPhaseColumns + u" FROM phase_changes WHERE objective_id IN "_s + kObjectivesOfPlan
                                    + u" ORDER BY change_date, id"_s,
                                {{":i", iepId}}, readPhaseChange));
}

Result<int> ObjectiveDataRepository::pointCount(qint64 objectiveId) const
{
    auto count = readValue(*m_db, u"SELECT count(*) FROM progress_points WHERE objective_id = :o"_s, {{":o", objectiveId}});
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QHash<qint64, int>> ObjectiveDataRepository::pointCountsInEffect() const
{
    // From the plans in effect to their points (by the objective index), not
    // through every point of the file.
    return iepstore::readHash(*m_db,
                              u"SELECT o.id, (SELECT count(*) FROM progress_points p WHERE p.objective_id = o.id) "
                              "FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id JOIN ieps i ON i.id = g.iep_id "
                              "WHERE i.status = :active"_s,
                              {{":active", iepStatusKey(IepStatus::Active)}},
                              [](const SqlRows &q) { return std::pair(q.value(0).toLongLong(), q.value(1).toInt()); });
}

Result<qint64> ObjectiveDataRepository::addPoint(Transaction &tx, const ProgressPoint &point)
{
    auto owner = ownerInEffect(tx, point.objectiveId);
    if (!owner)
        return owner.error();
    if (!point.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Iep", "A data point needs a date."));
    auto value = checkValue(owner->scale, point.value);
    if (!value)
        return value.error();
    return tx.insert(u"INSERT INTO progress_points(objective_id, point_date, value, note, session_id, recorded_at) "
                     "VALUES (:o, :d, :v, :n, :s, :now)"_s,
                     {{":o", point.objectiveId}, {":d", isoDate(point.date)}, {":v", *value}, {":n", nullIfEmpty(point.note)},
                      {":s", point.sessionId > 0 ? QVariant(point.sessionId) : QVariant()}, {":now", sqlDateTime(tx.now())}});
}

Result<qint64> ObjectiveDataRepository::addPoint(const ProgressPoint &point)
{
    return m_db->writeReturningId({u"iep.point"_s, u"data point added"_s},
                    [&](Transaction &tx) { return addPoint(tx, point); });
}

Result<void> ObjectiveDataRepository::removePoint(qint64 pointId)
{
    return m_db->write({u"iep.point.remove"_s, u"data point removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto objective = readValue(tx, u"SELECT objective_id FROM progress_points WHERE id = :p"_s, {{":p", pointId}});
        if (!objective)
            return objective.error();
        if (objective->isNull())
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no such data point."));
        if (auto owner = ownerInEffect(tx, objective->toLongLong()); !owner)
            return owner.error();
        return run(tx, u"DELETE FROM progress_points WHERE id = :p"_s, {{":p", pointId}});
    });
}

Result<qint64> ObjectiveDataRepository::addPhaseChange(Transaction &tx, const PhaseChange &change)
{
    if (auto owner = ownerInEffect(tx, change.objectiveId); !owner)
        return owner.error();
    if (!change.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Iep", "A phase change needs a date."));
    return tx.insert(u"INSERT INTO phase_changes(objective_id, change_date, note) VALUES (:o, :d, :n)"_s,
                     {{":o", change.objectiveId}, {":d", isoDate(change.date)}, {":n", nullIfEmpty(change.note)}});
}

Result<qint64> ObjectiveDataRepository::addPhaseChange(const PhaseChange &change)
{
    return m_db->writeReturningId({u"iep.phase"_s, u"phase change added"_s},
                                 [&](Transaction &tx) { return addPhaseChange(tx, change); });
}

} // namespace rr
