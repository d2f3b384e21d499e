#include "staff/StaffListModel.h"

#include "calendar/ChineseDate.h"
#include "students/Student.h"

#include <QColor>
#include <QFont>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StaffListModel::StaffListModel(QObject *parent) : QAbstractTableModel(parent) {}

void StaffListModel::setStaff(QList<StaffMember> staff, qint64 currentUserId)
{
    beginResetModel();
    m_staff = std::move(staff);
    m_currentUserId = currentUserId;
    m_keys.clear();
    for (const StaffMember &m : std::as_const(m_staff))
        m_keys << pinyinKeys(m.name);
    endResetModel();
}

int StaffListModel::rowOf(qint64 staffId) const
{
    for (int row = 0; row < m_staff.size(); ++row)
        if (m_staff.at(row).id == staffId)
            return row;
    return -1;
}

bool StaffListModel::matches(int row, const QString &query) const
{
    return matchesNameQuery(m_staff.at(row).name, m_keys.at(row), query);
}

int StaffListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffListModel::statusText(const StaffMember &m) const
{
    if (m.isRetired())
        return tr("Left on %1").arg(chineseDate(m.toDate));
    return m.id == m_currentUserId ? tr("Serving, current user") : tr("Serving");
}

QVariant StaffListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StaffMember &m = m_staff.at(index.row());
    if (role == StaffIdRole)
        return m.id;
    if (role == Qt::FontRole && m.id == m_currentUserId) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ForegroundRole && m.isRetired())
        return QVariant::fromValue(QColor(0x80, 0x80, 0x80));
    if (role == SortRole) {
        switch (index.column()) {
        case Name: return m_keys.at(index.row()).full;
        case Status: return m.isRetired() ? QString(u"1"_s + m.toDate.toString(Qt::ISODate)) : u"0"_s;
        default: return data(index, Qt::DisplayRole);
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case Name: return m.name;
    case Gender: return genderLabel(m.gender);
    case Roles: return staffRolesLabel(m.roles);
    case ClassesLed: return m.classesLed.join(u'、');
    case ClassesTaught: return m.classesTaught.join(u'、');
    case Subjects: return m.subjects.join(u'、');
    case Phone: return m.phone;
    case Status: return statusText(m);
    case ColumnCount: break;
    }
    return {};
}

QVariant StaffListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Gender: return tr("Gender");
    case Roles: return tr("Roles");
    case ClassesLed: return tr("Head teacher of");
    case ClassesTaught: return tr("Teaches");
    case Subjects: return tr("Subjects");
    case Phone: return tr("Phone");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

} // namespace rr
