#pragma once
// A student's LRC workflow steps, oldest first: step, date, 经办人, reason,
// note, and for a step voided by a correction entry that correction (the
// row is struck through and its step marked as corrected).
#include "lrc/LrcWorkflow.h"

#include <QAbstractTableModel>

namespace rr {

class LrcHistoryModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Step, Date, Actor, Reason, Note, Correction, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1 };   // the LrcEvent

    using QAbstractTableModel::QAbstractTableModel;
    void setHistory(QList<LrcEvent> history);
    const QList<LrcEvent> &history() const { return m_history; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LrcEvent> m_history;
};

} // namespace rr

Q_DECLARE_METATYPE(rr::LrcEvent)
