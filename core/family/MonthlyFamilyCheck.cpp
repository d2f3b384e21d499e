#include "family/MonthlyFamilyCheck.h"

#include "calendar/SchoolCalendar.h"

#include <QMap>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QList<FamilyCheckMonth> familyCheckMonths(const QList<Semester> &semesters)
{
    QMap<QDate, FamilyCheckMonth> months;
    for (const Semester &semester : semesters) {
        if (!semester.start.isValid() || !semester.end.isValid() || semester.start > semester.end)
            continue;
        for (QDate first(semester.start.year(), semester.start.month(), 1); first <= semester.end; first = first.addMonths(1)) {
            const QDate a = std::max(first, semester.start);
            const QDate b = std::min(first.addMonths(1).addDays(-1), semester.end);
            const QList<QDate> days = schoolDays(semester, a, b);
            if (days.isEmpty())
                continue;
            FamilyCheckMonth &m = months[first];
            m.first = first;
            m.schoolDays += int(days.size());
            if (!m.deadline.isValid() || days.last() > m.deadline) {
                m.deadline = days.last();
                m.semesterId = semester.id;
            }
        }
    }
    QList<FamilyCheckMonth> checked;
    for (const FamilyCheckMonth &m : std::as_const(months))
        if (m.schoolDays >= kMinSchoolDaysInMonth)
            checked.append(m);
    return checked;
}

namespace {

// Records per student and calendar month; with `daysOnly`, days with a record.
QHash<qint64, QHash<QDate, int>> countByMonth(const QList<DatedRecord> &records, bool daysOnly)
{
    QHash<qint64, QHash<QDate, int>> counts;
    QHash<qint64, QSet<QDate>> seen;
    for (const DatedRecord &r : records) {
        if (!r.date.isValid())
            continue;
        if (daysOnly) {
            QSet<QDate> &days = seen[r.studentId];
            if (days.contains(r.date))
                continue;
            days.insert(r.date);
        }
        ++counts[r.studentId][QDate(r.date.year(), r.date.month(), 1)];
    }
    return counts;
}

} // namespace

QList<FamilyShortfall> familyShortfalls(const FamilyCheckInput &in)
{
    const auto contacts = countByMonth(in.contacts, false);
    // A counselling note and the training record of the same meeting are one session.
    const auto counselling = countByMonth(in.counselling, true);
    QList<FamilyShortfall> list;
    for (const FamilyCheckMonth &m : familyCheckMonths(in.semesters)) {
        // Due in the range, or begun by its end (a month not begun is not asked about yet).
        if ((in.from.isValid() && m.deadline < in.from) || (in.to.isValid() && m.first > in.to))
            continue;
        const bool ended = !in.today.isValid() || m.deadline < in.today;
        for (const FamilyCheckStudent &student : in.students) {
            if (student.enrolmentDate.isValid() && student.enrolmentDate > m.deadline)
                continue;
            auto check = [&](FamilyCheck kind, int required, const QHash<qint64, QHash<QDate, int>> &counts) {
                if (required <= 0)
                    return;
                const int found = counts.value(student.id).value(m.first);
                if (found < required)
                    list.append({kind, student.id, student.name, m.first, m.deadline, found, required, ended});
            };
            check(FamilyCheck::Contact, in.contactsPerMonth, contacts);
            if (in.counsellingStudents.value(m.semesterId).contains(student.id))
                check(FamilyCheck::Counselling, in.counsellingPerMonth, counselling);
        }
    }
    return list;
}

QString shortfallText(const FamilyShortfall &s)
{
    const QString what = s.check == FamilyCheck::Contact ? u"家校联系"_s : u"一对一心理辅导"_s;
    const QString month = u"%1年%2月"_s.arg(s.month.year()).arg(s.month.month());
    if (s.found == 0)
        return u"%1%2无%3记录（要求每月至少%4次）。"_s.arg(s.studentName, month, what).arg(s.required);
    return u"%1%2%3仅%4次，少于每月%5次。"_s.arg(s.studentName, month, what).arg(s.found).arg(s.required);
}

} // namespace rr
