#pragma once
// Every list of the program sorts by its headers through this proxy. A cell
// sorts by rr::SortKeyRole if the model gives one (a date, a number), else by
// the text it shows, read by compareCellTexts() (core/common/SortKey.h) so
// that dates and numbers shown as text still sort as dates and numbers.
//
// makeSortable(view, model) puts the model behind a SortProxy, enables header
// sorting and keeps the model's own order until a header is clicked; Tab
// leaves the view rather than walking its cells. Code
// that maps view rows to model rows then goes through sourceRow()/viewRow().
#include <QSortFilterProxyModel>

class QAbstractItemView;
class QModelIndex;
class QTableView;
class QTreeView;

namespace rr {

inline constexpr int SortKeyRole = Qt::UserRole + 900;

class SortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit SortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

SortProxy *makeSortable(QTableView *view, QAbstractItemModel *model);
SortProxy *makeSortable(QTreeView *view, QAbstractItemModel *model);

// The model row of a view index (or of a view row), whatever proxies lie between; -1 if none.
int sourceRow(const QModelIndex &viewIndex);
int sourceRow(const QAbstractItemView *view, int viewRow);
// The view row showing a model row of the view's source model; -1 if hidden.
int viewRow(const QAbstractItemView *view, int sourceRow);
// The view's current row, as a row of its source model; -1 if none.
int currentSourceRow(const QAbstractItemView *view);

} // namespace rr
