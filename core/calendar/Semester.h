#pragma once
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class SemesterKind { Autumn, Spring };  // 秋季学期 / 春季学期

// A holiday (no school) or, with isWorkday, a weekend day made a school day (调休).
struct CalendarDay {
    qint64 id = 0;
    QString name;
    QDate first;
    QDate last;
    bool isWorkday = false;
    bool operator==(const CalendarDay &) const = default;
};

struct Semester {
    qint64 id = 0;
    QString name;                 // e.g. 2026年秋季学期
    SemesterKind kind = SemesterKind::Autumn;
    int schoolYear = 0;           // the year the school year starts: 2026 for 2026—2027
    QDate start;
    QDate end;
    QList<CalendarDay> days;
    bool operator==(const Semester &) const = default;

    bool contains(const QDate &date) const { return date >= start && date <= end; }
};

QString semesterKindKey(SemesterKind kind);
SemesterKind semesterKindFromKey(const QString &key);

} // namespace rr
