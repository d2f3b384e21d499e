// Schema version 3: assessments and the IEP (个别化教育计划) with its goals,
// objectives, services, accommodations, revisions and progress data.
// Vocabularies are stable English keys (or the letters printed on the form:
// O/W/T/V/P, P/C/D/S/E) so the file does not depend on the UI language.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0003Iep()
{
    return {
        // Results are named fields as JSON: every instrument has its own set,
        // and a new instrument must not need a migration.
        QStringLiteral(R"sql(
CREATE TABLE assessments (
    id            INTEGER PRIMARY KEY,
    student_id    INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    instrument    TEXT NOT NULL CHECK (length(instrument) > 0),
    assessed_on   TEXT NOT NULL,
    assessor      TEXT,
    results       TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(results)),
    conclusion    TEXT,
    attachment_id INTEGER REFERENCES attachments(id) ON DELETE SET NULL,
    recorded_at   TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
))sql"),
        QStringLiteral("CREATE INDEX assessments_student ON assessments(student_id, instrument, assessed_on)"),
        // One IEP per student and semester. A semester with IEPs cannot be
        // deleted (RESTRICT): the plans are archive documents.
        QStringLiteral(R"sql(
CREATE TABLE ieps (
    id                  INTEGER PRIMARY KEY,
    student_id          INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    semester_id         INTEGER NOT NULL REFERENCES semesters(id) ON DELETE RESTRICT,
    status              TEXT NOT NULL DEFAULT 'draft'
                        CHECK (status IN ('draft', 'active', 'evaluation', 'archived')),
    meeting_date        TEXT,
    meeting_minutes     TEXT,
    created_from_iep_id INTEGER REFERENCES ieps(id) ON DELETE SET NULL,
    created_at          TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at          TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    UNIQUE (student_id, semester_id)
))sql"),
        QStringLiteral("CREATE INDEX ieps_semester ON ieps(semester_id, status)"),
        // Periodic reviews (定期评估和调整): several dates per plan.
        QStringLiteral(R"sql(
CREATE TABLE iep_review_dates (
    id          INTEGER PRIMARY KEY,
    iep_id      INTEGER NOT NULL REFERENCES ieps(id) ON DELETE CASCADE,
    review_date TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX iep_review_dates_iep ON iep_review_dates(iep_id, review_date)"),
        QStringLiteral(R"sql(
CREATE TABLE iep_team (
    id       INTEGER PRIMARY KEY,
    iep_id   INTEGER NOT NULL REFERENCES ieps(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    name     TEXT NOT NULL CHECK (length(trim(name)) > 0),
    position INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX iep_team_iep ON iep_team(iep_id)"),
        QStringLiteral(R"sql(
CREATE TABLE iep_present_levels (
    id       INTEGER PRIMARY KEY,
    iep_id   INTEGER NOT NULL REFERENCES ieps(id) ON DELETE CASCADE,
    domain   TEXT NOT NULL,
    text     TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX iep_present_levels_iep ON iep_present_levels(iep_id)"),
        QStringLiteral(R"sql(
CREATE TABLE iep_goals (
    id        INTEGER PRIMARY KEY,
    iep_id    INTEGER NOT NULL REFERENCES ieps(id) ON DELETE CASCADE,
    domain    TEXT NOT NULL,
    long_term TEXT NOT NULL CHECK (length(trim(long_term)) > 0),
    position  INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX iep_goals_iep ON iep_goals(iep_id)"),
        QStringLiteral(R"sql(
CREATE TABLE iep_objectives (
    id             INTEGER PRIMARY KEY,
    goal_id        INTEGER NOT NULL REFERENCES iep_goals(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    behaviour      TEXT NOT NULL CHECK (length(trim(behaviour)) > 0),
    condition      TEXT,
    criterion      TEXT,
    deadline       TEXT,
    methods        TEXT NOT NULL DEFAULT '' CHECK (methods NOT GLOB '*[^OWTVP]*'),
    responsible    TEXT,
    start_date     TEXT,
    end_date       TEXT,
    scale          TEXT,
    direction      TEXT NOT NULL DEFAULT 'increase' CHECK (direction IN ('increase', 'decrease')),
    goal_value     REAL,
    result         TEXT CHECK (result IN ('P', 'C', 'D', 'S', 'E')),
    achievement    TEXT CHECK (achievement IN ('achieved', 'mostly_achieved', 'not_achieved')),
    result_comment TEXT,
    gas_level      INTEGER CHECK (gas_level BETWEEN -2 AND 2),
    CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
))sql"),
        QStringLiteral("CREATE INDEX iep_objectives_goal ON iep_objectives(goal_id)"),
        QStringLiteral(R"sql(
CREATE TABLE iep_services (
    id               INTEGER PRIMARY KEY,
    iep_id           INTEGER NOT NULL REFERENCES ieps(id) ON DELETE CASCADE,
    type             TEXT NOT NULL,
    minutes_per_week INTEGER NOT NULL CHECK (minutes_per_week BETWEEN 1 AND 3000),
    provider         TEXT,
    room_id          INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
    position         INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX iep_services_iep ON iep_services(iep_id)"),
        QStringLiteral(R"sql(
CREATE TABLE iep_accommodations (
    id       INTEGER PRIMARY KEY,
    iep_id   INTEGER NOT NULL REFERENCES ieps(id) ON DELETE CASCADE,
    kind     TEXT NOT NULL CHECK (kind IN ('classroom', 'homework', 'exam')),
    text     TEXT NOT NULL CHECK (length(trim(text)) > 0),
    position INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX iep_accommodations_iep ON iep_accommodations(iep_id)"),
        // A change to an active plan keeps what it replaced: the revision
        // history is evidence of 定期评估和调整 and is never edited.
        QStringLiteral(R"sql(
CREATE TABLE iep_revisions (
    id          INTEGER PRIMARY KEY,
    iep_id      INTEGER NOT NULL REFERENCES ieps(id) ON DELETE CASCADE,
    revised_on  TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    author      TEXT NOT NULL CHECK (length(trim(author)) > 0),
    snapshot    TEXT NOT NULL CHECK (json_valid(snapshot)),
    recorded_at TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
))sql"),
        QStringLiteral("CREATE INDEX iep_revisions_iep ON iep_revisions(iep_id, id)"),
        QStringLiteral(R"sql(
CREATE TRIGGER iep_revisions_no_update BEFORE UPDATE ON iep_revisions
BEGIN SELECT RAISE(ABORT, 'IEP revisions cannot be changed'); END)sql"),
        // session_id will point at training sessions once they exist.
        QStringLiteral(R"sql(
CREATE TABLE progress_points (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES iep_objectives(id) ON DELETE CASCADE,
    point_date   TEXT NOT NULL,
    value        REAL NOT NULL,
    note         TEXT,
    session_id   INTEGER,
    recorded_at  TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
))sql"),
        QStringLiteral("CREATE INDEX progress_points_objective ON progress_points(objective_id, point_date)"),
        QStringLiteral(R"sql(
CREATE TABLE phase_changes (
    id           INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES iep_objectives(id) ON DELETE CASCADE,
    change_date  TEXT NOT NULL,
    note         TEXT
))sql"),
        QStringLiteral("CREATE INDEX phase_changes_objective ON phase_changes(objective_id, change_date)"),
    };
}

} // namespace rr
