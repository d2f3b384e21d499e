#include "print/forms/TimetableForm.h"

#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"
#include "storage/Database.h"
#include "timetable/Coverage.h"
#include "timetable/TimetableRepository.h"
#include "timetable/Weekday.h"
#include "training/RoomContext.h"

#include <algorithm>
#include <QCoreApplication>
#include <QMap>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// A lesson as the sheet shows it: a weekly slot or a dated occurrence.
struct Lesson {
    int weekday = 1;
    QTime start;
    QTime end;
    qint64 roomId = 0;
    qint64 instructorId = 0;
    QList<qint64> studentIds;
    ServiceType service = ServiceType::IndividualTraining;
    QString content;
    bool changed = false;
};

QString hhmm(const QTime &t) { return t.toString(u"HH:mm"_s); }

QString lessonText(const Lesson &l, const SessionNames &names)
{
    QStringList students;
    for (qint64 id : l.studentIds)
        students << names.students.value(id);
    const QString what = l.content.trimmed().isEmpty() ? serviceTypeChinese(l.service) : l.content.trimmed();
    // Three lines a lesson, so that the week fits one landscape page.
    return hhmm(l.start) + u"—"_s + hhmm(l.end) + u" "_s + students.join(u"、"_s) + (l.changed ? u"（调课）"_s : QString())
        + u"\n"_s + what + u"\n"_s + names.staff.value(l.instructorId) + u" · "_s + names.rooms.value(l.roomId);
}

QString shortDate(const QDate &d) { return u"%1月%2日"_s.arg(d.month()).arg(d.day()); }

FormTable coverageTable(const QList<StudentCoverage> &coverage)
{
    FormTable table;
    table.caption = u"学生每周训练时间（个别化教育计划要求与排课对照）"_s;
    table.headers = {u"序号"_s, u"学生"_s, u"训练项目"_s, u"计划要求（分钟/周）"_s, u"已排课（分钟/周）"_s, u"对照"_s};
    table.columnWeights = {12, 40, 50, 45, 45, 65};
    table.compact = true;
    int number = 0;
    for (const StudentCoverage &student : coverage) {
        bool first = true;
        for (const ServiceCoverage &s : student.services) {
            if (s.requiredMinutes == 0 && s.scheduledMinutes == 0)
                continue;
            const QString check = s.shortfall() ? u"不足%1分钟"_s.arg(s.missingMinutes())
                                                : s.requiredMinutes == 0 ? u"计划外"_s : u"满足"_s;
            table.rows.append({first ? QString::number(++number) : QString(), first ? student.studentName : QString(),
                               serviceTypeChinese(s.service), QString::number(s.requiredMinutes),
                               QString::number(s.scheduledMinutes), check});
            first = false;
        }
    }
    return table;
}

} // namespace

Result<FormDocument> buildTimetableForm(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "No data file is open."));
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    const auto semester = requestedSemester(context);
    if (!semester)
        return semester.error();
    const qint64 semesterId = semester->id;
    const std::optional<int> week = context.request.teachingWeek;
    if (week && (*week < 1 || *week > teachingWeekCount(*semester)))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "%1 has teaching weeks 1 to %2; there is no week %3.")
                             .arg(semester->name)
                             .arg(teachingWeekCount(*semester))
                             .arg(*week));

    const TimetableRepository timetable(context.db);
    // The whole-semester table is the timetable in effect on the form's day:
    // slots that ended are history, slots that start later are not yet there.
    const QDate inEffect = std::clamp(formToday(context), semester->start, semester->end);
    auto slotList = timetable.slotsOf(semesterId);
    if (!slotList)
        return slotList.error();
    QList<TimetableSlot> current = *slotList;
    current.removeIf([&](const TimetableSlot &s) { return !s.validOn(inEffect); });
    QList<Lesson> lessons;
    if (week) {
        const auto occurrences = timetable.occurrencesOfWeek(semesterId, *week);
        if (!occurrences)
            return occurrences.error();
        for (const SlotOccurrence &o : *occurrences)
            lessons.append({o.date.dayOfWeek(), o.start, o.end, o.roomId, o.instructorId, o.studentIds, o.service,
                            o.content, o.changed});
    } else {
        for (const TimetableSlot &s : std::as_const(current))
            lessons.append({s.weekday, s.start, s.end, s.roomId, s.instructorId, s.studentIds, s.service, s.content, false});
    }
    const auto readNames = trainingctx::sessionNames(*context.db);
    if (!readNames)
        return readNames.error();
    const SessionNames &names = *readNames;
    QStringList notes;
    for (const TimetableSlot &s : std::as_const(current)) {
        if (s.protectedClass.trimmed().isEmpty())
            continue;
        QStringList students;
        for (qint64 id : s.studentIds)
            students << names.students.value(id);
        notes << u"%1%2 %3—%4 占用%5"_s.arg(students.join(u"、"_s), weekdayChinese(s.weekday), hhmm(s.start), hhmm(s.end),
                                              s.protectedClass.trimmed());
    }

    int lastDay = 5;
    for (const Lesson &l : lessons)
        lastDay = std::max(lastDay, l.weekday);
    const QDate monday = week ? weekStart(*semester, *week) : QDate();
    FormTable table;
    table.headers << u"时间"_s;
    for (int day = 1; day <= lastDay; ++day) {
        QString head = weekdayChinese(day);
        if (week) {
            const QDate date = monday.addDays(day - 1);
            head += u"\n"_s + shortDate(date);
            if (!semester->contains(date))
                head += u"（不在学期内）"_s;
            else if (isHoliday(*semester, date))
                for (const CalendarDay &d : semester->days)
                    if (!d.isWorkday && date >= d.first && date <= d.last)
                        head += u"（"_s + d.name + u"）"_s;
        }
        table.headers << head;
    }
    // 257 mm across: a narrow time column, the days sharing the rest.
    table.columnWeights << 17;
    for (int day = 1; day <= lastDay; ++day)
        table.columnWeights << (257.0 - 17) / lastDay;
    table.compact = true;
    QMap<QTime, QMap<int, QStringList>> grid;
    for (const Lesson &l : lessons)
        grid[l.start][l.weekday] << lessonText(l, names);
    for (auto row = grid.cbegin(); row != grid.cend(); ++row) {
        QStringList cells{(row.key() < QTime(12, 0) ? u"上午\n"_s : u"下午\n"_s) + hhmm(row.key())};
        for (int day = 1; day <= lastDay; ++day)
            cells << row.value().value(day).join(u"\n\n"_s);
        table.rows.append(cells);
    }
    if (table.rows.isEmpty())
        table.minRows = 4;

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"个别化训练周课表"_s;
    const QString weekText = week ? u"第%1周（%2—%3）"_s.arg(*week).arg(shortDate(monday), shortDate(monday.addDays(6)))
                                  : u"全学期（第1—%1周）"_s.arg(teachingWeekCount(*semester));
    doc.runningHead = u"个别化训练周课表（%1 %2）"_s.arg(semester->name, weekText);
    doc.header = {{u"学校"_s, profile->schoolName}, {u"学期"_s, semester->name}, {u"周次"_s, weekText}};
    doc.add(table, 4);
    if (!notes.isEmpty())
        doc.add(Paragraph{u"注："_s + notes.join(u"；"_s) + u"。"_s, Paragraph::Style::Note}, 2);

    const CoverageReport coverage(context.db);
    const auto covered = week ? coverage.forWeek(semesterId, *week) : coverage.forSemester(semesterId, inEffect);
    if (!covered)
        return covered.error();
    const FormTable minutes = coverageTable(*covered);
    if (!minutes.rows.isEmpty())
        doc.add(minutes, 6);
    doc.add(SignatureBlock{{u"资源教师"_s, u"教导处"_s}, formDate(formToday(context)), u"制表日期"_s, true}, 6);
    return doc;
}

} // namespace rr
