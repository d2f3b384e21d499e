#include "training/LedgerEquipment.h"

#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "rooms/RoomRepository.h"

#include <QSet>
#include <algorithm>

namespace rr {

Result<QList<EquipmentChoice>> equipmentChoices(const std::shared_ptr<Database> &db, qint64 roomId)
{
    const auto categories = LedgerCategoryRepository(db).all();
    if (!categories)
        return categories.error();
    QSet<qint64> medicines;
    for (const LedgerCategory &c : *categories)
        if (c.kind == CategoryKind::Medicine)
            medicines.insert(c.id);
    const auto rooms = RoomRepository(db).names();
    if (!rooms)
        return rooms.error();
    ItemFilter filter;
    filter.includeScrapped = false;
    const auto items = LedgerItemRepository(db).list(filter);
    if (!items)
        return items.error();
    QList<EquipmentChoice> choices;
    for (const LedgerItem &item : *items) {
        if (medicines.contains(item.categoryId))
            continue;
        choices.append(EquipmentChoice{item.id, item.name, item.ledgerNo, item.roomId ? rooms->value(item.roomId) : QString(),
                        roomId > 0 && item.roomId == roomId});
    }
    std::stable_sort(choices.begin(), choices.end(), [](const EquipmentChoice &a, const EquipmentChoice &b) {
        if (a.inTrainingRoom != b.inTrainingRoom)
            return a.inTrainingRoom;
        return a.ledgerNo < b.ledgerNo;
    });
    return choices;
}

QList<EquipmentUse> linkEquipment(const QStringList &names, const QHash<QString, qint64> &picked,
                                  const QList<EquipmentChoice> &choices)
{
    QList<EquipmentUse> list;
    for (const QString &typed : names) {
        const QString name = typed.trimmed();
        if (name.isEmpty())
            continue;
        EquipmentUse use{picked.value(name), name};
        if (!picked.contains(name)) {
            // choices come with the training room's items first.
            const auto match = std::find_if(choices.begin(), choices.end(),
                                            [&](const EquipmentChoice &c) { return c.name == name; });
            if (match != choices.end())
                use.itemId = match->itemId;
        }
        list.append(use);
    }
    return list;
}

} // namespace rr
