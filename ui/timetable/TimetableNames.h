#pragma once
// The names the timetable screens show for the ids a slot holds: rooms,
// staff and students, read once per reload through the repositories.
#include "common/Result.h"
#include "rooms/Room.h"
#include "staff/StaffMember.h"
#include "students/Student.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <memory>

namespace rr {

class Database;

struct TimetableNames {
    QList<Room> rooms;                 // as the room list orders them
    QList<StaffMember> staff;          // everybody, active or not
    QList<StudentSummary> students;    // the roster order

    static Result<TimetableNames> load(const std::shared_ptr<Database> &db);

    QString room(qint64 id) const;
    QString staffName(qint64 id) const;
    QString student(qint64 id) const;
    QString studentList(const QList<qint64> &ids) const;   // joined with the list separator
    std::optional<Room> roomById(qint64 id) const;
};

// "9/7": short enough for a column header, in the user's language.
QString shortDate(const QDate &date);
// "08:00–08:40".
QString timeRange(const QTime &start, const QTime &end);

} // namespace rr
