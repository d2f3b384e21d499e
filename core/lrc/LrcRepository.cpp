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

const QString kSelect = u"SELECT e.id, e.student_id, e.step, e.event_date, e.actor, e.note, e.attachment_id, e.reason, "
                         "c.id, c.reason, c.corrected_by, c.corrected_on "
                         "FROM lrc_events e LEFT JOIN lrc_corrections c ON c.event_id = e.id "_s;

LrcEvent readEvent(const SqlRows &q)
{
    LrcEvent e;
    e.id = q.value(0).toLongLong();
    e.studentId = q.value(1).toLongLong();
    lrcStepFromKey(q.value(2).toString(), &e.step);
    e.date = dateFromSql(q.value(3));
    e.actor = q.value(4).toString();
    e.note = q.value(5).toString();
    e.attachmentId = q.value(6).toLongLong();
    e.reason = q.value(7).toString();
    e.correction.id = q.value(8).toLongLong();
    e.correction.reason = q.value(9).toString();
    e.correction.by = q.value(10).toString();
    e.correction.on = dateFromSql(q.value(11));
    return e;
}

// A student's steps, oldest first: for a page, or inside the write that adds one.
Result<QList<LrcEvent>> eventsOf(const SqlExecutor &sql, qint64 studentId)
{
    return readList(sql, kSelect + u"WHERE e.student_id = :s ORDER BY e.id"_s, {{":s", studentId}}, readEvent);
}

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

} // namespace

Result<QList<LrcEvent>> LrcRepository::history(qint64 studentId) const
{
    return eventsOf(*m_db, studentId);
}

Result<LrcState> LrcRepository::state(qint64 studentId) const
{
    auto events = history(studentId);
    if (!events)
        return events.error();
    return stateOf(*events);
}

Result<QHash<qint64, LrcState>> LrcRepository::allStates() const
{
    // The last step that stands: corrected steps do not count.
    auto rows = readList(*m_db, u"SELECT student_id, step FROM lrc_events e WHERE id = "
                                "(SELECT max(x.id) FROM lrc_events x WHERE x.student_id = e.student_id "
                                "AND NOT EXISTS (SELECT 1 FROM lrc_corrections c WHERE c.event_id = x.id))"_s,
                         {}, [](const SqlRows &q) { return std::pair{q.value(0).toLongLong(), q.value(1).toString()}; });
    if (!rows)
        return rows.error();
    QHash<qint64, LrcState> states;
    for (const auto &[studentId, key] : std::as_const(*rows)) {
        LrcStep step;
        if (lrcStepFromKey(key, &step))
            states.insert(studentId, stateAfter(step));
    }
    return states;
}

Result<qint64> LrcRepository::addStep(Transaction &tx, const LrcEvent &event)
{
    auto events = eventsOf(tx, event.studentId);
    if (!events)
        return events.error();
    const QList<LrcEvent> past = standingSteps(*events);
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
    return tx.insert(u"INSERT INTO lrc_events(student_id, step, event_date, actor, note, attachment_id, reason, recorded_at) "
                     "VALUES (:s, :step, :d, :actor, :note, :att, :reason, :now)"_s,
                     {{":s", event.studentId}, {":step", lrcStepKey(event.step)}, {":d", isoDate(event.date)},
                      {":actor", nullIfEmpty(event.actor.trimmed())}, {":note", nullIfEmpty(event.note.trimmed())},
                      {":att", event.attachmentId > 0 ? QVariant(event.attachmentId) : QVariant()},
                      {":reason", nullIfEmpty(event.reason.trimmed())}, {":now", sqlDateTime(tx.now())}});
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
    auto owner = readValue(tx, u"SELECT student_id FROM lrc_events WHERE id = :id"_s, {{":id", eventId}});
    if (!owner)
        return owner.error();
    if (owner->isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Lrc", "There is no workflow step %1.").arg(eventId));
    auto read = eventsOf(tx, owner->toLongLong());
    if (!read)
        return read.error();
    QList<LrcEvent> events = *read;
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
    return tx.insert(u"INSERT INTO lrc_corrections(event_id, reason, corrected_by, corrected_on, recorded_at) "
                     "VALUES (:e, :r, :by, :on, :now)"_s,
                     {{":e", eventId}, {":r", reason.trimmed()}, {":by", by.trimmed()}, {":on", isoDate(on)},
                      {":now", sqlDateTime(tx.now())}});
}

Result<qint64> LrcRepository::correct(qint64 eventId, const QString &reason, const QString &by)
{
    const QDate on = m_clock->today();
    return m_db->writeReturningId({u"lrc.correct"_s, u"workflow step %1 corrected"_s.arg(eventId)},
                                  [&](Transaction &tx) { return correct(tx, eventId, reason, by, on); });
}

Result<QPair<int, int>> LrcRepository::deadlineMonthDay() const
{
    auto text = SettingsRepository(m_db).value(u"lrc.deadline"_s, u"10-01"_s);
    if (!text)
        return text.error();
    const QDate parsed = QDate::fromString(u"2000-"_s + *text, u"yyyy-MM-dd"_s);
    return parsed.isValid() ? qMakePair(parsed.month(), parsed.day()) : qMakePair(10, 1);
}

Result<void> LrcRepository::setDeadline(int month, int day)
{
    const QDate check(2001, month, day);   // not a leap year: 29 Feb is refused
    if (!check.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Lrc", "That is not a day of the year."));
    return SettingsRepository(m_db).setValue(u"lrc.deadline"_s, check.toString(u"MM-dd"_s));
}

Result<QList<PendingReport>> LrcRepository::pendingReports(const QDate &today) const
{
    const auto deadline = deadlineMonthDay();
    if (!deadline)
        return deadline.error();
    const auto [month, day] = *deadline;
    const auto states = allStates();
    if (!states)
        return states.error();
    QList<PendingReport> pending;
    for (auto it = states->cbegin(); it != states->cend(); ++it) {
        if (!awaitsReport(it.value()))
            continue;
        PendingReport report;
        report.studentId = it.key();
        report.state = it.value();
        const auto events = history(it.key());
        if (!events)
            return events.error();
        for (auto e = events->crbegin(); e != events->crend(); ++e)
            if (e->step == LrcStep::Applied) {
                report.appliedOn = e->date;
                break;
            }
        // The deadline that follows the application; overdue if already past.
        report.deadline = nextDeadline(month, day, report.appliedOn.isValid() ? report.appliedOn : today);
        report.daysLeft = daysBetween(today, report.deadline);
        auto name = readValue(*m_db, u"SELECT name FROM students WHERE id = :id"_s, {{":id", report.studentId}});
        if (!name)
            return name.error();
        report.studentName = name->toString();
        pending.append(report);
    }
    std::sort(pending.begin(), pending.end(),
              [](const PendingReport &a, const PendingReport &b) { return a.daysLeft < b.daysLeft; });
    return pending;
}

} // namespace rr
