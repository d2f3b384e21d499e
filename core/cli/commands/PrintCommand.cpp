#include "calendar/SemesterRepository.h"
#include "cli/CliCommand.h"

#include <QCoreApplication>
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int runPrintCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis =
        u"print --list | print FORM --db FILE --out X.pdf [--student ID|NAME] [--semester ID|NAME]"_s;
    QCommandLineParser parser;
    parser.addOption({u"list"_s, QCoreApplication::translate("rr::Cli", "list the forms")});
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the PDF to write"), u"FILE"_s});
    parser.addOption({u"student"_s, QCoreApplication::translate("rr::Cli", "the student's number or name"), u"STUDENT"_s});
    parser.addOption({u"semester"_s, QCoreApplication::translate("rr::Cli", "the semester's number or name"), u"SEMESTER"_s});
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

    auto db = openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);
    FormRequest request;
    if (parser.isSet(u"student"_s)) {
        auto student = StudentRepository(*db).find(parser.value(u"student"_s));
        if (!student)
            return failWith(io, student.error().message);
        request.studentId = student->id;
    }
    if (parser.isSet(u"semester"_s)) {
        auto semester = SemesterRepository(*db).find(parser.value(u"semester"_s));
        if (!semester)
            return failWith(io, QCoreApplication::translate("rr::Cli", "There is no semester \"%1\" (see semesters).").arg(parser.value(u"semester"_s)));
        request.semesterId = semester->id;
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
