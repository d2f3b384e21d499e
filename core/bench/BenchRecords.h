#pragma once
// One benchmark student's records of one semester, inside the chunk's
// transaction: the IEP (two goals of two objectives each, from the goal
// bank), about 40 training records with their objectives' data, signed, and
// for a past semester the end-of-semester evaluation and 归档.
#include "bench/BenchPeople.h"
#include "calendar/Semester.h"
#include "common/Result.h"
#include "goalbank/BankGoal.h"

#include <QDate>
#include <QHash>

namespace rr {

class Transaction;

struct BenchSetting {
    QHash<QString, qint64> staff;    // name → id
    QHash<QString, qint64> rooms;    // name → id
    QList<QList<BankGoal>> goalGroups;   // bank goals sharing a long-term goal, two or more each
    QDate today;
};

struct BenchSemesterCounts {
    qint64 iepId = 0;
    int sessions = 0;
    int points = 0;
};

// `index` numbers the student (it varies goals, texts and days); `previousIep`
// is the plan of the semester before, 0 for none. The current semester
// (containing today) stays in effect with its records up to yesterday.
Result<BenchSemesterCounts> addBenchSemester(Transaction &tx, const BenchSetting &setting, const Student &student,
                                             int index, const Semester &semester, qint64 previousIep);

// The goal bank's objectives measured as accuracy, grouped by long-term goal.
QList<QList<BankGoal>> benchGoalGroups();

} // namespace rr
