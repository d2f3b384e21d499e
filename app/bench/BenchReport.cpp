#include "BenchReport.h"

#include <QCoreApplication>

namespace rr::bench {

using namespace Qt::Literals::StringLiterals;

void BenchReport::failed(const QString &measure, const QString &target, const QString &reason)
{
    m_rows.append({measure, QCoreApplication::translate("rr::Bench", "not measured: %1").arg(reason.simplified()), target,
                   false, false});
}

QString BenchReport::markdown(const QString &heading) const
{
    QString text = heading + u"\n\n| "_s + QCoreApplication::translate("rr::Bench", "Measure") + u" | "_s
                   + QCoreApplication::translate("rr::Bench", "Figure") + u" | "_s
                   + QCoreApplication::translate("rr::Bench", "Target") + u" | "_s
                   + QCoreApplication::translate("rr::Bench", "Met") + u" |\n|---|---|---|---|\n"_s;
    for (const ReportRow &row : m_rows) {
        const QString met = !row.met ? u"—"_s
                            : *row.met ? QCoreApplication::translate("rr::Bench", "met")
                                       : QCoreApplication::translate("rr::Bench", "missed");
        text += u"| "_s + row.measure + u" | "_s + row.figure + u" | "_s + (row.target.isEmpty() ? u"—"_s : row.target)
                + u" | "_s + met + u" |\n"_s;
    }
    return text;
}

QString milliseconds(double ms)
{
    return QCoreApplication::translate("rr::Bench", "%1 ms").arg(ms, 0, 'f', ms < 10 ? 2 : 1);
}

QString spreadText(const Spread &spread)
{
    return QCoreApplication::translate("rr::Bench", "median %1, p95 %2 (n = %3)")
        .arg(milliseconds(spread.median), milliseconds(spread.p95))
        .arg(spread.runs);
}

QString mebibytes(double bytes)
{
    return QCoreApplication::translate("rr::Bench", "%1 MB").arg(bytes / 1048576.0, 0, 'f', 1);
}

} // namespace rr::bench
