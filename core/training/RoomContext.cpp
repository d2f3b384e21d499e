#include "training/RoomContext.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rr::trainingctx {

using namespace Qt::Literals::StringLiterals;

Result<RoomWithRules> roomWithRules(Transaction &tx, qint64 roomId)
{
    auto q = tx.exec(u"SELECT id, name, type, capacity, location FROM rooms WHERE id = :r"_s, {{":r", roomId}});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Training", "There is no such room."));
    RoomWithRules found;
    found.room = {q->value(0).toLongLong(), q->value(1).toString(), roomTypeFromKey(q->value(2).toString()),
                  q->value(3).toInt(), q->value(4).toString()};
    // RoomRuleRepository reads outside a transaction; the same rows, read here.
    auto rules = tx.exec(u"SELECT id, room_id, position, text, kind, parameter FROM room_rules "
                         "WHERE room_id = :r ORDER BY position, id"_s,
                         {{":r", roomId}});
    if (!rules)
        return rules.error();
    while (rules->next())
        found.rules.append({rules->value(0).toLongLong(), rules->value(1).toLongLong(), rules->value(2).toInt(),
                            rules->value(3).toString(), ruleKindFromKey(rules->value(4).toString()),
                            rules->value(5).toInt()});
    return found;
}

Result<StudentNames> studentNames(Transaction &tx, const QList<qint64> &studentIds)
{
    StudentNames names;
    for (qint64 id : studentIds) {
        auto q = tx.exec(u"SELECT name FROM students WHERE id = :s"_s, {{":s", id}});
        if (!q)
            return q.error();
        if (!q->next())
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("rr::Training", "There is no student with number %1.").arg(id));
        names.insert(id, q->value(0).toString());
    }
    return names;
}

Result<void> checkStaff(Transaction &tx, qint64 staffId)
{
    if (staffId <= 0)
        return {};
    auto q = tx.exec(u"SELECT count(*) FROM staff WHERE id = :s"_s, {{":s", staffId}});
    if (!q)
        return q.error();
    if (q->next() && q->value(0).toInt() > 0)
        return {};
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("rr::Training", "There is no staff member with number %1.").arg(staffId));
}

SessionNames sessionNames(const Database &db)
{
    SessionNames names;
    const std::pair<const char *, QHash<qint64, QString> *> tables[] = {
        {"rooms", &names.rooms}, {"staff", &names.staff}, {"students", &names.students}};
    for (const auto &[table, target] : tables) {
        auto q = db.exec(u"SELECT id, name FROM %1"_s.arg(QLatin1String(table)));
        while (q && q->next())
            target->insert(q->value(0).toLongLong(), q->value(1).toString());
    }
    return names;
}

} // namespace rr::trainingctx
