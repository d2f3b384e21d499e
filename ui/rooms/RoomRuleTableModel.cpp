#include "rooms/RoomRuleTableModel.h"

namespace rr {

RoomRuleTableModel::RoomRuleTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RoomRuleTableModel::setRules(QList<RoomRule> rules)
{
    beginResetModel();
    m_rules = std::move(rules);
    endResetModel();
}

void RoomRuleTableModel::setRule(int row, const RoomRule &rule)
{
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules[row] = rule;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RoomRuleTableModel::insertRule(int row, const RoomRule &rule)
{
    row = qBound(0, row, int(m_rules.size()));
    beginInsertRows({}, row, row);
    m_rules.insert(row, rule);
    endInsertRows();
}

void RoomRuleTableModel::removeRule(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    beginRemoveRows({}, row, row);
    m_rules.removeAt(row);
    endRemoveRows();
}

bool RoomRuleTableModel::moveRule(int row, int step)
{
    const int target = row + step;
    if (row < 0 || row >= m_rules.size() || target < 0 || target >= m_rules.size() || step == 0)
        return false;
    // beginMoveRows wants the destination before which the row lands.
    if (!beginMoveRows({}, row, row, {}, step > 0 ? target + 1 : target))
        return false;
    m_rules.move(row, target);
    endMoveRows();
    return true;
}

QString RoomRuleTableModel::parameterText(const RoomRule &rule)
{
    switch (rule.kind) {
    case RuleKind::RecordDue: return tr("within %n day(s)", "", rule.parameter);
    case RuleKind::MaxStudents: return tr("%n student(s)", "", rule.parameter);
    default: return {};
    }
}

int RoomRuleTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

int RoomRuleTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoomRuleTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RoomRule &rule = m_rules.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Text: return rule.text;
    case Kind: return ruleKindLabel(rule.kind);
    case Parameter: return parameterText(rule);
    default: return {};
    }
}

QVariant RoomRuleTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Text: return tr("Rule (as printed)");
    case Kind: return tr("Checked by the program");
    case Parameter: return tr("Limit");
    default: return {};
    }
}

} // namespace rr
