#pragma once
// The measures of resourceroom-bench, each adding its rows to the report.
#include "BenchReport.h"
#include "common/Clock.h"

#include <QString>
#include <memory>

namespace rr {
class Database;
}

namespace rr::bench {

struct BenchSetup {
    QString dataFile;                     // the school measured (never written)
    QString programDir;                   // where resourceroom, -cli and -bare-window are
    QString workDir;                      // temporary: copies, CSV files, PDFs
    int runs = 5;                         // repetitions of each measure
    std::shared_ptr<Database> db;         // opened without the writer lock
    std::shared_ptr<const Clock> clock;
};

// Start to window shown: the program on the file next to a bare Qt window,
// alternating, each a child process. Also records the program's peak memory.
void measureStart(const BenchSetup &setup, BenchReport &report, long *peakKiB);
// Roster, search keystrokes, a student's page, an IEP PDF, a month of
// training records and the inspection of the semester, in this process.
void measureScreensAndForms(const BenchSetup &setup, BenchReport &report);
// The real import (resourceroom-cli import-roster) of 2,000 and 20,000 rows,
// each into a fresh copy of the file.
void measureImports(const BenchSetup &setup, BenchReport &report, long *peakKiB);

} // namespace rr::bench
