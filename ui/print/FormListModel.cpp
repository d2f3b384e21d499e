#include "print/FormListModel.h"

namespace rr {

bool scopeNeedsStudent(FormScope scope)
{
    return scope == FormScope::Student || scope == FormScope::StudentSemester || scope == FormScope::StudentPeriod;
}

bool scopeNeedsSemester(FormScope scope)
{
    return scope == FormScope::Semester || scope == FormScope::StudentSemester || scope == FormScope::SemesterWeek;
}

bool scopeNeedsRoom(FormScope scope)
{
    return scope == FormScope::Room || scope == FormScope::RoomPeriod;
}

bool scopeNeedsPeriod(FormScope scope)
{
    return scope == FormScope::RoomPeriod || scope == FormScope::StudentPeriod || scope == FormScope::Inspection;
}

FormListModel::FormListModel(QObject *parent) : QAbstractTableModel(parent) {}

void FormListModel::setForms(QList<FormSpec> forms)
{
    beginResetModel();
    m_forms = std::move(forms);
    endResetModel();
}

QString FormListModel::scopeText(FormScope scope)
{
    switch (scope) {
    case FormScope::School: return tr("The school");
    case FormScope::Student: return tr("One student");
    case FormScope::Semester: return tr("One semester");
    case FormScope::StudentSemester: return tr("One student in one semester");
    case FormScope::Room: return tr("One room");
    case FormScope::RoomPeriod: return tr("One room over a period");
    case FormScope::StudentPeriod: return tr("One record, or a student's records over a period");
    case FormScope::SemesterWeek: return tr("One semester or one of its weeks");
    case FormScope::Inspection: return tr("A saved inspection, or a period to inspect");
    }
    return {};
}

int FormListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_forms.size());
}

int FormListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FormListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FormSpec &form = m_forms.at(index.row());
    if (role == RecordRole)
        return QVariant::fromValue(form);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Title: return form.title;
    case Scope: return scopeText(form.scope);
    case Id: return form.id;
    default: return {};
    }
}

QVariant FormListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Title: return tr("Form");
    case Scope: return tr("For");
    case Id: return tr("Id");
    default: return {};
    }
}

} // namespace rr
