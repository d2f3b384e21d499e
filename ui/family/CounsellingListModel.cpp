#include "family/CounsellingListModel.h"

#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

void CounsellingListModel::setSessions(const QList<CounsellingSummary> &sessions)
{
    beginResetModel();
    m_sessions = sessions;
    endResetModel();
}

int CounsellingListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sessions.size());
}

int CounsellingListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CounsellingListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sessions.size())
        return {};
    const CounsellingSummary &s = m_sessions.at(index.row());
    if (role == SessionRole)
        return QVariant::fromValue(s.id);
    if (role == SortKeyRole && index.column() == Date)
        return QString(s.date.toString(Qt::ISODate) + s.time.toString(u"HH:mm"_s));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date:
        return s.time.isValid() ? QString(screenDate(s.date) + u' ' + s.time.toString(u"HH:mm"_s)) : screenDate(s.date);
    case Counsellor:
        return s.counsellorName;
    case Notes:
        return s.hasNotes ? tr("Note on file (confidential)") : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CounsellingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Counsellor: return tr("Counsellor");
    case Notes: return tr("Notes");
    case ColumnCount: break;
    }
    return {};
}

} // namespace rr
