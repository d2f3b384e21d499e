#pragma once
// The one SELECT of a semester with its calendar entries, through any
// executor: the repository's reads, and reads inside another write (the
// timetable checks a slot against its semester in the same transaction).
#include "calendar/Semester.h"
#include "common/Result.h"

namespace rr {

class SqlExecutor;

// A semester not on file is ErrorCode::NotFound, naming its number.
Result<Semester> semesterById(const SqlExecutor &sql, qint64 id);

} // namespace rr
