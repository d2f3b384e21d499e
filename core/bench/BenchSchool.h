#pragma once
// A large school for measuring speed (resourceroom-cli bench-data): N
// students over Y school years, each with an IEP every semester they were
// enrolled, about 40 signed training records a semester with progress data,
// a yearly assessment and, on request, a scanned file a year. Built from the
// demo's people, rooms, goal bank and record texts, through the repositories
// (every rule a real entry meets applies), one transaction per chunk of
// students. Deterministic: the same size and today give the same school.
#include "common/Clock.h"
#include "common/Result.h"

#include <QString>
#include <functional>

namespace rr {

struct BenchSize {
    static constexpr int kMaxStudents = 5000;
    static constexpr int kMaxYears = 20;
    int students = 600;
    int years = 10;
    bool attachments = false;
};

struct BenchSchoolCounts {
    int students = 0;
    int semesters = 0;
    int ieps = 0;
    int sessions = 0;
    int progressPoints = 0;
    int assessments = 0;
    int attachments = 0;
};

// Refuses sizes outside 1…kMaxStudents students and 1…kMaxYears years.
Result<void> checkBenchSize(const BenchSize &size);

// Writes the school to `path`, which must not exist yet (it is never
// replaced); on failure the partial file is removed. `progress` is told the
// students written so far.
Result<BenchSchoolCounts> writeBenchSchool(const QString &path, const Clock &clock, const BenchSize &size,
                                           const std::function<void(int done, int total)> &progress = {});

} // namespace rr
