#pragma once
// Times as teachers type them: "0900", "900", "9:00", "9.00", "9：00"
// (full-width colon from a Chinese input method), "9点30", "9", with
// full-width digits too. Used by the time fields of every screen.
#include <QString>
#include <QTime>

namespace rr {

// The time the text names, or an invalid QTime if it names none.
QTime parseLenientTime(const QString &text);

// Whether `text` could still become a time by typing more: a field keeps
// such text while the teacher is typing ("09", "9:", "093").
bool isTimePrefix(const QString &text);

} // namespace rr
