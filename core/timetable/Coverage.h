#pragma once
// Coverage: are the minutes a student's IEP promises per week
// ("保证每个学生的个别化教育和康复训练时间") in the timetable? Per service type,
// the minutes of the slots with that service against the IEP's minutes per
// week for that service; a shortfall is flagged.
#include "common/Result.h"
#include "iep/Iep.h"
#include "timetable/TimetableSlot.h"

#include <QList>
#include <QString>
#include <memory>

namespace rr {

class Database;

struct ServiceCoverage {
    ServiceType service = ServiceType::IndividualTraining;
    int requiredMinutes = 0;     // the IEP's minutes per week (0: not in the IEP)
    int scheduledMinutes = 0;    // minutes per week in the timetable
    bool shortfall() const { return scheduledMinutes < requiredMinutes; }
    int missingMinutes() const { return qMax(0, requiredMinutes - scheduledMinutes); }
    bool operator==(const ServiceCoverage &) const = default;
};

struct StudentCoverage {
    qint64 studentId = 0;
    QString studentName;
    qint64 iepId = 0;                 // 0: no IEP for the semester
    QList<ServiceCoverage> services;  // the IEP's services first (in allServiceTypes order), then the rest
    int requiredMinutes() const;
    int scheduledMinutes() const;
    bool shortfall() const;           // any service short
    bool operator==(const StudentCoverage &) const = default;
};

// One student's coverage from meetings (slots of a week, or occurrences of a
// dated week, which count holidays and changes) and the IEP's services.
// Several services of one type add up.
StudentCoverage studentCoverage(qint64 studentId, const QList<TimetableSlot> &slotList,
                                const QList<IepService> &services);
StudentCoverage studentCoverage(qint64 studentId, const QList<SlotOccurrence> &occurrences,
                                const QList<IepService> &services);

class CoverageReport {
public:
    explicit CoverageReport(std::shared_ptr<Database> db) : m_db(std::move(db)) {}
    // Every student with an IEP in the semester (any status) or a slot in its
    // timetable, by name: the weekly timetable against the IEP. With `on`,
    // only the slots in effect on that day count (an ended slot no longer
    // covers anything, one that starts later not yet).
    Result<QList<StudentCoverage>> forSemester(qint64 semesterId, const QDate &on = {}) const;
    // The same for one dated teaching week: changes count, and lessons
    // lost to holidays are excused from the IEP's minutes (never a shortfall).
    // NotFound for a semester that does not exist.
    Result<QList<StudentCoverage>> forWeek(qint64 semesterId, int teachingWeek) const;

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
