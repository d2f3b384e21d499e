#include "print/forms/FormPeriods.h"

#include "calendar/SemesterRepository.h"
#include "print/forms/FormSupport.h"
#include "print/forms/RoomUsageForm.h"
#include "training/SessionRepository.h"

#include <QCoreApplication>

namespace rr {

namespace {

std::pair<QDate, QDate> monthOf(const QDate &day)
{
    return {QDate(day.year(), day.month(), 1), QDate(day.year(), day.month(), day.daysInMonth())};
}

} // namespace

Result<std::pair<QDate, QDate>> defaultFormPeriod(const FormContext &context, FormScope scope)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "No data file is open."));
    const QDate today = formToday(context);
    const SessionRepository sessions(context.db, context.clock ? context.clock : systemClock());
    if (scope == FormScope::StudentPeriod) {
        if (!context.request.studentId)
            return monthOf(today);
        const auto latest = sessions.latestRecordDate(today, *context.request.studentId);
        if (!latest)
            return latest.error();
        return monthOf(*latest ? **latest : today);
    }
    const auto soFar = semesterSoFar(context);
    if (!soFar)
        return soFar.error();
    const qint64 roomId = scope == FormScope::RoomPeriod && context.request.roomId ? *context.request.roomId : 0;
    const auto latest = sessions.latestRecordDate(soFar->second, 0, roomId);
    if (!latest)
        return latest.error();
    if (!*latest || **latest >= soFar->first)
        return *soFar;
    // Nothing recorded yet this semester (its first days, or the holidays):
    // the semester of the latest record.
    const auto semester = SemesterRepository(context.db).containing(**latest);
    if (!semester)
        return semester.error();
    if (!*semester)
        return monthOf(**latest);
    return std::pair{(*semester)->start, std::min((*semester)->end, today)};
}

} // namespace rr
