#include "training/SessionRules.h"

#include "rooms/RuleCheck.h"

#include <QCoreApplication>
#include <QSet>

namespace rr {

namespace {

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

QString nameOf(const StudentNames &names, qint64 studentId)
{
    const QString name = names.value(studentId);
    return name.isEmpty() ? QCoreApplication::translate("rr::Training", "student %1").arg(studentId) : name;
}

} // namespace

Result<void> validateSessionShape(const TrainingSession &s, const StudentNames &names)
{
    if (!s.date.isValid())
        return invalid(QCoreApplication::translate("rr::Training", "A training record needs a date."));
    if (!s.start.isValid() || !s.end.isValid() || s.start >= s.end)
        return invalid(QCoreApplication::translate("rr::Training", "A training session needs a start and an end after it."));
    if (s.roomId <= 0)
        return invalid(QCoreApplication::translate("rr::Training", "A training session needs a room."));
    if (s.students.isEmpty())
        return invalid(QCoreApplication::translate("rr::Training", "A training session needs at least one student."));
    if (s.kind == SessionKind::Individual && s.students.size() != 1)
        return invalid(QCoreApplication::translate("rr::Training", "An individual session has exactly one student; "
                                                                   "make it a group session for %1 students.")
                           .arg(s.students.size()));
    QSet<qint64> seen;
    for (const SessionStudent &st : s.students) {
        const QString name = nameOf(names, st.studentId);
        if (st.studentId <= 0 || seen.contains(st.studentId))
            return invalid(QCoreApplication::translate("rr::Training", "%1 is listed twice in the session.").arg(name));
        seen.insert(st.studentId);
        if (st.rating < 0 || st.rating > 5)
            return invalid(QCoreApplication::translate("rr::Training", "The rating of %1 must be 1 to 5.").arg(name));
        if (st.arrival.isValid() && st.departure.isValid() && st.departure < st.arrival)
            return invalid(QCoreApplication::translate("rr::Training", "%1 cannot leave (%2) before arriving (%3).")
                               .arg(name, st.departure.toString(QStringLiteral("HH:mm")),
                                    st.arrival.toString(QStringLiteral("HH:mm"))));
        QSet<qint64> objectives;
        for (const ObjectiveWork &w : st.objectives) {
            if (w.objectiveId <= 0 || objectives.contains(w.objectiveId))
                return invalid(QCoreApplication::translate("rr::Training", "An objective of %1 is listed twice.").arg(name));
            objectives.insert(w.objectiveId);
            if (w.value && !st.present())
                return invalid(QCoreApplication::translate("rr::Training",
                                                           "%1 was not present: the record cannot hold data for them.")
                                   .arg(name));
        }
    }
    for (const EquipmentUse &e : s.equipment)
        if (e.name.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("rr::Training", "Equipment used needs a name."));
    return {};
}

Result<void> checkSessionRoomRules(const TrainingSession &s, const Room &room, const QList<RoomRule> &rules)
{
    if (auto instructor = checkInstructor(room, rules, s.instructorId); !instructor)
        return instructor;
    return checkStudentCount(room, rules, int(s.presentStudentIds().size()));
}

Result<void> checkSignOffRules(const TrainingSession &s, const Room &room, const QList<RoomRule> &rules,
                               const StudentNames &names)
{
    const auto rule = ruleOfKind(rules, RuleKind::NoLeavingAlone);
    if (!rule)
        return {};
    // The rule is kept by knowing when each child came and to whom they went back.
    for (const SessionStudent &st : s.students) {
        if (!st.present())
            continue;
        const QString name = nameOf(names, st.studentId);
        QString missing;
        if (!st.arrival.isValid())
            missing = QCoreApplication::translate("rr::Training", "%1 has no arrival time.").arg(name);
        else if (!st.departure.isValid())
            missing = QCoreApplication::translate("rr::Training", "%1 has no departure time.").arg(name);
        else if (st.handedOverTo.trimmed().isEmpty())
            missing = QCoreApplication::translate("rr::Training", "%1 left at %2 without being handed over to anyone.")
                          .arg(name, st.departure.toString(QStringLiteral("HH:mm")));
        if (!missing.isEmpty())
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Training", "The record cannot be signed: %1 The rule of %2: \"%3\"")
                                 .arg(missing, room.name, rule->text));
    }
    return {};
}

QStringList signOffWarnings(const TrainingSession &s, const QList<RoomRule> &rules, const StudentNames &names)
{
    const bool timesRequired = handOverRequired(rules);
    QStringList warnings;
    for (const SessionStudent &st : s.students) {
        QStringList fields;
        for (RecordField f : missingRecordFields(s, st))
            fields << recordFieldLabel(f);
        if (st.present() && !timesRequired) {
            if (!st.arrival.isValid())
                fields << QCoreApplication::translate("rr::Training", "Arrival");
            if (!st.departure.isValid())
                fields << QCoreApplication::translate("rr::Training", "Departure");
        }
        if (!fields.isEmpty())
            warnings << QCoreApplication::translate("rr::Training", "%1: %2")
                            .arg(nameOf(names, st.studentId),
                                 fields.join(QCoreApplication::translate("rr::Training", ", ")));
    }
    return warnings;
}

} // namespace rr
