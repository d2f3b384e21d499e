#include "calendar/SemesterRepository.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static Semester readSemester(const QSqlQuery &q)
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

QList<CalendarDay> SemesterRepository::daysOf(qint64 semesterId) const
{
    QList<CalendarDay> days;
    auto q = m_db->query(u"SELECT id, name, first_date, last_date, is_workday FROM calendar_days "
                         "WHERE semester_id = :id ORDER BY first_date"_s,
                         {{":id", semesterId}});
    while (q && q->next())
        days.append({q->value(0).toLongLong(), q->value(1).toString(), dateFromSql(q->value(2)),
                     dateFromSql(q->value(3)), q->value(4).toBool()});
    return days;
}

QList<Semester> SemesterRepository::all() const
{
    QList<Semester> list;
    auto q = m_db->query(kSelect + u"ORDER BY start_date"_s);
    while (q && q->next())
        list.append(readSemester(*q));
    for (Semester &s : list)
        s.days = daysOf(s.id);
    return list;
}

std::optional<Semester> SemesterRepository::byId(qint64 id) const
{
    auto q = m_db->query(kSelect + u"WHERE id = :id"_s, {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    Semester s = readSemester(*q);
    s.days = daysOf(s.id);
    return s;
}

std::optional<Semester> SemesterRepository::find(const QString &key) const
{
    bool isNumber = false;
    const qint64 id = key.toLongLong(&isNumber);
    if (isNumber)
        return byId(id);
    auto q = m_db->query(u"SELECT id FROM semesters WHERE name = :name"_s, {{":name", key.trimmed()}});
    if (!q || !q->next())
        return std::nullopt;
    return byId(q->value(0).toLongLong());
}

std::optional<Semester> SemesterRepository::containing(const QDate &date) const
{
    auto q = m_db->query(u"SELECT id FROM semesters WHERE start_date <= :d AND end_date >= :d"_s,
                         {{":d", isoDate(date)}});
    if (!q || !q->next())
        return std::nullopt;
    return byId(q->value(0).toLongLong());
}

Result<void> SemesterRepository::validate(const Semester &s)
{
    if (s.name.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Semesters", "The semester needs a name."));
    if (!s.start.isValid() || !s.end.isValid() || s.start >= s.end)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Semesters", "The semester must end after it starts."));
    if (s.start.daysTo(s.end) > 250)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Semesters", "A semester cannot be longer than 250 days."));
    for (const CalendarDay &day : s.days)
        if (!day.first.isValid() || day.last < day.first || !s.contains(day.first) || !s.contains(day.last))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Semesters", "The holiday \"%1\" must lie inside the semester.").arg(day.name));
    return {};
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
