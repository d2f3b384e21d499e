#pragma once
// The demo school's ledger: about 80 items across its rooms, a few medicines
// (one expired, one expiring), consumables with one below its reorder level,
// loans (one overdue), schedules (one maintenance overdue), a damage waiting
// for its compensation, an approved scrapping, and a stocktake confirmed with
// one difference — all dated around the clock's today.
#include "common/Result.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace rr {

class Transaction;

Result<void> addDemoLedger(Transaction &tx, const QHash<QString, qint64> &staff, const QHash<QString, qint64> &rooms,
                           const QDate &today);

} // namespace rr
