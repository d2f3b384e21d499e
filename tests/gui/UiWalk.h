#pragma once
// Walking the whole interface, for the checks that must hold on every screen
// (no English in Chinese, nothing clipped): every page of the main window,
// each tab of its tab widgets, and every dialog its buttons open — each dialog
// is looked at, then closed by the walk (rejected, never accepted).
#include "common/Clock.h"
#include "storage/Database.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace rr {
class MainWindow;
}

namespace rr::test {

struct ShownText {
    QString where;   // "page-students › 导入花名册… › importDialog"
    QString text;
};

// A fresh copy of the demo school, built around the clock's today.
std::shared_ptr<Database> openDemoCopy(const Clock &clock);

// Every text a user can see in `root` and its visible children: labels,
// buttons, group boxes, tabs, window titles, headers and cells of item views,
// combo items, placeholders, tool tips, list items, read-only text.
QList<ShownText> visibleTexts(QWidget *root, const QString &where);

// Calls `look(widget, where)` for every page of `window` in each state of its
// tab widgets, and for every window or dialog a visible, enabled push button
// of a page opens (then closes it). Returns the number of dialogs seen.
int walkInterface(MainWindow *window, const std::function<void(QWidget *, const QString &)> &look);

} // namespace rr::test
