// lrc: a student's LRC workflow (随班就读认定) from the command line — the
// history with its corrections, recording the next step, voiding a step
// recorded by mistake. The same rules as the student's page: core refuses.
#include "calendar/ChineseDate.h"
#include "cli/CliCommand.h"
#include "common/LenientDate.h"
#include "lrc/LrcRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kHistorySynopsis = u"lrc --db FILE --student ID|NAME"_s;
const QString kStepSynopsis =
    u"lrc step --db FILE --student ID|NAME --step KEY|中文 --date DATE --who NAME [--reason TEXT] [--note TEXT]"_s;
const QString kCorrectSynopsis = u"lrc correct --db FILE --student ID|NAME --event ID --reason TEXT --who NAME"_s;

QString orDash(const QString &text) { return text.trimmed().isEmpty() ? u"—"_s : text.simplified(); }

// One step a line, tab-separated: id, date, step, 经办人, reason, note, and
// for a voided step the correction that voided it.
QString eventLine(const LrcEvent &e)
{
    QString line = QString::number(e.id) + u'\t' + e.date.toString(Qt::ISODate) + u'\t' + lrcStepChinese(e.step) + u'\t'
        + orDash(e.actor) + u'\t' + orDash(e.reason) + u'\t' + orDash(e.note);
    if (e.isVoid())
        line += u'\t'
            + QCoreApplication::translate("rr::Cli", "[corrected on %1 by %2: %3]")
                  .arg(e.correction.on.toString(Qt::ISODate), e.correction.by, e.correction.reason.simplified());
    return line;
}

void addCommonOptions(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s, QCoreApplication::translate("rr::Cli", "the data file"), u"FILE"_s});
    parser.addOption({u"student"_s, QCoreApplication::translate("rr::Cli", "the student's number or name"), u"STUDENT"_s});
}

// Parses, requires --db and --student and opens both; nullptr with `exitCode` set otherwise.
std::shared_ptr<Database> openWithStudent(QCommandLineParser &parser, const QStringList &arguments, CliIo &io,
                                          const QString &synopsis, const QStringList &required, Student *student,
                                          int &exitCode)
{
    if (!parseOptions(parser, arguments, io, synopsis, exitCode))
        return nullptr;
    if (!parser.positionalArguments().isEmpty()) {
        exitCode = usageError(io, QCoreApplication::translate("rr::Cli", "unexpected argument \"%1\".")
                                      .arg(parser.positionalArguments().constFirst()),
                              synopsis);
        return nullptr;
    }
    exitCode = requireOptions(parser, required, io, synopsis);
    if (exitCode != ExitSuccess)
        return nullptr;
    auto db = openDatabaseOption(parser);
    if (!db) {
        exitCode = failWith(io, db.error().message);
        return nullptr;
    }
    auto found = StudentRepository(*db).find(parser.value(u"student"_s));
    if (!found) {
        exitCode = failWith(io, found.error().message);
        return nullptr;
    }
    *student = *found;
    return *db;
}

int runHistory(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    int exitCode = 0;
    Student student;
    const auto db = openWithStudent(parser, arguments, io, kHistorySynopsis, {u"db"_s, u"student"_s}, &student, exitCode);
    if (!db)
        return exitCode;
    const auto history = LrcRepository(db, io.clock).history(student.id);
    if (!history)
        return failWith(io, history.error().message);
    for (const LrcEvent &e : *history)
        io.out << maskIdNumbersInText(eventLine(e)) << '\n';
    io.out << QCoreApplication::translate("rr::Cli", "%1: %2").arg(maskIdNumbersInText(student.name), lrcStateChinese(stateOf(*history)))
           << Qt::endl;
    return ExitSuccess;
}

int runStep(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({u"step"_s, QCoreApplication::translate("rr::Cli", "the step: its key or its Chinese name"), u"STEP"_s});
    parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the date of the step"), u"DATE"_s});
    parser.addOption({u"who"_s, QCoreApplication::translate("rr::Cli", "who handled it"), u"NAME"_s});
    parser.addOption({u"reason"_s, QCoreApplication::translate("rr::Cli", "why (required for 不予确认 and 撤销)"), u"TEXT"_s});
    parser.addOption({u"note"_s, QCoreApplication::translate("rr::Cli", "a note"), u"TEXT"_s});
    int exitCode = 0;
    Student student;
    const auto db = openWithStudent(parser, arguments, io, kStepSynopsis,
                                    {u"db"_s, u"student"_s, u"step"_s, u"date"_s, u"who"_s}, &student, exitCode);
    if (!db)
        return exitCode;
    LrcEvent event;
    event.studentId = student.id;
    if (!lrcStepFromText(parser.value(u"step"_s).trimmed(), &event.step))
        return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a workflow step (家长申请, 学校意见, "
                                                                   "上报中心, 中心确认, 不予确认, 撤销).")
                                .arg(parser.value(u"step"_s)));
    event.date = parseLenientDate(parser.value(u"date"_s));
    if (!event.date.isValid())
        return failWith(io, QCoreApplication::translate("rr::Cli", "\"%1\" is not a date.").arg(parser.value(u"date"_s)));
    event.actor = parser.value(u"who"_s).trimmed();
    event.reason = parser.value(u"reason"_s).trimmed();
    event.note = parser.value(u"note"_s).trimmed();
    LrcRepository lrc(db, io.clock);
    auto id = lrc.addStep(event);
    if (!id)
        return failWith(io, id.error().message);
    const auto state = lrc.state(student.id);
    if (!state)
        return failWith(io, state.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Recorded step %1: %2, %3, %4; the status is now %5.")
                  .arg(QString::number(*id), maskIdNumbersInText(student.name), lrcStepChinese(event.step), chineseDate(event.date),
                       lrcStateChinese(*state))
           << Qt::endl;
    return ExitSuccess;
}

int runCorrect(const QStringList &arguments, CliIo &io)
{
    QCommandLineParser parser;
    addCommonOptions(parser);
    parser.addOption({u"event"_s, QCoreApplication::translate("rr::Cli", "the number of the step to correct"), u"ID"_s});
    parser.addOption({u"reason"_s, QCoreApplication::translate("rr::Cli", "why the step is corrected"), u"TEXT"_s});
    parser.addOption({u"who"_s, QCoreApplication::translate("rr::Cli", "who handled it"), u"NAME"_s});
    int exitCode = 0;
    Student student;
    const auto db = openWithStudent(parser, arguments, io, kCorrectSynopsis,
                                    {u"db"_s, u"student"_s, u"event"_s, u"reason"_s, u"who"_s}, &student, exitCode);
    if (!db)
        return exitCode;
    bool ok = false;
    const qint64 eventId = parser.value(u"event"_s).toLongLong(&ok);
    LrcRepository lrc(db, io.clock);
    const auto history = lrc.history(student.id);
    if (!history)
        return failWith(io, history.error().message);
    const bool ofStudent = std::any_of(history->cbegin(), history->cend(), [&](const LrcEvent &e) { return e.id == eventId; });
    if (!ok || !ofStudent)
        return failWith(io, QCoreApplication::translate("rr::Cli", "%1 has no workflow step %2.")
                                .arg(maskIdNumbersInText(student.name), parser.value(u"event"_s)));
    auto corrected = lrc.correct(eventId, parser.value(u"reason"_s), parser.value(u"who"_s));
    if (!corrected)
        return failWith(io, corrected.error().message);
    const auto state = lrc.state(student.id);
    if (!state)
        return failWith(io, state.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Step %1 is corrected (void); the status of %2 is now %3.")
                  .arg(QString::number(eventId), maskIdNumbersInText(student.name), lrcStateChinese(*state))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runLrcCommand(const QStringList &arguments, CliIo &io)
{
    // `lrc step …` and `lrc correct …`; plain `lrc …` shows the history.
    if (arguments.size() > 1 && (arguments.at(1) == u"step"_s || arguments.at(1) == u"correct"_s)) {
        QStringList rest = arguments;
        const QString sub = rest.takeAt(1);
        rest[0] += u" "_s + sub;
        return sub == u"step"_s ? runStep(rest, io) : runCorrect(rest, io);
    }
    return runHistory(arguments, io);
}

} // namespace rr
