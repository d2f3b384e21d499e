// Schema version 9: import warnings kept per student for review (待核对);
// an index for the duplicate rule (same name and birth date); names of
// earlier versions brought to the one name rule (students/PersonName.h).
#include "storage/Migrations.h"

namespace rr {

QStringList migration0009RosterReview()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE student_review_flags (
    id          INTEGER PRIMARY KEY,
    student_id  INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('certificate', 'gender_id', 'phone', 'other')),
    message     TEXT NOT NULL CHECK (length(trim(message)) > 0),
    source      TEXT NOT NULL DEFAULT '',
    created_on  TEXT NOT NULL,
    resolved_on TEXT,
    resolved_by TEXT,
    CHECK ((resolved_on IS NULL) = (resolved_by IS NULL))
))sql"),
        QStringLiteral("CREATE INDEX student_review_flags_student ON student_review_flags(student_id, resolved_on)"),
        QStringLiteral("CREATE INDEX student_review_flags_open ON student_review_flags(resolved_on, created_on)"),
        QStringLiteral("CREATE INDEX students_name_birth ON students(name, birth_date)"),
        // The middle-dot variants become U+00B7 ...
        QStringLiteral("UPDATE students SET name = replace(replace(replace(replace(replace(replace(name, "
                       "char(8226), char(183)), char(8231), char(183)), char(12539), char(183)), "
                       "char(65381), char(183)), char(903), char(183)), char(8729), char(183))"),
        // ... and a name written in Chinese characters keeps no white space
        // (a name with Latin letters keeps its spaces: "Anna Li").
        QStringLiteral("UPDATE students SET name = replace(replace(trim(name), ' ', ''), char(12288), '') "
                       "WHERE name NOT GLOB '*[A-Za-z]*' AND (name GLOB '* *' OR instr(name, char(12288)) > 0)"),
    };
}

} // namespace rr
