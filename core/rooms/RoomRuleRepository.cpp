#include "rooms/RoomRuleRepository.h"

#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
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

Result<QList<RoomRule>> RoomRuleRepository::forRoom(const SqlExecutor &sql, qint64 roomId)
{
    return readList(sql, kSelect + u"WHERE room_id = :r ORDER BY position, id"_s, {{":r", roomId}}, readRule);
}

Result<QHash<qint64, QList<RoomRule>>> RoomRuleRepository::allByRoom(const SqlExecutor &sql)
{
    auto rules = readList(sql, kSelect + u"ORDER BY room_id, position, id"_s, {}, readRule);
    if (!rules)
        return rules.error();
    QHash<qint64, QList<RoomRule>> byRoom;
    for (const RoomRule &rule : std::as_const(*rules))
        byRoom[rule.roomId].append(rule);
    return byRoom;
}

Result<QList<RoomRule>> RoomRuleRepository::forRoom(qint64 roomId) const
{
    return forRoom(*m_db, roomId);
}

Result<QHash<qint64, QList<RoomRule>>> RoomRuleRepository::allByRoom() const
{
    return allByRoom(*m_db);
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
    if (auto room = RoomRepository::byId(tx, roomId); !room)
        return room.error();
    if (auto cleared = tx.exec(u"DELETE FROM room_rules WHERE room_id = :r"_s, {{":r", roomId}}); !cleared)
        return cleared.error();
    int position = 0;
    for (const RoomRule &rule : rules) {
        auto added = run(tx, u"INSERT INTO room_rules(room_id, position, text, kind, parameter) "
                             "VALUES (:r, :p, :t, :k, :n)"_s,
                             {{":r", roomId}, {":p", ++position}, {":t", rule.text.trimmed()},
                              {":k", ruleKindKey(rule.kind)},
                              {":n", ruleKindHasParameter(rule.kind) ? rule.parameter : 0}});
        if (!added)
            return added.error();
    }
    // The 制定日期 the poster carries: the day the rules were last written.
    return SettingsRepository::setValue(tx, madeOnKey(roomId), tx.now().date().toString(Qt::ISODate));
}

QString RoomRuleRepository::madeOnKey(qint64 roomId)
{
    return u"room.rules_made_on.%1"_s.arg(roomId);
}

Result<std::optional<QDate>> RoomRuleRepository::madeOn(qint64 roomId) const
{
    const auto text = SettingsRepository::value(*m_db, madeOnKey(roomId));
    if (!text)
        return text.error();
    const QDate date = QDate::fromString(*text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

Result<void> RoomRuleRepository::replace(qint64 roomId, const QList<RoomRule> &rules)
{
    return m_db->write({u"room.rules"_s, u"room rules changed"_s},
                       [&](Transaction &tx) { return replace(tx, roomId, rules); });
}

Result<void> RoomRuleRepository::resetToDefaults(Transaction &tx, qint64 roomId)
{
    auto room = RoomRepository::byId(tx, roomId);
    if (!room)
        return room.error();
    return replace(tx, roomId, defaultRoomRules(*room));
}

Result<void> RoomRuleRepository::resetToDefaults(qint64 roomId)
{
    return m_db->write({u"room.rules"_s, u"room rules reset to the shipped rules"_s},
                       [&](Transaction &tx) { return resetToDefaults(tx, roomId); });
}

} // namespace rr
