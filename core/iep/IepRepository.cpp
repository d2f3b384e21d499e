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

Error notFound(qint64 iepId)
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no IEP with number %1.").arg(iepId));
}

Error notEditable(IepStatus status)
{
    return makeError(ErrorCode::Conflict,
                     QCoreApplication::translate("rr::Iep", "The IEP is \"%1\": only a draft can be edited; "
                                                            "change a plan in effect by a revision with a reason.")
                         .arg(iepStatusLabel(status)));
}


} // namespace

std::optional<Iep> IepRepository::byId(qint64 iepId) const
{
    return iepstore::load(iepstore::runnerOf(*m_db), iepId);
}

std::optional<Iep> IepRepository::forStudentSemester(qint64 studentId, qint64 semesterId) const
{
    auto q = m_db->exec(u"SELECT id FROM ieps WHERE student_id = :s AND semester_id = :sem"_s,
                         {{":s", studentId}, {":sem", semesterId}});
    if (!q || !q->next())
        return std::nullopt;
    return byId(q->value(0).toLongLong());
}

QList<Iep> IepRepository::forStudent(qint64 studentId) const
{
    QList<Iep> list;
    const auto run = iepstore::runnerOf(*m_db);
    for (qint64 id : iepstore::idsForStudent(run, studentId))
        if (auto iep = iepstore::load(run, id))
            list.append(*iep);
    return list;
}

QList<IepRevision> IepRepository::revisions(qint64 iepId) const
{
    QList<IepRevision> list;
    auto q = m_db->exec(u"SELECT id, iep_id, revised_on, reason, author, snapshot FROM iep_revisions "
                         "WHERE iep_id = :i ORDER BY id"_s,
                         {{":i", iepId}});
    while (q && q->next())
        list.append({q->value(0).toLongLong(), q->value(1).toLongLong(), dateFromSql(q->value(2)), q->value(3).toString(),
                     q->value(4).toString(), iepContentFromJson(q->value(5).toByteArray())});
    return list;
}

Result<qint64> IepRepository::create(Transaction &tx, qint64 studentId, qint64 semesterId, const IepContent &content,
                                     qint64 createdFrom)
{
    if (auto valid = validateIepContent(content); !valid)
        return valid.error();
    auto exists = tx.exec(u"SELECT count(*) FROM ieps WHERE student_id = :s AND semester_id = :sem"_s,
                          {{":s", studentId}, {":sem", semesterId}});
    if (!exists)
        return exists.error();
    if (exists->next() && exists->value(0).toInt() > 0)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Iep", "The student already has an IEP for this semester."));
    auto id = tx.insert(u"INSERT INTO ieps(student_id, semester_id, status, created_from_iep_id) "
                        "VALUES (:s, :sem, 'draft', :from)"_s,
                        {{":s", studentId}, {":sem", semesterId}, {":from", createdFrom > 0 ? QVariant(createdFrom) : QVariant()}});
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
    auto iep = iepstore::load(iepstore::runnerOf(tx), iepId);
    if (!iep)
        return notFound(iepId);
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
    auto q = tx.exec(u"SELECT status FROM ieps WHERE id = :i"_s, {{":i", iepId}});
    if (!q)
        return q.error();
    if (!q->next())
        return notFound(iepId);
    const IepStatus from = iepStatusFromKey(q->value(0).toString());
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
    auto done = tx.exec(u"UPDATE ieps SET status = :st, updated_at = datetime('now', 'localtime') WHERE id = :i"_s,
                        {{":st", iepStatusKey(to)}, {":i", iepId}});
    if (!done)
        return done.error();
    return {};
}

Result<void> IepRepository::activate(Transaction &tx, qint64 iepId, const QString &author)
{
    auto iep = iepstore::load(iepstore::runnerOf(tx), iepId);
    if (!iep)
        return notFound(iepId);
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

QStringList IepRepository::activationProblems(qint64 iepId) const
{
    const auto iep = byId(iepId);
    if (!iep)
        return {notFound(iepId).message};
    const auto profile = SettingsRepository(m_db).profile();
    if (!profile)
        return {profile.error().message};
    return rr::activationProblems(iep->content, profile->teacherName);
}

Result<qint64> IepRepository::revise(Transaction &tx, qint64 iepId, const IepContent &content, const QString &reason,
                                     const QString &author, const QDate &date)
{
    auto iep = iepstore::load(iepstore::runnerOf(tx), iepId);
    if (!iep)
        return notFound(iepId);
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
    auto revision = tx.insert(u"INSERT INTO iep_revisions(iep_id, revised_on, reason, author, snapshot) "
                              "VALUES (:i, :d, :r, :a, :snap)"_s,
                              {{":i", iepId}, {":d", isoDate(date)}, {":r", reason.trimmed()}, {":a", author.trimmed()},
                               {":snap", QString::fromUtf8(iepContentToJson(iep->content))}});
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

Result<void> IepRepository::startEvaluation(qint64 iepId)
{
    return m_db->write({u"iep.evaluate"_s, u"IEP %1 evaluation started"_s.arg(iepId)},
                       [&](Transaction &tx) { return changeStatus(tx, iepId, IepStatus::Evaluation); });
}

Result<void> IepRepository::recordEvaluation(Transaction &tx, qint64 iepId, const QList<ObjectiveEvaluation> &results)
{
    auto iep = iepstore::load(iepstore::runnerOf(tx), iepId);
    if (!iep)
        return notFound(iepId);
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
        auto done = tx.exec(u"UPDATE iep_objectives SET result = :r, achievement = :a, result_comment = :c, gas_level = :g "
                            "WHERE id = :o"_s,
                            {{":r", nullIfEmpty(progressMarkKey(e.result))}, {":a", nullIfEmpty(achievementKey(e.achievement))},
                             {":c", nullIfEmpty(e.comment)}, {":g", e.gasLevel ? QVariant(*e.gasLevel) : QVariant()},
                             {":o", e.objectiveId}});
        if (!done)
            return done.error();
    }
    return {};
}

Result<void> IepRepository::recordEvaluation(qint64 iepId, const QList<ObjectiveEvaluation> &results)
{
    return m_db->write({u"iep.results"_s, u"IEP %1 results recorded"_s.arg(iepId)},
                       [&](Transaction &tx) { return recordEvaluation(tx, iepId, results); });
}

Result<void> IepRepository::archive(qint64 iepId)
{
    return m_db->write({u"iep.archive"_s, u"IEP %1 archived"_s.arg(iepId)}, [&](Transaction &tx) -> Result<void> {
        auto iep = iepstore::load(iepstore::runnerOf(tx), iepId);
        if (!iep)
            return notFound(iepId);
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
    });
}

Result<qint64> IepRepository::copyFromPrevious(Transaction &tx, qint64 studentId, qint64 targetSemesterId)
{
    auto target = tx.exec(u"SELECT start_date, end_date FROM semesters WHERE id = :s"_s, {{":s", targetSemesterId}});
    if (!target)
        return target.error();
    if (!target->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Iep", "There is no such semester."));
    const QDate targetStart = dateFromSql(target->value(0));
    const QDate targetEnd = dateFromSql(target->value(1));
    auto source = tx.exec(u"SELECT i.id, s.start_date FROM ieps i JOIN semesters s ON s.id = i.semester_id "
                          "WHERE i.student_id = :st AND s.start_date < :start ORDER BY s.start_date DESC LIMIT 1"_s,
                          {{":st", studentId}, {":start", isoDate(targetStart)}});
    if (!source)
        return source.error();
    if (!source->next())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Iep", "The student has no IEP of an earlier semester to copy."));
    const qint64 sourceId = source->value(0).toLongLong();
    const QDate sourceStart = dateFromSql(source->value(1));
    auto previous = iepstore::load(iepstore::runnerOf(tx), sourceId);
    if (!previous)
        return notFound(sourceId);
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
