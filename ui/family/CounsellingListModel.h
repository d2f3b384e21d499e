#pragma once
// A student's counselling sessions, masked: date, counsellor and whether a
// note is on file — never a topic or a note (the model holds
// CounsellingSummary, which has no text).
#include "family/Counselling.h"

#include <QAbstractTableModel>

namespace rr {

class CounsellingListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Counsellor, Notes, ColumnCount };
    static constexpr int SessionRole = Qt::UserRole + 1;   // the session's id

    using QAbstractTableModel::QAbstractTableModel;
    void setSessions(const QList<CounsellingSummary> &sessions);
    const QList<CounsellingSummary> &sessions() const { return m_sessions; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CounsellingSummary> m_sessions;
};

} // namespace rr
