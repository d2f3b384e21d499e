#include "audit/Retention.h"

#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

RetentionCandidate candidateFrom(const SqlRows &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            dateFromSql(q.value(3)), q.value(4).toString(), q.value(5).toInt()};
}

// The last LRC step in force of each student, when it is 撤销 on or before :cutoff.
const QString kCandidates =
    u"SELECT s.id, s.name, COALESCE(s.class_name, ''), e.event_date, COALESCE(e.reason, ''), "
    "(SELECT COUNT(*) FROM attachments a WHERE a.student_id = s.id) "
    "FROM students s JOIN lrc_events e ON e.id = (SELECT e2.id FROM lrc_events e2 WHERE e2.student_id = s.id "
    "AND NOT EXISTS (SELECT 1 FROM lrc_corrections c WHERE c.event_id = e2.id) ORDER BY e2.event_date DESC, e2.id DESC LIMIT 1) "
    "WHERE e.step = 'revoked' AND e.event_date <= :cutoff %1 ORDER BY e.event_date, s.name"_s;

// Every table whose rows go with the student, by foreign key cascades, and
// how to count them before the deletion (for the logged summary).
const QStringList kStudentTables{
    u"student_needs"_s,        u"guardians"_s,          u"attachments"_s,          u"lrc_events"_s,
    u"assessments"_s,          u"ieps"_s,               u"protected_periods"_s,    u"training_plans"_s,
    u"timetable_slot_students"_s, u"session_students"_s, u"session_objectives"_s,  u"room_usage_students"_s,
    u"student_review_flags"_s, u"family_contacts"_s,    u"counselling_sessions"_s,
};

} // namespace

QString Retention::settingsKey()
{
    return u"retention.years"_s;
}

Result<int> Retention::years() const
{
    auto text = SettingsRepository(m_db).value(settingsKey(), QString::number(kDefaultYears));
    if (!text)
        return text.error();
    bool ok = false;
    const int value = text->toInt(&ok);
    return ok && value >= kMinYears && value <= kMaxYears ? value : kDefaultYears;
}

Result<void> Retention::setYears(int years)
{
    if (years < kMinYears || years > kMaxYears)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Audit", "The retention period must be between %1 and %2 years.")
                             .arg(kMinYears)
                             .arg(kMaxYears));
    return m_db->write({u"retention.settings"_s, u"retention period %1 years"_s.arg(years)}, [&](Transaction &tx) {
        return SettingsRepository::setValue(tx, settingsKey(), QString::number(years));
    });
}

Result<QList<RetentionCandidate>> Retention::candidates(int years) const
{
    const QDate cutoff = m_db->clock().today().addYears(-years);
    return readList(*m_db, kCandidates.arg(QString()), {{":cutoff", isoDate(cutoff)}}, candidateFrom);
}

Result<QList<RetentionCandidate>> Retention::candidates() const
{
    auto period = years();
    if (!period)
        return period.error();
    return candidates(*period);
}

Result<RetentionOutcome> Retention::deleteStudent(qint64 studentId, bool confirmed)
{
    if (!confirmed)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Audit", "Deleting a student's records cannot be undone; it needs an explicit "
                                                                  "confirmation."));
    auto period = years();
    if (!period)
        return period.error();
    const QDate cutoff = m_db->clock().today().addYears(-*period);
    auto found = readOne(*m_db, kCandidates.arg(u"AND s.id = :id"_s), {{":cutoff", isoDate(cutoff)}, {":id", studentId}},
                         candidateFrom);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Audit", "Student number %1 has not left more than %n year(s) ago; "
                                                                  "their records are kept.", nullptr, *period)
                             .arg(studentId));
    RetentionOutcome outcome;
    outcome.attachments = (*found)->attachments;
    // Counted first: the summary of the action says how much went.
    for (const QString &table : kStudentTables) {
        auto count = readValue(*m_db, u"SELECT COUNT(*) FROM %1 WHERE student_id = :id"_s.arg(table), {{":id", studentId}});
        if (!count)
            return count.error();
        outcome.rows += count->toInt();
    }
    outcome.rows += 1;
    const QString summary = u"student %1 deleted after the retention period: %2 rows, %3 attachments"_s.arg(studentId)
                                .arg(outcome.rows)
                                .arg(outcome.attachments);
    auto done = m_db->write({u"retention.delete"_s, summary}, [&](Transaction &tx) -> Result<void> {
        // The deletion itself is the trail's entry: its rows are not copied
        // into the trail (that would keep what retention removes), and the
        // locks of signed training records let this student's rows go.
        if (auto purge = tx.exec(u"UPDATE audit_context SET action_id = NULL, purge_student_id = :id WHERE id = 1"_s,
                                 {{":id", studentId}});
            !purge)
            return purge.error();
        // LRC steps first: they refuse the update that deleting their attachment would make.
        for (const QString &statement : {u"DELETE FROM lrc_events WHERE student_id = :id"_s, u"DELETE FROM students WHERE id = :id"_s})
            if (auto deleted = tx.exec(statement, {{":id", studentId}}); !deleted)
                return deleted.error();
        auto cleared = tx.exec(u"UPDATE audit_context SET purge_student_id = NULL WHERE id = 1"_s);
        if (!cleared)
            return cleared.error();
        return {};
    });
    if (!done)
        return done.error();
    return outcome;
}

} // namespace rr
