// Schema version 6: staff with several roles, classes and subjects, dates of service; the current user.
// A staff member who left keeps the row with the day they left (to_date):
// records name them. Only a member no record names can be deleted.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0006Staff()
{
    return {
        QStringLiteral("ALTER TABLE staff ADD COLUMN gender TEXT CHECK (gender IN ('male', 'female'))"),
        QStringLiteral("ALTER TABLE staff ADD COLUMN from_date TEXT"),
        QStringLiteral("ALTER TABLE staff ADD COLUMN to_date TEXT"),
        QStringLiteral(R"sql(
CREATE TABLE staff_roles (
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (length(role) > 0),
    PRIMARY KEY (staff_id, role)
))sql"),
        // kind: 'leads' (班主任 of the class) or 'teaches'.
        QStringLiteral(R"sql(
CREATE TABLE staff_classes (
    id         INTEGER PRIMARY KEY,
    staff_id   INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('leads', 'teaches')),
    class_name TEXT NOT NULL CHECK (length(trim(class_name)) > 0),
    position   INTEGER NOT NULL DEFAULT 0,
    UNIQUE (staff_id, kind, class_name)
))sql"),
        QStringLiteral("CREATE INDEX staff_classes_class ON staff_classes(class_name, kind)"),
        QStringLiteral(R"sql(
CREATE TABLE staff_subjects (
    id       INTEGER PRIMARY KEY,
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    subject  TEXT NOT NULL CHECK (length(trim(subject)) > 0),
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (staff_id, subject)
))sql"),
        QStringLiteral("CREATE INDEX staff_subjects_staff ON staff_subjects(staff_id)"),
        // The teacher typed at the first run becomes staff when nobody of that name is.
        QStringLiteral(R"sql(
INSERT INTO staff(name, role, active)
SELECT trim(t.value), 'resource_teacher', 1 FROM settings t
WHERE t.key = 'school.teacher' AND length(trim(t.value)) > 0
  AND NOT EXISTS (SELECT 1 FROM staff s WHERE s.name = trim(t.value)))sql"),
        // Each row's single role becomes its role list.
        QStringLiteral("INSERT INTO staff_roles(staff_id, role) SELECT id, role FROM staff"),
        // She is the current user: the serving member of her name, a resource teacher first.
        QStringLiteral(R"sql(
INSERT OR REPLACE INTO settings(key, value)
SELECT 'user.current', (SELECT s.id FROM staff s WHERE s.name = trim(t.value)
                        ORDER BY s.active DESC, s.role = 'resource_teacher' DESC, s.id LIMIT 1)
FROM settings t WHERE t.key = 'school.teacher' AND length(trim(t.value)) > 0)sql"),
        QStringLiteral(R"sql(
INSERT OR IGNORE INTO staff_roles(staff_id, role)
SELECT CAST(value AS INTEGER), 'resource_teacher' FROM settings WHERE key = 'user.current')sql"),
        QStringLiteral("UPDATE staff SET active = 1 WHERE id = (SELECT CAST(value AS INTEGER) FROM settings "
                       "WHERE key = 'user.current')"),
        // Inactive rows left: on the day of their last record, or today when they have none.
        QStringLiteral(R"sql(
UPDATE staff SET to_date = COALESCE(
    (SELECT max(session_date) FROM training_sessions WHERE instructor_id = staff.id OR signed_by = staff.id),
    date('now', 'localtime'))
WHERE active = 0)sql"),
        QStringLiteral("ALTER TABLE staff DROP COLUMN role"),
        QStringLiteral("ALTER TABLE staff DROP COLUMN active"),
        QStringLiteral("CREATE INDEX staff_name ON staff(name)"),
        // The last guard: rows the records point at (by id or by name) stay.
        QStringLiteral(R"sql(
CREATE TRIGGER staff_named_no_delete BEFORE DELETE ON staff
WHEN EXISTS (SELECT 1 FROM students WHERE head_teacher_id = OLD.id)
  OR EXISTS (SELECT 1 FROM timetable_slots WHERE instructor_id = OLD.id)
  OR EXISTS (SELECT 1 FROM slot_changes WHERE new_instructor_id = OLD.id)
  OR EXISTS (SELECT 1 FROM training_plans WHERE instructor_id = OLD.id)
  OR EXISTS (SELECT 1 FROM training_sessions WHERE instructor_id = OLD.id OR signed_by = OLD.id)
  OR EXISTS (SELECT 1 FROM settings WHERE key = 'user.current' AND CAST(value AS INTEGER) = OLD.id)
  OR EXISTS (SELECT 1 FROM iep_team WHERE name = OLD.name)
  OR EXISTS (SELECT 1 FROM iep_revisions WHERE author = OLD.name)
  OR EXISTS (SELECT 1 FROM training_amendments WHERE author = OLD.name)
BEGIN SELECT RAISE(ABORT, 'A staff member named in records cannot be deleted; retire them instead'); END)sql"),
    };
}

} // namespace rr
