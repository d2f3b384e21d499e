#pragma once
// Writes checked roster rows inside the import's one transaction: the
// student, the head teacher as staff (班主任) with the class they lead, and a
// 待核对 flag per warning. Shared by the preview's commit and the streaming
// import.
#include "roster/RosterImport.h"

#include <QDate>
#include <QHash>
#include <memory>

namespace rr {

class Database;
class Transaction;
struct DuplicateIndex;

class ImportWriter {
public:
    // `staffByName`: the staff on file. `source`: the file's name for the
    // flags, may be empty. `known`: the students on file as the transaction
    // sees them, to skip a row imported since it was checked; nullptr when
    // the rows were checked inside this transaction.
    ImportWriter(Transaction &tx, QHash<QString, qint64> staffByName, DuplicateIndex *known, QString source, QDate today);

    // The staff on file by name, for the constructor.
    static Result<QHash<QString, qint64>> staffOnFile(const std::shared_ptr<Database> &db);
    // An import's failure, said so: nothing of it was written.
    static Error notSaved(const Error &error);

    // Writes `row` when it is importable; returns whether it was written.
    Result<bool> write(const ImportRow &row);
    const ImportOutcome &outcome() const { return m_outcome; }

private:
    Transaction &m_tx;
    QHash<QString, qint64> m_staffByName;
    DuplicateIndex *m_known;
    QString m_source;
    QDate m_today;
    ImportOutcome m_outcome;
};

} // namespace rr
