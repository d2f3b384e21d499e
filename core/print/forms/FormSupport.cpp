#include "print/forms/FormSupport.h"

#include "calendar/ChineseDate.h"
#include "calendar/SemesterRepository.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<Student> requestedStudent(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "No data file is open."));
    if (!context.request.studentId)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "Choose the student whose form is to be printed."));
    return StudentRepository(context.db).byId(*context.request.studentId);
}

Result<Semester> requestedSemester(const FormContext &context)
{
    if (!context.db)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Print", "No data file is open."));
    return SemesterRepository(context.db).resolve(context.request.semesterId,
                                                  *(context.clock ? context.clock : systemClock()));
}

QDate formToday(const FormContext &context)
{
    return (context.clock ? context.clock : systemClock())->today();
}

QString formDate(const QDate &date)
{
    return date.isValid() ? chineseDate(date) : QString();
}

Guardian contactGuardian(const Student &student)
{
    for (const Guardian &g : student.guardians)
        if (g.isContact)
            return g;
    return student.guardians.isEmpty() ? Guardian{} : student.guardians.constFirst();
}

QString needsChinese(const QList<Need> &needs, bool withNotes)
{
    QStringList parts;
    for (const Need &need : needs) {
        const QString note = withNotes ? need.note.trimmed() : QString();
        parts.append(needTextChinese(need) + (note.isEmpty() ? QString() : u"（"_s + note + u"）"_s));
    }
    return parts.join(u"；"_s);
}

} // namespace rr
