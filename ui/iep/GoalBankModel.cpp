#include "iep/GoalBankModel.h"

namespace rr {

GoalBankModel::GoalBankModel(QObject *parent) : QAbstractTableModel(parent) {}

void GoalBankModel::setGoals(QList<BankGoal> goals)
{
    m_all = std::move(goals);
    refilter();
}

void GoalBankModel::setFilter(std::optional<GoalDomain> domain, const QString &search)
{
    m_domain = domain;
    m_search = search.trimmed();
    refilter();
}

void GoalBankModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (const BankGoal &g : m_all) {
        if (m_domain && g.domain != *m_domain)
            continue;
        if (!m_search.isEmpty() && !g.area.contains(m_search, Qt::CaseInsensitive)
            && !g.longTermText.contains(m_search, Qt::CaseInsensitive)
            && !g.objectiveTemplate.contains(m_search, Qt::CaseInsensitive))
            continue;
        m_shown.append(g);
    }
    endResetModel();
}

int GoalBankModel::rowOf(const BankGoal &goal) const
{
    return int(m_shown.indexOf(goal));
}

int GoalBankModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int GoalBankModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GoalBankModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const BankGoal &g = m_shown.at(index.row());
    switch (index.column()) {
    case Domain: return goalDomainLabel(g.domain);
    case Area: return g.area;
    case LongTerm: return g.longTermText;
    case Objective: return g.objectiveTemplate;
    case Scale: return scaleLabel(g.scale);
    case Source: return g.custom ? tr("Added by teachers") : tr("Shipped");
    default: return {};
    }
}

QVariant GoalBankModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Domain: return tr("Domain");
    case Area: return tr("Sub-area");
    case LongTerm: return tr("Long-term goal");
    case Objective: return tr("Short-term objective");
    case Scale: return tr("Scale");
    case Source: return tr("Source");
    default: return {};
    }
}

} // namespace rr
