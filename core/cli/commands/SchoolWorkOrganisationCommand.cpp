// school guidance | members | contacts: lists one per line, tab-separated, and adding.
#include "cli/commands/SchoolWorkCli.h"

#include "cli/commands/CalendarCliOptions.h"
#include "schoolwork/GuidanceVisitRepository.h"
#include "schoolwork/SchoolOrganisationRepository.h"
#include "staff/StaffRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

bool topicFromText(const QString &text, GuidanceTopic *topic)
{
    if (guidanceTopicFromKey(text.trimmed(), topic))
        return true;
    for (GuidanceTopic t : allGuidanceTopics())
        if (guidanceTopicChinese(t) == text.trimmed()) {
            *topic = t;
            return true;
        }
    return false;
}

bool groupFromText(const QString &text, SchoolGroup *group)
{
    if (schoolGroupFromKey(text.trimmed(), group))
        return true;
    for (SchoolGroup g : {SchoolGroup::Leadership, SchoolGroup::Working})
        if (schoolGroupChinese(g) == text.trimmed()) {
            *group = g;
            return true;
        }
    return false;
}

bool contactKindFromText(const QString &text, PartnerKind *kind)
{
    if (partnerKindFromKey(text.trimmed(), kind))
        return true;
    for (PartnerKind k : allPartnerKinds())
        if (partnerKindChinese(k) == text.trimmed()) {
            *kind = k;
            return true;
        }
    return false;
}

QString topicsChinese(const QList<GuidanceTopic> &topics)
{
    QStringList parts;
    for (GuidanceTopic t : topics)
        parts << guidanceTopicChinese(t);
    return parts.join(u"、"_s);
}

} // namespace

int runSchoolGuidance(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io)
{
    GuidanceVisitRepository visits(db);
    if (!add) {
        int exitCode = 0;
        const auto semester = semesterOption(parser, db, io, exitCode);
        if (!semester)
            return exitCode;
        const auto list = visits.inSemester(*semester);
        if (!list)
            return failWith(io, list.error().message);
        // id, date, visitor, centre, topics, follow-up result
        for (const GuidanceVisit &v : *list)
            io.out << v.id << '\t' << v.date.toString(Qt::ISODate) << '\t' << v.visitor << '\t' << v.centre << '\t'
                   << topicsChinese(v.topics) << '\t' << v.followUpResult << '\n';
        io.out << QCoreApplication::translate("rr::Cli", "%1: %2 guidance visit(s), %3 to %4 expected.")
                      .arg(semester->name)
                      .arg(list->size())
                      .arg(GuidanceCount::kExpectedMin)
                      .arg(GuidanceCount::kExpectedMax)
               << Qt::endl;
        return ExitSuccess;
    }
    if (const int missing = requireOptions(parser, {u"date"_s, u"visitor"_s}, io, kSchoolWorkSynopsis))
        return missing;
    int exitCode = 0;
    const auto date = dateOption(parser, u"date"_s, io, exitCode);
    if (!date)
        return exitCode;
    GuidanceVisit v;
    v.date = *date;
    v.visitor = parser.value(u"visitor"_s);
    v.centre = parser.value(u"centre"_s);
    for (const QString &text : parser.values(u"topic"_s)) {
        GuidanceTopic t;
        if (!topicFromText(text, &t))
            return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown topic \"%1\"; the topics are iep, classroom, family, rehabilitation.")
                                    .arg(text));
        if (!v.topics.contains(t))
            v.topics << t;
    }
    v.problems = parser.value(u"problems"_s);
    v.suggestions = parser.value(u"suggestions"_s);
    v.followUp = parser.value(u"follow-up"_s);
    v.followUpResult = parser.value(u"result"_s);
    const auto id = visits.add(v);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Recorded the guidance visit of %1 as number %2.")
                  .arg(v.date.toString(Qt::ISODate))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

int runSchoolMembers(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io)
{
    SchoolOrganisationRepository organisation(db);
    SchoolGroup group = SchoolGroup::Leadership;
    if (parser.isSet(u"group"_s) && !groupFromText(parser.value(u"group"_s), &group))
        return failWith(io, QCoreApplication::translate("rr::Cli", "--group is leadership or working, not \"%1\".").arg(parser.value(u"group"_s)));
    if (!add) {
        QList<SchoolGroup> groups{SchoolGroup::Leadership, SchoolGroup::Working};
        if (parser.isSet(u"group"_s))
            groups = {group};
        // id, group, name, role, from, to
        for (SchoolGroup g : groups) {
            const auto members = organisation.members(g);
            if (!members)
                return failWith(io, members.error().message);
            for (const GroupMember &m : *members)
                io.out << m.id << '\t' << schoolGroupChinese(g) << '\t' << m.staffName << '\t' << m.role << '\t'
                       << m.from.toString(Qt::ISODate) << '\t' << m.to.toString(Qt::ISODate) << '\n';
        }
        io.out.flush();
        return ExitSuccess;
    }
    if (const int missing = requireOptions(parser, {u"group"_s, u"staff"_s}, io, kSchoolWorkSynopsis))
        return missing;
    const auto staff = StaffRepository(db).findByKey(parser.value(u"staff"_s), RetiredStaff::Excluded);
    if (!staff)
        return failWith(io, staff.error().message);
    GroupMember m;
    m.group = group;
    m.staffId = staff->id;
    m.role = parser.value(u"role"_s);
    int exitCode = 0;
    if (parser.isSet(u"from"_s)) {
        const auto from = dateOption(parser, u"from"_s, io, exitCode);
        if (!from)
            return exitCode;
        m.from = *from;
    }
    if (parser.isSet(u"to"_s)) {
        const auto to = dateOption(parser, u"to"_s, io, exitCode);
        if (!to)
            return exitCode;
        m.to = *to;
    }
    const auto id = organisation.addMember(m);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added %1 to the %2 as number %3.")
                  .arg(staff->name, schoolGroupChinese(group))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

int runSchoolContacts(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io)
{
    SchoolOrganisationRepository organisation(db);
    if (!add) {
        const auto contacts = organisation.contacts();
        if (!contacts)
            return failWith(io, contacts.error().message);
        for (const SchoolContact &c : *contacts)
            io.out << c.id << '\t' << partnerKindChinese(c.kind) << '\t' << c.organisation << '\t' << c.person << '\t' << c.phone
                   << '\t' << c.note << '\n';
        io.out.flush();
        return ExitSuccess;
    }
    if (const int missing = requireOptions(parser, {u"kind"_s, u"organisation"_s}, io, kSchoolWorkSynopsis))
        return missing;
    SchoolContact c;
    if (!contactKindFromText(parser.value(u"kind"_s), &c.kind))
        return failWith(io, QCoreApplication::translate("rr::Cli", "--kind is centre, federation, hospital or other, not \"%1\".")
                                .arg(parser.value(u"kind"_s)));
    c.organisation = parser.value(u"organisation"_s);
    c.person = parser.value(u"person"_s);
    c.phone = parser.value(u"phone"_s);
    c.note = parser.value(u"note"_s);
    const auto id = organisation.addContact(c);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added the contact %1 as number %2.").arg(c.organisation.trimmed()).arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
