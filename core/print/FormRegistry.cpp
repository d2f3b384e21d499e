#include "print/FormRegistry.h"

#include "print/forms/StudentInfoForm.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

const QList<FormSpec> &allForms()
{
    static const QList<FormSpec> forms = {
        {u"student-info"_s, u"学生基本情况登记表"_s, FormScope::Student, buildStudentInfoForm},
    };
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
