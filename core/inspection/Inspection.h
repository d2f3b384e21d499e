#pragma once
// The inspection itself, pure: the records, plans, timetable and room uses
// of a date range in, the problems and requirements out. Inspector gathers
// the input from the database; tests can craft it.
#include "calendar/Semester.h"
#include "family/MonthlyFamilyCheck.h"
#include "iep/Iep.h"
#include "inspection/InspectionResult.h"
#include "rooms/RoomRule.h"
#include "timetable/TimetableSlot.h"
#include "training/TrainingSession.h"
#include "usage/RoomUsage.h"

#include <QHash>

namespace rr {

struct InspectionInput {
    QDate from;
    QDate to;
    QDate today;                              // the inspection date
    QList<Semester> semesters;                // every semester (those overlapping the range are used)
    QList<Iep> ieps;                          // the plans of those semesters; drafts are ignored
    // Sessions from inspectionSessionStart(from) to `to`: weeks and months
    // that began before `from` count their earlier sessions.
    QList<TrainingSession> sessions;
    QList<SlotOccurrence> occurrences;        // from `from` to `to`
    QList<RoomUsageEntry> manualUsage;        // from `from` to `to`
    QHash<qint64, QList<RoomRule>> rulesByRoom;
    QHash<qint64, QString> studentNames;
    QHash<qint64, QString> staffNames;
    QHash<qint64, QString> roomNames;
    // Counselling sessions written as counselling records (core/family):
    // they count toward the monthly counselling like individual sessions.
    QList<DatedRecord> counsellingRecords;
    // Months of the range, ended by `to`, short of family contact (core/family's check).
    QList<FamilyShortfall> familyContactShortfalls;
};

// The first date whose sessions an inspection of `from` … needs.
QDate inspectionSessionStart(const QDate &from);

// Every enabled rule over the input. Problems are Open, ordered by kind,
// date and student; one requirement per kind found, due after
// rules.fixWithinDays. Which weeks and months are checked:
// - a teaching week is checked when it ends by `to` and has a school day in
//   the range; a student's week only under a plan in effect (not a draft),
//   from the week of the plan's meeting on;
// - a month likewise: it ends by `to` and has a school day in the range.
InspectionResult inspect(const InspectionInput &input, const InspectionRules &rules);

// 整改要求: one per kind of problem, due rules.fixWithinDays after the inspection.
QList<InspectionRequirement> inspectionRequirements(const QList<InspectionProblem> &problems, const InspectionRules &rules,
                                                    const QDate &inspectedOn);

// Whether a problem can be put right afterwards: a record completed,
// signed or written, minutes made up. A week without a session, a month
// without counselling or a late signature stay what they were.
bool isCorrectable(const InspectionProblem &problem);

// Follows up the previous inspection. `recheck` is what the rules find now
// over the previous inspection's range.
// - Its correctable problems that are gone are listed as resolved (已整改);
//   those still there are problems again, Repeated (仍未整改), even outside
//   this inspection's range.
// - A problem that cannot be corrected is reported once: found again in an
//   overlapping range, it is not listed again. Nor is the late signature of
//   a record the previous inspection found unsigned: signing it was the fix.
// Requirements follow the problems that remain.
void compareWithPrevious(InspectionResult &current, const InspectionResult &previous,
                         const QList<InspectionProblem> &recheck);

} // namespace rr
