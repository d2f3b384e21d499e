#pragma once
// The items of the ledger as a table, with the names of their category, room
// and keeper, and the alerts core raises for each (overdue loans, expiring
// medicines, low stock, maintenance due) shown in their own column and as a
// tinted row.
#include "alerts/Alert.h"
#include "ledger/LedgerCategory.h"
#include "ledger/LedgerItem.h"
#include "students/PinyinIndex.h"

#include <QAbstractTableModel>
#include <QHash>

namespace rr {

class LedgerItemModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { LedgerNo, Name, Category, Model, Quantity, UnitPrice, Total, Place, Keeper, Condition, Loanable,
                  OnLoan, Alerts, ColumnCount };
    static constexpr int ItemIdRole = Qt::UserRole + 1;

    struct Names {
        QHash<qint64, LedgerCategory> categories;
        QHash<qint64, QString> rooms;
        QHash<qint64, QString> staff;
    };

    explicit LedgerItemModel(QObject *parent = nullptr);

    void setItems(const QList<LedgerItem> &items, const Names &names, const QList<Alert> &alerts);
    const LedgerItem &itemAt(int row) const { return m_items.at(row); }
    int rowOf(qint64 itemId) const;
    QList<Alert> alertsAt(int row) const;
    CategoryKind kindAt(int row) const;
    QString categoryName(qint64 id) const { return m_names.categories.value(id).name; }
    QString roomName(qint64 id) const { return m_names.rooms.value(id); }
    bool matches(int row, const QString &query) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString alertText(int row) const;

    QList<LedgerItem> m_items;
    QList<PinyinKeys> m_keys;
    Names m_names;
    QHash<QString, QList<Alert>> m_alerts;   // by subject: "KF-001 平衡板"
};

} // namespace rr
