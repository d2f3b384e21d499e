#include "calendar/SemesterSetup.h"

#include "calendar/SemesterRepository.h"
#include "calendar/StatutoryHolidays.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<qint64> SemesterSetup::create(Transaction &tx, const Semester &semester, bool makeCurrent)
{
    auto id = SemesterRepository::add(tx, semester);
    if (!id || !makeCurrent)
        return id;
    // Only the current-semester key: the rest of the profile is not this action's.
    if (auto saved = SettingsRepository::setValue(tx, u"semester.current"_s, QString::number(*id)); !saved)
        return saved.error();
    return *id;
}

Result<qint64> SemesterSetup::create(const Semester &semester, bool makeCurrent)
{
    return m_db->writeReturningId({u"semester.add"_s, semester.name},
                                  [&](Transaction &tx) { return create(tx, semester, makeCurrent); });
}

QList<CalendarDay> SemesterSetup::statutoryOffer(const Semester &semester)
{
    return StatutoryHolidays::shipped().within(semester);
}

Result<StatutoryAdded> SemesterSetup::addStatutory(Transaction &tx, qint64 semesterId)
{
    auto period = readOne(tx, u"SELECT start_date, end_date FROM semesters WHERE id = :id"_s, {{":id", semesterId}},
                          [](const SqlRows &q) { return std::pair{dateFromSql(q.value(0)), dateFromSql(q.value(1))}; });
    if (!period)
        return period.error();
    if (!*period)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Semesters", "The semester does not exist."));
    const QList<CalendarDay> offer = StatutoryHolidays::shipped().within((*period)->first, (*period)->second);
    StatutoryAdded result;
    for (const CalendarDay &day : offer) {
        auto added = SemesterRepository::addDay(tx, semesterId, day);
        if (added) {
            ++result.added;
        } else if (added.error().code == ErrorCode::Conflict) {
            ++result.skipped;
        } else {
            return added.error();
        }
    }
    return result;
}

Result<StatutoryAdded> SemesterSetup::addStatutory(qint64 semesterId)
{
    StatutoryAdded result;
    auto done = m_db->write({u"calendar.statutory.add"_s, u"statutory holidays added"_s}, [&](Transaction &tx) -> Result<void> {
        auto added = addStatutory(tx, semesterId);
        if (!added)
            return added.error();
        result = *added;
        return {};
    });
    if (!done)
        return done.error();
    return result;
}

} // namespace rr
