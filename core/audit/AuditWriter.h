#pragma once
// The write side of the audit trail, called by Database::write only: one
// audit_actions row per user action (who, when, kind, summary), and the
// context row that the generated triggers (audit/AuditSchema.h) read to
// attach every row change to it. All inside the action's transaction, so a
// rolled-back action leaves no trail.
#include "common/Result.h"
#include "security/Principal.h"

#include <QString>

namespace rr {

class SqlExecutor;
class Transaction;

// The name the trail shows for `principal`: the signed-in staff member (or
// account name), or on a file without accounts the current user
// (school/CurrentUser), else the teacher of the school profile.
Result<QString> auditActorName(const SqlExecutor &sql, const Principal &principal);

struct OpenedAction {
    qint64 id = 0;
    bool actorKnown = true;   // false: nobody to name yet (a file being set up)
};

// Before the action's body: records the action and opens the context.
Result<OpenedAction> openAuditedAction(Transaction &tx, const Principal &principal);
// After the body, before the commit: names the actor if nobody was known at
// the start (the first-run setup), and closes the context again.
Result<void> closeAuditedAction(Transaction &tx, const Principal &principal, const OpenedAction &opened);

} // namespace rr
