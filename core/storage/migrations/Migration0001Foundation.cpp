// Schema version 1: the foundation tables every capability builds on.
// Dates are ISO text (YYYY-MM-DD); enumerations are stable English keys that
// core maps to labels, so the file does not depend on the UI language.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0001Foundation()
{
    return {
        QStringLiteral(R"sql(
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE semesters (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('autumn', 'spring')),
    school_year INTEGER NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    CHECK (start_date < end_date)
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE calendar_days (
    id          INTEGER PRIMARY KEY,
    semester_id INTEGER NOT NULL REFERENCES semesters(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    first_date  TEXT NOT NULL,
    last_date   TEXT NOT NULL,
    is_workday  INTEGER NOT NULL DEFAULT 0 CHECK (is_workday IN (0, 1)),
    CHECK (first_date <= last_date)
))sql"),
        QStringLiteral("CREATE INDEX calendar_days_semester ON calendar_days(semester_id)"),
        QStringLiteral(R"sql(
CREATE TABLE staff (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL,
    role   TEXT NOT NULL,
    phone  TEXT,
    note   TEXT,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE rooms (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL UNIQUE,
    type     TEXT NOT NULL,
    capacity INTEGER NOT NULL DEFAULT 1 CHECK (capacity > 0),
    location TEXT
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE students (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    gender             TEXT CHECK (gender IN ('male', 'female')),
    birth_date         TEXT,
    ethnicity          TEXT,
    id_number          TEXT UNIQUE,
    grade              INTEGER CHECK (grade BETWEEN 1 AND 12),
    class_name         TEXT,
    head_teacher_id    INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    enrolment_date     TEXT,
    placement          TEXT NOT NULL DEFAULT 'regular_class'
                       CHECK (placement IN ('regular_class', 'special_class', 'home_delivery')),
    certificate_number TEXT,
    family_situation   TEXT,
    growth_history     TEXT,
    treatment_history  TEXT,
    medical_history    TEXT,
    notes              TEXT,
    photo              BLOB,
    created_at         TEXT NOT NULL DEFAULT (datetime('now', 'localtime')),
    updated_at         TEXT NOT NULL DEFAULT (datetime('now', 'localtime'))
))sql"),
        QStringLiteral(R"sql(
CREATE TABLE student_needs (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    category   TEXT NOT NULL,
    grade      INTEGER CHECK (grade BETWEEN 1 AND 4),
    note       TEXT,
    position   INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX student_needs_student ON student_needs(student_id)"),
        QStringLiteral(R"sql(
CREATE TABLE guardians (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    relation   TEXT,
    phone      TEXT,
    address    TEXT,
    is_contact INTEGER NOT NULL DEFAULT 0 CHECK (is_contact IN (0, 1)),
    position   INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral("CREATE INDEX guardians_student ON guardians(student_id)"),
    };
}

} // namespace rr
