#include "inspection/InspectionProblemModel.h"
#include "calendar/ScreenDate.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace rr {

InspectionProblemModel::InspectionProblemModel(QObject *parent) : QAbstractTableModel(parent) {}

void InspectionProblemModel::setResult(const InspectionResult &result)
{
    beginResetModel();
    m_problems = result.problems + result.resolved;
    endResetModel();
}

int InspectionProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int InspectionProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InspectionProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const InspectionProblem &p = m_problems.at(index.row());
    switch (role) {
    case SessionIdRole: return p.sessionId;
    case StatusRole: return int(p.status);
    case Qt::ForegroundRole:
        if (index.column() != Status)
            return {};
        switch (p.status) {
        case ProblemStatus::Open: return QBrush(QColor(0xb4, 0x53, 0x09));
        case ProblemStatus::Repeated: return QBrush(QColor(0xb9, 0x1c, 0x1c));
        case ProblemStatus::Resolved: return QBrush(QColor(0x1d, 0x5b, 0x34));
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Kind: return problemKindLabel(p.kind);
    case Student: return p.studentName;
    case Instructor: return p.instructorName;
    case Date: return screenDate(p.date);
    case Message: return p.message;
    case Status: return problemStatusLabel(p.status);
    default: return {};
    }
}

QVariant InspectionProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Problem");
    case Student: return tr("Student");
    case Instructor: return tr("Instructor");
    case Date: return tr("Date");
    case Message: return tr("Details");
    case Status: return tr("Status");
    default: return {};
    }
}

} // namespace rr
