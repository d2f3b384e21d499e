#include "audit/AuditWriter.h"

#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<QString> auditActorName(const SqlExecutor &sql, const Principal &principal)
{
    if (!principal.isOpen())
        return principal.staffName.isEmpty() ? principal.userName : principal.staffName;
    auto name = readValue(sql, u"SELECT COALESCE((SELECT s.name FROM settings k JOIN staff s ON s.id = CAST(k.value AS INTEGER) "
                               "WHERE k.key = 'user.current'), (SELECT value FROM settings WHERE key = 'school.teacher'), '')"_s);
    if (!name)
        return name.error();
    return name->toString();
}

Result<OpenedAction> openAuditedAction(Transaction &tx, const Principal &principal)
{
    auto actor = auditActorName(tx, principal);
    if (!actor)
        return actor.error();
    // A null QString binds as NULL: the trail's text columns are never NULL.
    const auto text = [](const QString &value) { return value.isNull() ? u""_s : value; };
    auto id = tx.insert(u"INSERT INTO audit_actions(happened_at, actor, account_id, user_name, kind, summary) "
                        "VALUES (:at, :actor, :account, :user, :kind, :summary)"_s,
                        {{":at", sqlDateTime(tx.now())},
                         {":actor", text(*actor)},
                         {":account", principal.isOpen() ? QVariant() : QVariant(principal.accountId)},
                         {":user", text(principal.userName)},
                         {":kind", text(tx.action().kind)},
                         {":summary", text(tx.action().summary)}});
    if (!id)
        return id.error();
    auto opened = tx.exec(u"UPDATE audit_context SET action_id = :id WHERE id = 1"_s, {{":id", *id}});
    if (!opened)
        return opened.error();
    return OpenedAction{*id, !actor->isEmpty()};
}

Result<void> closeAuditedAction(Transaction &tx, const Principal &principal, const OpenedAction &opened)
{
    // An action that began before anyone was known (the first-run setup,
    // which creates the teacher) is attributed to who is known now.
    if (!opened.actorKnown && principal.isOpen()) {
        auto actor = auditActorName(tx, principal);
        if (!actor)
            return actor.error();
        if (!actor->isEmpty()) {
            auto named = tx.exec(u"UPDATE audit_actions SET actor = :actor WHERE actor = '' "
                                 "AND id = :id"_s,
                                 {{":actor", *actor}, {":id", opened.id}});
            if (!named)
                return named.error();
        }
    }
    auto closed = tx.exec(u"UPDATE audit_context SET action_id = NULL WHERE id = 1"_s);
    if (!closed)
        return closed.error();
    return {};
}

} // namespace rr
