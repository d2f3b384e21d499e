// counselling: a student's counselling sessions, masked (date, counsellor,
// that a note exists) unless --with-sensitive; or record one. The notes are
// printed to the terminal only when asked for, never logged.
#include "cli/CliCommand.h"

#include "common/LenientDate.h"
#include "common/LenientTime.h"
#include "family/CounsellingRepository.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSynopsis = u"counselling --db FILE --student S [--with-sensitive] | counselling add --db FILE --student S "
                          "--date DATE [--time HH:MM] [--counsellor NAME] --topic TEXT [--observations TEXT] "
                          "[--follow-up TEXT]"_s;

int listSessions(const std::shared_ptr<Database> &db, const Student &student, bool withSensitive, CliIo &io)
{
    const CounsellingRepository repository(db);
    auto time = [](const QTime &t) { return t.isValid() ? t.toString(u"HH:mm"_s) : QString(); };
    qsizetype count = 0;
    if (withSensitive) {
        const auto sessions = repository.sessionsForStudent(student.id);
        if (!sessions)
            return failWith(io, sessions.error().message);
        for (const CounsellingSession &s : *sessions)
            io.out << s.id << '\t' << s.date.toString(Qt::ISODate) << '\t' << time(s.time) << '\t' << s.counsellorName << '\t'
                   << s.topic.simplified() << '\t' << s.observations.simplified() << '\t' << s.followUp.simplified() << '\n';
        count = sessions->size();
    } else {
        const auto sessions = repository.summariesForStudent(student.id);
        if (!sessions)
            return failWith(io, sessions.error().message);
        for (const CounsellingSummary &s : *sessions)
            io.out << s.id << '\t' << s.date.toString(Qt::ISODate) << '\t' << time(s.time) << '\t' << s.counsellorName << '\t'
                   << (s.hasNotes ? QCoreApplication::translate("rr::Cli", "note on file (confidential)") : QString()) << '\n';
        count = sessions->size();
    }
    io.out << QCoreApplication::translate("rr::Cli", "%1 counselling sessions for %2").arg(count).arg(student.name) << Qt::endl;
    return ExitSuccess;
}

int addSession(const std::shared_ptr<Database> &db, const Student &student, const QCommandLineParser &parser, CliIo &io)
{
    CounsellingSession s;
    s.studentId = student.id;
    s.date = parseLenientDate(parser.value(u"date"_s));
    if (!s.date.isValid())
        return failWith(io, QCoreApplication::translate("rr::Cli", "--date \"%1\" is not a date.").arg(parser.value(u"date"_s)));
    if (parser.isSet(u"time"_s)) {
        s.time = parseLenientTime(parser.value(u"time"_s));
        if (!s.time.isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "--time \"%1\" is not a time.").arg(parser.value(u"time"_s)));
    }
    if (parser.isSet(u"counsellor"_s)) {
        const auto staff = StaffRepository(db).findByKey(parser.value(u"counsellor"_s), RetiredStaff::Included);
        if (!staff)
            return failWith(io, staff.error().message);
        s.counsellorId = staff->id;
    }
    s.topic = parser.value(u"topic"_s);
    s.observations = parser.value(u"observations"_s);
    s.followUp = parser.value(u"follow-up"_s);
    auto id = CounsellingRepository(db).add(s);
    if (!id)
        return failWith(io, id.error().message);
    // The confirmation names the student and day, never the topic.
    io.out << QCoreApplication::translate("rr::Cli", "Recorded a counselling session with %1 on %2 as number %3.")
                  .arg(student.name, s.date.toString(Qt::ISODate))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runCounsellingCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QString sub = takeSubcommand(args, {u"add"_s});
    QCommandLineParser parser;
    parser.addOption({u"student"_s, QCoreApplication::translate("rr::Cli", "the student's number or name"), u"STUDENT"_s});
    if (sub.isEmpty()) {
        parser.addOption({u"with-sensitive"_s, QCoreApplication::translate("rr::Cli", "show the topics and notes (confidential)")});
    } else {
        parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day of the session"), u"DATE"_s});
        parser.addOption({u"time"_s, QCoreApplication::translate("rr::Cli", "the time of the session"), u"HH:MM"_s});
        parser.addOption({u"counsellor"_s, QCoreApplication::translate("rr::Cli", "the counsellor (name or number)"), u"NAME"_s});
        parser.addOption({u"topic"_s, QCoreApplication::translate("rr::Cli", "the topic of the session"), u"TEXT"_s});
        parser.addOption({u"observations"_s, QCoreApplication::translate("rr::Cli", "what was observed"), u"TEXT"_s});
        parser.addOption({u"follow-up"_s, QCoreApplication::translate("rr::Cli", "the follow-up"), u"TEXT"_s});
    }
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, args, io, kSynopsis, exitCode, !sub.isEmpty());
    if (!db)
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "unexpected \"%1\".").arg(parser.positionalArguments().first()),
                          kSynopsis);
    const QStringList required = sub.isEmpty() ? QStringList{u"student"_s} : QStringList{u"student"_s, u"date"_s, u"topic"_s};
    if (const int missing = requireOptions(parser, required, io, kSynopsis))
        return missing;
    const auto student = StudentRepository(db).find(parser.value(u"student"_s));
    if (!student)
        return failWith(io, student.error().message);
    return sub.isEmpty() ? listSessions(db, *student, parser.isSet(u"with-sensitive"_s), io) : addSession(db, *student, parser, io);
}

} // namespace rr
