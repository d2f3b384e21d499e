#include "roster/Roster.h"

#include "lrc/LrcRepository.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

bool RosterFilter::matches(const RosterEntry &e) const
{
    if (grade > 0 && e.student.grade != grade)
        return false;
    if (!className.isEmpty() && e.student.className != className)
        return false;
    if (placement && e.student.placement != *placement)
        return false;
    if (lrcState && e.lrcState != *lrcState)
        return false;
    if (need) {
        const bool has = std::any_of(e.student.needs.cbegin(), e.student.needs.cend(),
                                     [&](const Need &n) { return n.category == *need; });
        if (!has)
            return false;
    }
    return matchesNameQuery(e.student.name, e.pinyin, query);
}

Result<QList<RosterEntry>> loadRoster(const std::shared_ptr<Database> &db)
{
    const auto states = LrcRepository(db).allStates();
    if (!states)
        return states.error();
    auto teachers = readList(*db, u"SELECT s.id, t.name FROM students s JOIN staff t ON t.id = s.head_teacher_id"_s, {},
                             [](const SqlRows &q) { return std::pair{q.value(0).toLongLong(), q.value(1).toString()}; });
    if (!teachers)
        return teachers.error();
    const QHash<qint64, QString> headTeachers(teachers->cbegin(), teachers->cend());
    const auto summaries = StudentRepository(db).summaries();
    if (!summaries)
        return summaries.error();
    QList<RosterEntry> roster;
    for (const StudentSummary &summary : *summaries)
        roster.append(RosterEntry{summary, states->value(summary.id, LrcState::None), headTeachers.value(summary.id),
                                  pinyinKeys(summary.name)});
    return roster;
}

} // namespace rr
