#include "calendar/SemesterRepository.h"
#include "cli/CliCommand.h"

#include <QCoreApplication>
#include "common/LenientDate.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "rooms/RoomRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QDir>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// A positive whole number, the way ids are typed.
std::optional<qint64> idFrom(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

} // namespace

int runPrintCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis =
        u"print --list | print FORM --db FILE --out X.pdf [--student ID|NAME] [--semester ID|NAME] [--week N] "
        "[--room ID|NAME] [--session ID] [--from DATE --to DATE | --month YYYY-MM] [--inspection ID] [--stocktake ID]"_s;
    QCommandLineParser parser;
    parser.addOption({u"list"_s, QCoreApplication::translate("rr::Cli", "list the forms")});
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the PDF to write"), u"FILE"_s});
    parser.addOption({u"student"_s, QCoreApplication::translate("rr::Cli", "the student's number or name"), u"STUDENT"_s});
    parser.addOption({u"semester"_s, QCoreApplication::translate("rr::Cli", "the semester's number or name"), u"SEMESTER"_s});
    parser.addOption({u"week"_s, QCoreApplication::translate("rr::Cli", "a teaching week of the semester"), u"N"_s});
    parser.addOption({u"room"_s, QCoreApplication::translate("rr::Cli", "the room's number or name"), u"ROOM"_s});
    parser.addOption({u"session"_s, QCoreApplication::translate("rr::Cli", "the training record's number"), u"ID"_s});
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the first day of the period"), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("rr::Cli", "the last day of the period"), u"DATE"_s});
    parser.addOption({u"month"_s, QCoreApplication::translate("rr::Cli", "a calendar month as the period"), u"YYYY-MM"_s});
    parser.addOption({u"inspection"_s, QCoreApplication::translate("rr::Cli", "the saved inspection's number"), u"ID"_s});
    parser.addOption({u"stocktake"_s, QCoreApplication::translate("rr::Cli", "the stocktake's number (the latest unless given)"), u"ID"_s});
    parser.addPositionalArgument(u"form"_s, QCoreApplication::translate("rr::Cli", "the form's id"));
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;

    if (parser.isSet(u"list"_s)) {
        for (const FormSpec &form : allForms())
            io.out << form.id << '\t' << form.title << '\n';
        io.out.flush();
        return ExitSuccess;
    }
    if (parser.positionalArguments().size() != 1)
        return usageError(io, QCoreApplication::translate("rr::Cli", "name exactly one form (see print --list)."), synopsis);
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"out"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "--db FILE and --out FILE are required."), synopsis);
    const FormSpec *form = findForm(parser.positionalArguments().constFirst());
    if (!form)
        return failWith(io, QCoreApplication::translate("rr::Cli", "There is no form \"%1\" (see print --list).").arg(parser.positionalArguments().constFirst()));
    const bool needsStudent = form->scope == FormScope::Student || form->scope == FormScope::StudentSemester;
    if (needsStudent && !parser.isSet(u"student"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "the form %1 needs --student.").arg(form->id), synopsis);
    if (form->scope == FormScope::StudentPeriod && !parser.isSet(u"student"_s) && !parser.isSet(u"session"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "the form %1 needs --session or --student.").arg(form->id), synopsis);
    if ((form->scope == FormScope::Room || form->scope == FormScope::RoomPeriod) && !parser.isSet(u"room"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "the form %1 needs --room.").arg(form->id), synopsis);
    if (parser.isSet(u"month"_s) && (parser.isSet(u"from"_s) || parser.isSet(u"to"_s)))
        return usageError(io, QCoreApplication::translate("rr::Cli", "give either --month or --from and --to."), synopsis);
    if (parser.isSet(u"from"_s) != parser.isSet(u"to"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "--from and --to go together."), synopsis);
    if (form->scope == FormScope::Inspection && !parser.isSet(u"inspection"_s) && !parser.isSet(u"from"_s)
        && !parser.isSet(u"month"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "the form %1 needs --inspection, or --from and --to.").arg(form->id),
                          synopsis);

    FormRequest request;
    if (parser.isSet(u"month"_s)) {
        static const QRegularExpression monthPattern(u"^(\\d{4})-(\\d{1,2})$"_s);
        const auto match = monthPattern.match(parser.value(u"month"_s).trimmed());
        const QDate first = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
        if (!first.isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a month (YYYY-MM).").arg(parser.value(u"month"_s)));
        request.from = first;
        request.to = QDate(first.year(), first.month(), first.daysInMonth());
    }
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(name))
            continue;
        const QDate date = parseLenientDate(parser.value(name));
        if (!date.isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a date.").arg(parser.value(name)));
        (name == u"from"_s ? request.from : request.to) = date;
    }
    if (request.from && request.to && *request.from > *request.to)
        return failWith(io, QCoreApplication::translate("rr::Cli", "The period starts on %1, after its last day %2.")
                                .arg(request.from->toString(Qt::ISODate), request.to->toString(Qt::ISODate)));
    for (const QString &name : {u"session"_s, u"inspection"_s, u"stocktake"_s}) {
        if (!parser.isSet(name))
            continue;
        const auto id = idFrom(parser.value(name));
        if (!id)
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a record number.").arg(parser.value(name)));
        (name == u"session"_s ? request.sessionId : name == u"inspection"_s ? request.inspectionId : request.stocktakeId) = *id;
    }
    if (parser.isSet(u"week"_s)) {
        bool ok = false;
        const int week = parser.value(u"week"_s).trimmed().toInt(&ok);
        if (!ok || week < 1)
            return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a teaching week.").arg(parser.value(u"week"_s)));
        request.teachingWeek = week;
    }

    auto db = openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    if (parser.isSet(u"student"_s)) {
        auto student = StudentRepository(*db).find(parser.value(u"student"_s));
        if (!student)
            return failWith(io, student.error().message);
        request.studentId = student->id;
    }
    if (parser.isSet(u"semester"_s)) {
        auto semester = SemesterRepository(*db).find(parser.value(u"semester"_s));
        if (!semester)
            return failWith(io, semester.error().message);
        request.semesterId = semester->id;
    }
    if (parser.isSet(u"room"_s)) {
        const auto room = RoomRepository(*db).find(parser.value(u"room"_s));
        if (!room)
            return failWith(io, room.error().message);
        request.roomId = room->id;
    }
    auto document = form->build(FormContext{*db, io.clock, request});
    if (!document)
        return failWith(io, document.error().message);
    const QString out = parser.value(u"out"_s);
    auto pages = writeFormPdf(*document, out);
    if (!pages)
        return failWith(io, pages.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "%1: %n page(s) written to %2", nullptr, *pages).arg(form->title, QDir::toNativeSeparators(out))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
