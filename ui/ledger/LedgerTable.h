#pragma once
// The small lists of the ledger (history, schedules, loans, categories,
// import preview) are QTableWidgets that sort by their headers like every
// list of the program: a cell sorts by its SortKeyRole (a date, a number)
// when it has one, else by its text read as compareCellTexts() reads it.
// Until a header is clicked the rows keep the order they were filled in.
#include <QTableWidgetItem>

class QTableWidget;

namespace rr {

class LedgerCell final : public QTableWidgetItem {
public:
    explicit LedgerCell(const QString &text, const QVariant &sortKey = {});
    bool operator<(const QTableWidgetItem &other) const override;
};

QTableWidget *makeLedgerTable(QWidget *parent, const QString &name, const QStringList &headers);
// Around refilling a table: sorting is off while rows are put in, then back
// on in the order the teacher chose (if any).
void beginFill(QTableWidget *table, int rows);
void endFill(QTableWidget *table);

} // namespace rr
