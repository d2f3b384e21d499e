#include "print/forms/RosterForm.h"

#include "calendar/ChineseDate.h"
#include "calendar/SemesterRepository.h"
#include "print/forms/FormSupport.h"
#include "roster/SemesterRoster.h"
#include "school/SettingsRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

FormTable studentTable(const QList<SemesterRosterEntry> &entries, const QString &stateHeader)
{
    FormTable table;
    table.headers = {u"序号"_s, u"姓名"_s, u"性别"_s, u"出生日期"_s, u"民族"_s, u"年级"_s, u"班级"_s,
                     u"残疾类别及等级"_s, u"安置方式"_s, stateHeader, u"班主任"_s, u"家长"_s, u"联系电话"_s};
    // Millimetres of the 257 mm landscape column, measured for the 9 pt
    // font: every header and value on one line (names of eight characters
    // such as 阿依古丽·努尔兰, 2014年10月30日, 注意缺陷多动障碍, an 11-digit phone
    // number, the confirmation date as 2025.10.25). One line a row keeps a
    // school's few dozen students and the signatures on few sheets.
    table.columnWeights = {9.5, 29, 9.5, 27, 16, 13, 10.5, 28.5, 16.5, 22.5, 29, 23, 23};
    table.compact = true;
    int number = 0;
    for (const SemesterRosterEntry &entry : entries) {
        const Student &s = entry.student;
        const Guardian contact = contactGuardian(s);
        // Confirmed students show since when; the others where their application stands.
        // The date in the short form tables use, so that it keeps to one line.
        QString state = entry.state == LrcState::Confirmed ? entry.since.toString(u"yyyy.MM.dd"_s)
                                                           : lrcStateChinese(entry.state);
        if (entry.revokedOn.isValid())
            state += u"\n%1月%2日撤销"_s.arg(entry.revokedOn.month()).arg(entry.revokedOn.day());
        table.rows.append({QString::number(++number), s.name, genderChinese(s.gender), formDate(s.birthDate),
                           s.ethnicity, s.grade > 0 ? chineseGrade(s.grade) : QString(), s.className,
                           needsChinese(s.needs, false), placementChinese(s.placement), state, s.headTeacherName,
                           contact.name, contact.phone});
    }
    return table;
}

} // namespace

Result<FormDocument> buildRosterForm(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "No data file is open."));
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    // The roster prints without a semester too: the line is left blank and
    // the students are those confirmed today.
    const auto semester = requestedSemester(context);
    if (!semester && (context.request.semesterId || semester.error().code != ErrorCode::NotFound))
        return semester.error();
    const QDate today = formToday(context);
    Semester asOf;
    if (semester)
        asOf = *semester;
    else {
        asOf.end = today;
        asOf.schoolYear = schoolYearOf(today);
    }
    const auto roster = semesterRoster(context.db, asOf, today);
    if (!roster)
        return roster.error();
    const FormTable confirmed = studentTable(roster->confirmed, u"确认日期"_s);

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"随班就读学生花名册"_s;
    doc.header = {{u"学校"_s, profile->schoolName},
                  {u"学期"_s, semester ? semester->name : QString()},
                  {u"人数"_s, u"%1人"_s.arg(confirmed.rows.size())}};
    if (!profile->district.trimmed().isEmpty())
        doc.header.prepend({u"区（县）"_s, profile->district});
    doc.add(confirmed, 4);
    if (!roster->inProgress.isEmpty()) {
        FormTable pending = studentTable(roster->inProgress, u"认定状态"_s);
        pending.caption = u"附：认定中的学生（尚未经中心确认，不计入人数）"_s;
        doc.add(pending, 6);
    }
    doc.add(SignatureBlock{{u"填表人"_s, u"学校负责人"_s}, formDate(today), u"填报日期"_s, true}, 6);
    doc.add(Paragraph{u"说明：名册所列为本学期经特殊教育资源中心确认的随班就读学生，年级为该学期所在年级；本名册含未成年人敏感个人信息，仅供随班就读工作使用，妥善保管，不得外传。"_s,
                      Paragraph::Style::Note},
            3);
    return doc;
}

} // namespace rr
