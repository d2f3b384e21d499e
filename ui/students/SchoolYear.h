#pragma once
// The school year the archive is checked for: that of the current semester,
// or, without one, the school year today falls in (it starts in September).
#include <QDate>
#include <memory>

namespace rr {

class Database;

int currentSchoolYear(const std::shared_ptr<Database> &db, const QDate &today);

} // namespace rr
