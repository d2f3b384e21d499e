#pragma once
// The people, rooms and school of the demo. Fictional: any likeness to a real
// child is chance. ID numbers are well-formed with correct check characters.
#include "rooms/Room.h"
#include "school/SchoolProfile.h"
#include "staff/StaffMember.h"
#include "students/Student.h"

#include <QList>

namespace rr {

SchoolProfile demoProfile(qint64 currentSemesterId);
QList<StaffMember> demoStaff();
QList<Room> demoRooms();
// Students of the given school year; Student::headTeacherName names a demoStaff() member.
QList<Student> demoStudents(int schoolYear);

// Builds a valid 18-character ID number (check character computed).
QString makeCitizenId(const QString &region, const QDate &birth, int sequence);

} // namespace rr
