#include "print/forms/RosterForm.h"

#include "calendar/ChineseDate.h"
#include "calendar/SemesterRepository.h"
#include "print/forms/FormSupport.h"
#include "roster/Roster.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

Result<FormTable> studentTable(const std::shared_ptr<Database> &db)
{
    FormTable table;
    table.headers = {u"序号"_s, u"姓名"_s, u"性别"_s, u"出生日期"_s, u"民族"_s, u"年级"_s, u"班级"_s,
                     u"残疾类别及等级"_s, u"安置方式"_s, u"认定状态"_s, u"班主任"_s, u"家长"_s, u"联系电话"_s};
    // Millimetres of the 257 mm landscape column, measured for the 9 pt
    // font: every header and value on one line (names of eight characters
    // such as 阿依古丽·努尔兰, 2014年10月30日, 注意缺陷多动障碍, an 11-digit phone
    // number). One line a row keeps a school's few dozen students and the
    // signatures on few sheets.
    table.columnWeights = {9.5, 29, 9.5, 27, 16, 13, 10.5, 28.5, 16.5, 16.5, 29, 29, 23};
    table.compact = true;
    const auto roster = loadRoster(db);
    if (!roster)
        return roster.error();
    const StudentRepository students(db);
    int number = 0;
    for (const RosterEntry &entry : *roster) {
        const auto s = students.byId(entry.student.id);
        if (!s)
            return s.error();
        const Guardian contact = contactGuardian(*s);
        table.rows.append({QString::number(++number), s->name, genderChinese(s->gender), formDate(s->birthDate),
                           s->ethnicity, s->grade > 0 ? chineseGrade(s->grade) : QString(), s->className,
                           needsChinese(s->needs, false), placementChinese(s->placement),
                           lrcStateChinese(entry.lrcState), entry.headTeacher, contact.name, contact.phone});
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
    // The roster prints without a semester too: the line is left blank.
    const auto semester = requestedSemester(context);
    if (!semester && (context.request.semesterId || semester.error().code != ErrorCode::NotFound))
        return semester.error();
    const auto table = studentTable(context.db);
    if (!table)
        return table.error();

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"随班就读学生花名册"_s;
    doc.header = {{u"学校"_s, profile->schoolName},
                  {u"学期"_s, semester ? semester->name : QString()},
                  {u"人数"_s, u"%1人"_s.arg(table->rows.size())}};
    if (!profile->district.trimmed().isEmpty())
        doc.header.prepend({u"区（县）"_s, profile->district});
    doc.add(*table, 4);
    doc.add(SignatureBlock{{u"填表人"_s, u"学校负责人"_s}, formDate(formToday(context)), u"填报日期"_s, true}, 6);
    doc.add(Paragraph{u"说明：本名册含未成年人敏感个人信息，仅供随班就读工作使用，妥善保管，不得外传。"_s,
                      Paragraph::Style::Note},
            3);
    return doc;
}

} // namespace rr
