// Schema version 12: the school's side of the archive (附件6 一、三、四、五):
// itinerant guidance received, the leadership and working groups, contacts
// outside the school, archive documents with their files, activity records
// and funding.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0012SchoolWork()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE guidance_visits (
    id               INTEGER PRIMARY KEY,
    visit_date       TEXT NOT NULL,
    visitor          TEXT NOT NULL CHECK (length(trim(visitor)) > 0),
    centre           TEXT,
    topics           TEXT,
    problems         TEXT,
    suggestions      TEXT,
    follow_up        TEXT,
    follow_up_result TEXT,
    created_at       TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX guidance_visits_date ON guidance_visits(visit_date)"),
        // Members come from the staff list: a member named here is not deleted.
        QStringLiteral(R"sql(
CREATE TABLE school_group_members (
    id         INTEGER PRIMARY KEY,
    group_kind TEXT NOT NULL CHECK (group_kind IN ('leadership', 'working')),
    staff_id   INTEGER NOT NULL REFERENCES staff(id),
    role       TEXT,
    from_date  TEXT,
    to_date    TEXT,
    CHECK (to_date IS NULL OR from_date IS NULL OR from_date <= to_date)
))sql"),
        QStringLiteral("CREATE INDEX school_group_members_group ON school_group_members(group_kind, staff_id)"),
        QStringLiteral(R"sql(
CREATE TABLE school_contacts (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('centre', 'federation', 'hospital', 'other')),
    organisation TEXT NOT NULL CHECK (length(trim(organisation)) > 0),
    person       TEXT,
    phone        TEXT,
    note         TEXT
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE school_documents (
    id          INTEGER PRIMARY KEY,
    category    TEXT NOT NULL,
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    doc_date    TEXT NOT NULL,
    semester_id INTEGER NOT NULL REFERENCES semesters(id),
    note        TEXT,
    created_at  TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX school_documents_semester ON school_documents(semester_id, category, doc_date)"),
        QStringLiteral(R"sql(
CREATE TABLE school_activities (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL CHECK (kind IN ('research', 'inclusion', 'themed')),
    activity_date TEXT NOT NULL,
    semester_id  INTEGER NOT NULL REFERENCES semesters(id),
    topic        TEXT NOT NULL CHECK (length(trim(topic)) > 0),
    participants TEXT,
    plan         TEXT,
    content      TEXT,
    outcome      TEXT,
    created_at   TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX school_activities_semester ON school_activities(semester_id, kind, activity_date)"),
        // A file belongs to one document or one activity (its photos); the
        // contents apart, so listing files reads no blobs.
        QStringLiteral(R"sql(
CREATE TABLE school_files (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER REFERENCES school_documents(id) ON DELETE CASCADE,
    activity_id INTEGER REFERENCES school_activities(id) ON DELETE CASCADE,
    file_name   TEXT NOT NULL,
    mime_type   TEXT,
    size        INTEGER NOT NULL,
    sha256      TEXT NOT NULL,
    added_at    TEXT NOT NULL,
    CHECK ((document_id IS NULL) <> (activity_id IS NULL))
))sql"),
        QStringLiteral("CREATE INDEX school_files_document ON school_files(document_id)"),
        QStringLiteral("CREATE INDEX school_files_activity ON school_files(activity_id)"),
        QStringLiteral(R"sql(
CREATE TABLE school_file_data (
    file_id INTEGER PRIMARY KEY REFERENCES school_files(id) ON DELETE CASCADE,
    data    BLOB NOT NULL
))sql"),
        // Amounts in fen, whole numbers: no rounding in totals.
        QStringLiteral(R"sql(
CREATE TABLE funding_entries (
    id         INTEGER PRIMARY KEY,
    entry_date TEXT NOT NULL,
    amount_fen INTEGER NOT NULL CHECK (amount_fen > 0),
    source     TEXT NOT NULL CHECK (length(trim(source)) > 0),
    purpose    TEXT NOT NULL CHECK (length(trim(purpose)) > 0),
    approval   TEXT,
    note       TEXT,
    created_at TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX funding_entries_date ON funding_entries(entry_date)"),
    };
}

} // namespace rr
