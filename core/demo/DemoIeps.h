#pragma once
// The demo's IEPs: one in effect for every student this semester, with half a
// semester of weekly progress data, a few assessments, and last semester's
// plans of some students (archived with their results) to copy from.
#include "calendar/Semester.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "students/Student.h"

#include <QHash>
#include <QList>
#include <memory>

namespace rr {

class Database;
class Transaction;

struct DemoIepSetting {
    QList<Student> students;            // with their ids
    QHash<QString, qint64> roomIds;     // room name → id
    Semester current;                   // with id and holidays
    Semester previous;
};

// Inside the demo's transaction. Last semester's plans are left in effect,
// their ids in `toArchive`: the evaluation steps are actions of their own.
Result<void> addDemoIeps(Transaction &tx, const DemoIepSetting &setting, const Clock &clock, QList<qint64> *toArchive);

// End-of-semester evaluation of last semester's plans, then 归档.
Result<void> archiveDemoIeps(const std::shared_ptr<Database> &db, const QList<qint64> &iepIds);

// The objective of the demo whose data call for a change of teaching.
inline constexpr char16_t kDemoStuckStudent[] = u"张小明";
inline constexpr char16_t kDemoStuckObjective[] = u"10以内加法";

} // namespace rr
