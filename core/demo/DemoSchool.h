#pragma once
// The demo school: a realistic school with students, staff, rooms and a
// semester of data, built fresh on demand so a newcomer sees a living program.
// Dates are laid out around the clock's today, so the demo never looks stale.
#include "common/Clock.h"
#include "common/Result.h"
#include "calendar/Semester.h"

#include <QString>

namespace rr {

// Writes the demo school to `path`, which must not exist yet.
Result<void> writeDemoSchool(const QString &path, const Clock &clock);

// The semester before `current`, with the dates the demo and the benchmark
// school use (spring 2月24日–7月10日, autumn 9月1日–1月20日).
Semester previousSemester(const Semester &current);

// A fresh copy in a temporary folder that lives until the program exits.
Result<QString> temporaryDemoSchool(const Clock &clock);
// Whether this program made `path` with temporaryDemoSchool(): the program
// then opens it signed in as the demo's resource teacher without asking.
// Only files made by this process count, never a file that looks like the demo.
bool isTemporaryDemoSchool(const QString &path);

} // namespace rr
