#pragma once
// What happens to an item besides stock: 检查, 保养, 维修, 损坏, 调拨 and 报废.
// One record for all, with the fields each kind uses (the others stay empty).
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class EventKind { Inspection, Maintenance, Repair, Damage, Transfer, Scrap };

struct ItemEvent {
    qint64 id = 0;
    qint64 itemId = 0;
    EventKind kind = EventKind::Inspection;
    QDate date;
    QString person;          // who inspected, serviced, reported, applied
    QString details;         // what was done; the cause of a damage; the reason for scrapping
    QString result;          // inspection: its result; repair/maintenance: outcome
    qint64 costCents = -1;   // maintenance/repair; -1: none given
    QString responsible;     // damage: the person answerable (照价赔偿)
    qint64 compensationCents = -1;   // damage; -1: none asked
    QDate paidOn;            // damage: when the compensation was paid
    qint64 fromRoomId = 0;   // transfer
    qint64 toRoomId = 0;     // transfer; 0: within the item's room
    QString fromPlace;       // transfer: the place inside the room (柜子/架子), as before
    QString toPlace;         // transfer: the new place; empty: none named
    int quantity = 0;        // scrap: how many
    QString approvedBy;      // scrap: effective once approved
    QDate approvedOn;
    qint64 scheduleId = 0;   // inspection/maintenance done for a schedule

    bool isPaid() const { return paidOn.isValid(); }
    bool isApproved() const { return approvedOn.isValid(); }
    bool operator==(const ItemEvent &) const = default;
};

QList<EventKind> allEventKinds();
QString eventKindKey(EventKind kind);
EventKind eventKindFromKey(const QString &key);
QString eventKindChinese(EventKind kind);
QString eventKindLabel(EventKind kind);

} // namespace rr
