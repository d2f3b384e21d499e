#include "cli/CliCommand.h"

#include "common/LenientDate.h"
#include "school/CurrentUser.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSynopsis = u"staff --db FILE | staff add --db FILE --name NAME --role ROLE [--role ROLE …] "
                          "[--class CLASS …] [--phone PHONE] [--gender 男|女] | staff retire --db FILE --name NAME "
                          "--date DATE"_s;

// One per line: id, name, roles, classes (led first), the day they left.
int listStaff(const std::shared_ptr<Database> &db, CliIo &io)
{
    const auto current = CurrentUser(db).id();
    if (!current)
        return failWith(io, current.error().message);
    const auto staff = StaffRepository(db).all();
    if (!staff)
        return failWith(io, staff.error().message);
    for (const StaffMember &m : *staff) {
        QStringList classes = m.classesLed;
        for (const QString &c : m.classesTaught)
            if (!classes.contains(c))
                classes << c;
        io.out << m.id << '\t' << m.name << '\t' << staffRolesChinese(m.roles) << '\t' << classes.join(u'、') << '\t';
        if (m.isRetired())
            io.out << QCoreApplication::translate("rr::Cli", "left %1").arg(m.toDate.toString(Qt::ISODate));
        if (m.id == *current)
            io.out << QCoreApplication::translate("rr::Cli", "current user");
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

int addStaff(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    StaffMember m;
    m.name = parser.value(u"name"_s);
    for (const QString &text : parser.values(u"role"_s)) {
        StaffRole role = StaffRole::Other;
        if (!staffRoleFromText(text, &role)) {
            QStringList known;
            for (StaffRole r : allStaffRoles())
                known << staffRoleChinese(r);
            return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown role \"%1\"; the roles are %2.")
                                    .arg(text, known.join(u'、')));
        }
        m.roles << role;
    }
    m.roles = orderedStaffRoles(m.roles);
    // A class given to a head teacher is the class they lead; otherwise one they teach.
    (m.hasRole(StaffRole::HeadTeacher) ? m.classesLed : m.classesTaught) = parser.values(u"class"_s);
    m.phone = parser.value(u"phone"_s);
    const QString gender = parser.value(u"gender"_s).trimmed();
    if (gender == u"男"_s || gender == u"male"_s)
        m.gender = Gender::Male;
    else if (gender == u"女"_s || gender == u"female"_s)
        m.gender = Gender::Female;
    else if (!gender.isEmpty())
        return failWith(io, QCoreApplication::translate("rr::Cli", "--gender is 男 or 女, not \"%1\".").arg(gender));
    auto id = StaffRepository(db).add(m);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added %1 (%2) as number %3.")
                  .arg(m.name.simplified(), staffRolesChinese(m.roles))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

int retireStaff(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    const QDate date = parseLenientDate(parser.value(u"date"_s));
    if (!date.isValid())
        return failWith(io, QCoreApplication::translate("rr::Cli", "--date \"%1\" is not a date.").arg(parser.value(u"date"_s)));
    const auto member = StaffRepository(db).findByKey(parser.value(u"name"_s), RetiredStaff::Included);
    if (!member)
        return failWith(io, member.error().message);
    if (auto done = StaffRepository(db).retire(member->id, date); !done)
        return failWith(io, done.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "%1 left on %2; the records keep the name.")
                  .arg(member->name, date.toString(Qt::ISODate))
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runStaffCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QString sub = takeSubcommand(args, {u"add"_s, u"retire"_s});
    QCommandLineParser parser;
    if (sub == u"add"_s) {
        parser.addOption({u"name"_s, QCoreApplication::translate("rr::Cli", "the staff member's name"), u"NAME"_s});
        parser.addOption({u"role"_s, QCoreApplication::translate("rr::Cli", "a role (Chinese or key); repeatable"),
                          u"ROLE"_s});
        parser.addOption({u"class"_s, QCoreApplication::translate("rr::Cli", "a class led or taught; repeatable"),
                          u"CLASS"_s});
        parser.addOption({u"phone"_s, QCoreApplication::translate("rr::Cli", "the phone number"), u"PHONE"_s});
        parser.addOption({u"gender"_s, QCoreApplication::translate("rr::Cli", "男 or 女"), u"GENDER"_s});
    } else if (sub == u"retire"_s) {
        parser.addOption({u"name"_s, QCoreApplication::translate("rr::Cli", "the staff member's name or number"),
                          u"NAME"_s});
        parser.addOption({u"date"_s, QCoreApplication::translate("rr::Cli", "the day they left"), u"DATE"_s});
    }
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, args, io, kSynopsis, exitCode);
    if (!db)
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "unexpected \"%1\".").arg(parser.positionalArguments().first()),
                          kSynopsis);
    if (sub.isEmpty())
        return listStaff(db, io);
    const QStringList required = sub == u"add"_s ? QStringList{u"name"_s, u"role"_s} : QStringList{u"name"_s, u"date"_s};
    if (const int missing = requireOptions(parser, required, io, kSynopsis))
        return missing;
    return sub == u"add"_s ? addStaff(db, parser, io) : retireStaff(db, parser, io);
}

} // namespace rr
