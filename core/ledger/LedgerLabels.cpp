// The stored keys, Chinese and screen labels of movements and events.
#include "ledger/ItemEvent.h"
#include "ledger/StockMovement.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {
constexpr EnumLabels<MovementKind, 4> kMovements{"rr::Ledger", {{
    {MovementKind::Issue, "issue", u"领用出库", QT_TRANSLATE_NOOP("rr::Ledger", "Issued")},
    {MovementKind::Scrap, "scrap", u"报废", QT_TRANSLATE_NOOP("rr::Ledger", "Scrapped")},
    {MovementKind::Adjust, "adjust", u"盘点调整", QT_TRANSLATE_NOOP("rr::Ledger", "Stocktake adjustment")},
    {MovementKind::Receive, "receive", u"入库", QT_TRANSLATE_NOOP("rr::Ledger", "Received")},
}}};

constexpr EnumLabels<EventKind, 6> kEvents{"rr::Ledger", {{
    {EventKind::Maintenance, "maintenance", u"保养", QT_TRANSLATE_NOOP("rr::Ledger", "Maintenance")},
    {EventKind::Repair, "repair", u"维修", QT_TRANSLATE_NOOP("rr::Ledger", "Repair")},
    {EventKind::Damage, "damage", u"损坏", QT_TRANSLATE_NOOP("rr::Ledger", "Damage")},
    {EventKind::Transfer, "transfer", u"调拨", QT_TRANSLATE_NOOP("rr::Ledger", "Transfer")},
    {EventKind::Scrap, "scrap", u"报废", QT_TRANSLATE_NOOP("rr::Ledger", "Scrapping")},
    {EventKind::Inspection, "inspection", u"检查", QT_TRANSLATE_NOOP("rr::Ledger", "Inspection")},
}}};
} // namespace

QString movementKindKey(MovementKind k) { return kMovements.key(k); }
MovementKind movementKindFromKey(const QString &key) { return kMovements.fromKey(key); }
QString movementKindChinese(MovementKind k) { return kMovements.chinese(k); }
QString movementKindLabel(MovementKind k) { return kMovements.label(k); }

QList<EventKind> allEventKinds()
{
    return {EventKind::Inspection, EventKind::Maintenance, EventKind::Repair, EventKind::Damage, EventKind::Transfer,
            EventKind::Scrap};
}
QString eventKindKey(EventKind k) { return kEvents.key(k); }
EventKind eventKindFromKey(const QString &key) { return kEvents.fromKey(key); }
QString eventKindChinese(EventKind k) { return kEvents.chinese(k); }
QString eventKindLabel(EventKind k) { return kEvents.label(k); }

} // namespace rr
