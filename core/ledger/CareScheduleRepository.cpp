#include "ledger/CareScheduleRepository.h"

#include "common/FieldLimits.h"
#include "ledger/LedgerItemRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect =
    u"SELECT s.id, s.item_id, s.kind, s.task, s.every, s.unit, s.starts_on, s.last_done_on, s.next_due_on "
    u"FROM ledger_schedules s "_s;

static CareSchedule readSchedule(const SqlRows &q)
{
    CareSchedule s;
    s.id = q.value(0).toLongLong();
    s.itemId = q.value(1).toLongLong();
    s.kind = careKindFromKey(q.value(2).toString());
    s.task = q.value(3).toString();
    s.every = q.value(4).toInt();
    s.unit = intervalUnitFromKey(q.value(5).toString());
    s.startsOn = dateFromSql(q.value(6));
    s.lastDoneOn = dateFromSql(q.value(7));
    s.nextDueOn = dateFromSql(q.value(8));
    return s;
}

Result<QList<CareSchedule>> CareScheduleRepository::forItem(qint64 itemId) const
{
    return readList(*m_db, kSelect + u"WHERE s.item_id = :id ORDER BY s.next_due_on, s.id"_s, {{":id", itemId}},
                    readSchedule);
}

Result<QList<CareSchedule>> CareScheduleRepository::all(const SqlExecutor &sql)
{
    return readList(sql,
                    kSelect + u"JOIN ledger_items i ON i.id = s.item_id WHERE i.condition <> 'scrapped' "
                              u"ORDER BY s.next_due_on, s.id"_s,
                    {}, readSchedule);
}

Result<QList<CareSchedule>> CareScheduleRepository::all() const { return all(*m_db); }

Result<void> CareScheduleRepository::validate(const CareSchedule &schedule)
{
    auto invalid = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    if (schedule.task.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "A schedule needs the task to do."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Task"), schedule.task, FieldKind::Address}});
        !tooLong)
        return tooLong;
    if (schedule.every < 1 || schedule.every > 1000)
        return invalid(QCoreApplication::translate("rr::Ledger", "The interval must be between 1 and 1000."));
    if (!schedule.startsOn.isValid())
        return invalid(QCoreApplication::translate("rr::Ledger", "A schedule needs its first due date."));
    return {};
}

Result<qint64> CareScheduleRepository::add(const CareSchedule &schedule)
{
    return m_db->writeReturningId({u"ledger.schedule.add"_s, u"ledger schedule added"_s},
                                  [&](Transaction &tx) { return add(tx, schedule); });
}

Result<qint64> CareScheduleRepository::add(Transaction &tx, const CareSchedule &schedule)
{
    if (auto valid = validate(schedule); !valid)
        return valid.error();
    {
        if (auto item = LedgerItemRepository::byId(tx, schedule.itemId); !item)
            return item.error();
        return tx.insert(u"INSERT INTO ledger_schedules(item_id, kind, task, every, unit, starts_on, next_due_on) "
                         u"VALUES (:item, :kind, :task, :every, :unit, :start, :start)"_s,
                         {{":item", schedule.itemId}, {":kind", careKindKey(schedule.kind)}, {":task", schedule.task.trimmed()},
                          {":every", schedule.every}, {":unit", intervalUnitKey(schedule.unit)},
                          {":start", isoDate(schedule.startsOn)}});
    }
}

Result<void> CareScheduleRepository::remove(qint64 id)
{
    return m_db->write({u"ledger.schedule.remove"_s, u"ledger schedule removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM ledger_schedules WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The schedule does not exist."));
        return {};
    });
}

Result<void> CareScheduleRepository::markDone(Transaction &tx, qint64 scheduleId, qint64 itemId, const QDate &date)
{
    auto found = readOne(tx, kSelect + u"WHERE s.id = :id"_s, {{":id", scheduleId}}, readSchedule);
    if (!found)
        return found.error();
    if (!*found || (*found)->itemId != itemId)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Ledger", "The schedule does not exist for this item."));
    const QDate next = nextDueDate(**found, date);
    return run(tx, u"UPDATE ledger_schedules SET last_done_on = :done, next_due_on = :next WHERE id = :id"_s,
               {{":done", isoDate(date)}, {":next", isoDate(next)}, {":id", scheduleId}});
}

} // namespace rr
