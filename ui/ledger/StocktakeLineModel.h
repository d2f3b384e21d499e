#pragma once
// The lines of one stocktake: what should be there, what was found (ticked
// for a single piece of equipment, counted for the rest), the difference and
// its reason. Edits are not kept here: each is handed to the panel
// (lineEdited), which writes it and reads the stocktake back.
#include "ledger/Stocktake.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rr {

class StocktakeLineModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LedgerNo, Name, Room, Expected, Found, Counted, Difference, Reason, ColumnCount };

    explicit StocktakeLineModel(QObject *parent = nullptr);
    void setStocktake(const Stocktake &stocktake, const QHash<qint64, QString> &rooms, bool differencesOnly);
    const StocktakeLine &lineAt(int row) const { return m_lines.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

signals:
    void lineEdited(const StocktakeLine &line);

private:
    QList<StocktakeLine> m_lines;
    QHash<qint64, QString> m_rooms;
    bool m_readOnly = false;
};

} // namespace rr
