#pragma once
// The demo's training records name the equipment they used as ledger items,
// so that the ledger's usage counts are plausible: each word of the training
// texts that stands for a ledger item (小棒 → 小棒（计数棒）) is linked to it,
// the item in the session's room first; other words stay free text.
#include "common/Result.h"
#include "training/TrainingSession.h"

#include <QHash>
#include <QList>
#include <QString>

namespace rr {

class SqlExecutor;

class DemoEquipment {
public:
    // Reads the ledger (written before the records).
    static Result<DemoEquipment> read(const SqlExecutor &sql);
    EquipmentUse use(const QString &word, qint64 roomId) const;

private:
    struct Item {
        qint64 id = 0;
        qint64 roomId = 0;
    };
    QHash<QString, QList<Item>> m_byName;
};

} // namespace rr
