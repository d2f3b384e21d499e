#include "calendar/SemesterRepository.h"
#include "calendar/SemesterReads.h"

#include "common/Clock.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static Semester readSemester(const SqlRows &q)
{
    Semester s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.kind = semesterKindFromKey(q.value(2).toString());
    s.schoolYear = q.value(3).toInt();
    s.start = dateFromSql(q.value(4));
    s.end = dateFromSql(q.value(5));
    return s;
}

static const QString kSelect = u"SELECT id, name, kind, school_year, start_date, end_date FROM semesters "_s;

static CalendarDay readDay(const SqlRows &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), dateFromSql(q.value(2)), dateFromSql(q.value(3)),
            q.value(4).toBool()};
}

Result<Semester> semesterById(const SqlExecutor &sql, qint64 id)
{
    auto found = readOne(sql, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readSemester);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Semesters", "There is no semester with number %1.").arg(id));
    Semester s = **found;
    auto days = readList(sql, u"SELECT id, name, first_date, last_date, is_workday FROM calendar_days "
                              "WHERE semester_id = :id ORDER BY first_date"_s,
                         {{":id", id}}, readDay);
    if (!days)
        return days.error();
    s.days = *days;
    return s;
}

Result<QList<Semester>> SemesterRepository::all() const
{
    auto list = readList(*m_db, kSelect + u"ORDER BY start_date"_s, {}, readSemester);
    if (!list)
        return list;
    // Every semester's entries in one query.
    auto days = readList(*m_db, u"SELECT id, name, first_date, last_date, is_workday, semester_id FROM calendar_days "
                                "ORDER BY first_date"_s,
                         {}, [](const SqlRows &q) { return std::pair{q.value(5).toLongLong(), readDay(q)}; });
    if (!days)
        return days.error();
    QHash<qint64, QList<CalendarDay>> daysOf;
    for (const auto &[semesterId, day] : std::as_const(*days))
        daysOf[semesterId].append(day);
    for (Semester &s : *list)
        s.days = daysOf.value(s.id);
    return list;
}

Result<Semester> SemesterRepository::byId(qint64 id) const
{
    return semesterById(*m_db, id);
}

Result<Semester> SemesterRepository::find(const QString &key) const
{
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return byId(id);
    auto found = readValue(*m_db, u"SELECT id FROM semesters WHERE name = :name"_s, {{":name", key.trimmed()}});
    if (!found)
        return found.error();
    if (found->isNull())
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Semesters", "There is no semester \"%1\".").arg(key.trimmed()));
    return byId(found->toLongLong());
}

Result<std::optional<Semester>> SemesterRepository::containing(const QDate &date) const
{
    auto found = readValue(*m_db, u"SELECT id FROM semesters WHERE start_date <= :d AND end_date >= :d"_s,
                           {{":d", isoDate(date)}});
    if (!found)
        return found.error();
    if (found->isNull())
        return std::optional<Semester>();
    auto semester = byId(found->toLongLong());
    if (!semester)
        return semester.error();
    return std::optional<Semester>(*semester);
}

Result<std::optional<Semester>> SemesterRepository::current(const Clock &clock) const
{
    auto profile = SettingsRepository(m_db).profile();
    if (!profile)
        return profile.error();
    if (profile->currentSemesterId <= 0)
        return containing(clock.today());
    auto chosen = byId(profile->currentSemesterId);
    if (!chosen)
        return chosen.error();
    return std::optional<Semester>(*chosen);
}

Result<Semester> SemesterRepository::resolve(std::optional<qint64> requested, const Clock &clock) const
{
    if (requested)
        return byId(*requested);
    auto semester = current(clock);
    if (!semester)
        return semester.error();
    if (!*semester)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Semesters", "There is no current semester: choose one under "
                                                                      "Settings, or name the semester."));
    return **semester;
}

Result<void> SemesterRepository::validate(const Semester &s)
{
    if (s.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Semesters", "The semester needs a name."));
    if (!s.start.isValid() || !s.end.isValid() || s.start >= s.end)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Semesters", "The semester must end after it starts."));
    if (s.start.daysTo(s.end) > 250)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Semesters", "A semester cannot be longer than 250 days."));
    for (const CalendarDay &day : s.days) {
        Semester others = s;
        others.days.clear();
        for (const CalendarDay &other : s.days)
            if (&other != &day)
                others.days.append(other);
        if (auto valid = validateDay(others, day); !valid)
            return valid;
    }
    return {};
}

Result<void> SemesterRepository::validateDay(const Semester &s, const CalendarDay &day)
{
    if (day.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Semesters", "The calendar entry needs a name, e.g. 国庆节."));
    if (!day.first.isValid() || !day.last.isValid() || day.last < day.first)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Semesters", "\"%1\" must end on or after its first day.")
                             .arg(day.name.trimmed()));
    if (!s.contains(day.first) || !s.contains(day.last))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Semesters", "\"%1\" must lie inside the semester (%2 to %3).")
                             .arg(day.name.trimmed(), s.start.toString(Qt::ISODate), s.end.toString(Qt::ISODate)));
    for (const CalendarDay &other : s.days) {
        if ((day.id != 0 && other.id == day.id) || other.isWorkday != day.isWorkday)
            continue;
        if (day.first <= other.last && other.first <= day.last)
            return makeError(ErrorCode::Conflict,
                             day.isWorkday
                                 ? QCoreApplication::translate("rr::Semesters",
                                                               "\"%1\" overlaps the make-up workday \"%2\" (%3 to %4).")
                                       .arg(day.name.trimmed(), other.name, other.first.toString(Qt::ISODate),
                                            other.last.toString(Qt::ISODate))
                                 : QCoreApplication::translate("rr::Semesters",
                                                               "\"%1\" overlaps the holiday \"%2\" (%3 to %4).")
                                       .arg(day.name.trimmed(), other.name, other.first.toString(Qt::ISODate),
                                            other.last.toString(Qt::ISODate)));
    }
    return {};
}

static SqlParams dayParams(const CalendarDay &day)
{
    return {{":name", day.name.trimmed()},
            {":first", isoDate(day.first)},
            {":last", isoDate(day.last)},
            {":work", day.isWorkday ? 1 : 0}};
}

Result<qint64> SemesterRepository::addDay(Transaction &tx, qint64 semesterId, const CalendarDay &day)
{
    auto semester = semesterById(tx, semesterId);
    if (!semester)
        return semester.error();
    CalendarDay fresh = day;
    fresh.id = 0;
    if (auto valid = validateDay(*semester, fresh); !valid)
        return valid.error();
    SqlParams params = dayParams(fresh);
    params.push_back({":s", semesterId});
    return tx.insert(u"INSERT INTO calendar_days(semester_id, name, first_date, last_date, is_workday) "
                     "VALUES (:s, :name, :first, :last, :work)"_s,
                     params);
}

Result<qint64> SemesterRepository::addDay(qint64 semesterId, const CalendarDay &day)
{
    return m_db->writeReturningId({u"calendar.day.add"_s, day.name},
                                  [&](Transaction &tx) { return addDay(tx, semesterId, day); });
}

Result<void> SemesterRepository::updateDay(Transaction &tx, qint64 semesterId, const CalendarDay &day)
{
    auto semester = semesterById(tx, semesterId);
    if (!semester)
        return semester.error();
    if (std::none_of(semester->days.cbegin(), semester->days.cend(),
                     [&](const CalendarDay &d) { return d.id == day.id; }))
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Semesters", "The calendar entry does not exist."));
    if (auto valid = validateDay(*semester, day); !valid)
        return valid;
    SqlParams params = dayParams(day);
    params.push_back({":id", day.id});
    auto done = tx.exec(u"UPDATE calendar_days SET name = :name, first_date = :first, last_date = :last, "
                        "is_workday = :work WHERE id = :id"_s,
                        params);
    if (!done)
        return done.error();
    return {};
}

Result<void> SemesterRepository::updateDay(qint64 semesterId, const CalendarDay &day)
{
    return m_db->write({u"calendar.day.update"_s, day.name},
                       [&](Transaction &tx) { return updateDay(tx, semesterId, day); });
}

Result<void> SemesterRepository::removeDay(Transaction &tx, qint64 semesterId, qint64 dayId)
{
    auto done = tx.exec(u"DELETE FROM calendar_days WHERE id = :id AND semester_id = :s"_s,
                        {{":id", dayId}, {":s", semesterId}});
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound,
                         QCoreApplication::translate("rr::Semesters", "The calendar entry does not exist."));
    return {};
}

Result<void> SemesterRepository::removeDay(qint64 semesterId, qint64 dayId)
{
    return m_db->write({u"calendar.day.remove"_s, u"calendar entry removed"_s},
                       [&](Transaction &tx) { return removeDay(tx, semesterId, dayId); });
}

Result<qint64> SemesterRepository::add(Transaction &tx, const Semester &s)
{
    if (auto valid = validate(s); !valid)
        return valid.error();
    auto id = tx.insert(u"INSERT INTO semesters(name, kind, school_year, start_date, end_date) "
                        "VALUES (:name, :kind, :year, :start, :end)"_s,
                        {{":name", s.name.trimmed()}, {":kind", semesterKindKey(s.kind)},
                         {":year", s.schoolYear}, {":start", isoDate(s.start)}, {":end", isoDate(s.end)}});
    if (!id)
        return id.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Semesters",
                                                                         "A semester named \"%1\" exists already.")
                                                 .arg(s.name))
            : id.error();
    for (const CalendarDay &day : s.days) {
        auto added = tx.exec(u"INSERT INTO calendar_days(semester_id, name, first_date, last_date, is_workday) "
                             "VALUES (:s, :name, :first, :last, :work)"_s,
                             {{":s", *id}, {":name", day.name}, {":first", isoDate(day.first)},
                              {":last", isoDate(day.last)}, {":work", day.isWorkday ? 1 : 0}});
        if (!added)
            return added.error();
    }
    return *id;
}

Result<qint64> SemesterRepository::add(const Semester &semester)
{
    return m_db->writeReturningId({u"semester.add"_s, semester.name},
                                  [&](Transaction &tx) { return add(tx, semester); });
}

} // namespace rr
