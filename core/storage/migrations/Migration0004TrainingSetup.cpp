// Schema version 4: what individual training is set up with — each room's
// rules (管理制度) as data, the class periods a student must not miss, the
// individual training plans (个别化训练方案) and the weekly timetable (排课)
// with its one-off changes. Times are text HH:MM, dates ISO text.
#include "storage/Migrations.h"

#include "rooms/Room.h"
#include "rooms/RoomRule.h"

namespace rr {

namespace {

QString sqlText(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// One INSERT … SELECT per rule, for the rooms matching `where`. The
// MaxStudents rule takes each room's own capacity, in its number and text.
QStringList insertRules(const QList<RoomRule> &rules, const QString &where)
{
    const QString sentinel = QStringLiteral("99999");
    QStringList statements;
    for (const RoomRule &rule : rules) {
        const bool fromCapacity = rule.kind == RuleKind::MaxStudents;
        const QString text = fromCapacity
                                 ? QStringLiteral("replace(%1, '%2', capacity)")
                                       .arg(sqlText(maxStudentsRuleText(sentinel.toInt())), sentinel)
                                 : sqlText(rule.text);
        const QString parameter = fromCapacity ? QStringLiteral("capacity") : QString::number(rule.parameter);
        statements << QStringLiteral("INSERT INTO room_rules(room_id, position, text, kind, parameter) "
                                     "SELECT id, %1, %2, %3, %4 FROM rooms WHERE %5")
                          .arg(QString::number(rule.position), text, sqlText(ruleKindKey(rule.kind)), parameter, where);
    }
    return statements;
}

// Rooms of an upgraded file get their type's shipped rules, as a new room would.
// The texts come from defaultRoomRules(), the one source for new rooms too.
QStringList defaultRulesForExistingRooms()
{
    QStringList statements;
    QStringList known;
    const QList<RoomType> types{RoomType::ResourceRoom, RoomType::SensoryIntegration, RoomType::IndividualTraining,
                                RoomType::Rehabilitation, RoomType::Equipment, RoomType::Montessori};
    for (const RoomType type : types) {
        known << sqlText(roomTypeKey(type));
        statements << insertRules(defaultRoomRules(type), QStringLiteral("type = %1").arg(known.last()));
    }
    // Any other stored key reads as Other, so it gets Other's rules.
    statements << insertRules(defaultRoomRules(RoomType::Other),
                              QStringLiteral("type NOT IN (%1)").arg(known.join(QLatin1Char(','))));
    return statements;
}

} // namespace

QStringList migration0004TrainingSetup()
{
    QStringList statements{
        QStringLiteral(R"sql(
CREATE TABLE room_rules (
    id        INTEGER PRIMARY KEY,
    room_id   INTEGER NOT NULL REFERENCES rooms(id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    text      TEXT NOT NULL CHECK (length(trim(text)) > 0),
    kind      TEXT NOT NULL DEFAULT 'text',
    parameter INTEGER NOT NULL DEFAULT 0 CHECK (parameter >= 0)
))sql"),
        QStringLiteral("CREATE INDEX room_rules_room ON room_rules(room_id, position)"),
        // The class periods a student must not miss (e.g. 语文). A period
        // without a semester holds in every semester.
        QStringLiteral(R"sql(
CREATE TABLE protected_periods (
    id          INTEGER PRIMARY KEY,
    student_id  INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    semester_id INTEGER REFERENCES semesters(id) ON DELETE CASCADE,
    weekday     INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time  TEXT NOT NULL,
    end_time    TEXT NOT NULL,
    label       TEXT NOT NULL CHECK (length(trim(label)) > 0),
    CHECK (start_time < end_time)
))sql"),
        QStringLiteral("CREATE INDEX protected_periods_student ON protected_periods(student_id, weekday)"),
        // One plan per student and semester, kept like the IEP it follows.
        QStringLiteral(R"sql(
CREATE TABLE training_plans (
    id                  INTEGER PRIMARY KEY,
    student_id          INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    semester_id         INTEGER NOT NULL REFERENCES semesters(id) ON DELETE RESTRICT,
    instructor_id       INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    content             TEXT,
    methods             TEXT,
    minutes_per_session INTEGER NOT NULL DEFAULT 0 CHECK (minutes_per_session BETWEEN 0 AND 600),
    sessions_per_week   INTEGER NOT NULL DEFAULT 0 CHECK (sessions_per_week BETWEEN 0 AND 50),
    expected_results    TEXT,
    note                TEXT,
    created_at          TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at          TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    UNIQUE (student_id, semester_id)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE training_plan_goals (
    id           INTEGER PRIMARY KEY,
    plan_id      INTEGER NOT NULL REFERENCES training_plans(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL DEFAULT 0,
    text         TEXT NOT NULL CHECK (length(trim(text)) > 0),
    objective_id INTEGER REFERENCES iep_objectives(id) ON DELETE SET NULL
))sql"),
        QStringLiteral("CREATE INDEX training_plan_goals_plan ON training_plan_goals(plan_id, position)"),
        // A room in the timetable cannot be deleted (RESTRICT): the slots and
        // the records made from them name it.
        QStringLiteral(R"sql(
CREATE TABLE timetable_slots (
    id              INTEGER PRIMARY KEY,
    semester_id     INTEGER NOT NULL REFERENCES semesters(id) ON DELETE CASCADE,
    weekday         INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    start_time      TEXT NOT NULL,
    end_time        TEXT NOT NULL,
    room_id         INTEGER NOT NULL REFERENCES rooms(id) ON DELETE RESTRICT,
    instructor_id   INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    service         TEXT NOT NULL,
    content         TEXT,
    protected_class TEXT,
    CHECK (start_time < end_time)
))sql"),
        QStringLiteral("CREATE INDEX timetable_slots_semester ON timetable_slots(semester_id, weekday)"),
        QStringLiteral(R"sql(
CREATE TABLE timetable_slot_students (
    slot_id    INTEGER NOT NULL REFERENCES timetable_slots(id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (slot_id, student_id)
))sql"),
        QStringLiteral("CREATE INDEX timetable_slot_students_student ON timetable_slot_students(student_id)"),
        QStringLiteral(R"sql(
CREATE TABLE slot_changes (
    id                INTEGER PRIMARY KEY,
    slot_id           INTEGER NOT NULL REFERENCES timetable_slots(id) ON DELETE CASCADE,
    change_date       TEXT NOT NULL,
    cancelled         INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    new_date          TEXT,
    new_start         TEXT,
    new_end           TEXT,
    new_room_id       INTEGER REFERENCES rooms(id) ON DELETE RESTRICT,
    new_instructor_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    reason            TEXT,
    UNIQUE (slot_id, change_date)
))sql"),
    };
    statements << defaultRulesForExistingRooms();
    return statements;
}

} // namespace rr
