#include "iep/IepRepository.h"

#include "iep/IepRules.h"
#include "iep/IepSnapshot.h"
#include "iep/IepStore.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

Error notEditable(IepStatus status)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::Iep", "The IEP is \"%1\": only a draft can be edited; "
                                                            "change a plan in effect by a revision with a reason.")
                         .arg(iepStatusLabel(status)));
}

} // namespace

Result<Iep> IepRepository::byId(qint64 iepId) const
{
    return iepstore::load(*m_db, iepId);
}

Result<std::optional<Iep>> IepRepository::forStudentSemester(qint64 studentId, qint64 semesterId) const
{
    auto ieps = iepstore::loadWhere(*m_db, u"i.student_id = :st AND i.semester_id = :sem"_s,
                                    {{":st", studentId}, {":sem", semesterId}});
    if (!ieps)
        return ieps.error();
    return ieps->isEmpty() ? std::optional<Iep>() : std::optional<Iep>(ieps->constFirst());
}

Result<QList<Iep>> IepRepository::forStudent(qint64 studentId) const
{
    return iepstore::loadWhere(*m_db, u"i.student_id = :st"_s, {{":st", studentId}});
}

Result<QList<Iep>> IepRepository::forSemester(qint64 semesterId) const
{
    return iepstore::loadWhere(*m_db, u"i.semester_id = :sem"_s, {{":sem", semesterId}});
}

Result<QList<Iep>> IepRepository::inEffectOrInSemester(qint64 semesterId) const
{
    return iepstore::loadWhere(*m_db, u"(i.status = :active OR i.semester_id = :sem)"_s,
                               {{":active", iepStatusKey(IepStatus::Active)}, {":sem", semesterId}});
}

Result<QHash<qint64, IepStatus>> IepRepository::statusesInSemester(qint64 semesterId) const
{
    return iepstore::readHash(*m_db, u"SELECT student_id, status FROM ieps WHERE semester_id = :sem"_s, {{":sem", semesterId}},
                              [](const SqlRows &q) {
                                  return std::pair(q.value(0).toLongLong(), iepStatusFromKey(q.value(1).toString()));
                              });
}

Result<QList<IepRevision>> IepRepository::revisions(qint64 iepId) const
{
    return readList(*m_db,
                    u"SELECT id, iep_id, revised_on, reason, author, snapshot FROM iep_revisions "
                    "WHERE iep_id = :i ORDER BY id"_s,
                    {{":i", iepId}}, [](const SqlRows &q) {
                        return IepRevision{q.value(0).toLongLong(), q.value(1).toLongLong(), dateFromSql(q.value(2)),
                                           q.value(3).toString(), q.value(4).toString(),
                                           iepContentFromJson(q.value(5).toByteArray())};
                    });
}

Result<qint64> IepRepository::create(Transaction &tx, qint64 studentId, qint64 semesterId, const IepContent &content,
                                     qint64 createdFrom)
{
    if (auto valid = validateIepContent(content); !valid)
        return valid.error();
    auto exists = readValue(tx, u"SELECT count(*) FROM ieps WHERE student_id = :s AND semester_id = :sem"_s,
                            {{":s", studentId}, {":sem", semesterId}});
    if (!exists)
        return exists.error();
    if (exists->toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Iep", "The student already has an IEP for this semester."));
    const QString now = sqlDateTime(tx.now());
    auto id = tx.insert(u"INSERT INTO ieps(student_id, semester_id, status, created_from_iep_id, created_at, updated_at) "
                        "VALUES (:s, :sem, 'draft', :from, :now, :now)"_s,
                        {{":s", studentId}, {":sem", semesterId}, {":from", createdFrom > 0 ? QVariant(createdFrom) : QVariant()},
                         {":now", now}});
    if (!id)
        return id.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Iep", "The student or the semester does not exist."))
            : id.error();
    if (auto written = iepstore::writeContent(tx, *id, content); !written)
        return written.error();
    return *id;
}

Result<qint64> IepRepository::create(qint64 studentId, qint64 semesterId, const IepContent &content)
{
    return m_db->writeReturningId({u"iep.create"_s, u"IEP draft created"_s},
                            [&](Transaction &tx) { return create(tx, studentId, semesterId, content); });
}

Result<void> IepRepository::save(Transaction &tx, qint64 iepId, const IepContent &content)
{
    auto iep = iepstore::load(tx, iepId);
    if (!iep)
        return iep.error();
    if (!isIepEditable(iep->status))
        return notEditable(iep->status);
    if (auto valid = validateIepContent(content); !valid)
        return valid;
    return iepstore::writeContent(tx, iepId, content);
}

Result<void> IepRepository::save(qint64 iepId, const IepContent &content)
{
    return m_db->write({u"iep.save"_s, u"IEP %1 draft saved"_s.arg(iepId)},
                       [&](Transaction &tx) { return save(tx, iepId, content); });
}

Result<void> IepRepository::changeStatus(Transaction &tx, qint64 iepId, IepStatus to)
{
    auto stored = readValue(tx, u"SELECT status FROM ieps WHERE id = :i"_s, {{":i", iepId}});
    if (!stored)
        return stored.error();
    if (stored->isNull())
        return iepstore::notFound(iepId);
    const IepStatus from = iepStatusFromKey(stored->toString());
    if (!isIepTransitionAllowed(from, to)) {
        QStringList next;
        for (IepStatus s : allowedIepTransitions(from))
            next << iepStatusLabel(s);
        const QString reason = next.isEmpty()
            ? QCoreApplication::translate("rr::Iep", "An IEP in the state \"%1\" cannot change any more.").arg(iepStatusLabel(from))
            : QCoreApplication::translate("rr::Iep", "An IEP in the state \"%1\" cannot become \"%2\"; it can only become: %3.")
                  .arg(iepStatusLabel(from), iepStatusLabel(to), next.join(QCoreApplication::translate("rr::Iep", ", ")));
        return makeError(ErrorCode::Conflict, reason);
    }
    return run(tx, u"UPDATE ieps SET status = :st, updated_at = :now WHERE id = :i"_s,
               {{":st", iepStatusKey(to)}, {":now", sqlDateTime(tx.now())}, {":i", iepId}});
}

Result<void> IepRepository::activate(Transaction &tx, qint64 iepId, const QString &author)
{
    auto iep = iepstore::load(tx, iepId);
    if (!iep)
        return iep.error();
    if (iep->status == IepStatus::Draft) {
        const QStringList missing = rr::activationProblems(iep->content, author);
        if (!missing.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Iep", "The IEP cannot take effect yet:\n%1")
                                 .arg(missing.join(u'\n')));
    }
    return changeStatus(tx, iepId, IepStatus::Active);
}

Result<void> IepRepository::activate(qint64 iepId)
{
    const auto profile = SettingsRepository(m_db).profile();
    if (!profile)
        return profile.error();
    const QString author = profile->teacherName;
    return m_db->write({u"iep.activate"_s, u"IEP %1 in effect"_s.arg(iepId)},
                       [&](Transaction &tx) { return activate(tx, iepId, author); });
}

Result<QStringList> IepRepository::activationProblems(qint64 iepId) const
{
    const auto iep = byId(iepId);
    if (!iep)
        return iep.error();
    const auto profile = SettingsRepository(m_db).profile();
    if (!profile)
        return profile.error();
    return rr::activationProblems(iep->content, profile->teacherName);
}

Result<qint64> IepRepository::revise(Transaction &tx, qint64 iepId, const IepContent &content, const QString &reason,
                                     const QString &author, const QDate &date)
{
    auto iep = iepstore::load(tx, iepId);
    if (!iep)
        return iep.error();
    if (iep->status != IepStatus::Active)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Iep", "Only an IEP in effect is revised; this one is \"%1\".")
                             .arg(iepStatusLabel(iep->status)));
    if (reason.trimmed().isEmpty() || author.trimmed().isEmpty() || !date.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Iep", "A revision needs a date, a reason and who made it."));
    if (auto valid = validateIepContent(content); !valid)
        return valid.error();
    // The plan must stay one that could take effect.
    if (const QStringList missing = rr::activationProblems(content, author); !missing.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Iep", "The revised IEP is incomplete:\n%1").arg(missing.join(u'\n')));
    auto revision = tx.insert(u"INSERT INTO iep_revisions(iep_id, revised_on, reason, author, snapshot, recorded_at) "
                              "VALUES (:i, :d, :r, :a, :snap, :now)"_s,
                              {{":i", iepId}, {":d", isoDate(date)}, {":r", reason.trimmed()}, {":a", author.trimmed()},
                               {":snap", QString::fromUtf8(iepContentToJson(iep->content))}, {":now", sqlDateTime(tx.now())}});
    if (!revision)
        return revision.error();
    if (auto written = iepstore::writeContent(tx, iepId, content); !written)
        return written.error();
    return *revision;
}

Result<qint64> IepRepository::revise(qint64 iepId, const IepContent &content, const QString &reason,
                                     const QString &author, const QDate &date)
{
    // The reason may name the child's difficulties: it stays out of the summary.
    return m_db->writeReturningId({u"iep.revise"_s, u"IEP %1 revised"_s.arg(iepId)},
                            [&](Transaction &tx) { return revise(tx, iepId, content, reason, author, date); });
}

Result<void> IepRepository::startEvaluation(Transaction &tx, qint64 iepId)
{
    return changeStatus(tx, iepId, IepStatus::Evaluation);
}

Result<void> IepRepository::startEvaluation(qint64 iepId)
{
    return m_db->write({u"iep.evaluate"_s, u"IEP %1 evaluation started"_s.arg(iepId)},
                       [&](Transaction &tx) { return startEvaluation(tx, iepId); });
}

Result<void> IepRepository::recordEvaluation(Transaction &tx, qint64 iepId, const QList<ObjectiveEvaluation> &results)
{
    auto iep = iepstore::load(tx, iepId);
    if (!iep)
        return iep.error();
    if (iep->status != IepStatus::Evaluation)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Iep", "Results are recorded during the end-of-semester evaluation; "
                                                                "this IEP is \"%1\".")
                             .arg(iepStatusLabel(iep->status)));
    QSet<qint64> objectives;
    for (const IepGoal &g : iep->content.goals)
        for (const IepObjective &o : g.objectives)
            objectives.insert(o.id);
    for (const ObjectiveEvaluation &e : results) {
        if (!objectives.contains(e.objectiveId))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Iep", "Objective %1 is not part of this IEP.").arg(e.objectiveId));
        if (e.gasLevel && (*e.gasLevel < -2 || *e.gasLevel > 2))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Iep", "The GAS level is from -2 to +2."));
        if (auto done = run(tx, u"UPDATE iep_objectives SET result = :r, achievement = :a, result_comment = :c, gas_level = :g "
                                "WHERE id = :o"_s,
                            {{":r", nullIfEmpty(progressMarkKey(e.result))}, {":a", nullIfEmpty(achievementKey(e.achievement))},
                             {":c", nullIfEmpty(e.comment)}, {":g", e.gasLevel ? QVariant(*e.gasLevel) : QVariant()},
                             {":o", e.objectiveId}});
            !done)
            return done;
    }
    return {};
}

Result<void> IepRepository::recordEvaluation(qint64 iepId, const QList<ObjectiveEvaluation> &results)
{
    return m_db->write({u"iep.results"_s, u"IEP %1 results recorded"_s.arg(iepId)},
                       [&](Transaction &tx) { return recordEvaluation(tx, iepId, results); });
}

Result<void> IepRepository::archive(Transaction &tx, qint64 iepId)
{
    auto iep = iepstore::load(tx, iepId);
    if (!iep)
        return iep.error();
    if (iep->status == IepStatus::Evaluation) {
        // The archived plan is the evaluation record: every objective marked.
        QStringList open;
        for (int g = 0; g < iep->content.goals.size(); ++g)
            for (int o = 0; o < iep->content.goals.at(g).objectives.size(); ++o)
                if (iep->content.goals.at(g).objectives.at(o).result == ProgressMark::None)
                    open << QStringLiteral("%1.%2").arg(g + 1).arg(o + 1);
        if (!open.isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Iep", "These objectives have no end-of-semester mark yet: %1.")
                                 .arg(open.join(QCoreApplication::translate("rr::Iep", ", "))));
    }
    return changeStatus(tx, iepId, IepStatus::Archived);
}

Result<void> IepRepository::archive(qint64 iepId)
{
    return m_db->write({u"iep.archive"_s, u"IEP %1 archived"_s.arg(iepId)},
                       [&](Transaction &tx) { return archive(tx, iepId); });
}

Result<qint64> IepRepository::copyFromPrevious(Transaction &tx, qint64 studentId, qint64 targetSemesterId)
{
    auto target = readOne(tx, u"SELECT start_date, end_date FROM semesters WHERE id = :s"_s, {{":s", targetSemesterId}},
                          [](const SqlRows &q) { return std::pair(dateFromSql(q.value(0)), dateFromSql(q.value(1))); });
    if (!target)
        return target.error();
    if (!*target)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no such semester."));
    const auto [targetStart, targetEnd] = **target;
    auto source = readOne(tx, u"SELECT i.id, s.start_date FROM ieps i JOIN semesters s ON s.id = i.semester_id "
                              "WHERE i.student_id = :st AND s.start_date < :start ORDER BY s.start_date DESC LIMIT 1"_s,
                          {{":st", studentId}, {":start", isoDate(targetStart)}},
                          [](const SqlRows &q) { return std::pair(q.value(0).toLongLong(), dateFromSql(q.value(1))); });
    if (!source)
        return source.error();
    if (!*source)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Iep", "The student has no IEP of an earlier semester to copy."));
    const auto [sourceId, sourceStart] = **source;
    auto previous = iepstore::load(tx, sourceId);
    if (!previous)
        return previous.error();
    // The new plan needs its own meeting; the rest is moved by the distance
    // between the two semesters' first days.
    IepContent content = shiftedIepDates(withoutResults(previous->content), sourceStart.daysTo(targetStart),
                                         targetStart, targetEnd);
    content.meetingDate = QDate();
    content.meetingMinutes.clear();
    return create(tx, studentId, targetSemesterId, content, sourceId);
}

Result<qint64> IepRepository::copyFromPrevious(qint64 studentId, qint64 targetSemesterId)
{
    return m_db->writeReturningId({u"iep.copy"_s, u"IEP draft copied from the previous semester"_s},
                            [&](Transaction &tx) { return copyFromPrevious(tx, studentId, targetSemesterId); });
}

} // namespace rr
