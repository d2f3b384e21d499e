#pragma once
// The roster (花名册): every student with what lists filter and search on.
#include "common/Result.h"
#include "lrc/LrcWorkflow.h"
#include "students/PinyinIndex.h"
#include "students/Student.h"

#include <QList>
#include <memory>
#include <optional>

namespace rr {

class Database;

struct RosterEntry {
    StudentSummary student;
    LrcState lrcState = LrcState::None;
    QString headTeacher;
    PinyinKeys pinyin;
};

struct RosterFilter {
    int grade = 0;                          // 0: every grade
    QString className;                      // empty: every class
    std::optional<NeedCategory> need;
    std::optional<LrcState> lrcState;
    std::optional<Placement> placement;
    QString query;                          // name, full pinyin or initials

    bool matches(const RosterEntry &entry) const;
};

Result<QList<RosterEntry>> loadRoster(const std::shared_ptr<Database> &db);

} // namespace rr
