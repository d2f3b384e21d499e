#pragma once
// Retention of the data of students who left: after N years (a setting of
// the data file, default 3) they are listed for review, and deleting one
// removes the student with every record that belongs to them (needs,
// guardians, archive attachments with their files, IEPs, progress data,
// their rows of training records, contacts, counselling …) in one logged
// action, refused without an explicit confirmation.
//
// "Left" is the student's last LRC step in force being 撤销 (transfer,
// graduation, …; a step voided by a correction does not count); its date
// starts the period.
#include "common/Result.h"

#include <QDate>
#include <QList>
#include <QString>
#include <memory>

namespace rr {

class Database;

struct RetentionCandidate {
    qint64 studentId = 0;
    QString name;
    QString className;
    QDate leftOn;
    QString reason;       // the 撤销's reason as recorded
    int attachments = 0;  // archive files that go with the student
};

struct RetentionOutcome {
    int rows = 0;          // every row removed, the student's own included
    int attachments = 0;
};

class Retention {
public:
    static constexpr int kDefaultYears = 3;
    static constexpr int kMinYears = 1;
    static constexpr int kMaxYears = 30;

    explicit Retention(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    static QString settingsKey();
    Result<int> years() const;
    Result<void> setYears(int years);

    // Students who left more than `years` years before today, longest gone first.
    Result<QList<RetentionCandidate>> candidates(int years) const;
    Result<QList<RetentionCandidate>> candidates() const;

    // Deletes a candidate (under the current setting) and all their records.
    // `confirmed` must be true: the caller asked the person and they agreed.
    Result<RetentionOutcome> deleteStudent(qint64 studentId, bool confirmed);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
