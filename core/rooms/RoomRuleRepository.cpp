#include "rooms/RoomRuleRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect = u"SELECT id, room_id, position, text, kind, parameter FROM room_rules "_s;

static RoomRule readRule(const SqlRows &q)
{
    RoomRule rule;
    rule.id = q.value(0).toLongLong();
    rule.roomId = q.value(1).toLongLong();
    rule.position = q.value(2).toInt();
    rule.text = q.value(3).toString();
    rule.kind = ruleKindFromKey(q.value(4).toString());
    rule.parameter = q.value(5).toInt();
    return rule;
}

QList<RoomRule> RoomRuleRepository::forRoom(qint64 roomId) const
{
    QList<RoomRule> rules;
    auto q = m_db->exec(kSelect + u"WHERE room_id = :r ORDER BY position, id"_s, {{":r", roomId}});
    while (q && q->next())
        rules.append(readRule(*q));
    return rules;
}

QHash<qint64, QList<RoomRule>> RoomRuleRepository::allByRoom() const
{
    QHash<qint64, QList<RoomRule>> byRoom;
    auto q = m_db->exec(kSelect + u"ORDER BY room_id, position, id"_s);
    while (q && q->next()) {
        const RoomRule rule = readRule(*q);
        byRoom[rule.roomId].append(rule);
    }
    return byRoom;
}

Result<void> RoomRuleRepository::validate(const QList<RoomRule> &rules)
{
    for (qsizetype i = 0; i < rules.size(); ++i) {
        const RoomRule &rule = rules.at(i);
        if (rule.text.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::RoomRules", "Rule %1 has no text.").arg(i + 1));
        if (rule.kind == RuleKind::RecordDue && (rule.parameter < 0 || rule.parameter > 60))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::RoomRules",
                                                         "Rule %1: the record must be due within 0 to 60 days.")
                                 .arg(i + 1));
        if (rule.kind == RuleKind::MaxStudents && (rule.parameter < 1 || rule.parameter > 200))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::RoomRules",
                                                         "Rule %1: the number of students must be between 1 and 200.")
                                 .arg(i + 1));
    }
    return {};
}

Result<void> RoomRuleRepository::replace(Transaction &tx, qint64 roomId, const QList<RoomRule> &rules)
{
    if (auto valid = validate(rules); !valid)
        return valid.error();
    auto room = tx.exec(u"SELECT 1 FROM rooms WHERE id = :r"_s, {{":r", roomId}});
    if (!room)
        return room.error();
    if (!room->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Rooms", "The room does not exist."));
    if (auto cleared = tx.exec(u"DELETE FROM room_rules WHERE room_id = :r"_s, {{":r", roomId}}); !cleared)
        return cleared.error();
    int position = 0;
    for (const RoomRule &rule : rules) {
        auto added = tx.exec(u"INSERT INTO room_rules(room_id, position, text, kind, parameter) "
                             "VALUES (:r, :p, :t, :k, :n)"_s,
                             {{":r", roomId}, {":p", ++position}, {":t", rule.text.trimmed()},
                              {":k", ruleKindKey(rule.kind)},
                              {":n", ruleKindHasParameter(rule.kind) ? rule.parameter : 0}});
        if (!added)
            return added.error();
    }
    return {};
}

Result<void> RoomRuleRepository::replace(qint64 roomId, const QList<RoomRule> &rules)
{
    return m_db->write({u"room.rules"_s, u"room rules changed"_s},
                       [&](Transaction &tx) { return replace(tx, roomId, rules); });
}

Result<void> RoomRuleRepository::resetToDefaults(Transaction &tx, qint64 roomId)
{
    auto q = tx.exec(u"SELECT id, name, type, capacity, location FROM rooms WHERE id = :r"_s, {{":r", roomId}});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Rooms", "The room does not exist."));
    const Room room{q->value(0).toLongLong(), q->value(1).toString(), roomTypeFromKey(q->value(2).toString()),
                    q->value(3).toInt(), q->value(4).toString()};
    return replace(tx, roomId, defaultRoomRules(room));
}

Result<void> RoomRuleRepository::resetToDefaults(qint64 roomId)
{
    return m_db->write({u"room.rules"_s, u"room rules reset to the shipped rules"_s},
                       [&](Transaction &tx) { return resetToDefaults(tx, roomId); });
}

} // namespace rr
