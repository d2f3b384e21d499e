#include "print/FormRegistry.h"

#include "print/forms/AssessmentSummaryForm.h"
#include "print/forms/FamilyHistoryForm.h"
#include "print/forms/IepForm.h"
#include "print/forms/IepMeetingForm.h"
#include "print/forms/LrcApplicationForm.h"
#include "print/forms/ProgressForm.h"
#include "print/forms/RosterForm.h"
#include "print/forms/StudentInfoForm.h"
#include "print/forms/TrainingRecordForm.h"
#include "print/forms/RoomUsageForm.h"
#include "print/forms/RoomRulesForm.h"
#include "print/forms/TimetableForm.h"
#include "print/forms/InspectionForm.h"
#include "print/forms/HomeVisitForm.h"
#include "print/forms/ContactsForm.h"
#include "print/forms/CounsellingForm.h"
#include "print/forms/LedgerForm.h"
#include "print/forms/LedgerLoansForm.h"
#include "print/forms/LedgerMaintenanceForm.h"
#include "print/forms/LedgerScrapForm.h"
#include "print/forms/LedgerMedicineForm.h"
#include "print/forms/LedgerStocktakeForms.h"

#include "security/Policy.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "print/forms/SchoolWorkForms.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Everybody a form may name: every student and staff member, and the
// requested student's guardians. The layout keeps each name on one line.
Result<QStringList> personNames(const FormContext &context)
{
    QStringList names;
    if (!context.db)
        return names;
    const auto students = StudentRepository(context.db).summaries();
    if (!students)
        return students.error();
    for (const StudentSummary &s : *students)
        names.append(s.name);
    const auto staff = StaffRepository(context.db).all();
    if (!staff)
        return staff.error();
    for (const StaffMember &m : *staff)
        names.append(m.name);
    if (context.request.studentId) {
        const auto student = StudentRepository(context.db).byId(*context.request.studentId);
        if (!student)
            return student.error();
        for (const Guardian &g : student->guardians)
            names.append(g.name);
    }
    names.removeAll(QString());
    names.removeDuplicates();
    return names;
}

// Every form's build, after the policy's word on the form (security/Policy.h)
// and followed by the names its layout keeps whole.
QList<FormSpec> withPersonNames(QList<FormSpec> forms)
{
    for (FormSpec &form : forms) {
        form.build = [build = form.build, id = form.id](const FormContext &context) -> Result<FormDocument> {
            if (context.db)
                if (auto allowed = Policy(context.db->principal()).checkPrintForm(id); !allowed)
                    return allowed.error();
            auto document = build(context);
            if (!document)
                return document;
            auto names = personNames(context);
            if (!names)
                return names.error();
            document->personNames += *names;
            return document;
        };
    }
    return forms;
}

} // namespace

const QList<FormSpec> &allForms()
{
    static const QList<FormSpec> forms = withPersonNames({
        {u"student-info"_s, u"学生基本情况登记表"_s, FormScope::Student, buildStudentInfoForm},
        {u"lrc-application"_s, u"随班就读学生申报确认表"_s, FormScope::Student, buildLrcApplicationForm},
        {u"family-history"_s, u"家庭情况及成长史"_s, FormScope::Student, buildFamilyHistoryForm},
        {u"roster"_s, u"随班就读学生花名册"_s, FormScope::Semester, buildRosterForm},
        {u"iep"_s, u"个别化教育计划表"_s, FormScope::StudentSemester, buildIepForm},
        {u"iep-meeting"_s, u"IEP研讨记录"_s, FormScope::StudentSemester, buildIepMeetingForm},
        {u"progress"_s, u"目标监测记录（进步曲线）"_s, FormScope::StudentSemester, buildProgressForm},
        {u"assessment-summary"_s, u"评估报告摘要"_s, FormScope::StudentSemester, buildAssessmentSummaryForm},
        {u"training-record"_s, u"个别化训练记录表"_s, FormScope::StudentPeriod, buildTrainingRecordForm},
        {u"room-usage"_s, u"资源教室使用登记表"_s, FormScope::RoomPeriod, buildRoomUsageForm},
        {u"room-rules"_s, u"功能室管理制度（张贴）"_s, FormScope::Room, buildRoomRulesForm},
        {u"timetable"_s, u"个别化训练周课表"_s, FormScope::SemesterWeek, buildTimetableForm},
        {u"inspection"_s, u"个别化训练记录检查反馈表"_s, FormScope::Inspection, buildInspectionForm},
        {u"home-visit"_s, u"家访记录表"_s, FormScope::StudentSemester, buildHomeVisitForm},
        {u"contacts"_s, u"家校联系记录表"_s, FormScope::StudentSemester, buildContactsForm},
        {u"counselling"_s, u"心理辅导记录表"_s, FormScope::StudentSemester, buildCounsellingForm},
        {u"guidance-visit"_s, u"巡回指导记录表"_s, FormScope::Semester, buildGuidanceVisitForm},
        {u"research"_s, u"教研活动记录表"_s, FormScope::Semester, buildResearchForm},
        {u"inclusion"_s, u"普特融合活动记录"_s, FormScope::Semester, buildInclusionForm},
        {u"funding"_s, u"经费投入登记表"_s, FormScope::Semester, buildFundingForm},
        {u"leadership"_s, u"随班就读工作领导小组名单"_s, FormScope::School, buildLeadershipForm},
        {u"school-archive-index"_s, u"学校档案目录"_s, FormScope::Semester, buildSchoolArchiveIndexForm},
        {u"ledger"_s, u"物资管理台账"_s, FormScope::School, buildLedgerForm},
        {u"loans"_s, u"借用登记表"_s, FormScope::School, buildLedgerLoansForm},
        {u"maintenance"_s, u"设备维修保养记录"_s, FormScope::School, buildLedgerMaintenanceForm},
        {u"scrap"_s, u"报废申请表"_s, FormScope::School, buildLedgerScrapForm},
        {u"stocktake"_s, u"盘点表"_s, FormScope::School, buildStocktakeSheetForm},
        {u"stocktake-report"_s, u"盘点差异报告"_s, FormScope::School, buildStocktakeReportForm},
        {u"medicine"_s, u"药品登记表"_s, FormScope::School, buildLedgerMedicineForm},
    });
    return forms;
}

const FormSpec *findForm(const QString &id)
{
    for (const FormSpec &form : allForms())
        if (form.id == id)
            return &form;
    return nullptr;
}

} // namespace rr
