#pragma once
// The demo's IEPs: one in effect for every student this semester, with half a
// semester of weekly progress data, a few assessments, and last semester's
// plans of some students (archived with their results) to copy from.
#include "calendar/Semester.h"
#include "common/Clock.h"
#include "common/Result.h"
#include "iep/Iep.h"
#include "students/Student.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <functional>
#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

struct DemoIepSetting {
    QList<Student> students;            // with their ids
    QHash<QString, qint64> roomIds;     // room name → id
    Semester current;                   // with id and holidays
    Semester previous;
    // This semester's objectives measured in training sessions: for a student
    // and the objective's responsible person, the dates of the sessions that
    // probe it (one a week). nullopt: probed outside sessions (in class).
    std::function<std::optional<QList<QDate>>(qint64 studentId, const QString &responsible)> sessionDays{};
};

// What the training records of the demo write: the probes of the objectives
// measured in sessions (objective id → date → value), and this semester's
// plans as stored, by student id.
struct DemoSessionProbes {
    QHash<qint64, QMap<QDate, double>> values;
    QHash<qint64, Iep> plans;
};

// Inside the demo's transaction. Last semester's plans are left in effect,
// their ids in `toArchive`: the evaluation steps are actions of their own.
// Probes of objectives measured in sessions go to `probes` instead of the
// data file: the session records write them.
Result<void> addDemoIeps(Transaction &tx, const DemoIepSetting &setting, const Clock &clock, QList<qint64> *toArchive,
                         DemoSessionProbes *probes);

// End-of-semester evaluation of last semester's plans, then 归档.
Result<void> archiveDemoIeps(const std::shared_ptr<Database> &db, const QList<qint64> &iepIds);

// The objective of the demo whose data call for a change of teaching.
inline constexpr char16_t kDemoStuckStudent[] = u"张小明";
inline constexpr char16_t kDemoStuckObjective[] = u"10以内加法";

} // namespace rr
