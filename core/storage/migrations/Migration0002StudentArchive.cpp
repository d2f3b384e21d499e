// Schema version 2: the student's personal archive (attached files) and the
// LRC status workflow (随班就读认定), whose steps are never deleted.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0002StudentArchive()
{
    return {
        // Files live inside the data file: one backup carries everything, a
        // file and the record naming it commit in one transaction, and nothing
        // readable lies beside the database in a folder anyone can browse.
        QStringLiteral(R"sql(
CREATE TABLE attachments (
    id           INTEGER PRIMARY KEY,
    student_id   INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    archive_item INTEGER CHECK (archive_item BETWEEN 1 AND 10),
    school_year  INTEGER,
    file_name    TEXT NOT NULL,
    mime_type    TEXT,
    size         INTEGER NOT NULL,
    sha256       TEXT NOT NULL,
    note         TEXT,
    added_at     TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
))sql"),
        QStringLiteral("CREATE INDEX attachments_student ON attachments(student_id, archive_item)"),
        // Contents apart from the metadata, so listing files reads no blobs.
        QStringLiteral(R"sql(
CREATE TABLE attachment_data (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments(id) ON DELETE CASCADE,
    data          BLOB NOT NULL
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE lrc_events (
    id            INTEGER PRIMARY KEY,
    student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    step          TEXT NOT NULL CHECK (step IN ('applied', 'school_opinion', 'reported',
                                                'confirmed', 'not_confirmed', 'revoked')),
    event_date    TEXT NOT NULL,
    actor         TEXT,
    note          TEXT,
    attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    recorded_at   TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
))sql"),
        QStringLiteral("CREATE INDEX lrc_events_student ON lrc_events(student_id, event_date, id)"),
        // The workflow's history is evidence: steps are added, never changed or removed.
        QStringLiteral(R"sql(
CREATE TRIGGER lrc_events_no_update BEFORE UPDATE ON lrc_events
BEGIN SELECT RAISE(ABORT, 'LRC workflow steps cannot be changed'); END)sql"),
    };
}

} // namespace rr
