#pragma once
// For the benchmark (resourceroom-bench): with RR_REPORT_FIRST_SHOW=1 in the
// environment, the program prints one line once its first window has been
// exposed and painted —
//     first-show <CLOCK_MONOTONIC nanoseconds> <peak resident KiB>
// — and quits. The benchmark starts the program and a bare Qt window the same
// way and compares. Header-only and Widgets-free, so the bare window uses it
// without linking the program.
#include "common/PeakMemory.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWindow>

#include <cstdio>
#include <time.h>

namespace rr {

class FirstShowReport final : public QObject {
public:
    static void installIfAsked(QCoreApplication &app)
    {
        if (qEnvironmentVariableIntValue("RR_REPORT_FIRST_SHOW") == 1)
            app.installEventFilter(new FirstShowReport(&app));
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Expose) {
            const auto *window = qobject_cast<QWindow *>(watched);
            if (window && window->isExposed()) {
                m_seen = true;
                // Queued: the window paints while it handles this expose event.
                QTimer::singleShot(0, this, [] {
                    timespec now{};
                    clock_gettime(CLOCK_MONOTONIC, &now);
                    std::printf("first-show %lld %ld\n", static_cast<long long>(now.tv_sec) * 1000000000LL + now.tv_nsec,
                                peakResidentKiB());
                    std::fflush(stdout);
                    QCoreApplication::exit(0);
                });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    using QObject::QObject;
    bool m_seen = false;
};

} // namespace rr
