#pragma once
// Progress of a backup or a restore: several steps (copy, check, encrypt,
// check again) reported as one bar. The callback returns false once the
// user cancelled; the work then stops at the next step and leaves every file
// as it was (ErrorCode::Cancelled).
#include "common/Result.h"

#include <QList>
#include <functional>

namespace rr {

using BackupProgress = std::function<bool(int done, int total)>;

class ProgressSteps {
public:
    // `weights` of the steps in the order they run, e.g. {60, 10, 30}.
    ProgressSteps(BackupProgress report, QList<int> weights);
    // Reports `done` of `total` within `step`; false when cancelled.
    bool report(int step, qint64 done, qint64 total);
    bool cancelled() const { return m_cancelled; }

private:
    BackupProgress m_report;
    QList<int> m_weights;
    int m_sum = 0;
    bool m_cancelled = false;
};

Error cancelledError();

} // namespace rr
