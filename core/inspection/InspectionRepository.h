#pragma once
// Saved inspections: the school's record of what it found and demanded, kept
// as issued (the database refuses changes), so the next inspection can say
// what has been fixed since.
#include "common/Result.h"
#include "inspection/InspectionResult.h"

#include <memory>
#include <optional>

namespace rr {

class Database;
class Transaction;

struct InspectionSummary {
    qint64 id = 0;
    QDate inspectedOn;
    QDate from;
    QDate to;
    QString inspector;
    int problems = 0;          // open and repeated
    int resolved = 0;
    bool operator==(const InspectionSummary &) const = default;
};

class InspectionRepository {
public:
    explicit InspectionRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    Result<QList<InspectionSummary>> list() const;                 // newest first
    Result<InspectionResult> byId(qint64 inspectionId) const;       // NotFound naming the number
    Result<std::optional<InspectionResult>> latest() const;        // the last saved, if any

    // Saves the result as one action and returns its id; a result that was
    // already saved (id set) is refused.
    Result<qint64> save(const InspectionResult &result);
    static Result<qint64> save(Transaction &tx, const InspectionResult &result);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
