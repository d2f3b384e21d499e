// contacts: list the contacts with families, record one, or set how many a
// month the school asks for. A list line leaves out the family's situation
// and views (sensitive): they are on the printed record and in the dialog.
#include "cli/CliCommand.h"

#include "calendar/SemesterRepository.h"
#include "common/LenientDate.h"
#include "common/LenientTime.h"
#include "family/FamilyContactRepository.h"
#include "family/FamilySettings.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSynopsis = u"contacts --db FILE [--student S] [--semester T] | contacts add --db FILE --student S --kind KIND "
                          "--date DATE [--time HH:MM] [--staff NAME] [--present WHO] --content TEXT [--views TEXT] "
                          "[--follow-up TEXT] [--due DATE] | contacts rule --db FILE --per-month N"_s;

QString oneLine(const QString &text)
{
    return text.simplified();
}

int listContacts(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    const SemesterRepository semesters(db);
    const auto semester = parser.isSet(u"semester"_s) ? semesters.find(parser.value(u"semester"_s))
                                                      : semesters.resolve(std::nullopt, *io.clock);
    if (!semester)
        return failWith(io, semester.error().message);
    const FamilyContactRepository contacts(db);
    QHash<qint64, QString> names;
    qint64 only = 0;
    if (parser.isSet(u"student"_s)) {
        const auto student = StudentRepository(db).find(parser.value(u"student"_s));
        if (!student)
            return failWith(io, student.error().message);
        names.insert(student->id, student->name);
        only = student->id;
    } else {
        const auto students = StudentRepository(db).summaries();
        if (!students)
            return failWith(io, students.error().message);
        for (const StudentSummary &s : *students)
            names.insert(s.id, s.name);
    }
    const auto list = only > 0 ? contacts.forStudent(only, semester->start, semester->end)
                               : contacts.between(semester->start, semester->end);
    if (!list)
        return failWith(io, list.error().message);
    for (const FamilyContact &c : *list) {
        io.out << c.id << '\t' << c.date.toString(Qt::ISODate) << '\t' << (c.time.isValid() ? c.time.toString(u"HH:mm"_s) : QString())
               << '\t' << names.value(c.studentId) << '\t' << contactKindChinese(c.kind) << '\t' << c.staffName << '\t'
               << oneLine(c.familyPresent) << '\t' << oneLine(c.content) << '\t' << oneLine(c.followUp) << '\t'
               << (c.followUpDue.isValid() ? c.followUpDue.toString(Qt::ISODate) : QString()) << '\n';
    }
    io.out << QCoreApplication::translate("rr::Cli", "%1 contacts in %2").arg(list->size()).arg(semester->name) << Qt::endl;
    return ExitSuccess;
}

// "家访", "home_visit" or "Home visit".
bool contactKindFromText(const QString &text, ContactKind *kind)
{
    const QString t = text.trimmed();
    for (ContactKind k : allContactKinds())
        if (t == contactKindChinese(k) || t == contactKindLabel(k) || (k == ContactKind::Message && (t == u"微信"_s || t == u"短信"_s))) {
            *kind = k;
            return true;
        }
    return contactKindFromKey(t, kind);
}

int addContact(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    const auto student = StudentRepository(db).find(parser.value(u"student"_s));
    if (!student)
        return failWith(io, student.error().message);
    FamilyContact c;
    c.studentId = student->id;
    if (!contactKindFromText(parser.value(u"kind"_s), &c.kind)) {
        QStringList known;
        for (ContactKind k : allContactKinds())
            known << contactKindChinese(k);
        return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown kind of contact \"%1\"; the kinds are %2.")
                                .arg(parser.value(u"kind"_s), known.join(u'、')));
    }
    c.date = parseLenientDate(parser.value(u"date"_s));
    if (!c.date.isValid())
        return failWith(io, QCoreApplication::translate("rr::Cli", "--date \"%1\" is not a date.").arg(parser.value(u"date"_s)));
    if (parser.isSet(u"time"_s)) {
        c.time = parseLenientTime(parser.value(u"time"_s));
        if (!c.time.isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "--time \"%1\" is not a time.").arg(parser.value(u"time"_s)));
    }
    if (parser.isSet(u"staff"_s)) {
        const auto staff = StaffRepository(db).findByKey(parser.value(u"staff"_s), RetiredStaff::Included);
        if (!staff)
            return failWith(io, staff.error().message);
        c.staffId = staff->id;
    }
    c.familyPresent = parser.value(u"present"_s);
    c.content = parser.value(u"content"_s);
    c.familyViews = parser.value(u"views"_s);
    c.followUp = parser.value(u"follow-up"_s);
    if (parser.isSet(u"due"_s)) {
        c.followUpDue = parseLenientDate(parser.value(u"due"_s));
        if (!c.followUpDue.isValid())
            return failWith(io, QCoreApplication::translate("rr::Cli", "--due \"%1\" is not a date.").arg(parser.value(u"due"_s)));
    }
    auto id = FamilyContactRepository(db).add(c);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Recorded %1 with the family of %2 on %3 as number %4.")
                  .arg(contactKindChinese(c.kind), student->name, c.date.toString(Qt::ISODate))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

int setRule(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    bool ok = false;
    const int n = parser.value(u"per-month"_s).trimmed().toInt(&ok);
    if (!ok)
        return failWith(io, QCoreApplication::translate("rr::Cli", "--per-month \"%1\" is not a number.").arg(parser.value(u"per-month"_s)));
    if (auto saved = saveContactsPerMonth(db, n); !saved)
        return failWith(io, saved.error().message);
    io.out << (n == 0 ? QCoreApplication::translate("rr::Cli", "The monthly contact check is off.")
                      : QCoreApplication::translate("rr::Cli", "Each family is to be contacted at least %1 times a month.").arg(n))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runContactsCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QString sub = takeSubcommand(args, {u"add"_s, u"rule"_s});
    QCommandLineParser parser;
    if (sub == u"rule"_s) {
        parser.addOption({u"per-month"_s, QCoreApplication::translate("rr::Cli", "contacts a month with each family (0: no check)"), u"N"_s});
    } else {
        parser.addOption({u"student"_s, QCoreApplication::translate("rr::Cli", "the student's number or name"), u"STUDENT"_s});
    }
    if (sub.isEmpty())
        parser.addOption({u"semester"_s, QCoreApplication::translate("rr::Cli", "the semester's number or name (default: the current one)"),
                          u"SEMESTER"_s});
    if (sub == u"add"_s) {
        parser.addOption({u"kind"_s, QCoreApplication::translate("rr::Cli", "家访, 电话, 家长会, 家庭训练指导, 家长培训 or 微信/短信"), u"KIND"_s});
        parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day of the contact"), u"DATE"_s});
        parser.addOption({u"time"_s, QCoreApplication::translate("rr::Cli", "the time of the contact"), u"HH:MM"_s});
        parser.addOption({u"staff"_s, QCoreApplication::translate("rr::Cli", "who made the contact (name or number)"), u"NAME"_s});
        parser.addOption({u"present"_s, QCoreApplication::translate("rr::Cli", "the family members present"), u"WHO"_s});
        parser.addOption({u"content"_s, QCoreApplication::translate("rr::Cli", "what the contact was about"), u"TEXT"_s});
        parser.addOption({u"views"_s, QCoreApplication::translate("rr::Cli", "the family's situation and views"), u"TEXT"_s});
        parser.addOption({u"follow-up"_s, QCoreApplication::translate("rr::Cli", "the follow-up agreed"), u"TEXT"_s});
        parser.addOption({u"due"_s, QCoreApplication::translate("rr::Cli", "when the follow-up is due"), u"DATE"_s});
    }
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, args, io, kSynopsis, exitCode, !sub.isEmpty());
    if (!db)
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "unexpected \"%1\".").arg(parser.positionalArguments().first()),
                          kSynopsis);
    if (sub.isEmpty())
        return listContacts(db, parser, io);
    if (sub == u"rule"_s) {
        if (const int missing = requireOptions(parser, {u"per-month"_s}, io, kSynopsis))
            return missing;
        return setRule(db, parser, io);
    }
    if (const int missing = requireOptions(parser, {u"student"_s, u"kind"_s, u"date"_s, u"content"_s}, io, kSynopsis))
        return missing;
    return addContact(db, parser, io);
}

} // namespace rr
