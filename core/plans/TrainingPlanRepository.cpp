#include "plans/TrainingPlanRepository.h"

#include "iep/IepRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

TrainingPlan readPlan(const SqlRows &q)
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

// The plans `condition` selects (on `training_plans p`), in the order of
// `order` (which may join `joins`), with their goals: two queries in all.
Result<QList<TrainingPlan>> readPlans(const Database &db, const QString &condition, const SqlParams &params,
                                      const QString &joins = {}, const QString &order = u"p.id"_s)
{
    auto read = readList(db,
                         u"SELECT p.id, p.student_id, p.semester_id, p.instructor_id, p.content, p.methods, "
                         "p.minutes_per_session, p.sessions_per_week, p.expected_results, p.note FROM training_plans p "_s
                             + joins + u" WHERE "_s + condition + u" ORDER BY "_s + order,
                         params, readPlan);
    if (!read)
        return read.error();
    QList<TrainingPlan> plans = std::move(*read);
    if (plans.isEmpty())
        return plans;
    auto goals = readList(db,
                          u"SELECT plan_id, id, text, objective_id FROM training_plan_goals WHERE plan_id IN "
                          "(SELECT p.id FROM training_plans p WHERE "_s
                              + condition + u") ORDER BY position, id"_s,
                          params, [](const SqlRows &q) {
                              return std::pair(q.value(0).toLongLong(), TrainingPlanGoal{q.value(1).toLongLong(), q.value(2).toString(),
                                                                                         q.value(3).toLongLong()});
                          });
    if (!goals)
        return goals.error();
    QHash<qint64, TrainingPlan *> byId;
    for (TrainingPlan &plan : plans)
        byId.insert(plan.id, &plan);
    for (const auto &[planId, goal] : std::as_const(*goals))
        if (TrainingPlan *plan = byId.value(planId))
            plan->goals.append(goal);
    return plans;
}

Error planNotFound()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::TrainingPlans", "The training plan does not exist."));
}

} // namespace

Result<TrainingPlan> TrainingPlanRepository::byId(qint64 planId) const
{
    auto plans = readPlans(*m_db, u"p.id = :id"_s, {{":id", planId}});
    if (!plans)
        return plans.error();
    if (plans->isEmpty())
        return planNotFound();
    return plans->constFirst();
}

Result<std::optional<TrainingPlan>> TrainingPlanRepository::forStudentSemester(qint64 studentId, qint64 semesterId) const
{
    auto plans = readPlans(*m_db, u"p.student_id = :st AND p.semester_id = :sem"_s, {{":st", studentId}, {":sem", semesterId}});
    if (!plans)
        return plans.error();
    return plans->isEmpty() ? std::optional<TrainingPlan>() : std::optional<TrainingPlan>(plans->constFirst());
}

Result<QList<TrainingPlan>> TrainingPlanRepository::forSemester(qint64 semesterId) const
{
    return readPlans(*m_db, u"p.semester_id = :sem"_s, {{":sem", semesterId}}, u"JOIN students st ON st.id = p.student_id"_s,
                     u"st.name, p.id"_s);
}

Result<QList<TrainingPlan>> TrainingPlanRepository::forStudent(qint64 studentId) const
{
    return readPlans(*m_db, u"p.student_id = :st"_s, {{":st", studentId}}, u"JOIN semesters s ON s.id = p.semester_id"_s,
                     u"s.start_date, p.id"_s);
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

namespace {

// Whether `statement` finds a row.
Result<bool> exists(const Transaction &tx, const QString &statement, qint64 id)
{
    auto found = readValue(tx, statement, {{":id", id}});
    if (!found)
        return found.error();
    return !found->isNull();
}

Result<void> checkReferences(const Transaction &tx, const TrainingPlan &plan)
{
    struct Reference {
        const char *sql;
        qint64 id;
        const char *missing;
    };
    const Reference references[] = {
        {"SELECT 1 FROM students WHERE id = :id", plan.studentId, QT_TRANSLATE_NOOP("rr::TrainingPlans", "The student does not exist.")},
        {"SELECT 1 FROM semesters WHERE id = :id", plan.semesterId,
         QT_TRANSLATE_NOOP("rr::TrainingPlans", "The semester does not exist.")},
        {"SELECT 1 FROM staff WHERE id = :id", plan.instructorId,
         QT_TRANSLATE_NOOP("rr::TrainingPlans", "The instructor does not exist.")},
    };
    for (const Reference &reference : references) {
        if (reference.id <= 0)   // no instructor yet
            continue;
        auto found = exists(tx, QString::fromLatin1(reference.sql), reference.id);
        if (!found)
            return found.error();
        if (!*found)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::TrainingPlans", reference.missing));
    }
    // A goal serves one of this student's IEP objectives, never another child's.
    for (const TrainingPlanGoal &goal : plan.goals) {
        if (goal.objectiveId <= 0)
            continue;
        auto owner = readValue(tx,
                               u"SELECT i.student_id FROM iep_objectives o JOIN iep_goals g ON g.id = o.goal_id "
                               "JOIN ieps i ON i.id = g.iep_id WHERE o.id = :id"_s,
                               {{":id", goal.objectiveId}});
        if (!owner)
            return owner.error();
        if (owner->isNull() || owner->toLongLong() != plan.studentId)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::TrainingPlans",
                                                         "The goal \"%1\" is linked to an objective that is not in this student's IEP.")
                                 .arg(goal.text.trimmed()));
    }
    return {};
}

Result<void> writeGoals(Transaction &tx, qint64 planId, const QList<TrainingPlanGoal> &goals)
{
    if (auto cleared = run(tx, u"DELETE FROM training_plan_goals WHERE plan_id = :p"_s, {{":p", planId}}); !cleared)
        return cleared;
    int position = 0;
    for (const TrainingPlanGoal &goal : goals)
        if (auto added = run(tx, u"INSERT INTO training_plan_goals(plan_id, position, text, objective_id) VALUES (:p, :n, :t, :o)"_s,
                             {{":p", planId}, {":n", position++}, {":t", goal.text.trimmed()},
                              {":o", goal.objectiveId > 0 ? QVariant(goal.objectiveId) : QVariant()}});
            !added)
            return added;
    return {};
}

SqlParams planParams(const TrainingPlan &plan)
{
    return {{":who", plan.instructorId > 0 ? QVariant(plan.instructorId) : QVariant()},
            {":content", nullIfEmpty(plan.content.trimmed())},
            {":methods", nullIfEmpty(plan.methods.trimmed())},
            {":mins", plan.minutesPerSession},
            {":times", plan.sessionsPerWeek},
            {":expected", nullIfEmpty(plan.expectedResults.trimmed())},
            {":note", nullIfEmpty(plan.note.trimmed())}};
}

} // namespace

Result<qint64> TrainingPlanRepository::add(Transaction &tx, const TrainingPlan &plan)
{
    if (auto valid = validate(plan); !valid)
        return valid.error();
    if (auto refs = checkReferences(tx, plan); !refs)
        return refs.error();
    SqlParams params = planParams(plan);
    params.push_back({":st", plan.studentId});
    params.push_back({":sem", plan.semesterId});
    params.push_back({":now", sqlDateTime(tx.now())});
    auto id = tx.insert(u"INSERT INTO training_plans(student_id, semester_id, instructor_id, content, methods, "
                        "minutes_per_session, sessions_per_week, expected_results, note, created_at, updated_at) "
                        "VALUES (:st, :sem, :who, :content, :methods, :mins, :times, :expected, :note, :now, :now)"_s,
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
    auto stored = readOne(tx, u"SELECT student_id, semester_id FROM training_plans WHERE id = :id"_s, {{":id", plan.id}},
                          [](const SqlRows &q) { return std::pair(q.value(0).toLongLong(), q.value(1).toLongLong()); });
    if (!stored)
        return stored.error();
    if (!*stored)
        return planNotFound();
    // The plan belongs to its student and semester for good.
    if (**stored != std::pair(plan.studentId, plan.semesterId))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::TrainingPlans",
                                                     "A training plan cannot move to another student or semester."));
    if (auto refs = checkReferences(tx, plan); !refs)
        return refs;
    SqlParams params = planParams(plan);
    params.push_back({":id", plan.id});
    params.push_back({":now", sqlDateTime(tx.now())});
    if (auto done = run(tx, u"UPDATE training_plans SET instructor_id = :who, content = :content, methods = :methods, "
                            "minutes_per_session = :mins, sessions_per_week = :times, expected_results = :expected, "
                            "note = :note, updated_at = :now WHERE id = :id"_s,
                        params);
        !done)
        return done;
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
            return planNotFound();
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
    if (!iep)
        return iep.error();
    if (!*iep || ((*iep)->status != IepStatus::Active && (*iep)->status != IepStatus::Evaluation))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::TrainingPlans",
                                                     "The student has no IEP in effect for this semester to take goals from."));
    return goalsFromIep(**iep);
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
