#pragma once
// What a training record must satisfy, as pure checks: its shape for any
// save, the room's rules (RuleCheck) when a session is made or saved, and
// the handover rule when it is signed. Messages are translated and name the
// student; rule errors quote the rule's own words.
#include "common/Result.h"
#include "rooms/Room.h"
#include "rooms/RoomRule.h"
#include "training/TrainingSession.h"

#include <QHash>
#include <QStringList>

namespace rr {

using StudentNames = QHash<qint64, QString>;   // student id → name, for messages

// A date, a time that ends after it starts, a room, at least one student and
// none twice, one student for an individual session, ratings 1–5, arrival
// before departure, objective data only for students who were present.
Result<void> validateSessionShape(const TrainingSession &session, const StudentNames &names);

// TeacherLeads: no session without an instructor. MaxStudents (or the
// room's capacity): no more students present than allowed.
Result<void> checkSessionRoomRules(const TrainingSession &session, const Room &room, const QList<RoomRule> &rules);

// At sign-off (and for an amendment): NoLeavingAlone — every student present
// has an arrival time, a departure time and was handed over to someone. The
// refusal names the student and quotes the rule.
Result<void> checkSignOffRules(const TrainingSession &session, const Room &room, const QList<RoomRule> &rules,
                               const StudentNames &names);

// What sign-off only warns about, one translated line per student: the
// fields an inspection asks for (content, performance, results, the reason
// for an absence) and, where no rule requires them, arrival and departure.
QStringList signOffWarnings(const TrainingSession &session, const QList<RoomRule> &rules, const StudentNames &names);

} // namespace rr
