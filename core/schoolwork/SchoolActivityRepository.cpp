#include "schoolwork/SchoolActivityRepository.h"

#include "archive/AttachmentRepository.h"
#include "common/FieldLimits.h"
#include "schoolwork/SchoolFileStore.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kSelect = u"SELECT id, kind, activity_date, semester_id, topic, participants, plan, content, outcome "
                        "FROM school_activities "_s;

SchoolActivity readActivity(const SqlRows &q)
{
    SchoolActivity a;
    a.id = q.value(0).toLongLong();
    activityKindFromKey(q.value(1).toString(), &a.kind);
    a.date = dateFromSql(q.value(2));
    a.semesterId = q.value(3).toLongLong();
    a.topic = q.value(4).toString();
    a.participants = q.value(5).toString();
    a.plan = q.value(6).toString();
    a.content = q.value(7).toString();
    a.outcome = q.value(8).toString();
    return a;
}

Error gone()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The activity record no longer exists."));
}

Result<void> checkSemester(Transaction &tx, const SchoolActivity &a)
{
    auto range = readOne(tx, u"SELECT start_date, end_date FROM semesters WHERE id = :id"_s, {{":id", a.semesterId}},
                         [](const SqlRows &q) { return std::pair{dateFromSql(q.value(0)), dateFromSql(q.value(1))}; });
    if (!range)
        return range.error();
    if (!*range)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The semester no longer exists."));
    if (a.date < (*range)->first || a.date > (*range)->second)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The date lies outside the semester."));
    return {};
}

SqlParams paramsOf(const SchoolActivity &a)
{
    return {{":k", activityKindKey(a.kind)}, {":d", isoDate(a.date)}, {":s", a.semesterId}, {":t", a.topic.trimmed()},
            {":p", a.participants.trimmed()}, {":plan", a.plan.trimmed()}, {":c", a.content.trimmed()}, {":o", a.outcome.trimmed()}};
}

} // namespace

Result<QList<SchoolActivity>> SchoolActivityRepository::inSemester(qint64 semesterId, std::optional<ActivityKind> kind) const
{
    QString where = u"WHERE semester_id = :s"_s;
    SqlParams params{{":s", semesterId}};
    if (kind) {
        where += u" AND kind = :k"_s;
        params.push_back({":k", activityKindKey(*kind)});
    }
    auto list = readList(*m_db, kSelect + where + u" ORDER BY activity_date, id"_s, params, readActivity);
    if (!list)
        return list;
    QString fileWhere = where;
    fileWhere.replace(u"semester_id"_s, u"o.semester_id"_s).replace(u"kind ="_s, u"o.kind ="_s);
    auto files = SchoolFileStore::filesOfActivities(*m_db, fileWhere, params);
    if (!files)
        return files.error();
    for (SchoolActivity &a : *list)
        a.photos = files->value(a.id);
    return list;
}

Result<SchoolActivity> SchoolActivityRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, kSelect + u"WHERE id = :id"_s, {{":id", id}}, readActivity);
    if (!found)
        return found.error();
    if (!*found)
        return gone();
    SchoolActivity a = **found;
    auto files = SchoolFileStore::filesOfActivities(*m_db, u"WHERE o.id = :id"_s, {{":id", id}});
    if (!files)
        return files.error();
    a.photos = files->value(id);
    return a;
}

Result<void> SchoolActivityRepository::validate(const SchoolActivity &a)
{
    if (a.topic.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The activity needs a topic."));
    if (!a.date.isValid())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The activity needs a date."));
    if (a.semesterId <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "Choose the semester the activity belongs to."));
    return checkFieldLengths({
        {QT_TRANSLATE_NOOP("rr::Fields", "Topic"), a.topic, FieldKind::Address},
        {QT_TRANSLATE_NOOP("rr::Fields", "Participants"), a.participants, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Plan"), a.plan, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Content"), a.content, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Outcome"), a.outcome, FieldKind::LongText},
    });
}

Result<qint64> SchoolActivityRepository::add(const SchoolActivity &activity, const QList<std::pair<QString, QByteArray>> &photos)
{
    if (auto valid = validate(activity); !valid)
        return valid.error();
    return m_db->writeReturningId({u"activity.add"_s, activityKindKey(activity.kind)},
                                  [&](Transaction &tx) { return add(tx, activity, photos); });
}

Result<qint64> SchoolActivityRepository::add(Transaction &tx, const SchoolActivity &activity,
                                             const QList<std::pair<QString, QByteArray>> &photos)
{
    if (auto valid = validate(activity); !valid)
        return valid.error();
    if (auto ok = checkSemester(tx, activity); !ok)
        return ok.error();
    SqlParams p = paramsOf(activity);
    p.push_back({":now", sqlDateTime(tx.now())});
    auto id = tx.insert(u"INSERT INTO school_activities(kind, activity_date, semester_id, topic, participants, plan, content, "
                        "outcome, created_at) VALUES (:k, :d, :s, :t, :p, :plan, :c, :o, :now)"_s,
                        p);
    if (!id)
        return id;
    for (const auto &[name, data] : photos)
        if (auto added = SchoolFileStore::add(tx, SchoolFileOwner{0, *id}, name, data); !added)
            return added.error();
    return id;
}

Result<void> SchoolActivityRepository::update(const SchoolActivity &activity)
{
    if (auto valid = validate(activity); !valid)
        return valid;
    return m_db->write({u"activity.update"_s, QString::number(activity.id)}, [&](Transaction &tx) -> Result<void> {
        if (auto ok = checkSemester(tx, activity); !ok)
            return ok;
        SqlParams p = paramsOf(activity);
        p.push_back({":id", activity.id});
        auto done = tx.exec(u"UPDATE school_activities SET kind = :k, activity_date = :d, semester_id = :s, topic = :t, "
                            "participants = :p, plan = :plan, content = :c, outcome = :o WHERE id = :id"_s,
                            p);
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

Result<void> SchoolActivityRepository::remove(qint64 id)
{
    return m_db->write({u"activity.remove"_s, QString::number(id)}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM school_activities WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return gone();
        return {};
    });
}

Result<qint64> SchoolActivityRepository::addPhoto(qint64 activityId, const QString &filePath)
{
    auto data = AttachmentRepository::readFileWithinLimit(filePath);
    if (!data)
        return data.error();
    return addPhoto(activityId, QFileInfo(filePath).fileName(), *data);
}

Result<qint64> SchoolActivityRepository::addPhoto(qint64 activityId, const QString &fileName, const QByteArray &data)
{
    return m_db->writeReturningId({u"activity.photo.add"_s, QString::number(activityId)}, [&](Transaction &tx) -> Result<qint64> {
        auto exists = readValue(tx, u"SELECT 1 FROM school_activities WHERE id = :id"_s, {{":id", activityId}});
        if (!exists)
            return exists.error();
        if (exists->isNull())
            return gone();
        return SchoolFileStore::add(tx, SchoolFileOwner{0, activityId}, fileName, data);
    });
}

Result<void> SchoolActivityRepository::removePhoto(qint64 fileId)
{
    return m_db->write({u"activity.photo.remove"_s, QString::number(fileId)},
                       [&](Transaction &tx) { return SchoolFileStore::remove(tx, fileId); });
}

} // namespace rr
