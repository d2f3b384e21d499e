// Schema version 11: contacts with the family (家校联系) and one-to-one
// counselling sessions (心理辅导). Counselling notes are the most sensitive
// text in the file: lists read only whether a note exists, never its text.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0011Family()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE family_contacts (
    id             INTEGER PRIMARY KEY,
    student_id     INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('home_visit', 'phone', 'parent_meeting', 'training_guidance',
                                                 'parent_training', 'message')),
    contact_date   TEXT NOT NULL,
    contact_time   TEXT,
    staff_id       INTEGER REFERENCES staff(id),
    family_present TEXT,
    content        TEXT NOT NULL CHECK (length(trim(content)) > 0),
    family_views   TEXT,
    follow_up      TEXT,
    follow_up_due  TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX family_contacts_student ON family_contacts(student_id, contact_date)"),
        QStringLiteral("CREATE INDEX family_contacts_date ON family_contacts(contact_date)"),
        QStringLiteral(R"sql(
CREATE TABLE counselling_sessions (
    id            INTEGER PRIMARY KEY,
    student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    session_date  TEXT NOT NULL,
    session_time  TEXT,
    counsellor_id INTEGER REFERENCES staff(id),
    topic         TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    observations  TEXT,
    follow_up     TEXT,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX counselling_sessions_student ON counselling_sessions(student_id, session_date)"),
        QStringLiteral("CREATE INDEX counselling_sessions_date ON counselling_sessions(session_date)"),
    };
}

} // namespace rr
