#pragma once
// Money in the ledger is kept in 分 (integer cents), so that the totals of a
// printed ledger add up to the fen, as a finance office checks them.
#include <QString>
#include <optional>

namespace rr {

// "12", "12.5", "12.50", "¥1,200.00", "1200元" → cents; nullopt for anything
// else, a negative amount, more than two decimals or more than 100 million yuan.
std::optional<qint64> parseYuan(const QString &text);
// 1250 → "12.50"; with thousands separators for printed totals: "1,200.00".
QString formatYuan(qint64 cents, bool grouped = false);

inline constexpr qint64 kMaxLedgerCents = 10'000'000'000;   // 1 亿元

} // namespace rr
