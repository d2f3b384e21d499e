// slot add / slot end: a weekly timetable slot with its validity period, and
// ending one on a date (its past meetings stay).
#include "calendar/SemesterRepository.h"
#include "cli/CliCommand.h"
#include "cli/commands/CalendarCliOptions.h"
#include "common/Clock.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "timetable/SlotValidity.h"
#include "timetable/TimetableRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QTime timeOption(const QString &text)
{
    for (const QString &format : {u"HH:mm"_s, u"H:mm"_s})
        if (const QTime t = QTime::fromString(text.trimmed(), format); t.isValid())
            return t;
    return {};
}

std::optional<ServiceType> serviceOption(const QString &key)
{
    for (ServiceType type : allServiceTypes())
        if (serviceTypeKey(type) == key.trimmed() || serviceTypeChinese(type) == key.trimmed())
            return type;
    return std::nullopt;
}

int addSlot(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"slot add --db FILE --student ID|NAME --instructor ID|NAME --room ID|NAME --weekday 1-7 "
                             "--start HH:MM --end HH:MM [--from DATE] [--to DATE] [--service KEY] [--content TEXT] "
                             "[--semester ID|NAME]"_s;
    QCommandLineParser parser;
    const QList<QCommandLineOption> options{
        {u"student"_s, QCoreApplication::translate("rr::Cli", "the student's number or name (repeat for a group)"), u"STUDENT"_s},
        {u"instructor"_s, QCoreApplication::translate("rr::Cli", "the instructor's number or name"), u"STAFF"_s},
        {u"room"_s, QCoreApplication::translate("rr::Cli", "the room's number or name"), u"ROOM"_s},
        {u"weekday"_s, QCoreApplication::translate("rr::Cli", "1 = Monday … 7 = Sunday"), u"N"_s},
        {u"start"_s, QCoreApplication::translate("rr::Cli", "start time"), u"HH:MM"_s},
        {u"end"_s, QCoreApplication::translate("rr::Cli", "end time"), u"HH:MM"_s},
        {u"from"_s, QCoreApplication::translate("rr::Cli", "in effect from (default: today, or the semester's first day)"), u"DATE"_s},
        {u"to"_s, QCoreApplication::translate("rr::Cli", "in effect until (default: the semester's last day)"), u"DATE"_s},
        {u"service"_s, QCoreApplication::translate("rr::Cli", "the service type's key or Chinese name"), u"KEY"_s},
        {u"content"_s, QCoreApplication::translate("rr::Cli", "e.g. 数学个训"), u"TEXT"_s},
        {u"semester"_s, QCoreApplication::translate("rr::Cli", "the semester's number or name (default: the current one)"), u"SEMESTER"_s},
    };
    parser.addOptions(options);
    int exitCode = 0;
    const auto db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"student"_s, u"instructor"_s, u"room"_s, u"weekday"_s, u"start"_s, u"end"_s},
                                           io, synopsis))
        return missing;
    bool weekdayOk = false;
    const int weekday = parser.value(u"weekday"_s).toInt(&weekdayOk);
    if (!weekdayOk || weekday < 1 || weekday > 7)
        return usageError(io, QCoreApplication::translate("rr::Cli", "--weekday takes 1 (Monday) to 7 (Sunday)."), synopsis);
    const QTime start = timeOption(parser.value(u"start"_s));
    const QTime end = timeOption(parser.value(u"end"_s));
    if (!start.isValid() || !end.isValid())
        return usageError(io, QCoreApplication::translate("rr::Cli", "--start and --end take a time such as 09:00."), synopsis);

    const auto semester = semesterOption(parser, db, io, exitCode);
    if (!semester)
        return exitCode;
    TimetableSlot slot;
    slot.semesterId = semester->id;
    slot.weekday = weekday;
    slot.start = start;
    slot.end = end;
    slot.content = parser.value(u"content"_s).trimmed();
    for (const QString &key : parser.values(u"student"_s)) {
        const auto id = studentByKey(db, key, io, exitCode);
        if (!id)
            return exitCode;
        slot.studentIds.append(*id);
    }
    const auto instructor = StaffRepository(db).findByKey(parser.value(u"instructor"_s), RetiredStaff::Excluded);
    if (!instructor)
        return failWith(io, instructor.error().message);
    slot.instructorId = instructor->id;
    const auto room = roomByKey(db, parser.value(u"room"_s), io, exitCode);
    if (!room)
        return exitCode;
    slot.roomId = *room;
    if (parser.isSet(u"service"_s)) {
        const auto service = serviceOption(parser.value(u"service"_s));
        if (!service)
            return failWith(io, QCoreApplication::translate("rr::Cli", "There is no service type \"%1\".").arg(parser.value(u"service"_s)));
        slot.service = *service;
    }
    const ValidityPeriod defaults = defaultValidity(*semester, io.clock->today());
    slot.validFrom = defaults.from;
    slot.validUntil = defaults.until;
    if (parser.isSet(u"from"_s)) {
        const auto from = dateOption(parser, u"from"_s, io, exitCode);
        if (!from)
            return exitCode;
        slot.validFrom = *from;
    }
    if (parser.isSet(u"to"_s)) {
        const auto to = dateOption(parser, u"to"_s, io, exitCode);
        if (!to)
            return exitCode;
        slot.validUntil = *to;
    }
    TimetableRepository timetable(db);
    auto id = timetable.addSlot(slot);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added slot %1, in effect from %2 to %3.")
                  .arg(*id)
                  .arg(slot.validFrom.toString(Qt::ISODate), slot.validUntil.toString(Qt::ISODate))
           << '\n';
    // Warnings (room capacity, protected class periods) are saved but said.
    for (const TimetableConflict &c : timetable.conflicts(semester->id))
        if (!c.isHard() && c.slotIds.contains(*id))
            io.out << QCoreApplication::translate("rr::Cli", "Warning: %1").arg(c.message) << '\n';
    io.out.flush();
    return ExitSuccess;
}

int endSlot(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"slot end --db FILE --slot ID --date DATE"_s;
    QCommandLineParser parser;
    parser.addOption({u"slot"_s, QCoreApplication::translate("rr::Cli", "the slot's number (see slots)"), u"ID"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the slot's last day"), u"DATE"_s});
    int exitCode = 0;
    const auto db = parseAndOpenDatabase(parser, arguments, io, synopsis, exitCode);
    if (!db)
        return exitCode;
    if (const int missing = requireOptions(parser, {u"slot"_s, u"date"_s}, io, synopsis))
        return missing;
    bool idOk = false;
    const qint64 slotId = parser.value(u"slot"_s).toLongLong(&idOk);
    if (!idOk)
        return usageError(io, QCoreApplication::translate("rr::Cli", "--slot takes the slot's number."), synopsis);
    const auto date = dateOption(parser, u"date"_s, io, exitCode);
    if (!date)
        return exitCode;
    if (auto done = TimetableRepository(db).endSlot(slotId, *date); !done)
        return failWith(io, done.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Slot %1 ends on %2; its earlier meetings stay.")
                  .arg(slotId)
                  .arg(date->toString(Qt::ISODate))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runSlotCommand(const QStringList &arguments, CliIo &io)
{
    QStringList rest = arguments;
    if (takeSubcommand(rest, u"add"_s))
        return addSlot(rest, io);
    if (takeSubcommand(rest, u"end"_s))
        return endSlot(rest, io);
    return usageError(io, QCoreApplication::translate("rr::Cli", "slot takes add or end."),
                      u"slot add … | slot end --db FILE --slot ID --date DATE"_s);
}

} // namespace rr
