#pragma once
// Money is kept in 分 (fen, whole numbers), so that the totals of a printed
// ledger or funding sheet add up to the fen, as a finance office checks them;
// teachers type and read it in yuan.
#include "common/Result.h"

#include <QString>
#include <optional>

namespace rr {

// The largest single amount accepted: 1 亿元. Anything larger is a typing slip.
inline constexpr qint64 kMaxAmountFen = 10'000'000'000LL;

// "12", "12.5", "12.50", "¥1,200.00", "￥300元" → fen; nullopt for anything
// else, a negative amount, more than two decimals or more than kMaxAmountFen.
std::optional<qint64> parseYuan(const QString &text);
// The same for an amount that must be more than zero, refused in words.
Result<qint64> parseAmount(const QString &text);
// 128005 → "1280.05"; grouped for printed totals and lists: "1,280.05".
QString formatYuan(qint64 fen, bool grouped = false);

} // namespace rr
