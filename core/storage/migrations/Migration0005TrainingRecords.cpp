// Schema version 5: training sessions and their records (个别化训练记录),
// the room usage log (资源教室使用登记) and saved record inspections
// (训练记录检查). Times are text HH:MM, dates ISO text.
//
// A signed record is evidence ("真实、完整、可追溯"): triggers refuse every
// change to it and to its rows — students, objectives, equipment and the
// progress points it wrote — except inside an amendment. An amendment row is
// written first (append-only, numbered version + 1); while it is one ahead of
// the session's version the record's rows may be rewritten, and bumping the
// version closes the window again. So even a raw UPDATE cannot change a
// signed record without leaving the amendment behind.
#include "storage/Migrations.h"

namespace rr {

namespace {

// True when the session `id` is signed and no amendment is being applied.
QString lockedSession(const QString &id)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM training_sessions s WHERE s.id = %1 AND s.signed_at IS NOT NULL "
                          "AND NOT EXISTS (SELECT 1 FROM training_amendments a "
                          "WHERE a.session_id = s.id AND a.sequence = s.version + 1))")
        .arg(id);
}

QString raiseAbort(const char *message)
{
    return QStringLiteral("BEGIN SELECT RAISE(ABORT, '%1'); END").arg(QLatin1String(message));
}

// Insert, update and delete guards for a table whose rows belong to a session.
QStringList guardSessionRows(const QString &table, const QString &column)
{
    const QString message = raiseAbort("A signed training record cannot be changed; record an amendment");
    return {
        QStringLiteral("CREATE TRIGGER %1_signed_insert BEFORE INSERT ON %1 WHEN %2 %3")
            .arg(table, lockedSession(QStringLiteral("NEW.") + column), message),
        QStringLiteral("CREATE TRIGGER %1_signed_update BEFORE UPDATE ON %1 WHEN %2 OR %3 %4")
            .arg(table, lockedSession(QStringLiteral("OLD.") + column), lockedSession(QStringLiteral("NEW.") + column),
                 message),
        QStringLiteral("CREATE TRIGGER %1_signed_delete BEFORE DELETE ON %1 WHEN %2 %3")
            .arg(table, lockedSession(QStringLiteral("OLD.") + column), message),
    };
}

QStringList trainingTables()
{
    return {
        // slot_id and occurrence_date are plain values, not a foreign key:
        // a record outlives the timetable slot it was made from.
        QStringLiteral(R"sql(
CREATE TABLE training_sessions (
    id              INTEGER PRIMARY KEY,
    session_date    TEXT NOT NULL,
    start_time      TEXT NOT NULL,
    end_time        TEXT NOT NULL,
    room_id         INTEGER NOT NULL REFERENCES rooms(id) ON DELETE RESTRICT,
    instructor_id   INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    slot_id         INTEGER,
    occurrence_date TEXT,
    kind            TEXT NOT NULL CHECK (kind IN ('individual', 'group')),
    service         TEXT NOT NULL,
    topic           TEXT,
    content         TEXT,
    method          TEXT,
    problems        TEXT,
    next_steps      TEXT,
    signed_by       INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    signed_at       TEXT,
    version         INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
    created_at      TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (start_time < end_time),
    CHECK ((signed_by IS NULL) = (signed_at IS NULL)),
    CHECK (slot_id IS NULL OR occurrence_date IS NOT NULL)
))sql"),
        QStringLiteral("CREATE UNIQUE INDEX training_sessions_occurrence ON training_sessions(slot_id, occurrence_date) "
                       "WHERE slot_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX training_sessions_date ON training_sessions(session_date, start_time)"),
        QStringLiteral("CREATE INDEX training_sessions_room ON training_sessions(room_id, session_date)"),
        QStringLiteral(R"sql(
CREATE TABLE session_students (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    student_id     INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    attendance     TEXT NOT NULL DEFAULT 'present' CHECK (attendance IN ('present', 'absent', 'leave')),
    absence_reason TEXT,
    arrival        TEXT,
    departure      TEXT,
    handed_over_to TEXT,
    rating         INTEGER CHECK (rating BETWEEN 1 AND 5),
    prompt         INTEGER CHECK (prompt BETWEEN 0 AND 5),
    performance    TEXT,
    results        TEXT,
    UNIQUE (session_id, student_id)
))sql"),
        QStringLiteral("CREATE INDEX session_students_student ON session_students(student_id, session_id)"),
        // The objective's words are kept with the record: an IEP revision may
        // drop the objective, the record still says what was worked on.
        QStringLiteral(R"sql(
CREATE TABLE session_objectives (
    id             INTEGER PRIMARY KEY,
    session_id     INTEGER NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    student_id     INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    objective_id   INTEGER NOT NULL,
    objective_text TEXT NOT NULL,
    value          REAL,
    note           TEXT
))sql"),
        QStringLiteral("CREATE INDEX session_objectives_session ON session_objectives(session_id, student_id)"),
        // item_id will name an equipment ledger entry; until then 0/NULL and the name.
        QStringLiteral(R"sql(
CREATE TABLE session_equipment (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES training_sessions(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    item_id    INTEGER,
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0)
))sql"),
        QStringLiteral("CREATE INDEX session_equipment_session ON session_equipment(session_id)"),
        // `previous` is the record as it stood before the amendment (JSON).
        QStringLiteral(R"sql(
CREATE TABLE training_amendments (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES training_sessions(id) ON DELETE RESTRICT,
    sequence    INTEGER NOT NULL CHECK (sequence > 0),
    amended_on  TEXT NOT NULL,
    author      TEXT NOT NULL CHECK (length(trim(author)) > 0),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    previous    TEXT NOT NULL CHECK (json_valid(previous)),
    recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    UNIQUE (session_id, sequence)
))sql"),
    };
}

QStringList trainingGuards()
{
    QStringList statements{
        QStringLiteral("CREATE TRIGGER training_sessions_signed_delete BEFORE DELETE ON training_sessions "
                       "WHEN OLD.signed_at IS NOT NULL ")
            + raiseAbort("A signed training record cannot be deleted"),
        // The one update a signed session accepts: its version moves on by one
        // to an amendment that is already written; the signature stays.
        QStringLiteral("CREATE TRIGGER training_sessions_signed_update BEFORE UPDATE ON training_sessions "
                       "WHEN OLD.signed_at IS NOT NULL AND NOT (NEW.version = OLD.version + 1 "
                       "AND NEW.id = OLD.id AND NEW.signed_at IS OLD.signed_at AND NEW.signed_by IS OLD.signed_by "
                       "AND NEW.slot_id IS OLD.slot_id AND NEW.occurrence_date IS OLD.occurrence_date "
                       "AND EXISTS (SELECT 1 FROM training_amendments a WHERE a.session_id = OLD.id "
                       "AND a.sequence = NEW.version)) ")
            + raiseAbort("A signed training record cannot be changed; record an amendment"),
        QStringLiteral("CREATE TRIGGER training_amendments_signed_only BEFORE INSERT ON training_amendments "
                       "WHEN NOT EXISTS (SELECT 1 FROM training_sessions s WHERE s.id = NEW.session_id "
                       "AND s.signed_at IS NOT NULL AND NEW.sequence = s.version + 1) ")
            + raiseAbort("An amendment follows the last version of a signed training record"),
        QStringLiteral("CREATE TRIGGER training_amendments_no_update BEFORE UPDATE ON training_amendments ")
            + raiseAbort("Amendments cannot be changed"),
        QStringLiteral("CREATE TRIGGER training_amendments_no_delete BEFORE DELETE ON training_amendments ")
            + raiseAbort("Amendments cannot be deleted"),
    };
    statements << guardSessionRows(QStringLiteral("session_students"), QStringLiteral("session_id"));
    statements << guardSessionRows(QStringLiteral("session_objectives"), QStringLiteral("session_id"));
    statements << guardSessionRows(QStringLiteral("session_equipment"), QStringLiteral("session_id"));
    // The progress data a signed record wrote are part of it.
    statements << guardSessionRows(QStringLiteral("progress_points"), QStringLiteral("session_id"));
    statements << QStringLiteral("CREATE INDEX progress_points_session ON progress_points(session_id)");
    return statements;
}

// Uses of a room other than training sessions (those are read from the
// sessions themselves, so the log can never disagree with an amended record).
QStringList usageTables()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE room_usage (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('visit', 'parent_training', 'meeting', 'student_activity', 'other')),
    usage_date    TEXT NOT NULL,
    start_time    TEXT NOT NULL,
    end_time      TEXT NOT NULL,
    room_id       INTEGER NOT NULL REFERENCES rooms(id) ON DELETE RESTRICT,
    who           TEXT NOT NULL CHECK (length(trim(who)) > 0),
    purpose       TEXT,
    student_count INTEGER NOT NULL DEFAULT 0 CHECK (student_count >= 0),
    other_names   TEXT,
    note          TEXT,
    recorded_at   TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (start_time < end_time)
))sql"),
        QStringLiteral("CREATE INDEX room_usage_room ON room_usage(room_id, usage_date)"),
        QStringLiteral("CREATE INDEX room_usage_date ON room_usage(usage_date, start_time)"),
        QStringLiteral(R"sql(
CREATE TABLE room_usage_students (
    usage_id   INTEGER NOT NULL REFERENCES room_usage(id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (usage_id, student_id)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE room_usage_aids (
    id       INTEGER PRIMARY KEY,
    usage_id INTEGER NOT NULL REFERENCES room_usage(id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    item_id  INTEGER,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0)
))sql"),
        QStringLiteral("CREATE INDEX room_usage_aids_usage ON room_usage_aids(usage_id)"),
    };
}

// A saved inspection is the school's record of what it found and demanded:
// kept as it was issued. Names are kept with each problem, so the report
// reads the same even after the roster changes.
QStringList inspectionTables()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE inspections (
    id           INTEGER PRIMARY KEY,
    inspected_on TEXT NOT NULL,
    range_from   TEXT NOT NULL,
    range_to     TEXT NOT NULL,
    inspector    TEXT,
    previous_id  INTEGER REFERENCES inspections(id),
    rules        TEXT NOT NULL CHECK (json_valid(rules)),
    counts       TEXT NOT NULL CHECK (json_valid(counts)),
    saved_at     TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    CHECK (range_from <= range_to)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE inspection_problems (
    id              INTEGER PRIMARY KEY,
    inspection_id   INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL DEFAULT 0,
    kind            TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('open', 'repeated', 'resolved')),
    problem_key     TEXT NOT NULL,
    student_id      INTEGER,
    student_name    TEXT,
    instructor_id   INTEGER,
    instructor_name TEXT,
    problem_date    TEXT,
    session_id      INTEGER,
    message         TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX inspection_problems_inspection ON inspection_problems(inspection_id, position)"),
        QStringLiteral(R"sql(
CREATE TABLE inspection_requirements (
    id            INTEGER PRIMARY KEY,
    inspection_id INTEGER NOT NULL REFERENCES inspections(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL DEFAULT 0,
    kind          TEXT NOT NULL,
    text          TEXT NOT NULL,
    due_date      TEXT
))sql"),
        QStringLiteral("CREATE INDEX inspection_requirements_inspection ON inspection_requirements(inspection_id)"),
        QStringLiteral("CREATE TRIGGER inspections_no_update BEFORE UPDATE ON inspections ")
            + raiseAbort("A saved inspection cannot be changed"),
        QStringLiteral("CREATE TRIGGER inspection_problems_no_update BEFORE UPDATE ON inspection_problems ")
            + raiseAbort("A saved inspection cannot be changed"),
        QStringLiteral("CREATE TRIGGER inspection_requirements_no_update BEFORE UPDATE ON inspection_requirements ")
            + raiseAbort("A saved inspection cannot be changed"),
    };
}

} // namespace

QStringList migration0005TrainingRecords()
{
    return trainingTables() + trainingGuards() + usageTables() + inspectionTables();
}

} // namespace rr
