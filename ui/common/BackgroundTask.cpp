#include "common/BackgroundTask.h"

#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <atomic>
#include <memory>

namespace rr {

void runInBackground(QWidget *parent, const QString &label, const std::function<void(const ProgressCallback &)> &work)
{
    std::atomic<int> done{0};
    std::atomic<int> total{0};
    std::atomic<bool> cancelled{false};
    const ProgressCallback report = [&](int d, int t) {
        done = d;
        total = t;
        return !cancelled.load();
    };
    std::unique_ptr<QThread> thread(QThread::create([&] { work(report); }));

    QProgressDialog progress(label, QProgressDialog::tr("Cancel"), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] { cancelled = true; });
    // The worker only touches atomics; the dialog is updated here, in the UI thread.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        progress.setMaximum(qMax(1, total.load()));
        progress.setValue(qMin(done.load(), progress.maximum()));
    });
    QEventLoop loop;
    QObject::connect(thread.get(), &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(50);
    thread->start();
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    poll.stop();
    progress.reset();
}

} // namespace rr
