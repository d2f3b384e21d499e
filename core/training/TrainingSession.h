#pragma once
// A training session and its record (个别化训练记录): when and where, who led
// it, and for each student attendance, arrival and handover, the objectives
// worked on with their data, performance and results. Plain records;
// SessionRepository stores them and holds sign-off and amendments.
#include "iep/IepVocabulary.h"
#include "progress/MeasurementScale.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <optional>

namespace rr {

enum class SessionKind { Individual, Group };          // 个训 / 小组训练
QString sessionKindKey(SessionKind kind);
SessionKind sessionKindFromKey(const QString &key);    // unknown → Individual
QString sessionKindChinese(SessionKind kind);
QString sessionKindLabel(SessionKind kind);

enum class Attendance { Present, Absent, Leave };      // 出席 / 缺席 / 请假
QList<Attendance> allAttendances();
QString attendanceKey(Attendance attendance);
Attendance attendanceFromKey(const QString &key);      // unknown → Present
QString attendanceChinese(Attendance attendance);
QString attendanceLabel(Attendance attendance);

// An IEP objective worked on; a value becomes a progress point of the
// objective (sessionId set) when the record is saved.
struct ObjectiveWork {
    qint64 objectiveId = 0;
    QString objectiveText;           // filled from the IEP on save; kept if the IEP changes
    std::optional<double> value;     // the probe, on the objective's scale
    QString note;
    bool operator==(const ObjectiveWork &) const = default;
};

// A training device or teaching aid used. itemId names the ledger item it was
// picked from (its uses count in the ledger); 0 for equipment typed freely,
// whose name says it all.
struct EquipmentUse {
    qint64 itemId = 0;
    QString name;
    bool operator==(const EquipmentUse &) const = default;
};

// One student's part of a session.
struct SessionStudent {
    qint64 studentId = 0;
    Attendance attendance = Attendance::Present;
    QString absenceReason;           // for 缺席 and 请假
    QTime arrival;                   // 到达时间
    QTime departure;                 // 离开时间
    QString handedOverTo;            // 交接给谁
    int rating = 0;                  // 1–5, 0 = not rated
    std::optional<PromptLevel> prompt;   // 辅助程度: the least help with which the student succeeded
    QString performance;             // 学生表现
    QString results;                 // 训练效果
    QList<ObjectiveWork> objectives;
    bool operator==(const SessionStudent &) const = default;
    bool present() const { return attendance == Attendance::Present; }
};

struct TrainingSession {
    qint64 id = 0;
    QDate date;
    QTime start;
    QTime end;
    qint64 roomId = 0;
    qint64 instructorId = 0;         // staff id, 0 = none
    qint64 slotId = 0;               // the timetable slot it was made from, 0 = ad hoc
    QDate occurrenceDate;            // the date of that occurrence (after any move); invalid when ad hoc
    SessionKind kind = SessionKind::Individual;
    ServiceType service = ServiceType::IndividualTraining;
    QString topic;                   // 训练项目, e.g. the slot's 数学个训
    QString content;                 // 训练内容
    QString method;                  // 训练方法
    QList<EquipmentUse> equipment;   // 器材、教具
    QString problems;                // 存在问题
    QString nextSteps;               // 后续调整
    QList<SessionStudent> students;
    // Sign-off, written only by SessionRepository::sign; amendments count up version.
    qint64 signedBy = 0;
    QDateTime signedAt;
    int version = 0;
    bool operator==(const TrainingSession &) const = default;

    bool isSigned() const { return signedAt.isValid(); }
    int minutes() const { return start.isValid() && end.isValid() ? start.secsTo(end) / 60 : 0; }
    const SessionStudent *student(qint64 studentId) const;
    QList<qint64> studentIds() const;
    QList<qint64> presentStudentIds() const;
};

// Minutes a student actually spent: arrival to departure when both are
// recorded, the session's time otherwise; 0 unless present.
int deliveredMinutes(const TrainingSession &session, const SessionStudent &student);

// The fields of a student's record an inspection requires: content,
// performance and results when present; the reason when absent or on leave.
enum class RecordField { Content, Performance, Results, AbsenceReason };   // 训练内容 学生表现 训练效果 缺勤原因
QString recordFieldChinese(RecordField field);
QString recordFieldLabel(RecordField field);
QList<RecordField> missingRecordFields(const TrainingSession &session, const SessionStudent &student);   // empty when complete

} // namespace rr
