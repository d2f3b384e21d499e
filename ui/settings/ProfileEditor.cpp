#include "settings/ProfileEditor.h"

#include <QFormLayout>
#include <QLineEdit>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ProfileEditor::ProfileEditor(QWidget *parent) : QWidget(parent)
{
    auto makeEdit = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setMaxLength(80);
        return edit;
    };
    m_school = makeEdit(u"schoolName"_s, tr("e.g. the full name on the school's seal"));
    m_teacher = makeEdit(u"teacherName"_s, QString());
    m_district = makeEdit(u"district"_s, tr("Optional"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("School"), m_school);
    form->addRow(tr("Resource teacher"), m_teacher);
    form->addRow(tr("District"), m_district);
}

void ProfileEditor::setProfile(const SchoolProfile &profile)
{
    m_school->setText(profile.schoolName);
    m_teacher->setText(profile.teacherName);
    m_district->setText(profile.district);
}

SchoolProfile ProfileEditor::profile(const SchoolProfile &base) const
{
    SchoolProfile p = base;
    p.schoolName = m_school->text().trimmed();
    p.teacherName = m_teacher->text().trimmed();
    p.district = m_district->text().trimmed();
    return p;
}

} // namespace rr
