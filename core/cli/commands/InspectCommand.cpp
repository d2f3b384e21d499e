#include "cli/CliCommand.h"
#include "common/ListText.h"

#include "common/LenientDate.h"
#include "inspection/InspectionRepository.h"
#include "inspection/Inspector.h"
#include "print/PdfExport.h"
#include "print/forms/InspectionForm.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString orDash(const QString &text) { return text.isEmpty() ? u"—"_s : text; }

// One problem a line, tab-separated for grep and cut: date, student,
// instructor, then the kind and the school's wording.
QString problemLine(const InspectionProblem &p)
{
    QString line = p.date.toString(Qt::ISODate) + u'\t' + orDash(p.studentName) + u'\t' + orDash(p.instructorName) + u'\t'
        + problemKindChinese(p.kind) + u"："_s + p.message;
    if (p.status != ProblemStatus::Open)
        line += u"【"_s + problemStatusChinese(p.status) + u"】"_s;
    return line;
}

} // namespace

// Problems found are the expected outcome of an inspection, not a failure:
// the exit code is 0 either way, 1 only when the inspection could not run.
int runInspectCommand(const QStringList &arguments, CliIo &io)
{
    const QString synopsis = u"inspect --db FILE --from DATE --to DATE [--inspector NAME] [--out X.pdf] [--save]"_s;
    QCommandLineParser parser;
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"from"_s, QCoreApplication::translate("rr::Cli", "the first day to inspect"), u"DATE"_s});
    parser.addOption({u"to"_s, QCoreApplication::translate("rr::Cli", "the last day to inspect"), u"DATE"_s});
    parser.addOption({u"inspector"_s, QCoreApplication::translate("rr::Cli", "who inspects"), u"NAME"_s});
    parser.addOption({u"out"_s, QCoreApplication::translate("rr::Cli", "the feedback form (PDF) to write"), u"FILE"_s});
    parser.addOption({u"save"_s, QCoreApplication::translate("rr::Cli", "keep the result, for the next inspection to follow up")});
    int exitCode = 0;
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()),
                          synopsis);
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"from"_s) || !parser.isSet(u"to"_s))
        return usageError(io, QCoreApplication::translate("rr::Cli", "--db FILE, --from DATE and --to DATE are required."), synopsis);
    const QDate from = parseLenientDate(parser.value(u"from"_s));
    if (!from.isValid())
        return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a date.").arg(parser.value(u"from"_s)));
    const QDate to = parseLenientDate(parser.value(u"to"_s));
    if (!to.isValid())
        return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a date.").arg(parser.value(u"to"_s)));
    if (from > to)
        return failWith(io, QCoreApplication::translate("rr::Cli", "The period starts on %1, after its last day %2.")
                                .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    // Saving writes: only then is the writer lock needed.
    auto db = parser.isSet(u"save"_s) ? openDatabaseForWriting(parser) : openDatabaseOption(parser);
    if (!db)
        return failWith(io, db.error().message);

    auto result = Inspector(*db, io.clock).run(from, to, parser.value(u"inspector"_s));
    if (!result)
        return failWith(io, result.error().message);
    for (const InspectionProblem &p : result->problems)
        io.out << problemLine(p) << '\n';
    for (const InspectionProblem &p : result->resolved)
        io.out << problemLine(p) << '\n';

    QStringList byKind;
    for (ProblemKind kind : allProblemKinds())
        if (const int n = result->count(kind); n > 0)
            byKind << u"%1 %2"_s.arg(problemKindChinese(kind)).arg(n);
    const InspectionCounts &c = result->counts;
    io.out << QCoreApplication::translate("rr::Cli", "Inspected %1 to %2: %3 record(s) of %4 student(s), %5 timetabled session(s).")
                  .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                  .arg(c.sessions)
                  .arg(c.students)
                  .arg(c.occurrences)
           << '\n';
    io.out << QCoreApplication::translate("rr::Cli", "%n problem(s) found", nullptr, int(result->problems.size()));
    if (!byKind.isEmpty())
        io.out << u"（"_s << byKind.join(u"，"_s) << u"）"_s;
    if (result->previousId > 0)
        io.out << sentenceSeparator() << QCoreApplication::translate("rr::Cli", "%n fixed since the last inspection", nullptr, int(result->resolved.size()));
    io.out << Qt::endl;

    if (parser.isSet(u"save"_s)) {
        auto saved = InspectionRepository(*db).save(*result);
        if (!saved)
            return failWith(io, saved.error().message);
        result->id = *saved;
        io.out << QCoreApplication::translate("rr::Cli", "Saved as inspection %1.").arg(*saved) << Qt::endl;
    }
    if (parser.isSet(u"out"_s)) {
        const QString out = parser.value(u"out"_s);
        const auto document = inspectionFeedbackDocument(*db, *result);
        if (!document)
            return failWith(io, document.error().message);
        auto pages = writeFormPdf(*document, out);
        if (!pages)
            return failWith(io, pages.error().message);
        io.out << QCoreApplication::translate("rr::Cli", "%1: %n page(s) written to %2", nullptr, *pages)
                      .arg(document->title, QDir::toNativeSeparators(out))
               << Qt::endl;
    }
    return ExitSuccess;
}

} // namespace rr
