// school documents | activities: the archive documents with their files and
// the activity records with their photos.
#include "cli/commands/SchoolWorkCli.h"

#include "archive/AttachmentRepository.h"
#include "cli/commands/CalendarCliOptions.h"
#include "schoolwork/SchoolActivityRepository.h"
#include "schoolwork/SchoolDocumentRepository.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

bool categoryFromText(const QString &text, DocumentCategory *category)
{
    if (documentCategoryFromKey(text.trimmed(), category))
        return true;
    for (DocumentCategory c : allDocumentCategories())
        if (documentCategoryChinese(c) == text.trimmed() || documentCategoryChinese(c).section(u'·', -1) == text.trimmed()) {
            *category = c;
            return true;
        }
    return false;
}

QString knownCategories()
{
    QStringList keys;
    for (DocumentCategory c : allDocumentCategories())
        keys << documentCategoryKey(c) + u" ("_s + documentCategoryChinese(c) + u')';
    return keys.join(u", "_s);
}

bool activityKindFromText(const QString &text, ActivityKind *kind)
{
    if (activityKindFromKey(text.trimmed(), kind))
        return true;
    for (ActivityKind k : allActivityKinds())
        if (activityKindChinese(k) == text.trimmed()) {
            *kind = k;
            return true;
        }
    return false;
}

// The files named by a repeatable option, read whole within the attachment limit.
std::optional<QList<std::pair<QString, QByteArray>>> readFiles(const QStringList &paths, CliIo &io, int &exitCode)
{
    QList<std::pair<QString, QByteArray>> files;
    for (const QString &path : paths) {
        auto data = AttachmentRepository::readFileWithinLimit(path);
        if (!data) {
            exitCode = failWith(io, data.error().message);
            return std::nullopt;
        }
        files.append({QFileInfo(path).fileName(), *data});
    }
    return files;
}

std::optional<qint64> idOption(const QCommandLineParser &parser, const QString &name, CliIo &io, int &exitCode)
{
    bool ok = false;
    const qint64 id = parser.value(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        exitCode = failWith(io, QCoreApplication::translate("rr::Cli", "--%1 \"%2\" is not a number.").arg(name, parser.value(name)));
        return std::nullopt;
    }
    return id;
}

int listDocuments(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    int exitCode = 0;
    const auto semester = semesterOption(parser, db, io, exitCode);
    if (!semester)
        return exitCode;
    std::optional<DocumentCategory> category;
    if (parser.isSet(u"category"_s)) {
        DocumentCategory c;
        if (!categoryFromText(parser.value(u"category"_s), &c))
            return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown category \"%1\"; the categories are %2.")
                                    .arg(parser.value(u"category"_s), knownCategories()));
        category = c;
    }
    const auto documents = SchoolDocumentRepository(db).inSemester(semester->id, category);
    if (!documents)
        return failWith(io, documents.error().message);
    // id, category, date, title, then each file as "file id:name (bytes)"
    for (const SchoolDocument &d : *documents) {
        io.out << d.id << '\t' << documentCategoryChinese(d.category) << '\t' << d.date.toString(Qt::ISODate) << '\t' << d.title;
        for (const SchoolFile &f : d.files)
            io.out << '\t' << QCoreApplication::translate("rr::Cli", "file %1: %2 (%3 bytes)").arg(f.id).arg(f.fileName).arg(f.size);
        io.out << '\n';
    }
    io.out.flush();
    return ExitSuccess;
}

int addDocument(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, CliIo &io)
{
    if (const int missing = requireOptions(parser, {u"category"_s, u"title"_s, u"date"_s}, io, kSchoolWorkSynopsis))
        return missing;
    SchoolDocument d;
    if (!categoryFromText(parser.value(u"category"_s), &d.category))
        return failWith(io, QCoreApplication::translate("rr::Cli", "Unknown category \"%1\"; the categories are %2.")
                                .arg(parser.value(u"category"_s), knownCategories()));
    int exitCode = 0;
    const auto date = dateOption(parser, u"date"_s, io, exitCode);
    if (!date)
        return exitCode;
    d.date = *date;
    const auto semesterId = semesterForDate(db, parser, d.date, io, exitCode);
    if (!semesterId)
        return exitCode;
    d.semesterId = *semesterId;
    d.title = parser.value(u"title"_s);
    d.note = parser.value(u"note"_s);
    const auto files = readFiles(parser.values(u"file"_s), io, exitCode);
    if (!files)
        return exitCode;
    const auto id = SchoolDocumentRepository(db).add(d, *files);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Filed \"%1\" under %2 as number %3 with %4 file(s).")
                  .arg(d.title.trimmed(), documentCategoryChinese(d.category))
                  .arg(*id)
                  .arg(files->size())
           << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runSchoolDocuments(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, const QString &sub, CliIo &io)
{
    if (sub.isEmpty())
        return listDocuments(db, parser, io);
    if (sub == u"add"_s)
        return addDocument(db, parser, io);
    int exitCode = 0;
    SchoolDocumentRepository documents(db);
    if (sub == u"attach"_s) {
        if (const int missing = requireOptions(parser, {u"document"_s, u"file"_s}, io, kSchoolWorkSynopsis))
            return missing;
        const auto id = idOption(parser, u"document"_s, io, exitCode);
        if (!id)
            return exitCode;
        const auto files = readFiles(parser.values(u"file"_s), io, exitCode);
        if (!files)
            return exitCode;
        for (const auto &[name, data] : *files) {
            const auto fileId = documents.addFile(*id, name, data);
            if (!fileId)
                return failWith(io, fileId.error().message);
            io.out << QCoreApplication::translate("rr::Cli", "Kept %1 with document %2 as file %3.").arg(name).arg(*id).arg(*fileId)
                   << Qt::endl;
        }
        return ExitSuccess;
    }
    if (const int missing = requireOptions(parser, {u"file-id"_s, u"out"_s}, io, kSchoolWorkSynopsis))
        return missing;
    const auto fileId = idOption(parser, u"file-id"_s, io, exitCode);
    if (!fileId)
        return exitCode;
    if (auto saved = documents.saveFileTo(*fileId, parser.value(u"out"_s)); !saved)
        return failWith(io, saved.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Wrote %1.").arg(parser.value(u"out"_s)) << Qt::endl;
    return ExitSuccess;
}

int runSchoolActivities(const std::shared_ptr<Database> &db, const QCommandLineParser &parser, bool add, CliIo &io)
{
    std::optional<ActivityKind> kind;
    if (parser.isSet(u"kind"_s)) {
        ActivityKind k;
        if (!activityKindFromText(parser.value(u"kind"_s), &k))
            return failWith(io, QCoreApplication::translate("rr::Cli", "--kind is research, inclusion or themed, not \"%1\".")
                                    .arg(parser.value(u"kind"_s)));
        kind = k;
    }
    SchoolActivityRepository activities(db);
    int exitCode = 0;
    if (!add) {
        const auto semester = semesterOption(parser, db, io, exitCode);
        if (!semester)
            return exitCode;
        const auto list = activities.inSemester(semester->id, kind);
        if (!list)
            return failWith(io, list.error().message);
        // id, kind, date, topic, participants, photos
        for (const SchoolActivity &a : *list)
            io.out << a.id << '\t' << activityKindChinese(a.kind) << '\t' << a.date.toString(Qt::ISODate) << '\t' << a.topic << '\t'
                   << a.participants << '\t' << QCoreApplication::translate("rr::Cli", "%1 photo(s)").arg(a.photos.size()) << '\n';
        io.out.flush();
        return ExitSuccess;
    }
    if (const int missing = requireOptions(parser, {u"kind"_s, u"date"_s, u"topic"_s}, io, kSchoolWorkSynopsis))
        return missing;
    SchoolActivity a;
    a.kind = *kind;
    const auto date = dateOption(parser, u"date"_s, io, exitCode);
    if (!date)
        return exitCode;
    a.date = *date;
    const auto semesterId = semesterForDate(db, parser, a.date, io, exitCode);
    if (!semesterId)
        return exitCode;
    a.semesterId = *semesterId;
    a.topic = parser.value(u"topic"_s);
    a.participants = parser.value(u"participants"_s);
    a.plan = parser.value(u"plan"_s);
    a.content = parser.value(u"content"_s);
    a.outcome = parser.value(u"outcome"_s);
    const auto photos = readFiles(parser.values(u"photo"_s), io, exitCode);
    if (!photos)
        return exitCode;
    const auto id = activities.add(a, *photos);
    if (!id)
        return failWith(io, id.error().message);
    io.out << QCoreApplication::translate("rr::Cli", "Recorded the %1 \"%2\" as number %3.")
                  .arg(activityKindChinese(a.kind), a.topic.trimmed())
                  .arg(*id)
           << Qt::endl;
    return ExitSuccess;
}

} // namespace rr
