#pragma once
// 盘点: a session lists what should be where (the expected quantities taken
// when it starts), the teacher ticks what is found or counts consumables, and
// the differences make a report. Confirming it turns each difference into a
// stock adjustment with its reason; a confirmed stocktake is read-only.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

struct StocktakeLine {
    qint64 id = 0;
    qint64 itemId = 0;
    QString ledgerNo;        // read with the line
    QString itemName;
    QString unit;
    qint64 roomId = 0;
    int expected = 0;
    int counted = -1;        // -1: not yet ticked or counted
    QString reason;          // why it differs

    bool isCounted() const { return counted >= 0; }
    // Not counted at confirmation means not found.
    int countedOrZero() const { return counted < 0 ? 0 : counted; }
    int difference() const { return countedOrZero() - expected; }
    bool operator==(const StocktakeLine &) const = default;
};

struct Stocktake {
    qint64 id = 0;
    QString title;
    qint64 roomId = 0;       // 0: the whole ledger
    QDate startedOn;
    QString startedBy;
    QDate confirmedOn;       // null while open
    QString confirmedBy;
    QList<StocktakeLine> lines;

    bool isConfirmed() const { return confirmedOn.isValid(); }
    // The lines whose count differs from the expected quantity (an uncounted line counts as not found).
    QList<StocktakeLine> differences() const;
    int uncountedLines() const;
    bool operator==(const Stocktake &) const = default;
};

} // namespace rr
