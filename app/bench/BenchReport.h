#pragma once
// The benchmark's result: one row per measure with its figure, its target
// and whether the target was met, written as a Markdown table.
#include "Stats.h"

#include <QList>
#include <QString>
#include <optional>

namespace rr::bench {

struct ReportRow {
    QString measure;
    QString figure;
    QString target;               // empty: measured for information, no target
    std::optional<bool> met;
    bool taken = true;            // false: the measure failed; `figure` says why
};

class BenchReport {
public:
    void add(const ReportRow &row) { m_rows.append(row); }
    // A measure that could not be taken: the reason stands in the figure.
    void failed(const QString &measure, const QString &target, const QString &reason);
    const QList<ReportRow> &rows() const { return m_rows; }
    QString markdown(const QString &heading) const;

private:
    QList<ReportRow> m_rows;
};

QString milliseconds(double ms);
QString spreadText(const Spread &spread);   // "median 12.3 ms, p95 15.0 ms (n = 5)"
QString mebibytes(double bytes);

} // namespace rr::bench
