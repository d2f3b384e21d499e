#pragma once
// The refusals both readers give when a TableLimits bound is reached, each
// naming the limit.
#include "common/Result.h"
#include "roster/TableLimits.h"

namespace rr {

Error fileTooLargeError(qint64 bytes, const TableLimits &limits);
Error tooManyRowsError(const TableLimits &limits);
QString cellTooLongMessage(const TableLimits &limits);      // for one row
QString tooManyColumnsMessage(const TableLimits &limits);   // for one row
// True when `text` is longer than the cell limit in UTF-8 bytes.
bool cellTooLong(const QString &text, const TableLimits &limits);

} // namespace rr
