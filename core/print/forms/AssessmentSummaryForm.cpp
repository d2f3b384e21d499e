#include "print/forms/AssessmentSummaryForm.h"

#include "assessment/AssessmentRepository.h"
#include "assessment/Interpretation.h"
#include "calendar/ChineseDate.h"
#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "iep/IepRepository.h"
#include "iep/IepVocabulary.h"
#include "roster/SemesterRoster.h"
#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"

#include <QCoreApplication>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

FieldGrid studentGrid(const Student &s, const QDate &ageDate)
{
    using C = GridCell;
    const bool hasAge = s.birthDate.isValid() && ageDate.isValid() && s.birthDate <= ageDate;
    FieldGrid grid;
    grid.columnWeights = {20, 32, 20, 34, 22, 36};
    grid.minRowHeightMm = 8;
    grid.rows = {
        {C::label(u"学生姓名"_s), C::value(s.name), C::label(u"性别"_s), C::value(genderChinese(s.gender)),
         C::label(u"年龄"_s), C::value(hasAge ? ageText(ageAt(s.birthDate, ageDate)) : QString())},
        {C::label(u"年级班级"_s), C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className),
         C::label(u"出生日期"_s), C::value(formDate(s.birthDate)), C::label(u"班主任"_s), C::value(s.headTeacherName)},
        {C::label(u"障碍类别"_s), C::value(needsChinese(s.needs, false), 5)},
    };
    return grid;
}

} // namespace

QList<Assessment> assessmentsOfSchoolYear(const QList<Assessment> &assessments, int schoolYear)
{
    const QDate first(schoolYear, 9, 1);
    const QDate last(schoolYear + 1, 8, 31);
    QList<Assessment> list;
    for (const Assessment &a : assessments)
        if (a.date >= first && a.date <= last)
            list.append(a);
    std::stable_sort(list.begin(), list.end(), [](const Assessment &a, const Assessment &b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    return list;
}

Result<FormDocument> buildAssessmentSummaryForm(const FormContext &context)
{
    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    const auto semester = requestedSemester(context);
    if (!semester)
        return semester.error();
    const auto stored = AssessmentRepository(context.db).forStudent(student->id);
    if (!stored)
        return stored.error();
    // Every assessment on file, oldest school year first: the summary is
    // what the archive keeps of the student's assessments, not one year's.
    QList<int> years;
    for (const Assessment &a : *stored)
        if (a.date.isValid() && !years.contains(schoolYearOf(a.date)))
            years.append(schoolYearOf(a.date));
    std::sort(years.begin(), years.end());
    // 教育建议: what the IEP team decided from the assessments — the
    // accommodations (调整与支持) of the student's plan of this semester,
    // else of the latest plan. A resource teacher writes the recommendations of the
    // assessment report into the IEP, so the plan holds them once; the
    // assessment record has no field of its own for them.
    const auto plans = IepRepository(context.db).forStudent(student->id);
    if (!plans)
        return plans.error();
    // The requested semester's plan, else the latest (oldest semester first) that has any.
    const Iep *plan = nullptr;
    for (const Iep &iep : *plans)
        if (!iep.content.accommodations.isEmpty() && (!plan || plan->semesterId != semester->id))
            plan = &iep;
    QStringList advice;
    if (plan)
        for (const IepAccommodation &a : plan->content.accommodations)
            if (!a.text.trimmed().isEmpty())
                advice << u"%1. 【%2】%3"_s.arg(advice.size() + 1).arg(accommodationKindChinese(a.kind), a.text.trimmed());

    const QString span = years.isEmpty() ? schoolYearName(semester->schoolYear)
                       : years.size() == 1 ? schoolYearName(years.first())
                                           : schoolYearName(years.first()) + u"至"_s + schoolYearName(years.last());
    FormDocument doc;
    doc.title = u"评估报告摘要"_s;
    doc.header = {{u"学校"_s, profile->schoolName}, {u"学年"_s, span}, {u"填表日期"_s, formDate(formToday(context))}};
    doc.runningHead = u"评估报告摘要（%1 %2）"_s.arg(student->name, span);
    doc.add(studentGrid(*student, std::min(formToday(context), semester->end)));

    QStringList conclusions;
    int number = 0;
    bool first = true;
    for (int year : std::as_const(years)) {
        const QList<Assessment> assessments = assessmentsOfSchoolYear(*stored, year);
        FormTable table;
        table.caption = u"%1评估记录"_s.arg(schoolYearName(year));
        table.headers = {u"序号"_s, u"评估日期"_s, u"评估工具"_s, u"评估人"_s, u"主要结果"_s, u"等级"_s};
        table.columnWeights = {0.65, 1.75, 2.1, 0.95, 2.75, 1.3};
        for (const Assessment &a : assessments) {
            const QString band = resultBand(a.instrument, a.results);
            table.rows.append({QString::number(++number), formDate(a.date), instrumentChinese(a.instrument), a.assessor,
                               resultValuesText(a.instrument, a.results), band.isEmpty() ? u"—"_s : band});
            const QString conclusion = a.conclusion.trimmed().isEmpty() ? interpretResults(a.instrument, a.results)
                                                                        : a.conclusion.trimmed();
            conclusions << u"%1. %2（%3）：%4"_s.arg(number).arg(instrumentChinese(a.instrument), formDate(a.date), conclusion);
        }
        doc.add(table, first ? 0 : 3);
        first = false;
    }
    if (years.isEmpty()) {
        FormTable table;
        table.caption = u"评估记录"_s;
        table.headers = {u"序号"_s, u"评估日期"_s, u"评估工具"_s, u"评估人"_s, u"主要结果"_s, u"等级"_s};
        table.columnWeights = {0.65, 1.75, 2.1, 0.95, 2.75, 1.3};
        table.minRows = 3;
        doc.add(table, 0);
    }

    constexpr double headingMm = 20;
    doc.add(TextSection{u"评估结论"_s, conclusions.join(u'\n'), 5, headingMm}, 0);
    doc.add(TextSection{u"教育建议"_s, advice.join(u'\n'), 5, headingMm}, 0);
    doc.add(SignatureBlock{{u"评估人"_s, u"资源教师"_s}}, 8);
    doc.add(Paragraph{u"说明：评估原始报告存入学生个人档案；本摘要内容涉及未成年人敏感个人信息，不得外传。"_s,
                      Paragraph::Style::Note},
            4);
    return doc;
}

} // namespace rr
