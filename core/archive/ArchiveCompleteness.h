#pragma once
// Which student lacks which of the ten archive items in a school year. An
// item is satisfied by an attached file or by records kept in the program
// (an LRC confirmation, the family history typed in; later IEPs and
// assessments). Record sources are listed in ArchiveRecordSources.cpp.
#include "archive/ArchiveItem.h"
#include "common/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <functional>
#include <memory>

namespace rr {

class Database;

struct ItemStatus {
    bool satisfied = false;
    int files = 0;
    QString recordEvidence;   // Chinese, e.g. 中心确认 2026-09-20; empty if none
};

struct StudentArchiveStatus {
    qint64 studentId = 0;
    QString studentName;
    int grade = 0;
    QString className;
    QMap<ArchiveItem, ItemStatus> items;
    int satisfiedCount() const;
    QList<ArchiveItem> missing() const;
};

// Student id → evidence text, for one item and school year.
using ArchiveRecordSource = std::function<Result<QHash<qint64, QString>>(const Database &db, int schoolYear)>;
struct ArchiveRecordSourceEntry {
    ArchiveItem item;
    ArchiveRecordSource source;
};
const QList<ArchiveRecordSourceEntry> &archiveRecordSources();

Result<QList<StudentArchiveStatus>> archiveCompleteness(const std::shared_ptr<Database> &db, int schoolYear);
// NotFound for a student not on file.
Result<StudentArchiveStatus> archiveStatusOf(const std::shared_ptr<Database> &db, qint64 studentId, int schoolYear);

} // namespace rr
