#include "cli/CliCommand.h"

#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSynopsis = u"rooms --db FILE | rooms add --db FILE --name NAME --type TYPE [--capacity N]"_s;

// A key (sensory_integration) or the Chinese or translated label (感统训练室).
bool roomTypeFromText(const QString &text, RoomType *type)
{
    const QString wanted = text.trimmed();
    for (RoomType t : allRoomTypes())
        if (wanted == roomTypeKey(t) || wanted == roomTypeChinese(t)
            || wanted.compare(roomTypeLabel(t), Qt::CaseInsensitive) == 0) {
            *type = t;
            return true;
        }
    return false;
}

int listRooms(const std::shared_ptr<Database> &db, CliIo &io)
{
    const auto rules = RoomRuleRepository(db).allByRoom();
    if (!rules)
        return failWith(io, rules.error().message);
    const auto rooms = RoomRepository(db).all();
    if (!rooms)
        return failWith(io, rooms.error().message);
    for (const Room &room : *rooms)
        io.out << room.id << '\t' << room.name << '\t' << roomTypeChinese(room.type) << '\t'
               << QCoreApplication::translate("rr::Cli", "%n place(s)", nullptr, room.capacity) << '\t'
               << QCoreApplication::translate("rr::Cli", "%n rule(s)", nullptr, int(rules->value(room.id).size())) << '\n';
    io.out.flush();
    return ExitSuccess;
}

int addRoom(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    Room room;
    room.name = parser.value(u"name"_s);
    if (!roomTypeFromText(parser.value(u"type"_s), &room.type)) {
        QStringList known;
        for (RoomType t : allRoomTypes())
            known << roomTypeChinese(t);
        return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown room type \"%1\"; the types are %2.")
                                .arg(parser.value(u"type"_s), known.join(u'、')));
    }
    if (parser.isSet(u"capacity"_s)) {
        bool ok = false;
        room.capacity = parser.value(u"capacity"_s).toInt(&ok);
        if (!ok)
            return failWith(io, QCoreApplication::translate("rr::Cli", "--capacity \"%1\" is not a number.")
                                    .arg(parser.value(u"capacity"_s)));
    }
    auto id = RoomRepository(db).add(room);   // with the type's default rules, in the same action
    if (!id)
        return failWith(io, id.error().message);
    const auto rules = RoomRuleRepository(db).forRoom(*id);
    if (!rules)
        return failWith(io, rules.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Added %1 (%2) as number %3 with %n default rule(s).", nullptr,
                                          int(rules->size()))
                  .arg(room.name.trimmed(), roomTypeChinese(room.type))
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runRoomsCommand(const QStringList &arguments, CliIo &io)
{
    QStringList args = arguments;
    const QString sub = takeSubcommand(args, {u"add"_s});
    QCommandLineParser parser;
    if (!sub.isEmpty()) {
        parser.addOption({u"name"_s, QCoreApplication::translate("rr::Cli", "the room's name"), u"NAME"_s});
        parser.addOption({u"type"_s, QCoreApplication::translate("rr::Cli", "the room type (Chinese or key)"), u"TYPE"_s});
        parser.addOption({u"capacity"_s, QCoreApplication::translate("rr::Cli", "how many students at once"), u"N"_s});
    }
    int exitCode = 0;
    const std::shared_ptr<Database> db = parseAndOpenDatabase(parser, args, io, kSynopsis, exitCode);
    if (!db)
        return exitCode;
    if (!parser.positionalArguments().isEmpty())
        return usageError(io, QCoreApplication::translate("rr::Cli", "unexpected \"%1\".").arg(parser.positionalArguments().first()),
                          kSynopsis);
    if (sub.isEmpty())
        return listRooms(db, io);
    if (const int missing = requireOptions(parser, {u"name"_s, u"type"_s}, io, kSynopsis))
        return missing;
    return addRoom(db, parser, io);
}

} // namespace rr
