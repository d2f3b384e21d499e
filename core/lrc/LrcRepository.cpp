#include "lrc/LrcRepository.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QList<LrcEvent> readEvents(Result<SqlRows> q)
{
    QList<LrcEvent> events;
    while (q && q->next()) {
        LrcEvent e;
        e.id = q->value(0).toLongLong();
        e.studentId = q->value(1).toLongLong();
        lrcStepFromKey(q->value(2).toString(), &e.step);
        e.date = dateFromSql(q->value(3));
        e.actor = q->value(4).toString();
        e.note = q->value(5).toString();
        e.attachmentId = q->value(6).toLongLong();
        e.reason = q->value(7).toString();
        e.correction.id = q->value(8).toLongLong();
        e.correction.reason = q->value(9).toString();
        e.correction.by = q->value(10).toString();
        e.correction.on = dateFromSql(q->value(11));
        events.append(e);
    }
    return events;
}

const QString kSelect = u"SELECT e.id, e.student_id, e.step, e.event_date, e.actor, e.note, e.attachment_id, e.reason, "
                         "c.id, c.reason, c.corrected_by, c.corrected_on "
                         "FROM lrc_events e LEFT JOIN lrc_corrections c ON c.event_id = e.id "_s;

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

} // namespace

QList<LrcEvent> LrcRepository::history(qint64 studentId) const
{
    return readEvents(m_db->exec(kSelect + u"WHERE e.student_id = :s ORDER BY e.id"_s, {{":s", studentId}}));
}

LrcState LrcRepository::state(qint64 studentId) const
{
    return stateOf(history(studentId));
}

QHash<qint64, LrcState> LrcRepository::allStates() const
{
    QHash<qint64, LrcState> states;
    // The last step that stands: corrected steps do not count.
    auto q = m_db->exec(u"SELECT student_id, step FROM lrc_events e WHERE id = "
                         "(SELECT max(x.id) FROM lrc_events x WHERE x.student_id = e.student_id "
                         "AND NOT EXISTS (SELECT 1 FROM lrc_corrections c WHERE c.event_id = x.id))"_s);
    while (q && q->next()) {
        LrcStep step;
        if (lrcStepFromKey(q->value(1).toString(), &step))
            states.insert(q->value(0).toLongLong(), stateAfter(step));
    }
    return states;
}

Result<qint64> LrcRepository::addStep(Transaction &tx, const LrcEvent &event)
{
    auto q = tx.exec(kSelect + u"WHERE e.student_id = :s ORDER BY e.id"_s, {{":s", event.studentId}});
    if (!q)
        return q.error();
    const QList<LrcEvent> past = standingSteps(readEvents(std::move(q)));
    const LrcState current = stateOf(past);
    if (!isAllowed(current, event.step)) {
        QStringList next;
        for (LrcStep step : allowedSteps(current))
            next << lrcStepLabel(step);
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Lrc", "\"%1\" cannot follow the state \"%2\"; the next step can only be: %3.")
                                                  .arg(lrcStepLabel(event.step), lrcStateLabel(current),
                                                       next.join(QCoreApplication::translate("rr::Lrc", ", "))));
    }
    if (!event.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Lrc", "Each step needs a date."));
    // A decision against the family is weighty: it says why and who handled it.
    if (needsReason(event.step) && event.reason.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Lrc", "\"%1\" needs its reason.").arg(lrcStepLabel(event.step)));
    if (needsReason(event.step) && event.actor.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Lrc", "\"%1\" needs the person who handled it.").arg(lrcStepLabel(event.step)));
    if (!past.isEmpty() && event.date < past.constLast().date)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Lrc", "The step cannot be dated before the previous step (%1).")
                                                      .arg(chineseDate(past.constLast().date)));
    return tx.insert(u"INSERT INTO lrc_events(student_id, step, event_date, actor, note, attachment_id, reason) "
                     "VALUES (:s, :step, :d, :actor, :note, :att, :reason)"_s,
                     {{":s", event.studentId}, {":step", lrcStepKey(event.step)}, {":d", isoDate(event.date)},
                      {":actor", nullIfEmpty(event.actor.trimmed())}, {":note", nullIfEmpty(event.note.trimmed())},
                      {":att", event.attachmentId > 0 ? QVariant(event.attachmentId) : QVariant()},
                      {":reason", nullIfEmpty(event.reason.trimmed())}});
}

Result<qint64> LrcRepository::addStep(const LrcEvent &event)
{
    return m_db->writeReturningId({u"lrc.step"_s, lrcStepKey(event.step)},
                                  [&](Transaction &tx) { return addStep(tx, event); });
}

Result<qint64> LrcRepository::correct(Transaction &tx, qint64 eventId, const QString &reason, const QString &by,
                                      const QDate &on)
{
    if (reason.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Lrc", "A correction needs its reason."));
    if (by.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Lrc", "A correction needs the person who handled it."));
    if (!on.isValid())
        return invalid(QCoreApplication::translate("rr::Lrc", "Each step needs a date."));
    auto owner = tx.exec(u"SELECT student_id FROM lrc_events WHERE id = :id"_s, {{":id", eventId}});
    if (!owner)
        return owner.error();
    if (!owner->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Lrc", "There is no workflow step %1.").arg(eventId));
    const qint64 studentId = owner->value(0).toLongLong();
    auto q = tx.exec(kSelect + u"WHERE e.student_id = :s ORDER BY e.id"_s, {{":s", studentId}});
    if (!q)
        return q.error();
    QList<LrcEvent> events = readEvents(std::move(q));
    const auto target = std::find_if(events.begin(), events.end(), [&](const LrcEvent &e) { return e.id == eventId; });
    if (target->isVoid())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Lrc", "The step \"%1\" of %2 was already corrected on %3.")
                                                  .arg(lrcStepLabel(target->step), chineseDate(target->date),
                                                       chineseDate(target->correction.on)));
    // Voiding a step in the middle must leave a walk that could have happened.
    target->correction.id = eventId;   // as if voided
    if (!isLegalWalk(events))
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Lrc", "The steps after \"%1\" follow from it: correct the later steps first.")
                                                  .arg(lrcStepLabel(target->step)));
    return tx.insert(u"INSERT INTO lrc_corrections(event_id, reason, corrected_by, corrected_on) "
                     "VALUES (:e, :r, :by, :on)"_s,
                     {{":e", eventId}, {":r", reason.trimmed()}, {":by", by.trimmed()}, {":on", isoDate(on)}});
}

Result<qint64> LrcRepository::correct(qint64 eventId, const QString &reason, const QString &by)
{
    const QDate on = m_clock->today();
    return m_db->writeReturningId({u"lrc.correct"_s, u"workflow step %1 corrected"_s.arg(eventId)},
                                  [&](Transaction &tx) { return correct(tx, eventId, reason, by, on); });
}

QPair<int, int> LrcRepository::deadlineMonthDay() const
{
    const QString text = SettingsRepository(m_db).value(u"lrc.deadline"_s, u"10-01"_s);
    const QDate parsed = QDate::fromString(u"2000-"_s + text, u"yyyy-MM-dd"_s);
    return parsed.isValid() ? qMakePair(parsed.month(), parsed.day()) : qMakePair(10, 1);
}

Result<void> LrcRepository::setDeadline(int month, int day)
{
    const QDate check(2001, month, day);   // not a leap year: 29 Feb is refused
    if (!check.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Lrc", "That is not a day of the year."));
    return SettingsRepository(m_db).setValue(u"lrc.deadline"_s, check.toString(u"MM-dd"_s));
}

QList<PendingReport> LrcRepository::pendingReports(const QDate &today) const
{
    QList<PendingReport> pending;
    const auto [month, day] = deadlineMonthDay();
    const QHash<qint64, LrcState> states = allStates();
    for (auto it = states.cbegin(); it != states.cend(); ++it) {
        if (!awaitsReport(it.value()))
            continue;
        PendingReport report;
        report.studentId = it.key();
        report.state = it.value();
        const QList<LrcEvent> events = history(it.key());
        for (auto e = events.crbegin(); e != events.crend(); ++e)
            if (e->step == LrcStep::Applied) {
                report.appliedOn = e->date;
                break;
            }
        // The deadline that follows the application; overdue if already past.
        report.deadline = nextDeadline(month, day, report.appliedOn.isValid() ? report.appliedOn : today);
        report.daysLeft = daysBetween(today, report.deadline);
        auto name = m_db->exec(u"SELECT name FROM students WHERE id = :id"_s, {{":id", report.studentId}});
        if (name && name->next())
            report.studentName = name->value(0).toString();
        pending.append(report);
    }
    std::sort(pending.begin(), pending.end(),
              [](const PendingReport &a, const PendingReport &b) { return a.daysLeft < b.daysLeft; });
    return pending;
}

} // namespace rr
