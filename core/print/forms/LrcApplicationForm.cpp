#include "print/forms/LrcApplicationForm.h"

#include "assessment/AssessmentRepository.h"
#include "assessment/Interpretation.h"
#include "lrc/LrcRepository.h"
#include "print/forms/FormSupport.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

#include <optional>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Wide enough for （指导中心） on one line; every block's label column lines up.
constexpr double labelColumnMm = 26;

// The steps of the latest application: a family may apply again after
// 不予确认 or 撤销, and the form is about the application in hand.
QList<LrcEvent> latestApplication(const QList<LrcEvent> &history)
{
    for (qsizetype i = history.size() - 1; i >= 0; --i)
        if (history.at(i).step == LrcStep::Applied)
            return history.mid(i);
    return {};
}

std::optional<LrcEvent> stepOf(const QList<LrcEvent> &steps, std::initializer_list<LrcStep> wanted)
{
    for (const LrcEvent &event : steps)
        if (std::find(wanted.begin(), wanted.end(), event.step) != wanted.end())
            return event;
    return std::nullopt;
}

// The recorded date of a step, or the blank to date by hand.
QString dateLine(const std::optional<LrcEvent> &step)
{
    const QString date = step ? formDate(step->date) : QString();
    return u"日期："_s + (date.isEmpty() ? u"______年____月____日"_s : date);
}

FieldGrid basicGrid(const Student &s)
{
    using C = GridCell;
    const Guardian guardian = contactGuardian(s);
    QString address = guardian.address;
    for (const Guardian &g : s.guardians)
        if (address.isEmpty())
            address = g.address;
    const QString guardianText = guardian.name.isEmpty() || guardian.relation.isEmpty()
                                     ? guardian.name
                                     : u"%1（%2）"_s.arg(guardian.name, guardian.relation);
    FieldGrid grid;
    // Millimetres of the 170 mm portrait column: values hold a date such as
    // 2017年10月12日 on one line, the last column a one-inch photo.
    grid.columnWeights = {labelColumnMm, 27, 18, 24, 20, 30, 25};
    grid.rows = {
        {C::label(u"姓名"_s), C::value(s.name), C::label(u"性别"_s), C::value(genderChinese(s.gender)),
         C::label(u"出生日期"_s), C::value(formDate(s.birthDate)), C::photo(s.photo, 4)},
        {C::label(u"民族"_s), C::value(s.ethnicity), C::label(u"年级班级"_s),
         C::value(s.grade > 0 ? classText(s.grade, s.className) : s.className), C::label(u"安置方式"_s),
         C::value(placementChinese(s.placement))},
        {C::label(u"身份证号"_s), C::value(s.idNumber, 5)},
        {C::label(u"家庭住址"_s), C::value(address, 5)},
        {C::label(u"监护人"_s), C::value(guardianText, 3), C::label(u"联系电话"_s), C::value(guardian.phone, 2)},
        // Broken by hand: the column holds four characters a line.
        {C::label(u"残疾类别\n及等级"_s), C::value(needsChinese(s.needs, true), 6)},
        {C::label(u"残疾人证号"_s), C::value(s.certificateNumber.isEmpty() ? u"无"_s : s.certificateNumber, 6)},
    };
    return grid;
}

// The latest of `assessments` made with one of `instruments`.
std::optional<Assessment> latestOf(const QList<Assessment> &assessments, std::initializer_list<Instrument> instruments)
{
    std::optional<Assessment> latest;
    for (const Assessment &a : assessments)
        if (std::find(instruments.begin(), instruments.end(), a.instrument) != instruments.end()
            && (!latest || a.date >= latest->date))
            latest = a;
    return latest;
}

// 近一年评估情况: the intelligence test and the adaptive-behaviour scale of
// the year before the application, from the assessments on file. Cells stay
// blank for what is not on file (written in by hand from a report that goes
// with the form).
FieldGrid assessmentGrid(const QList<Assessment> &pastYear)
{
    using C = GridCell;
    const auto iq = latestOf(pastYear, {Instrument::Wisc4, Instrument::Crt});
    const auto adaptive = latestOf(pastYear, {Instrument::AdaptiveBehaviour, Instrument::SocialLife});
    QString iqValue;
    if (iq) {
        const QVariant value = iq->results.value(iq->instrument == Instrument::Wisc4 ? u"fsiq"_s : u"iq"_s);
        if (value.isValid())
            iqValue = QString::number(value.toDouble(), 'g', 4) + u"（"_s + resultBand(iq->instrument, iq->results) + u"）"_s;
    }
    QStringList assessors;
    QStringList dates;
    QStringList conclusions;
    for (const auto &a : {iq, adaptive}) {
        if (!a)
            continue;
        if (!a->assessor.trimmed().isEmpty() && !assessors.contains(a->assessor.trimmed()))
            assessors << a->assessor.trimmed();
        if (!dates.contains(formDate(a->date)))
            dates << formDate(a->date);
        const QString words = a->conclusion.trimmed().isEmpty() ? interpretResults(a->instrument, a->results)
                                                                 : a->conclusion.trimmed();
        conclusions << instrumentChinese(a->instrument) + u"："_s + words;
    }
    FieldGrid grid;
    grid.columnWeights = {labelColumnMm, 22, 38, 22, 62};
    grid.rows = {
        {C{C::Kind::Label, u"近一年\n评估情况"_s, 1, 5, {}}, C::label(u"评估机构"_s), C::value(assessors.join(u"、"_s)),
         C::label(u"评估日期"_s), C::value(dates.join(u"、"_s))},
        {C::label(u"智力测验"_s), C::value(iq ? instrumentChinese(iq->instrument) : QString()), C::label(u"智商（IQ）"_s),
         C::value(iqValue)},
        {C::label(u"适应行为"_s), C::value(adaptive ? instrumentChinese(adaptive->instrument) : QString()),
         C::label(u"评估结果"_s), C::value(adaptive ? resultBand(adaptive->instrument, adaptive->results) : QString())},
        {C::label(u"评估结论"_s), C::value(conclusions.join(u"\n"_s), 3)},
        {C::label(u"附件"_s), C::value(u"□ 附检测证明　　　□ 附残疾人证复印件"_s, 3)},
    };
    return grid;
}

QString centreOpinion(const std::optional<LrcEvent> &decision)
{
    if (!decision)
        return {};
    // 不予确认 carries its reason; either decision may carry a note.
    const QString words = QStringList{decision->reason.trimmed(), decision->note.trimmed()}.join(u' ').trimmed();
    // Only what the centre wrote: the box is theirs, for a hand-written
    // opinion when nothing was recorded (the recorded step is not their words).
    return words;
}

} // namespace

FormDocument lrcApplicationDocument(const Student &s, const QList<LrcEvent> &history, const QString &schoolName,
                                    const QString &district, const QDate &today, const QList<Assessment> &assessments)
{
    const QList<LrcEvent> steps = latestApplication(history);
    const auto applied = stepOf(steps, {LrcStep::Applied});
    // The year before the application (before the form's day while none is recorded).
    const QDate asOf = applied && applied->date.isValid() ? applied->date : today;
    QList<Assessment> pastYear;
    for (const Assessment &a : assessments)
        if (a.date.isValid() && a.date <= asOf && a.date > asOf.addYears(-1))
            pastYear.append(a);
    const auto school = stepOf(steps, {LrcStep::SchoolOpinion});
    const auto centre = stepOf(steps, {LrcStep::Confirmed, LrcStep::NotConfirmed});

    FormDocument doc;
    doc.title = u"随班就读学生申报确认表"_s;
    if (!district.trimmed().isEmpty())
        doc.header.append({u"区（县）"_s, district});
    doc.header += {{u"学校"_s, schoolName}, {u"填表日期"_s, formDate(today)}};
    doc.runningHead = u"随班就读学生申报确认表（%1）"_s.arg(s.name);

    doc.add(basicGrid(s), 4);
    // One continuous form: each block joins the one above.
    doc.add(assessmentGrid(pastYear), 0);
    doc.add(TextSection{u"家长申请\n理由"_s, applied ? applied->note : QString(), 3, labelColumnMm,
                        u"家长签名：________________　　"_s + dateLine(applied)},
            0);
    doc.add(TextSection{u"学校意见"_s, school ? school->note : QString(), 3, labelColumnMm,
                        u"校长签名：________________　　（学校盖章）\n"_s + dateLine(school)},
            0);
    doc.add(TextSection{u"特殊教育\n资源中心\n（指导中心）\n意见"_s, centreOpinion(centre), 3, labelColumnMm,
                        u"负责人签名：________________　　（中心盖章）\n"_s + dateLine(centre)},
            0);
    doc.add(Paragraph{u"注：本表一式三份，学校、教育局、家长各存一份。评估报告或残疾人证复印件附后。"_s,
                      Paragraph::Style::Note},
            3);
    return doc;
}

Result<FormDocument> buildLrcApplicationForm(const FormContext &context)
{
    auto student = requestedStudent(context);
    if (!student)
        return student.error();
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    const auto history = LrcRepository(context.db).history(student->id);
    if (!history)
        return history.error();
    const auto assessments = AssessmentRepository(context.db).forStudent(student->id);
    if (!assessments)
        return assessments.error();
    return lrcApplicationDocument(*student, standingSteps(*history), profile->schoolName, profile->district,
                                  formToday(context), *assessments);
}

} // namespace rr
