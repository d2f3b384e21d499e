#include "backup/BackupProgress.h"

#include <QCoreApplication>
#include <numeric>

namespace rr {

namespace {
constexpr int kScale = 1000;
}

ProgressSteps::ProgressSteps(BackupProgress report, QList<int> weights)
    : m_report(std::move(report)), m_weights(std::move(weights)), m_sum(std::accumulate(m_weights.cbegin(), m_weights.cend(), 0))
{
}

bool ProgressSteps::report(int step, qint64 done, qint64 total)
{
    if (m_cancelled)
        return false;
    if (!m_report || m_sum <= 0 || step < 0 || step >= m_weights.size())
        return true;
    const int before = std::accumulate(m_weights.cbegin(), m_weights.cbegin() + step, 0);
    const double within = total > 0 ? double(qBound<qint64>(0, done, total)) / double(total) : 0.0;
    const int value = int((before + within * m_weights.at(step)) * kScale / m_sum);
    m_cancelled = !m_report(value, kScale);
    return !m_cancelled;
}

Error cancelledError()
{
    return makeError(ErrorCode::Cancelled, QCoreApplication::translate("rr::Backup", "Cancelled; no file was changed."));
}

} // namespace rr
