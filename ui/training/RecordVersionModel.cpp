#include "training/RecordVersionModel.h"
#include "calendar/ScreenDate.h"

#include <QLocale>

namespace rr {

RecordVersionModel::RecordVersionModel(QObject *parent) : QAbstractTableModel(parent) {}

void RecordVersionModel::setVersions(QList<RecordVersion> versions)
{
    beginResetModel();
    m_versions = std::move(versions);
    endResetModel();
}

QString RecordVersionModel::versionLabel(const RecordVersion &version)
{
    return version.version == 0 ? tr("As signed") : tr("Amendment %1").arg(version.version);
}

int RecordVersionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_versions.size());
}

int RecordVersionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordVersionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const RecordVersion &v = m_versions.at(index.row());
    switch (index.column()) {
    case Version: return versionLabel(v);
    case Date: return screenDate(v.date);
    case Author: return v.author;
    case Reason: return v.reason;
    case Changes: return v.version == 0 ? QString() : tr("%n field(s)", "", int(v.changes.size()));
    default: return {};
    }
}

QVariant RecordVersionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Version: return tr("Version");
    case Date: return tr("Date");
    case Author: return tr("By");
    case Reason: return tr("Reason");
    case Changes: return tr("Changed");
    default: return {};
    }
}

} // namespace rr
