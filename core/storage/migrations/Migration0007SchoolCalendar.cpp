// Schema version 7: timetable slots with a validity period; the school calendar's holidays.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0007SchoolCalendar()
{
    // A slot meets from valid_from to valid_until inclusive (ISO dates, both
    // inside its semester). Slots that existed before held for the whole
    // semester, so they get its first and last day.
    return {
        QStringLiteral("ALTER TABLE timetable_slots ADD COLUMN valid_from TEXT"),
        QStringLiteral("ALTER TABLE timetable_slots ADD COLUMN valid_until TEXT"),
        QStringLiteral(R"sql(
UPDATE timetable_slots SET
    valid_from = (SELECT start_date FROM semesters WHERE semesters.id = timetable_slots.semester_id),
    valid_until = (SELECT end_date FROM semesters WHERE semesters.id = timetable_slots.semester_id)
)sql"),
        // Refuse a period that ends before it starts, whoever writes the row.
        QStringLiteral(R"sql(
CREATE TRIGGER timetable_slots_validity_insert BEFORE INSERT ON timetable_slots
WHEN NEW.valid_from IS NULL OR NEW.valid_until IS NULL OR NEW.valid_from > NEW.valid_until
BEGIN SELECT RAISE(ABORT, 'timetable slot validity period'); END
)sql"),
        QStringLiteral(R"sql(
CREATE TRIGGER timetable_slots_validity_update BEFORE UPDATE OF valid_from, valid_until ON timetable_slots
WHEN NEW.valid_from IS NULL OR NEW.valid_until IS NULL OR NEW.valid_from > NEW.valid_until
BEGIN SELECT RAISE(ABORT, 'timetable slot validity period'); END
)sql"),
        QStringLiteral("CREATE INDEX calendar_days_range ON calendar_days(semester_id, first_date, last_date)"),
    };
}

} // namespace rr
