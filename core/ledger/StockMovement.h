#pragma once
// A change of an item's quantity: the only way its stock changes. Each is
// dated, with who and why, and is never edited afterwards.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class MovementKind {
    Receive,   // 入库: bought, donated, returned to stock
    Issue,     // 领用/出库: consumables and medicines handed out
    Scrap,     // 报废: leaves the ledger once the scrapping is approved
    Adjust,    // 盘点调整: a confirmed stocktake difference
};

struct StockMovement {
    qint64 id = 0;
    qint64 itemId = 0;
    MovementKind kind = MovementKind::Receive;
    int delta = 0;           // + in, - out
    QDate date;
    QString person;          // who received, took or counted
    QString reason;
    bool operator==(const StockMovement &) const = default;
};

QString movementKindKey(MovementKind kind);
MovementKind movementKindFromKey(const QString &key);
QString movementKindChinese(MovementKind kind);
QString movementKindLabel(MovementKind kind);

} // namespace rr
