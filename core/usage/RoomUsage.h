#pragma once
// The room usage log (资源教室使用登记): every use of every room — the
// training sessions, read from their records, and the other uses (visits,
// parent training, meetings …) entered by hand — with date, time, who,
// purpose, number and names of students and the teaching aids used.
#include "training/TrainingSession.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

namespace rr {

// Session: a training session (never entered by hand). StudentActivity:
// students using a room outside a recorded session (课间活动 …).
enum class UsageKind { Session, Visit, ParentTraining, Meeting, StudentActivity, Other };
QList<UsageKind> manualUsageKinds();                 // every kind but Session
QString usageKindKey(UsageKind kind);
UsageKind usageKindFromKey(const QString &key);      // unknown → Other
QString usageKindChinese(UsageKind kind);            // 个别化训练 参观 家长培训 会议 学生活动 其他
QString usageKindLabel(UsageKind kind);

struct RoomUsageEntry {
    qint64 id = 0;                    // a manual entry's id; 0 for a session
    qint64 sessionId = 0;             // the session it is read from; 0 for a manual entry
    UsageKind kind = UsageKind::Other;
    QDate date;
    QTime start;
    QTime end;
    qint64 roomId = 0;
    QString who;                      // 使用人 / 负责人: the instructor for a session
    QString purpose;                  // 用途
    int studentCount = 0;             // 学生人数: at least the students listed
    QList<qint64> studentIds;         // students on the roster
    QString otherNames;               // others' names, free text (visitors, parents …)
    QList<EquipmentUse> teachingAids; // 使用教具
    QString note;
    // Filled when read, ignored when saved: the listed students' names.
    QStringList studentNames;
    bool groupSession = false;        // a session of kind 小组训练 (filled when read)
    bool operator==(const RoomUsageEntry &) const = default;

    bool isSession() const { return sessionId > 0; }
};

// A session as the log shows it: the present students, the instructor's
// name as `who`, service and topic as the purpose, the equipment as aids.
// The 类别 a printed log shows: 个别化训练 or 小组训练 for a session, the kind otherwise.
QString usageCategoryChinese(const RoomUsageEntry &entry);

RoomUsageEntry usageOfSession(const TrainingSession &session, const QString &instructorName,
                              const QHash<qint64, QString> &studentNames);

} // namespace rr
