#pragma once
// Importing a roster: a preview lists every row with its problems at two
// levels. An error (no name, an impossible date, an invalid ID number …)
// skips the row; a warning (the certificate against the category or grade,
// the sex against the ID number, an implausible phone number) imports the
// row and flags the student 待核对. All rows go in one transaction;
// cancelling or a failed commit writes nothing; a student already on file is
// never added again.
#include "common/Result.h"
#include "roster/RosterColumns.h"
#include "roster/TableFile.h"
#include "students/ReviewFlag.h"
#include "students/Student.h"

#include <QSet>
#include <functional>
#include <memory>

namespace rr {

class Clock;
class Database;

enum class ImportRowStatus {
    Ready,       // imported
    Flagged,     // imported, with warnings kept as 待核对 flags
    Invalid,     // skipped for an error
    Duplicate,   // skipped: already on file
};

struct ImportWarning {
    ReviewKind kind = ReviewKind::Other;
    QString message;             // in the user's language
    bool operator==(const ImportWarning &) const = default;
};

struct ImportRow {
    int line = 0;                 // row number in the file, 1-based as Excel shows it
    int tableRow = 0;             // index into TableData::rows
    QStringList cells;            // the row's cells as read (after any correction)
    Student student;
    QString headTeacherName;
    ImportRowStatus status = ImportRowStatus::Ready;
    QStringList problems;         // errors, in the user's language: the row is skipped
    QList<ImportWarning> warnings;
    bool importable() const { return status == ImportRowStatus::Ready || status == ImportRowStatus::Flagged; }
    QStringList warningTexts() const;
};

struct ImportPreview {
    QStringList headers;
    QList<RosterField> mapping;
    QList<ImportRow> rows;
    QString encoding;
    QString source;               // the file's name, for the flags' source; may be empty
    int readyCount() const;       // rows that will be imported, flagged ones included
    int countOf(ImportRowStatus status) const;
    int warningCount() const;     // warnings over all importable rows
};

struct ImportOutcome {
    int imported = 0;
    int flagged = 0;              // imported students with 待核对 flags
    int skipped = 0;
    int staffAdded = 0;           // head teachers not yet on file
    QSet<int> importedLines;      // file lines of the rows imported
};

// `mapping` empty: guessed from the header row.
Result<ImportPreview> buildImportPreview(const std::shared_ptr<Database> &db, const TableData &table,
                                         QList<RosterField> mapping = {});

// Replaces one cell of the table (a correction made in the preview); the
// caller builds the preview again, so the row is checked at once.
void correctTableCell(TableData &table, int tableRow, int column, const QString &text);

// Called after each row; return false to cancel (nothing is written then).
using ImportProgress = std::function<bool(int done, int total)>;
// The flags are dated by `clock`. On failure nothing was written, and the
// message says so.
Result<ImportOutcome> commitImport(const std::shared_ptr<Database> &db, const ImportPreview &preview, const Clock &clock,
                                   const ImportProgress &progress = {});

} // namespace rr
