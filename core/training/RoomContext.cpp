#include "training/RoomContext.h"

#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "storage/SqlExecutor.h"

#include <QCoreApplication>

namespace rr::trainingctx {

using namespace Qt::Literals::StringLiterals;

Result<RoomWithRules> roomWithRules(const SqlExecutor &sql, qint64 roomId)
{
    auto room = RoomRepository::byId(sql, roomId);
    if (!room)
        return room.error();
    auto rules = RoomRuleRepository::forRoom(sql, roomId);
    if (!rules)
        return rules.error();
    return RoomWithRules{*room, *rules};
}

Result<StudentNames> studentNames(const SqlExecutor &sql, const QList<qint64> &studentIds)
{
    StudentNames names;
    for (qint64 id : studentIds) {
        auto name = readValue(sql, u"SELECT name FROM students WHERE id = :s"_s, {{":s", id}});
        if (!name)
            return name.error();
        if (name->isNull())
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("rr::Training", "There is no student with number %1.").arg(id));
        names.insert(id, name->toString());
    }
    return names;
}

Result<void> checkStaff(const SqlExecutor &sql, qint64 staffId)
{
    if (staffId <= 0)
        return {};
    auto count = readValue(sql, u"SELECT count(*) FROM staff WHERE id = :s"_s, {{":s", staffId}});
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return {};
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("rr::Training", "There is no staff member with number %1.").arg(staffId));
}

Result<SessionNames> sessionNames(const SqlExecutor &sql)
{
    SessionNames names;
    const std::pair<const char *, QHash<qint64, QString> *> tables[] = {
        {"rooms", &names.rooms}, {"staff", &names.staff}, {"students", &names.students}};
    for (const auto &[table, target] : tables) {
        auto rows = readList(sql, u"SELECT id, name FROM %1"_s.arg(QLatin1String(table)), {}, [](const SqlRows &row) {
            return std::pair{row.value(0).toLongLong(), row.value(1).toString()};
        });
        if (!rows)
            return rows.error();
        for (const auto &[id, name] : std::as_const(*rows))
            target->insert(id, name);
    }
    return names;
}

} // namespace rr::trainingctx
