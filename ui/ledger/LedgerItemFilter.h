#pragma once
// Which items the list shows: room, category, condition, only those on loan,
// and a text matched against number, model, brand and the name or its pinyin.
#include <QSortFilterProxyModel>

namespace rr {

class LedgerItemModel;

class LedgerItemFilter final : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit LedgerItemFilter(LedgerItemModel *source, QObject *parent = nullptr);

    void setRoom(qint64 roomId);
    void setCategory(qint64 categoryId);
    void setCondition(int condition);   // -1: any
    void setOnLoanOnly(bool onLoan);
    void setAlertsOnly(bool alerts);
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    LedgerItemModel *m_source;
    qint64 m_room = 0;
    qint64 m_category = 0;
    int m_condition = -1;
    bool m_onLoan = false;
    bool m_alerts = false;
    QString m_query;
};

} // namespace rr
