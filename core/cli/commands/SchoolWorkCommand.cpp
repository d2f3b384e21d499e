// school: the dispatcher of the school-work areas and their options.
#include "cli/commands/SchoolWorkCli.h"

#include "calendar/SemesterRepository.h"
#include "cli/commands/CalendarCliOptions.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

const QString kSchoolWorkSynopsis =
    u"school guidance|members|contacts|documents|activities|funding|completeness --db FILE [--semester S] | "
    "school AREA add --db FILE … | school documents attach --db FILE --document ID --file PATH | "
    "school documents extract --db FILE --file-id ID --out PATH (see school AREA --help)"_s;

namespace {

QCommandLineOption text(const QString &name, const char *help, const QString &value)
{
    return {name, QCoreApplication::translate("rr::Cli", help), value};
}

} // namespace

void addSchoolWorkOptions(QCommandLineParser &p, const QString &area, const QString &sub)
{
    const bool add = sub == u"add"_s;
    if (area != u"members"_s && area != u"contacts"_s && sub != u"attach"_s && sub != u"extract"_s)
        p.addOption(text(u"semester"_s, QT_TRANSLATE_NOOP("rr::Cli", "the semester's number or name"), u"SEMESTER"_s));
    if (area == u"guidance"_s && add) {
        p.addOption(text(u"date"_s, QT_TRANSLATE_NOOP("rr::Cli", "the day of the visit"), u"DATE"_s));
        p.addOption(text(u"visitor"_s, QT_TRANSLATE_NOOP("rr::Cli", "the visiting teacher"), u"NAME"_s));
        p.addOption(text(u"centre"_s, QT_TRANSLATE_NOOP("rr::Cli", "the resource centre the teacher came from"), u"CENTRE"_s));
        p.addOption(text(u"topic"_s, QT_TRANSLATE_NOOP("rr::Cli", "what was guided: iep, classroom, family, rehabilitation (or Chinese); repeatable"), u"TOPIC"_s));
        p.addOption(text(u"problems"_s, QT_TRANSLATE_NOOP("rr::Cli", "the problems found"), u"TEXT"_s));
        p.addOption(text(u"suggestions"_s, QT_TRANSLATE_NOOP("rr::Cli", "the suggestions"), u"TEXT"_s));
        p.addOption(text(u"follow-up"_s, QT_TRANSLATE_NOOP("rr::Cli", "the agreed follow-up"), u"TEXT"_s));
        p.addOption(text(u"result"_s, QT_TRANSLATE_NOOP("rr::Cli", "the result of the follow-up"), u"TEXT"_s));
    } else if (area == u"members"_s) {
        p.addOption(text(u"group"_s, QT_TRANSLATE_NOOP("rr::Cli", "leadership (领导小组) or working (工作小组)"), u"GROUP"_s));
        if (add) {
            p.addOption(text(u"staff"_s, QT_TRANSLATE_NOOP("rr::Cli", "the staff member's name or number"), u"NAME"_s));
            p.addOption(text(u"role"_s, QT_TRANSLATE_NOOP("rr::Cli", "the role in the group, e.g. 组长"), u"ROLE"_s));
            p.addOption(text(u"from"_s, QT_TRANSLATE_NOOP("rr::Cli", "serving from"), u"DATE"_s));
            p.addOption(text(u"to"_s, QT_TRANSLATE_NOOP("rr::Cli", "serving until"), u"DATE"_s));
        }
    } else if (area == u"contacts"_s && add) {
        p.addOption(text(u"kind"_s, QT_TRANSLATE_NOOP("rr::Cli", "centre, federation, hospital or other (or Chinese)"), u"KIND"_s));
        p.addOption(text(u"organisation"_s, QT_TRANSLATE_NOOP("rr::Cli", "the organisation"), u"NAME"_s));
        p.addOption(text(u"person"_s, QT_TRANSLATE_NOOP("rr::Cli", "the contact person"), u"NAME"_s));
        p.addOption(text(u"phone"_s, QT_TRANSLATE_NOOP("rr::Cli", "the phone number"), u"PHONE"_s));
        p.addOption(text(u"note"_s, QT_TRANSLATE_NOOP("rr::Cli", "a note"), u"TEXT"_s));
    } else if (area == u"documents"_s) {
        if (sub.isEmpty())
            p.addOption(text(u"category"_s, QT_TRANSLATE_NOOP("rr::Cli", "only this category (key or Chinese)"), u"CATEGORY"_s));
        if (add) {
            p.addOption(text(u"category"_s, QT_TRANSLATE_NOOP("rr::Cli", "the category (key or Chinese)"), u"CATEGORY"_s));
            p.addOption(text(u"title"_s, QT_TRANSLATE_NOOP("rr::Cli", "the document's title"), u"TITLE"_s));
            p.addOption(text(u"date"_s, QT_TRANSLATE_NOOP("rr::Cli", "the document's date"), u"DATE"_s));
            p.addOption(text(u"note"_s, QT_TRANSLATE_NOOP("rr::Cli", "a note"), u"TEXT"_s));
        }
        if (add || sub == u"attach"_s)
            p.addOption(text(u"file"_s, QT_TRANSLATE_NOOP("rr::Cli", "a file to keep with the document; repeatable"), u"PATH"_s));
        if (sub == u"attach"_s)
            p.addOption(text(u"document"_s, QT_TRANSLATE_NOOP("rr::Cli", "the document's number"), u"ID"_s));
        if (sub == u"extract"_s) {
            p.addOption(text(u"file-id"_s, QT_TRANSLATE_NOOP("rr::Cli", "the stored file's number"), u"ID"_s));
            p.addOption(text(u"out"_s, QT_TRANSLATE_NOOP("rr::Cli", "where to write the file"), u"PATH"_s));
        }
    } else if (area == u"activities"_s) {
        p.addOption(text(u"kind"_s, QT_TRANSLATE_NOOP("rr::Cli", "research, inclusion or themed (or Chinese)"), u"KIND"_s));
        if (add) {
            p.addOption(text(u"date"_s, QT_TRANSLATE_NOOP("rr::Cli", "the day of the activity"), u"DATE"_s));
            p.addOption(text(u"topic"_s, QT_TRANSLATE_NOOP("rr::Cli", "the topic or name of the activity"), u"TOPIC"_s));
            p.addOption(text(u"participants"_s, QT_TRANSLATE_NOOP("rr::Cli", "who took part"), u"TEXT"_s));
            p.addOption(text(u"plan"_s, QT_TRANSLATE_NOOP("rr::Cli", "the plan"), u"TEXT"_s));
            p.addOption(text(u"content"_s, QT_TRANSLATE_NOOP("rr::Cli", "what was done"), u"TEXT"_s));
            p.addOption(text(u"outcome"_s, QT_TRANSLATE_NOOP("rr::Cli", "the outcome or summary"), u"TEXT"_s));
            p.addOption(text(u"photo"_s, QT_TRANSLATE_NOOP("rr::Cli", "a photo to keep with the record; repeatable"), u"PATH"_s));
        }
    } else if (area == u"funding"_s) {
        if (sub.isEmpty())
            p.addOption(text(u"year"_s, QT_TRANSLATE_NOOP("rr::Cli", "also the total of this calendar year"), u"YEAR"_s));
        if (add) {
            p.addOption(text(u"date"_s, QT_TRANSLATE_NOOP("rr::Cli", "the day of the entry"), u"DATE"_s));
            p.addOption(text(u"amount"_s, QT_TRANSLATE_NOOP("rr::Cli", "the amount in yuan, e.g. 1200.50"), u"YUAN"_s));
            p.addOption(text(u"source"_s, QT_TRANSLATE_NOOP("rr::Cli", "where the money comes from"), u"TEXT"_s));
            p.addOption(text(u"purpose"_s, QT_TRANSLATE_NOOP("rr::Cli", "what the money is for"), u"TEXT"_s));
            p.addOption(text(u"approval"_s, QT_TRANSLATE_NOOP("rr::Cli", "the approval (document number, who approved)"), u"TEXT"_s));
            p.addOption(text(u"note"_s, QT_TRANSLATE_NOOP("rr::Cli", "a note"), u"TEXT"_s));
        }
    }
}

std::optional<qint64> semesterForDate(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, const QDate &date,
                                      CliIo &io, int &exitCode)
{
    if (parser.isSet(u"semester"_s)) {
        auto semester = semesterOption(parser, db, io, exitCode);
        return semester ? std::optional<qint64>(semester->id) : std::nullopt;
    }
    auto holding = SemesterRepository(db).containing(date);
    if (!holding) {
        exitCode = failWith(io, holding.error().message);
        return std::nullopt;
    }
    if (!*holding) {
        exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "No semester holds %1; give --semester.")
                                    .arg(date.toString(Qt::ISODate)));
        return std::nullopt;
    }
    return (*holding)->id;
}

int runSchoolWorkCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QStringList areas{u"guidance"_s, u"members"_s, u"contacts"_s, u"documents"_s, u"activities"_s, u"funding"_s, u"completeness"_s};
    const QString area = takeSubcommand(args, areas);
    if (area.isEmpty()) {
        if (args.size() > 1 && args.at(1) != u"--help"_s)
            return usageError(io, QCoreApplication::translate("rr::Cli", "unknown area \"%1\".").arg(args.at(1)), kSchoolWorkSynopsis);
        if (args.size() > 1) {
            io.out << kSchoolWorkSynopsis << Qt::endl;
            return ExitSuccess;
        }
        return usageError(io, QCoreApplication::translate("rr::Cli", "which area?"), kSchoolWorkSynopsis);
    }
    QStringList subs{u"add"_s};
    if (area == u"documents"_s)
        subs << u"attach"_s << u"extract"_s;
    if (area == u"completeness"_s)
        subs.clear();
    const QString sub = takeSubcommand(args, subs);
    QCommandLineParser parser;
    addSchoolWorkOptions(parser, area, sub);
    int exitCode = 0;
    const bool writes = sub == u"add"_s || sub == u"attach"_s;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, args, io, kSchoolWorkSynopsis, exitCode, writes);
    if (!db)
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "unexpected \"%1\".").arg(parser.positionalArguments().first()),
                          kSchoolWorkSynopsis);
    const bool add = sub == u"add"_s;
    if (area == u"guidance"_s)
        return runSchoolGuidance(db, parser, add, io);
    if (area == u"members"_s)
        return runSchoolMembers(db, parser, add, io);
    if (area == u"contacts"_s)
        return runSchoolContacts(db, parser, add, io);
    if (area == u"documents"_s)
        return runSchoolDocuments(db, parser, sub, io);
    if (area == u"activities"_s)
        return runSchoolActivities(db, parser, add, io);
    if (area == u"funding"_s)
        return runSchoolFunding(db, parser, add, io);
    return runSchoolCompleteness(db, parser, io);
}

} // namespace rr
