#pragma once
// Stores IEPs and walks them through their workflow. Each public write is one
// user action (one transaction); the static Transaction& variants let other
// actions include these steps.
#include "common/Result.h"
#include "iep/Iep.h"

#include <QHash>
#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

class IepRepository {
public:
    explicit IepRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // NotFound when there is no such plan.
    Result<Iep> byId(qint64 iepId) const;
    Result<std::optional<Iep>> forStudentSemester(qint64 studentId, qint64 semesterId) const;
    Result<QList<Iep>> forStudent(qint64 studentId) const;            // oldest semester first
    Result<QList<Iep>> forSemester(qint64 semesterId) const;          // every student's plan, by id
    // The plans in effect (of any semester) and every plan of `semesterId`:
    // what the reminders look at, read in one go for the whole school.
    Result<QList<Iep>> inEffectOrInSemester(qint64 semesterId) const;
    // Student id → the status of their plan for the semester (no content read).
    Result<QHash<qint64, IepStatus>> statusesInSemester(qint64 semesterId) const;
    Result<QList<IepRevision>> revisions(qint64 iepId) const;         // oldest first

    // A new draft for the student and semester (one per semester).
    Result<qint64> create(qint64 studentId, qint64 semesterId, const IepContent &content = {});
    static Result<qint64> create(Transaction &tx, qint64 studentId, qint64 semesterId, const IepContent &content,
                                 qint64 createdFrom = 0);
    // Replaces the content of a draft. A plan in effect is changed by revise().
    Result<void> save(qint64 iepId, const IepContent &content);
    static Result<void> save(Transaction &tx, qint64 iepId, const IepContent &content);

    // 草稿 → 生效, refused with the whole list of what is missing (one line
    // each in the message). The author is the teacher of the school profile.
    Result<void> activate(qint64 iepId);
    static Result<void> activate(Transaction &tx, qint64 iepId, const QString &author);
    // What activate() would refuse, one translated line each; empty when the plan may take effect.
    Result<QStringList> activationProblems(qint64 iepId) const;
    // Changes a plan in effect, keeping the replaced content as a revision.
    // Objectives keep their ids (and data) when their id is kept in `content`.
    Result<qint64> revise(qint64 iepId, const IepContent &content, const QString &reason, const QString &author,
                          const QDate &date);
    static Result<qint64> revise(Transaction &tx, qint64 iepId, const IepContent &content, const QString &reason,
                                 const QString &author, const QDate &date);
    // 生效 → 期末评估.
    Result<void> startEvaluation(qint64 iepId);
    static Result<void> startEvaluation(Transaction &tx, qint64 iepId);
    // Results per objective; only during the end-of-semester evaluation.
    Result<void> recordEvaluation(qint64 iepId, const QList<ObjectiveEvaluation> &results);
    static Result<void> recordEvaluation(Transaction &tx, qint64 iepId, const QList<ObjectiveEvaluation> &results);
    // 期末评估 → 归档, once every objective has its mark.
    Result<void> archive(qint64 iepId);
    static Result<void> archive(Transaction &tx, qint64 iepId);

    // A new draft for `targetSemesterId` from the student's latest plan of an
    // earlier semester: content copied, results and data left behind, dates
    // moved into the target semester.
    Result<qint64> copyFromPrevious(qint64 studentId, qint64 targetSemesterId);
    static Result<qint64> copyFromPrevious(Transaction &tx, qint64 studentId, qint64 targetSemesterId);

private:
    static Result<void> changeStatus(Transaction &tx, qint64 iepId, IepStatus to);
    std::shared_ptr<Database> m_db;
};

} // namespace rr
