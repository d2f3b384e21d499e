#pragma once
// Importing a roster: a preview lists every row with its problems; only the
// clean rows are imported, in one transaction; cancelling writes nothing;
// a student already on file is never added again.
#include "common/Result.h"
#include "roster/RosterColumns.h"
#include "roster/TableFile.h"
#include "students/Student.h"

#include <functional>
#include <memory>

namespace rr {

class Database;

enum class ImportRowStatus { Ready, Invalid, Duplicate };

struct ImportRow {
    int line = 0;                 // row number in the file, 1-based as Excel shows it
    Student student;
    QString headTeacherName;
    ImportRowStatus status = ImportRowStatus::Ready;
    QStringList problems;         // in the user's language
};

struct ImportPreview {
    QStringList headers;
    QList<RosterField> mapping;
    QList<ImportRow> rows;
    QString encoding;
    int readyCount() const;
};

struct ImportOutcome {
    int imported = 0;
    int skipped = 0;
    int staffAdded = 0;           // head teachers not yet on file
};

// `mapping` empty: guessed from the header row.
Result<ImportPreview> buildImportPreview(const std::shared_ptr<Database> &db, const TableData &table,
                                         QList<RosterField> mapping = {});

// Called after each row; return false to cancel (nothing is written then).
using ImportProgress = std::function<bool(int done, int total)>;
Result<ImportOutcome> commitImport(const std::shared_ptr<Database> &db, const ImportPreview &preview,
                                   const ImportProgress &progress = {});

} // namespace rr
