#include "timetable/ProtectedPeriodRepository.h"

#include "storage/Database.h"
#include "timetable/SqlTime.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect =
    u"SELECT id, student_id, semester_id, weekday, start_time, end_time, label FROM protected_periods "_s;

static ProtectedPeriod readPeriod(const SqlRows &q)
{
    ProtectedPeriod p;
    p.id = q.value(0).toLongLong();
    p.studentId = q.value(1).toLongLong();
    p.semesterId = q.value(2).toLongLong();
    p.weekday = q.value(3).toInt();
    p.start = timeFromSql(q.value(4));
    p.end = timeFromSql(q.value(5));
    p.label = q.value(6).toString();
    return p;
}

Result<QList<ProtectedPeriod>> ProtectedPeriodRepository::forStudent(qint64 studentId) const
{
    return readList(*m_db, kSelect + u"WHERE student_id = :s ORDER BY weekday, start_time, id"_s, {{":s", studentId}},
                    readPeriod);
}

Result<QList<ProtectedPeriod>> ProtectedPeriodRepository::forSemester(const SqlExecutor &sql, qint64 semesterId)
{
    return readList(sql, kSelect + u"WHERE semester_id IS NULL OR semester_id = :sem "
                                   "ORDER BY student_id, weekday, start_time, id"_s,
                    {{":sem", semesterId}}, readPeriod);
}

Result<QList<ProtectedPeriod>> ProtectedPeriodRepository::forSemester(qint64 semesterId) const
{
    return forSemester(*m_db, semesterId);
}

Result<void> ProtectedPeriodRepository::validate(const ProtectedPeriod &p)
{
    if (p.label.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Timetable", "Name the class period, e.g. the subject."));
    if (p.weekday < 1 || p.weekday > 7)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Timetable", "The weekday must be between 1 (Monday) and 7 (Sunday)."));
    if (!p.start.isValid() || !p.end.isValid() || p.end <= p.start)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Timetable", "The class period \"%1\" must end after it starts.")
                             .arg(p.label.trimmed()));
    return {};
}

static SqlParams periodParams(const ProtectedPeriod &p)
{
    return {{":s", p.studentId}, {":sem", p.semesterId > 0 ? QVariant(p.semesterId) : QVariant()},
            {":d", p.weekday}, {":from", sqlTime(p.start)}, {":to", sqlTime(p.end)}, {":l", p.label.trimmed()}};
}

static Error missingReference()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("rr::Timetable", "The student or the semester of the class period does not exist."));
}

Result<qint64> ProtectedPeriodRepository::add(Transaction &tx, const ProtectedPeriod &period)
{
    if (auto valid = validate(period); !valid)
        return valid.error();
    auto id = tx.insert(u"INSERT INTO protected_periods(student_id, semester_id, weekday, start_time, end_time, label) "
                        "VALUES (:s, :sem, :d, :from, :to, :l)"_s,
                        periodParams(period));
    if (!id)
        return id.error().code == ErrorCode::Conflict ? missingReference() : id.error();
    return *id;
}

Result<qint64> ProtectedPeriodRepository::add(const ProtectedPeriod &period)
{
    return m_db->writeReturningId({u"timetable.protected_period"_s, u"protected class period added"_s},
                                  [&](Transaction &tx) { return add(tx, period); });
}

Result<void> ProtectedPeriodRepository::update(const ProtectedPeriod &period)
{
    if (auto valid = validate(period); !valid)
        return valid.error();
    return m_db->write({u"timetable.protected_period"_s, u"protected class period changed"_s},
                       [&](Transaction &tx) -> Result<void> {
                           SqlParams params = periodParams(period);
                           params.push_back({":id", period.id});
                           auto done = tx.exec(u"UPDATE protected_periods SET student_id = :s, semester_id = :sem, "
                                               "weekday = :d, start_time = :from, end_time = :to, label = :l "
                                               "WHERE id = :id"_s,
                                               params);
                           if (!done)
                               return done.error().code == ErrorCode::Conflict ? missingReference() : done.error();
                           if (done->numRowsAffected() == 0)
                               return makeError(ErrorCode::NotFound,
                                                QCoreApplication::translate("rr::Timetable", "The class period does not exist."));
                           return {};
                       });
}

Result<void> ProtectedPeriodRepository::remove(qint64 periodId)
{
    return m_db->write({u"timetable.protected_period"_s, u"protected class period removed"_s},
                       [&](Transaction &tx) -> Result<void> {
                           auto done = tx.exec(u"DELETE FROM protected_periods WHERE id = :id"_s, {{":id", periodId}});
                           if (!done)
                               return done.error();
                           if (done->numRowsAffected() == 0)
                               return makeError(ErrorCode::NotFound,
                                                QCoreApplication::translate("rr::Timetable", "The class period does not exist."));
                           return {};
                       });
}

Result<void> ProtectedPeriodRepository::replaceForStudent(qint64 studentId, const QList<ProtectedPeriod> &periods)
{
    for (const ProtectedPeriod &p : periods)
        if (auto valid = validate(p); !valid)
            return valid;
    return m_db->write({u"timetable.protected_period"_s, u"protected class periods replaced"_s},
                       [&](Transaction &tx) -> Result<void> {
                           auto cleared = tx.exec(u"DELETE FROM protected_periods WHERE student_id = :s"_s,
                                                  {{":s", studentId}});
                           if (!cleared)
                               return cleared.error();
                           for (ProtectedPeriod p : periods) {
                               p.studentId = studentId;
                               if (auto added = add(tx, p); !added)
                                   return added.error();
                           }
                           return {};
                       });
}

} // namespace rr
