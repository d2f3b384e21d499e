#include "iep/ObjectiveData.h"

#include "iep/IepStatus.h"
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

// Data belong to a plan in effect: a draft has not started, and an evaluated
// or archived plan is a closed record.
Result<ObjectiveOwner> ownerInEffect(Transaction &tx, qint64 objectiveId)
{
    auto q = tx.exec(u"SELECT i.status, o.scale FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id "
                     "JOIN ieps i ON i.id = g.iep_id WHERE o.id = :o"_s,
                     {{":o", objectiveId}});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no such objective."));
    ObjectiveOwner owner{iepStatusFromKey(q->value(0).toString()), storedScale(q->value(1).toString())};
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

QList<ProgressPoint> ObjectiveDataRepository::points(qint64 objectiveId) const
{
    QList<ProgressPoint> list;
    auto q = m_db->exec(u"SELECT id, objective_id, point_date, value, note, session_id FROM progress_points "
                         "WHERE objective_id = :o ORDER BY point_date, id"_s,
                         {{":o", objectiveId}});
    while (q && q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), dateFromSql(q->value(2)), q->value(3).toDouble(),
                     q->value(4).toString(), q->value(5).toLongLong()});
    return list;
}

QList<PhaseChange> ObjectiveDataRepository::phaseChanges(qint64 objectiveId) const
{
    QList<PhaseChange> list;
    auto q = m_db->exec(u"SELECT id, objective_id, change_date, note FROM phase_changes "
                         "WHERE objective_id = :o ORDER BY change_date, id"_s,
                         {{":o", objectiveId}});
    while (q && q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), dateFromSql(q->value(2)), q->value(3).toString()});
    return list;
}

int ObjectiveDataRepository::pointCount(qint64 objectiveId) const
{
    auto q = m_db->exec(u"SELECT count(*) FROM progress_points WHERE objective_id = :o"_s, {{":o", objectiveId}});
    return q && q->next() ? q->value(0).toInt() : 0;
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
    return tx.insert(u"INSERT INTO progress_points(objective_id, point_date, value, note, session_id) "
                     "VALUES (:o, :d, :v, :n, :s)"_s,
                     {{":o", point.objectiveId}, {":d", isoDate(point.date)}, {":v", *value}, {":n", nullIfEmpty(point.note)},
                      {":s", point.sessionId > 0 ? QVariant(point.sessionId) : QVariant()}});
}

Result<qint64> ObjectiveDataRepository::addPoint(const ProgressPoint &point)
{
    return m_db->writeReturningId({u"iep.point"_s, u"data point added"_s},
                    [&](Transaction &tx) { return addPoint(tx, point); });
}

Result<void> ObjectiveDataRepository::removePoint(qint64 pointId)
{
    return m_db->write({u"iep.point.remove"_s, u"data point removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto q = tx.exec(u"SELECT objective_id FROM progress_points WHERE id = :p"_s, {{":p", pointId}});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no such data point."));
        if (auto owner = ownerInEffect(tx, q->value(0).toLongLong()); !owner)
            return owner.error();
        auto done = tx.exec(u"DELETE FROM progress_points WHERE id = :p"_s, {{":p", pointId}});
        if (!done)
            return done.error();
        return {};
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
