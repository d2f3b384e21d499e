#pragma once
// What the ledger's period forms (借用登记表, 设备维修保养记录) share: the
// period they cover and the short date of their narrow columns.
#include "ledger/LedgerItem.h"
#include "print/FormRegistry.h"

#include <QDate>
#include <QHash>
#include <QString>

namespace rr {

struct LedgerFormPeriod {
    QDate from;
    QDate to;
    QString text;   // 2026年秋季学期 2026年9月1日至2027年1月20日
};

// context.request.from/to when given; else the requested or current
// semester; else, for a school without semesters, the calendar year of today.
Result<LedgerFormPeriod> ledgerFormPeriod(const FormContext &context);

// Every item of the ledger by id, for forms that list loans, events or
// scrapping requests of items.
Result<QHash<qint64, LedgerItem>> ledgerItemsById(const FormContext &context);

// 2026.10.26, or empty for an unknown date: one line in a compact column.
QString ledgerShortDate(const QDate &date);

} // namespace rr
