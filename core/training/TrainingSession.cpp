#include "training/TrainingSession.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The last entry of each list is the fallback for unknown keys.
constexpr EnumLabels<SessionKind, 2> kKinds{"rr::Training", {{
    {SessionKind::Group, "group", u"小组训练", QT_TRANSLATE_NOOP("rr::Training", "Group session")},
    {SessionKind::Individual, "individual", u"个别训练", QT_TRANSLATE_NOOP("rr::Training", "Individual session")},
}}};

constexpr EnumLabels<Attendance, 3> kAttendances{"rr::Training", {{
    {Attendance::Absent, "absent", u"缺席", QT_TRANSLATE_NOOP("rr::Training", "Absent")},
    {Attendance::Leave, "leave", u"请假", QT_TRANSLATE_NOOP("rr::Training", "On leave")},
    {Attendance::Present, "present", u"出席", QT_TRANSLATE_NOOP("rr::Training", "Present")},
}}};

constexpr EnumLabels<RecordField, 4> kFields{"rr::Training", {{
    {RecordField::Content, "content", u"训练内容", QT_TRANSLATE_NOOP("rr::Training", "Content")},
    {RecordField::Performance, "performance", u"学生表现", QT_TRANSLATE_NOOP("rr::Training", "Performance")},
    {RecordField::Results, "results", u"训练效果", QT_TRANSLATE_NOOP("rr::Training", "Results")},
    {RecordField::AbsenceReason, "absence_reason", u"缺勤原因", QT_TRANSLATE_NOOP("rr::Training", "Reason for absence")},
}}};

bool blank(const QString &text) { return text.trimmed().isEmpty(); }

} // namespace

QString sessionKindKey(SessionKind k) { return kKinds.key(k); }
SessionKind sessionKindFromKey(const QString &key) { return kKinds.fromKey(key); }
QString sessionKindChinese(SessionKind k) { return kKinds.chinese(k); }
QString sessionKindLabel(SessionKind k) { return kKinds.label(k); }

QList<Attendance> allAttendances() { return {Attendance::Present, Attendance::Absent, Attendance::Leave}; }
QString attendanceKey(Attendance a) { return kAttendances.key(a); }
Attendance attendanceFromKey(const QString &key) { return kAttendances.fromKey(key); }
QString attendanceChinese(Attendance a) { return kAttendances.chinese(a); }
QString attendanceLabel(Attendance a) { return kAttendances.label(a); }

QString recordFieldChinese(RecordField f) { return kFields.chinese(f); }
QString recordFieldLabel(RecordField f) { return kFields.label(f); }

const SessionStudent *TrainingSession::student(qint64 studentId) const
{
    for (const SessionStudent &s : students)
        if (s.studentId == studentId)
            return &s;
    return nullptr;
}

QList<qint64> TrainingSession::studentIds() const
{
    QList<qint64> ids;
    for (const SessionStudent &s : students)
        ids.append(s.studentId);
    return ids;
}

QList<qint64> TrainingSession::presentStudentIds() const
{
    QList<qint64> ids;
    for (const SessionStudent &s : students)
        if (s.present())
            ids.append(s.studentId);
    return ids;
}

int deliveredMinutes(const TrainingSession &session, const SessionStudent &student)
{
    if (!student.present())
        return 0;
    if (student.arrival.isValid() && student.departure.isValid() && student.arrival < student.departure)
        return student.arrival.secsTo(student.departure) / 60;
    return session.minutes();
}

QList<RecordField> missingRecordFields(const TrainingSession &session, const SessionStudent &student)
{
    QList<RecordField> missing;
    if (!student.present()) {
        if (blank(student.absenceReason))
            missing.append(RecordField::AbsenceReason);
        return missing;
    }
    if (blank(session.content))
        missing.append(RecordField::Content);
    if (blank(student.performance))
        missing.append(RecordField::Performance);
    if (blank(student.results))
        missing.append(RecordField::Results);
    return missing;
}

} // namespace rr
