#include "training/TrainingWarningModel.h"
#include "calendar/ScreenDate.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace rr {

TrainingWarningModel::TrainingWarningModel(QObject *parent) : QAbstractTableModel(parent) {}

void TrainingWarningModel::setWarnings(QList<TrainingWarning> warnings)
{
    beginResetModel();
    m_warnings = std::move(warnings);
    endResetModel();
}

QString TrainingWarningModel::kindLabel(TrainingWarningKind kind)
{
    switch (kind) {
    case TrainingWarningKind::NotYetRecorded: return tr("No record yet");
    case TrainingWarningKind::Unsigned: return tr("Not signed");
    case TrainingWarningKind::SignOverdue: return tr("Signature overdue");
    case TrainingWarningKind::WeeklyDue: return tr("Due this week");
    case TrainingWarningKind::CounsellingDue: return tr("Counselling due");
    }
    return {};
}

int TrainingWarningModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_warnings.size());
}

int TrainingWarningModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrainingWarningModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TrainingWarning &w = m_warnings.at(index.row());
    switch (role) {
    case SessionIdRole: return w.sessionId;
    case SlotIdRole: return w.slotId;
    case StudentIdRole: return w.studentId;
    case KindRole: return int(w.kind);
    case Qt::DecorationRole:
        if (index.column() != Kind)
            return {};
        return QApplication::style()->standardIcon(w.kind == TrainingWarningKind::SignOverdue
                                                       ? QStyle::SP_MessageBoxCritical
                                                       : QStyle::SP_MessageBoxWarning);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Kind: return kindLabel(w.kind);
        case Date: return screenDate(w.date);
        case Text: return w.text;
        default: return {};
        }
    default: return {};
    }
}

QVariant TrainingWarningModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind: return tr("Warning");
    case Date: return tr("Date");
    case Text: return tr("Details");
    default: return {};
    }
}

} // namespace rr
