#pragma once
#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <utility>
#include <vector>

namespace rr {

// Named placeholders only: {{":name", value}, ...}.
using SqlParams = std::vector<std::pair<const char *, QVariant>>;

// A NULL for empty strings and invalid dates, so optional fields stay NULL.
QVariant nullIfEmpty(const QString &text);
QVariant isoDate(const QDate &date);
// "2026-11-17 09:30:00": the form SQLite's datetime() wrote in older rows,
// for created_at/updated_at/recorded_at columns (from Transaction::now()).
QString sqlDateTime(const QDateTime &at);
QDate dateFromSql(const QVariant &value);

} // namespace rr
