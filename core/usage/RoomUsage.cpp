#include "usage/RoomUsage.h"

#include "common/EnumLabels.h"

#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr EnumLabels<UsageKind, 6> kKinds{"rr::Usage", {{
    {UsageKind::Session, "session", u"个别化训练", QT_TRANSLATE_NOOP("rr::Usage", "Training session")},
    {UsageKind::Visit, "visit", u"参观", QT_TRANSLATE_NOOP("rr::Usage", "Visit")},
    {UsageKind::ParentTraining, "parent_training", u"家长培训", QT_TRANSLATE_NOOP("rr::Usage", "Parent training")},
    {UsageKind::Meeting, "meeting", u"会议", QT_TRANSLATE_NOOP("rr::Usage", "Meeting")},
    {UsageKind::StudentActivity, "student_activity", u"学生活动", QT_TRANSLATE_NOOP("rr::Usage", "Student activity")},
    {UsageKind::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::Usage", "Other")},
}}};

} // namespace

QList<UsageKind> manualUsageKinds()
{
    return {UsageKind::Visit, UsageKind::ParentTraining, UsageKind::Meeting, UsageKind::StudentActivity, UsageKind::Other};
}
QString usageKindKey(UsageKind k) { return kKinds.key(k); }
UsageKind usageKindFromKey(const QString &key) { return kKinds.fromKey(key); }
QString usageKindChinese(UsageKind k) { return kKinds.chinese(k); }
QString usageKindLabel(UsageKind k) { return kKinds.label(k); }

QString usageCategoryChinese(const RoomUsageEntry &e)
{
    if (e.kind == UsageKind::Session && e.groupSession)
        return u"小组训练"_s;
    return usageKindChinese(e.kind);
}

RoomUsageEntry usageOfSession(const TrainingSession &s, const QString &instructorName,
                              const QHash<qint64, QString> &studentNames)
{
    RoomUsageEntry e;
    e.sessionId = s.id;
    e.kind = UsageKind::Session;
    e.groupSession = s.kind == SessionKind::Group;
    e.date = s.date;
    e.start = s.start;
    e.end = s.end;
    e.roomId = s.roomId;
    e.who = instructorName;
    e.purpose = serviceTypeChinese(s.service);
    if (!s.topic.trimmed().isEmpty())
        e.purpose += u"："_s + s.topic.trimmed();
    e.studentIds = s.presentStudentIds();
    e.studentCount = int(e.studentIds.size());
    for (qint64 id : std::as_const(e.studentIds))
        e.studentNames << studentNames.value(id);
    e.teachingAids = s.equipment;
    return e;
}

} // namespace rr
