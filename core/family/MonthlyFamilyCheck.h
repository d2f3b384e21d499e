#pragma once
// The monthly checks of home-school contact and counselling, pure: records
// and the calendar in, the months a student fell short out. Used by the
// alerts (FamilyAlertSource), the record inspection and the tests.
//
// Which months are held to the rule (familyCheckMonths):
// - calendar months, counting only the school days that lie inside a
//   semester (holidays and 调休 as the school calendar says);
// - a month with fewer than kMinSchoolDaysInMonth such days is not held to
//   it: the few days before the winter holiday or after term starts, or a
//   month that is mostly holiday, are not a month of school — a teacher
//   would not be blamed for them;
// - a month shared by two semesters (one ends, the next begins) is one
//   month: its school days add up, and one contact in it is enough;
// - the month is due on its last school day, not the 31st.
// A record counts for the calendar month it falls in, also on a holiday
// (a home visit in the 国庆 week is a contact in October).
#include "calendar/Semester.h"
#include "family/FamilyContact.h"

#include <QHash>
#include <QSet>

namespace rr {

constexpr int kMinSchoolDaysInMonth = 10;

enum class FamilyCheck { Contact, Counselling };

struct FamilyCheckMonth {
    QDate first;               // the 1st of the calendar month
    QDate deadline;            // its last school day in a semester
    qint64 semesterId = 0;     // the semester of the deadline
    int schoolDays = 0;
    bool operator==(const FamilyCheckMonth &) const = default;
};

QList<FamilyCheckMonth> familyCheckMonths(const QList<Semester> &semesters);

struct FamilyCheckInput {
    QList<Semester> semesters;
    QList<FamilyCheckStudent> students;
    // Per semester, the students whose plan (an IEP in effect, not a draft)
    // has counselling among its services.
    QHash<qint64, QSet<qint64>> counsellingStudents;
    QList<DatedRecord> contacts;
    // Counselling records and individual counselling sessions attended; a
    // day counts once (the note and the training record of one meeting).
    QList<DatedRecord> counselling;
    int contactsPerMonth = 1;         // 0: not checked
    int counsellingPerMonth = 1;      // 0: not checked
    QDate from;                       // months due from …
    QDate to;                         // … that have begun by this date
    QDate today;                      // months due after it are still open
};

struct FamilyShortfall {
    FamilyCheck check = FamilyCheck::Contact;
    qint64 studentId = 0;
    QString studentName;
    QDate month;               // the 1st of the month
    QDate deadline;            // its last school day
    int found = 0;
    int required = 0;
    bool ended = true;         // false: the month is still open on `today`
    qint64 staffId = 0;        // who answers for it in a report (set by the report's caller)
    bool operator==(const FamilyShortfall &) const = default;
};

// Ordered by month, check, then the students' order in the input.
QList<FamilyShortfall> familyShortfalls(const FamilyCheckInput &input);

// One Chinese sentence for the inspection report (a school document): 张明10月无家校联系记录（要求每月至少1次）。
QString shortfallText(const FamilyShortfall &shortfall);

} // namespace rr
