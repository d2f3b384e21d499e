#include "plans/TrainingPlanRepository.h"

#include "iep/IepRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect =
    u"SELECT p.id, p.student_id, p.semester_id, p.instructor_id, p.content, p.methods, p.minutes_per_session, "
    "p.sessions_per_week, p.expected_results, p.note FROM training_plans p "_s;

static TrainingPlan readPlan(const SqlRows &q)
{
    TrainingPlan p;
    p.id = q.value(0).toLongLong();
    p.studentId = q.value(1).toLongLong();
    p.semesterId = q.value(2).toLongLong();
    p.instructorId = q.value(3).toLongLong();
    p.content = q.value(4).toString();
    p.methods = q.value(5).toString();
    p.minutesPerSession = q.value(6).toInt();
    p.sessionsPerWeek = q.value(7).toInt();
    p.expectedResults = q.value(8).toString();
    p.note = q.value(9).toString();
    return p;
}

static QList<TrainingPlan> readPlans(const std::shared_ptr<Database> &db, const QString &tail, const SqlParams &params)
{
    QList<TrainingPlan> plans;
    auto q = db->exec(kSelect + tail, params);
    while (q && q->next())
        plans.append(readPlan(*q));
    for (TrainingPlan &plan : plans) {
        auto goals = db->exec(u"SELECT id, text, objective_id FROM training_plan_goals WHERE plan_id = :p "
                               "ORDER BY position, id"_s,
                               {{":p", plan.id}});
        while (goals && goals->next())
            plan.goals.append({goals->value(0).toLongLong(), goals->value(1).toString(), goals->value(2).toLongLong()});
    }
    return plans;
}

std::optional<TrainingPlan> TrainingPlanRepository::byId(qint64 planId) const
{
    const auto plans = readPlans(m_db, u"WHERE p.id = :id"_s, {{":id", planId}});
    return plans.isEmpty() ? std::nullopt : std::optional<TrainingPlan>(plans.first());
}

std::optional<TrainingPlan> TrainingPlanRepository::forStudentSemester(qint64 studentId, qint64 semesterId) const
{
    const auto plans = readPlans(m_db, u"WHERE p.student_id = :st AND p.semester_id = :sem"_s,
                                 {{":st", studentId}, {":sem", semesterId}});
    return plans.isEmpty() ? std::nullopt : std::optional<TrainingPlan>(plans.first());
}

QList<TrainingPlan> TrainingPlanRepository::forSemester(qint64 semesterId) const
{
    return readPlans(m_db, u"JOIN students st ON st.id = p.student_id WHERE p.semester_id = :sem ORDER BY st.name, p.id"_s,
                     {{":sem", semesterId}});
}

QList<TrainingPlan> TrainingPlanRepository::forStudent(qint64 studentId) const
{
    return readPlans(m_db, u"JOIN semesters s ON s.id = p.semester_id WHERE p.student_id = :st ORDER BY s.start_date"_s,
                     {{":st", studentId}});
}

Result<void> TrainingPlanRepository::validate(const TrainingPlan &plan)
{
    if (plan.studentId <= 0 || plan.semesterId <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::TrainingPlans", "A training plan needs a student and a semester."));
    if (plan.minutesPerSession < 0 || plan.minutesPerSession > 600)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::TrainingPlans", "A session lasts between 0 and 600 minutes."));
    if (plan.sessionsPerWeek < 0 || plan.sessionsPerWeek > 50)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::TrainingPlans", "The plan has between 0 and 50 sessions a week."));
    for (qsizetype i = 0; i < plan.goals.size(); ++i)
        if (plan.goals.at(i).text.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::TrainingPlans", "Goal %1 of the training plan has no text.").arg(i + 1));
    return {};
}

static Result<void> checkReferences(Transaction &tx, const TrainingPlan &plan)
{
    auto student = tx.exec(u"SELECT 1 FROM students WHERE id = :id"_s, {{":id", plan.studentId}});
    if (!student)
        return student.error();
    if (!student->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::TrainingPlans", "The student does not exist."));
    auto semester = tx.exec(u"SELECT 1 FROM semesters WHERE id = :id"_s, {{":id", plan.semesterId}});
    if (!semester)
        return semester.error();
    if (!semester->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::TrainingPlans", "The semester does not exist."));
    if (plan.instructorId > 0) {
        auto staff = tx.exec(u"SELECT 1 FROM staff WHERE id = :id"_s, {{":id", plan.instructorId}});
        if (!staff)
            return staff.error();
        if (!staff->next())
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::TrainingPlans", "The instructor does not exist."));
    }
    // A goal serves one of this student's IEP objectives, never another child's.
    for (const TrainingPlanGoal &goal : plan.goals) {
        if (goal.objectiveId <= 0)
            continue;
        auto owner = tx.exec(u"SELECT i.student_id FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id "
                             "JOIN ieps i ON i.id = g.iep_id WHERE o.id = :id"_s,
                             {{":id", goal.objectiveId}});
        if (!owner)
            return owner.error();
        if (!owner->next() || owner->value(0).toLongLong() != plan.studentId)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::TrainingPlans",
                                                         "The goal \"%1\" is linked to an objective that is not in this student's IEP.")
                                 .arg(goal.text.trimmed()));
    }
    return {};
}

static Result<void> writeGoals(Transaction &tx, qint64 planId, const QList<TrainingPlanGoal> &goals)
{
    if (auto cleared = tx.exec(u"DELETE FROM training_plan_goals WHERE plan_id = :p"_s, {{":p", planId}}); !cleared)
        return cleared.error();
    int position = 0;
    for (const TrainingPlanGoal &goal : goals) {
        auto added = tx.exec(u"INSERT INTO training_plan_goals(plan_id, position, text, objective_id) VALUES (:p, :n, :t, :o)"_s,
                             {{":p", planId}, {":n", position++}, {":t", goal.text.trimmed()},
                              {":o", goal.objectiveId > 0 ? QVariant(goal.objectiveId) : QVariant()}});
        if (!added)
            return added.error();
    }
    return {};
}

static SqlParams planParams(const TrainingPlan &plan)
{
    return {{":who", plan.instructorId > 0 ? QVariant(plan.instructorId) : QVariant()},
            {":content", nullIfEmpty(plan.content.trimmed())},
            {":methods", nullIfEmpty(plan.methods.trimmed())},
            {":mins", plan.minutesPerSession},
            {":times", plan.sessionsPerWeek},
            {":expected", nullIfEmpty(plan.expectedResults.trimmed())},
            {":note", nullIfEmpty(plan.note.trimmed())}};
}

Result<qint64> TrainingPlanRepository::add(Transaction &tx, const TrainingPlan &plan)
{
    if (auto valid = validate(plan); !valid)
        return valid.error();
    if (auto refs = checkReferences(tx, plan); !refs)
        return refs.error();
    SqlParams params = planParams(plan);
    params.push_back({":st", plan.studentId});
    params.push_back({":sem", plan.semesterId});
    auto id = tx.insert(u"INSERT INTO training_plans(student_id, semester_id, instructor_id, content, methods, "
                        "minutes_per_session, sessions_per_week, expected_results, note) "
                        "VALUES (:st, :sem, :who, :content, :methods, :mins, :times, :expected, :note)"_s,
                        params);
    if (!id)
        return id.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict, QCoreApplication::translate(
                                                 "rr::TrainingPlans", "The student already has a training plan for this semester."))
            : id.error();
    if (auto goals = writeGoals(tx, *id, plan.goals); !goals)
        return goals.error();
    return *id;
}

Result<qint64> TrainingPlanRepository::add(const TrainingPlan &plan)
{
    return m_db->writeReturningId({u"plan.add"_s, u"training plan added"_s},
                                  [&](Transaction &tx) { return add(tx, plan); });
}

Result<void> TrainingPlanRepository::save(Transaction &tx, const TrainingPlan &plan)
{
    if (auto valid = validate(plan); !valid)
        return valid;
    auto stored = tx.exec(u"SELECT student_id, semester_id FROM training_plans WHERE id = :id"_s, {{":id", plan.id}});
    if (!stored)
        return stored.error();
    if (!stored->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::TrainingPlans", "The training plan does not exist."));
    // The plan belongs to its student and semester for good.
    if (stored->value(0).toLongLong() != plan.studentId || stored->value(1).toLongLong() != plan.semesterId)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::TrainingPlans",
                                                     "A training plan cannot move to another student or semester."));
    if (auto refs = checkReferences(tx, plan); !refs)
        return refs;
    SqlParams params = planParams(plan);
    params.push_back({":id", plan.id});
    auto done = tx.exec(u"UPDATE training_plans SET instructor_id = :who, content = :content, methods = :methods, "
                        "minutes_per_session = :mins, sessions_per_week = :times, expected_results = :expected, "
                        "note = :note, updated_at = datetime('now', 'localtime') WHERE id = :id"_s,
                        params);
    if (!done)
        return done.error();
    return writeGoals(tx, plan.id, plan.goals);
}

Result<void> TrainingPlanRepository::save(const TrainingPlan &plan)
{
    return m_db->write({u"plan.save"_s, u"training plan changed"_s}, [&](Transaction &tx) { return save(tx, plan); });
}

Result<void> TrainingPlanRepository::remove(qint64 planId)
{
    return m_db->write({u"plan.remove"_s, u"training plan removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM training_plans WHERE id = :id"_s, {{":id", planId}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound,
                             QCoreApplication::translate("rr::TrainingPlans", "The training plan does not exist."));
        return {};
    });
}

QList<TrainingPlanGoal> TrainingPlanRepository::goalsFromIep(const Iep &iep)
{
    QList<TrainingPlanGoal> goals;
    for (const IepGoal &goal : iep.content.goals) {
        for (const IepObjective &objective : goal.objectives) {
            // 条件 + 行为 + 标准, the way the objective reads on the IEP form.
            QString text = objective.condition.trimmed();
            if (!text.isEmpty() && !text.endsWith(u'，'))
                text += u'，';
            text += objective.behaviour.trimmed();
            if (!objective.criterion.trimmed().isEmpty())
                text += u'，' + objective.criterion.trimmed();
            goals.append({0, text, objective.id});
        }
    }
    return goals;
}

Result<QList<TrainingPlanGoal>> TrainingPlanRepository::goalsFromIep(qint64 studentId, qint64 semesterId) const
{
    const auto iep = IepRepository(m_db).forStudentSemester(studentId, semesterId);
    if (!iep || (iep->status != IepStatus::Active && iep->status != IepStatus::Evaluation))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::TrainingPlans",
                                                     "The student has no IEP in effect for this semester to take goals from."));
    return goalsFromIep(*iep);
}

Result<qint64> TrainingPlanRepository::createFromIep(qint64 studentId, qint64 semesterId, qint64 instructorId)
{
    auto goals = goalsFromIep(studentId, semesterId);
    if (!goals)
        return goals.error();
    TrainingPlan plan;
    plan.studentId = studentId;
    plan.semesterId = semesterId;
    plan.goals = *goals;
    plan.instructorId = instructorId;
    return add(plan);
}

} // namespace rr
