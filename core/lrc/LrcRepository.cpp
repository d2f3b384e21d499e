#include "lrc/LrcRepository.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QList<LrcEvent> readEvents(Result<QSqlQuery> q)
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
        events.append(e);
    }
    return events;
}

const QString kSelect = u"SELECT id, student_id, step, event_date, actor, note, attachment_id FROM lrc_events "_s;

} // namespace

QList<LrcEvent> LrcRepository::history(qint64 studentId) const
{
    return readEvents(m_db->query(kSelect + u"WHERE student_id = :s ORDER BY id"_s, {{":s", studentId}}));
}

LrcState LrcRepository::state(qint64 studentId) const
{
    return stateOf(history(studentId));
}

QHash<qint64, LrcState> LrcRepository::allStates() const
{
    QHash<qint64, LrcState> states;
    auto q = m_db->query(u"SELECT student_id, step FROM lrc_events e WHERE id = "
                         "(SELECT max(id) FROM lrc_events WHERE student_id = e.student_id)"_s);
    while (q && q->next()) {
        LrcStep step;
        if (lrcStepFromKey(q->value(1).toString(), &step))
            states.insert(q->value(0).toLongLong(), stateAfter(step));
    }
    return states;
}

Result<qint64> LrcRepository::addStep(Transaction &tx, const LrcEvent &event)
{
    auto q = tx.exec(kSelect + u"WHERE student_id = :s ORDER BY id"_s, {{":s", event.studentId}});
    if (!q)
        return q.error();
    const QList<LrcEvent> past = readEvents(std::move(q));
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
    if (!past.isEmpty() && event.date < past.constLast().date)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Lrc", "The step cannot be dated before the previous step (%1).")
                                                      .arg(chineseDate(past.constLast().date)));
    return tx.insert(u"INSERT INTO lrc_events(student_id, step, event_date, actor, note, attachment_id) "
                     "VALUES (:s, :step, :d, :actor, :note, :att)"_s,
                     {{":s", event.studentId}, {":step", lrcStepKey(event.step)}, {":d", isoDate(event.date)},
                      {":actor", nullIfEmpty(event.actor)}, {":note", nullIfEmpty(event.note)},
                      {":att", event.attachmentId > 0 ? QVariant(event.attachmentId) : QVariant()}});
}

Result<qint64> LrcRepository::addStep(const LrcEvent &event)
{
    return m_db->writeReturningId({u"lrc.step"_s, lrcStepKey(event.step)},
                                  [&](Transaction &tx) { return addStep(tx, event); });
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
        auto name = m_db->query(u"SELECT name FROM students WHERE id = :id"_s, {{":id", report.studentId}});
        if (name && name->next())
            report.studentName = name->value(0).toString();
        pending.append(report);
    }
    std::sort(pending.begin(), pending.end(),
              [](const PendingReport &a, const PendingReport &b) { return a.daysLeft < b.daysLeft; });
    return pending;
}

} // namespace rr
