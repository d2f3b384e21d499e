#pragma once
// Amounts of money in fen (whole numbers), as teachers write them in yuan.
#include "common/Result.h"

#include <QString>

namespace rr {

// The largest single amount accepted: 1 亿元. Anything larger is a typing slip.
constexpr qint64 kMaxAmountFen = 10'000'000'000LL;

// "1234.5", "1,234.50", "1234元", "￥1234" → fen. At most two decimals,
// more than zero, no larger than kMaxAmountFen; refusals in words.
Result<qint64> parseYuan(const QString &text);
// 123450 → "1,234.50"
QString formatYuan(qint64 fen);

} // namespace rr
