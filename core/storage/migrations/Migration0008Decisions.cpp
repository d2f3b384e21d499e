// Schema version 8: weighty decisions that record a reason and who decided; correction entries.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0008Decisions()
{
    return {
        // Why a step was taken: required for 不予确认 and 撤销 from now on.
        // Older steps keep no reason (NULL): none was asked for then.
        QStringLiteral("ALTER TABLE lrc_events ADD COLUMN reason TEXT"),
        // A step recorded by mistake is voided by a correction entry, never
        // edited: the step stays, the correction says why, who and when.
        QStringLiteral(R"sql(
CREATE TABLE lrc_corrections (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL UNIQUE REFERENCES lrc_events(id) ON DELETE CASCADE,
    reason       TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    corrected_by TEXT NOT NULL CHECK (length(trim(corrected_by)) > 0),
    corrected_on TEXT NOT NULL,
    recorded_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
))sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER lrc_corrections_no_update BEFORE UPDATE ON lrc_corrections
BEGIN SELECT RAISE(ABORT, 'LRC workflow corrections cannot be changed'); END)sql"),
    };
}

} // namespace rr
