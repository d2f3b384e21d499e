#pragma once
// Conventions every widget of the program follows, applied once for the whole
// application rather than at each of the many places that make a widget:
// - every calendar (QCalendarWidget, including the popups of date fields)
//   starts its weeks on Monday, as Chinese schools count weeks — the zh_CN
//   locale would start them on Sunday;
// - every date field shows the screen date style (calendar/ScreenDate.h):
//   2026年3月2日 in Chinese, 2026-03-02 in English.
// Installed by AppController::applyAppearance() and by the GUI tests' main.
// Widgets are adjusted when they are polished, i.e. before they are first shown.

namespace rr {

void installUiConventions();

} // namespace rr
