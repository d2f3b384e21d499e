#include "archive/ArchiveCompleteness.h"

#include "storage/Database.h"

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

static QList<StudentArchiveStatus> compute(const std::shared_ptr<Database> &db, int schoolYear, qint64 onlyStudent)
{
    QList<StudentArchiveStatus> result;
    QHash<qint64, int> index;
    auto students = db->exec(u"SELECT id, name, grade, class_name FROM students "
                              "WHERE :only = 0 OR id = :only ORDER BY grade, class_name, name"_s,
                              {{":only", onlyStudent}});
    while (students && students->next()) {
        StudentArchiveStatus status;
        status.studentId = students->value(0).toLongLong();
        status.studentName = students->value(1).toString();
        status.grade = students->value(2).toInt();
        status.className = students->value(3).toString();
        for (ArchiveItem item : allArchiveItems())
            status.items.insert(item, ItemStatus{});
        index.insert(status.studentId, int(result.size()));
        result.append(status);
    }
    auto files = db->exec(u"SELECT student_id, archive_item, school_year, count(*) FROM attachments "
                           "WHERE archive_item IS NOT NULL GROUP BY student_id, archive_item, school_year"_s);
    while (files && files->next()) {
        const auto row = index.find(files->value(0).toLongLong());
        if (row == index.end())
            continue;
        const auto item = ArchiveItem(files->value(1).toInt());
        if (!isOnceOnly(item) && files->value(2).toInt() != schoolYear)
            continue;
        ItemStatus &status = result[*row].items[item];
        status.files += files->value(3).toInt();
        status.satisfied = true;
    }
    for (const ArchiveRecordSourceEntry &entry : archiveRecordSources()) {
        const QHash<qint64, QString> found = entry.source(*db, schoolYear);
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            const auto row = index.find(it.key());
            if (row == index.end())
                continue;
            ItemStatus &status = result[*row].items[entry.item];
            status.recordEvidence = it.value();
            status.satisfied = true;
        }
    }
    return result;
}

QList<StudentArchiveStatus> archiveCompleteness(const std::shared_ptr<Database> &db, int schoolYear)
{
    return compute(db, schoolYear, 0);
}

StudentArchiveStatus archiveStatusOf(const std::shared_ptr<Database> &db, qint64 studentId, int schoolYear)
{
    const auto list = compute(db, schoolYear, studentId);
    return list.isEmpty() ? StudentArchiveStatus{} : list.first();
}

} // namespace rr
