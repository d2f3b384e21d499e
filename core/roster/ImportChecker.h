#pragma once
// Checking a roster's rows one at a time, as they are read. Each row becomes
// an ImportRow with its errors and warnings; the duplicate rule (already on
// file, or the same student as an earlier row of the file) is a hash lookup
// per row, so checking is linear in the rows. The preview keeps every row;
// the streaming import (RosterImportStream.h) keeps none.
#include "roster/RosterImport.h"
#include "students/StudentRepository.h"

namespace rr {

class ImportChecker {
public:
    // `onFile`: the duplicate keys of the students already on file.
    // `mapping`: one field per column of the header row.
    ImportChecker(DuplicateIndex onFile, QList<RosterField> mapping);

    // One row of the file below the header: `readError` when the reader
    // could not read it (the row is refused with that reason).
    ImportRow check(const QStringList &cells, int line, const QString &readError = {});

private:
    QList<RosterField> m_mapping;
    DuplicateIndex m_onFile;
    DuplicateIndex m_inFile;   // rows of this file that will be imported
};

// No header row among the first rows of a file.
Error noHeaderRowError();
// The mapping of a header row, or an error when no column holds the names.
Result<QList<RosterField>> importMapping(const QStringList &headers, QList<RosterField> mapping = {});

} // namespace rr
