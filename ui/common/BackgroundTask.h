#pragma once
// Long work (imports, batch printing, backups) runs on a worker thread behind
// a progress dialog with a cancel button, so the window keeps painting and the
// user can stop it. Core reports progress through a callback that returns
// false once the user cancelled; the work itself decides how to stop (an
// import rolls its transaction back).
#include <QString>
#include <functional>

class QWidget;

namespace rr {

using ProgressCallback = std::function<bool(int done, int total)>;

// Runs `work` on a worker thread and returns when it has finished. The
// dialog appears only when the work takes longer than half a second.
void runInBackground(QWidget *parent, const QString &label, const std::function<void(const ProgressCallback &)> &work);

} // namespace rr
