#pragma once
// Stores individual training plans. Each public write is one user action.
#include "common/Result.h"
#include "plans/TrainingPlan.h"

#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;
struct Iep;

class TrainingPlanRepository {
public:
    explicit TrainingPlanRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // NotFound when there is no such plan.
    Result<TrainingPlan> byId(qint64 planId) const;
    Result<std::optional<TrainingPlan>> forStudentSemester(qint64 studentId, qint64 semesterId) const;
    Result<QList<TrainingPlan>> forSemester(qint64 semesterId) const;     // by student name
    Result<QList<TrainingPlan>> forStudent(qint64 studentId) const;       // oldest semester first

    // One plan per student and semester. Goals need text; a goal's objective
    // must belong to one of the student's IEPs.
    Result<qint64> add(const TrainingPlan &plan);
    static Result<qint64> add(Transaction &tx, const TrainingPlan &plan);
    Result<void> save(const TrainingPlan &plan);                  // replaces the stored plan, goals included
    static Result<void> save(Transaction &tx, const TrainingPlan &plan);
    Result<void> remove(qint64 planId);

    // A starting point: the objectives of the student's IEP for the semester
    // (in effect or under evaluation; a draft is not agreed yet), one goal
    // each, text 行为 + 条件 + 标准. NotFound when there is no such IEP.
    Result<QList<TrainingPlanGoal>> goalsFromIep(qint64 studentId, qint64 semesterId) const;
    static QList<TrainingPlanGoal> goalsFromIep(const Iep &iep);
    // A new plan for the student and semester whose goals are goalsFromIep.
    // `instructorId` (0: none yet) is who teaches it, by default the current user.
    Result<qint64> createFromIep(qint64 studentId, qint64 semesterId, qint64 instructorId = 0);

    static Result<void> validate(const TrainingPlan &plan);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
