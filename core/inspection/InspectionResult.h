#pragma once
// What an inspection found, in the school's words: 检查情况 (what was
// checked), 存在问题 (each problem with student, instructor and date) and
// 整改要求 (what must be fixed by when). Messages are Chinese: the report is
// a school document, printed and filed like the forms.
#include "inspection/InspectionRules.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class ProblemKind { WeeklySession, MonthlyCounselling, MissingFields, LateSignature, ShortMinutes, UnrecordedUse,
                         MonthlyFamilyContact };
QList<ProblemKind> allProblemKinds();
QString problemKindKey(ProblemKind kind);
ProblemKind problemKindFromKey(const QString &key);   // unknown → UnrecordedUse
QString problemKindChinese(ProblemKind kind);         // 个别化训练不足每周一次 …, the report's headings
QString problemKindLabel(ProblemKind kind);

// Open: found now. Repeated: found now and by the previous inspection
// (仍未整改). Resolved: found by the previous inspection, no longer (已整改).
enum class ProblemStatus { Open, Repeated, Resolved };
QString problemStatusKey(ProblemStatus status);
ProblemStatus problemStatusFromKey(const QString &key);   // unknown → Open
QString problemStatusChinese(ProblemStatus status);       // 新发现 / 仍未整改 / 已整改
QString problemStatusLabel(ProblemStatus status);

struct InspectionProblem {
    ProblemKind kind = ProblemKind::MissingFields;
    ProblemStatus status = ProblemStatus::Open;
    QString key;               // the same problem has the same key in every inspection
    qint64 studentId = 0;      // 0 when it concerns a group or no single student
    QString studentName;
    qint64 instructorId = 0;   // 0 when nobody is known
    QString instructorName;
    QDate date;                // the session, the week's Monday, the month's first day
    qint64 sessionId = 0;      // the record concerned, if any
    QString message;
    bool operator==(const InspectionProblem &) const = default;
};

struct InspectionRequirement {
    ProblemKind kind = ProblemKind::MissingFields;
    QString text;
    QDate due;
    bool operator==(const InspectionRequirement &) const = default;
};

// 检查情况: what was looked at.
struct InspectionCounts {
    int students = 0;          // with an IEP in effect or a record in the range
    int instructors = 0;       // who led a session in the range
    int sessions = 0;          // records in the range
    int studentRecords = 0;    // one per student per session
    int weeks = 0;             // teaching weeks checked
    int occurrences = 0;       // timetabled sessions that should have a record
    int usageEntries = 0;      // manual room uses looked at
    bool operator==(const InspectionCounts &) const = default;
};

struct InspectionResult {
    qint64 id = 0;             // once saved
    QDate inspectedOn;
    QDate from;
    QDate to;
    QString inspector;
    qint64 previousId = 0;     // the saved inspection it was compared with
    InspectionRules rules;
    InspectionCounts counts;
    QList<InspectionProblem> problems;        // Open and Repeated, in report order
    QList<InspectionProblem> resolved;        // 已整改 since the previous inspection
    QList<InspectionRequirement> requirements;
    bool operator==(const InspectionResult &) const = default;

    int count(ProblemKind kind) const;
    QList<InspectionProblem> problemsOf(ProblemKind kind) const;
};

} // namespace rr
