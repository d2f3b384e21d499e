#pragma once
// How a list column sorts when its header is clicked, from the text the cell
// shows: dates in the screen style (2026年3月2日, 2026-03-02, with or without a
// time, or a range by its first date) by date; numbers (with a unit or a
// percent sign: "12", "80%", "40 分钟", "1.5 KB") by value; anything else as
// text in the language's collation (pinyin order for Chinese). Empty cells
// sort last in ascending order. Views whose models offer a better key give it
// in rr::SortKeyRole (ui/common/SortProxy.h).
#include <QString>
#include <QVariant>

namespace rr {

// <0, 0 or >0, like a three-way comparison of left and right.
int compareCellTexts(const QString &left, const QString &right);
// For any cell value: QDate/QDateTime/QTime and numbers by value, text by compareCellTexts.
int compareCellValues(const QVariant &left, const QVariant &right);

} // namespace rr
