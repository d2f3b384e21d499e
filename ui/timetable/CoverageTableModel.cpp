#include "timetable/CoverageTableModel.h"
#include "common/ListText.h"

#include <QBrush>
#include <QColor>
#include <QStringList>

namespace rr {

using namespace Qt::Literals::StringLiterals;

CoverageTableModel::CoverageTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CoverageTableModel::setCoverage(QList<StudentCoverage> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int CoverageTableModel::rowOfStudent(qint64 studentId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).studentId == studentId)
            return i;
    return -1;
}

int CoverageTableModel::missingMinutes(const StudentCoverage &coverage)
{
    int missing = 0;
    for (const ServiceCoverage &s : coverage.services)
        missing += s.missingMinutes();
    return missing;
}

int CoverageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CoverageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentCoverage &row = m_rows.at(index.row());
    const bool short_ = row.shortfall();
    switch (role) {
    case StudentIdRole: return row.studentId;
    case ShortfallRole: return short_;
    case Qt::BackgroundRole:
        return short_ ? QVariant(QBrush(QColor(0xfd, 0xec, 0xea))) : QVariant();
    case Qt::ForegroundRole:
        return short_ && index.column() == Shortfall ? QVariant(QBrush(QColor(0xb3, 0x26, 0x1e))) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == Student || index.column() == Services
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::ToolTipRole: break;
    default: return {};
    }
    switch (index.column()) {
    case Student: return row.studentName;
    case Required: return row.iepId > 0 ? QVariant(row.requiredMinutes()) : QVariant(tr("no IEP"));
    case Scheduled: return row.scheduledMinutes();
    case Shortfall: return short_ ? QVariant(missingMinutes(row)) : QVariant(QString());
    case Services: {
        QStringList parts;
        for (const ServiceCoverage &s : row.services)
            parts.append(tr("%1 %2/%3").arg(serviceTypeLabel(s.service)).arg(s.scheduledMinutes).arg(s.requiredMinutes));
        return joinClauses(parts);
    }
    default: return {};
    }
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case Required: return tr("Minutes a week the IEP's services promise");
        case Scheduled: return tr("Minutes a week the timetable gives");
        case Shortfall: return tr("Minutes a week missing, service by service");
        case Services: return tr("Each service: minutes scheduled / minutes in the IEP");
        default: return {};
        }
    }
    switch (section) {
    case Student: return tr("Student");
    case Required: return tr("IEP");
    case Scheduled: return tr("Scheduled");
    case Shortfall: return tr("Short");
    case Services: return tr("Per service");
    default: return {};
    }
}

} // namespace rr
