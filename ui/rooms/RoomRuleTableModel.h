#pragma once
// The rules of one room (管理制度) while they are being edited: the working
// copy, in poster order. Nothing is written until the editor saves the list
// as a whole (RoomRuleRepository::replace).
#include "rooms/RoomRule.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class RoomRuleTableModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Text, Kind, Parameter, ColumnCount };

    explicit RoomRuleTableModel(QObject *parent = nullptr);

    void setRules(QList<RoomRule> rules);
    const QList<RoomRule> &rules() const { return m_rules; }
    void setRule(int row, const RoomRule &rule);
    void insertRule(int row, const RoomRule &rule);
    void removeRule(int row);
    // Moves a rule one place up (-1) or down (+1); false at either end.
    bool moveRule(int row, int step);

    // "3 day(s)", "8 student(s)", or empty for kinds without a number.
    static QString parameterText(const RoomRule &rule);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RoomRule> m_rules;
};

} // namespace rr
