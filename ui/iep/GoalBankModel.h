#pragma once
// The goal bank as a list to pick from: the shipped goals and the teachers'
// own, filtered by domain and a search text (sub-area, long-term goal or
// objective).
#include "goalbank/BankGoal.h"

#include <QAbstractTableModel>
#include <optional>

namespace rr {

class GoalBankModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Domain, Area, LongTerm, Objective, Scale, Source, ColumnCount };

    explicit GoalBankModel(QObject *parent = nullptr);

    void setGoals(QList<BankGoal> goals);
    void setFilter(std::optional<GoalDomain> domain, const QString &search);
    const QList<BankGoal> &shown() const { return m_shown; }
    int rowOf(const BankGoal &goal) const;   // -1 when filtered out

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void refilter();
    QList<BankGoal> m_all;
    QList<BankGoal> m_shown;
    std::optional<GoalDomain> m_domain;
    QString m_search;
};

} // namespace rr
