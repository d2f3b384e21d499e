#include "archive/ArchiveCompleteness.h"

#include "security/Policy.h"
#include "security/StudentScope.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int StudentArchiveStatus::satisfiedCount() const
{
    int count = 0;
    for (const ItemStatus &status : items)
        count += status.satisfied ? 1 : 0;
    return count;
}

QList<ArchiveItem> StudentArchiveStatus::missing() const
{
    QList<ArchiveItem> list;
    for (auto it = items.cbegin(); it != items.cend(); ++it)
        if (!it.value().satisfied)
            list.append(it.key());
    return list;
}

static Result<QList<StudentArchiveStatus>> compute(const std::shared_ptr<Database> &db, int schoolYear, qint64 onlyStudent)
{
    auto students = readList(*db, u"SELECT id, name, grade, class_name FROM students "
                                  "WHERE :only = 0 OR id = :only ORDER BY grade, class_name, name"_s,
                             {{":only", onlyStudent}}, [](const SqlRows &q) {
                                 StudentArchiveStatus status;
                                 status.studentId = q.value(0).toLongLong();
                                 status.studentName = q.value(1).toString();
                                 status.grade = q.value(2).toInt();
                                 status.className = q.value(3).toString();
                                 for (ArchiveItem item : allArchiveItems())
                                     status.items.insert(item, ItemStatus{});
                                 return status;
                             });
    if (!students)
        return students;
    // A 班主任's completeness covers the students of their own classes (security/Policy.h).
    const auto scope = studentScope(*db, db->principal());
    if (!scope)
        return scope.error();
    if (onlyStudent != 0 && !scope->contains(onlyStudent))
        return Policy::studentNotInScope(onlyStudent);
    students->removeIf([&](const StudentArchiveStatus &s) { return !scope->contains(s.studentId); });
    QList<StudentArchiveStatus> &result = *students;
    QHash<qint64, int> index;
    for (int row = 0; row < result.size(); ++row)
        index.insert(result.at(row).studentId, row);

    struct Files {
        qint64 studentId;
        ArchiveItem item;
        int schoolYear;
        int count;
    };
    auto files = readList(*db, u"SELECT student_id, archive_item, school_year, count(*) FROM attachments "
                               "WHERE archive_item IS NOT NULL GROUP BY student_id, archive_item, school_year"_s,
                          {}, [](const SqlRows &q) {
                              return Files{q.value(0).toLongLong(), ArchiveItem(q.value(1).toInt()), q.value(2).toInt(),
                                           q.value(3).toInt()};
                          });
    if (!files)
        return files.error();
    for (const Files &f : std::as_const(*files)) {
        const auto row = index.find(f.studentId);
        if (row == index.end())
            continue;
        if (!isOnceOnly(f.item) && f.schoolYear != schoolYear)
            continue;
        ItemStatus &status = result[*row].items[f.item];
        status.files += f.count;
        status.satisfied = true;
    }
    for (const ArchiveRecordSourceEntry &entry : archiveRecordSources()) {
        const auto found = entry.source(*db, schoolYear);
        if (!found)
            return found.error();
        for (auto it = found->cbegin(); it != found->cend(); ++it) {
            const auto row = index.find(it.key());
            if (row == index.end())
                continue;
            ItemStatus &status = result[*row].items[entry.item];
            status.recordEvidence = it.value();
            status.satisfied = true;
        }
    }
    return students;
}

Result<QList<StudentArchiveStatus>> archiveCompleteness(const std::shared_ptr<Database> &db, int schoolYear)
{
    return compute(db, schoolYear, 0);
}

Result<StudentArchiveStatus> archiveStatusOf(const std::shared_ptr<Database> &db, qint64 studentId, int schoolYear)
{
    if (studentId <= 0)   // 0 would mean every student to compute()
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Students", "There is no student with number %1.").arg(studentId));
    const auto list = compute(db, schoolYear, studentId);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Students", "There is no student with number %1.").arg(studentId));
    return list->first();
}

} // namespace rr
