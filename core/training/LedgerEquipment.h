#pragma once
// The equipment of a training record picked from the ledger (issue 13, Usage):
// the items a teacher may pick, the training room's own first, and the link
// from the names in a record to the ledger items they were picked as.
#include "common/Result.h"
#include "training/TrainingSession.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>

namespace rr {

class Database;

struct EquipmentChoice {
    qint64 itemId = 0;
    QString name;
    QString ledgerNo;
    QString roomName;      // empty: kept outside the rooms
    bool inTrainingRoom = false;
};

// The items in service (not scrapped) that a record may name: equipment,
// teaching aids and consumables, not medicines; those in `roomId` first, then
// by ledger number.
Result<QList<EquipmentChoice>> equipmentChoices(const std::shared_ptr<Database> &db, qint64 roomId);

// The record's equipment from the names typed or picked, in their order. A
// name in `picked` (name → item id, from the picker or as the record stored
// it) keeps that item, or stays free text when stored so (0): reopening a
// record never changes it. Any other name that is exactly a ledger item's
// name links to that item, the training room's first; the rest stay free
// text (item 0).
QList<EquipmentUse> linkEquipment(const QStringList &names, const QHash<QString, qint64> &picked,
                                  const QList<EquipmentChoice> &choices);

} // namespace rr
