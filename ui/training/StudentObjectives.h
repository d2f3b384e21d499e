#pragma once
// The IEP objectives a training record can name for one student: every
// objective of the student's plans (so an older record still shows its
// scale), and those of the plan in effect on the session's date, which are
// the ones a teacher may add.
#include "common/Result.h"
#include "iep/Iep.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <memory>

namespace rr {

class Database;

struct StudentObjectives {
    QHash<qint64, IepObjective> known;
    QList<qint64> inEffect;            // in the plan's order
    bool hasPlanInEffect = false;

    static Result<StudentObjectives> load(const std::shared_ptr<Database> &db, qint64 studentId, const QDate &date);
    const IepObjective *find(qint64 objectiveId) const;
};

} // namespace rr
