#pragma once
// The one date style of the screens (the printed forms keep chineseDate()).
// Chinese interface: 2026年3月2日 — what teachers write and read on forms.
// English interface: ISO 8601, 2026-03-02 — unambiguous, sorts as text.
// The language is the default QLocale, which installTranslations() sets.
// docs/ARCHITECTURE.md ("Dates on screens") records this decision.
#include <QDate>
#include <QDateTime>
#include <QString>

namespace rr {

QString screenDate(const QDate &date);               // 2026年3月2日 / 2026-03-02; "" if invalid
QString screenShortDate(const QDate &date);          // 3月2日 / 03-02, where the year is plain
QString screenDateTime(const QDateTime &dateTime);   // 2026年3月2日 14:05 / 2026-03-02 14:05
QString screenDateRange(const QDate &from, const QDate &to);   // 2026年3月2日—3月8日 / 2026-03-02 – 2026-03-08
QString screenDateFormat();                          // display format of date fields (QDate syntax)
QString screenShortDateFormat();                     // M月d日 / MM-dd (chart axes)

} // namespace rr
