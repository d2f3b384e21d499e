#pragma once
#include "common/Result.h"
#include "students/Student.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <memory>
#include <optional>

namespace rr {

class Database;
class SqlExecutor;
class Transaction;

// The keys of the duplicate rule (ID number; normalised name and birth
// date), loaded once so that an import looks each row up in a hash.
struct DuplicateIndex {
    QHash<QString, qint64> byIdNumber;
    QHash<QString, qint64> byNameAndBirth;
    std::optional<qint64> find(const Student &student) const;
    void insert(qint64 studentId, const Student &student);
    static QString nameBirthKey(const QString &name, const QDate &birthDate);
};

class StudentRepository {
public:
    explicit StudentRepository(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    // Reads obey security/Policy: a 班主任's account gets the students of
    // their own classes only, and byId/find of another is ErrorCode::Forbidden.
    Result<QList<StudentSummary>> summaries() const;        // ordered by grade, class, name
    // A student no longer on file is ErrorCode::NotFound.
    Result<Student> byId(qint64 id) const;
    // `key` is an id or an exact name, as the CLI's --student takes it.
    // Two students of the same name make it ambiguous: an error says so.
    Result<Student> find(const QString &key) const;
    Result<int> count() const;

    Result<qint64> add(const Student &student);
    static Result<qint64> add(Transaction &tx, const Student &student);
    static Result<void> validate(const Student &student);
    // Replaces the stored record (needs and guardians included) by `student`.
    Result<void> update(const Student &student);
    static Result<void> update(Transaction &tx, const Student &student);
    Result<void> remove(qint64 studentId);
    // An existing student with the same ID number, or else the same name and
    // birth date: the rule that keeps imports from adding anybody twice.
    Result<std::optional<qint64>> findDuplicate(const Student &student) const;
    // Every student's duplicate keys, in one query (also inside an import's write).
    static Result<DuplicateIndex> duplicateIndex(const SqlExecutor &sql);
    // The students of the classes `staffId` leads as 班主任: those naming them
    // as head teacher, and those of a class on their "head teacher of" list
    // (三年级2班, or the class alone). Read by security/StudentScope.
    static Result<QSet<qint64>> idsLedBy(const SqlExecutor &sql, qint64 staffId);

private:
    static Result<void> writeChildren(Transaction &tx, qint64 studentId, const Student &student);
    Result<QList<Need>> needsOf(qint64 studentId) const;
    Result<QList<Guardian>> guardiansOf(qint64 studentId) const;
    std::shared_ptr<Database> m_db;
};

} // namespace rr
