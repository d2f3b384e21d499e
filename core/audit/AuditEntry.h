#pragma once
// What the audit trail holds, as read back: one entry per user action (or
// logged read), with the rows it changed and each field before and after.
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QVariant>

namespace rr {

struct AuditFieldChange {
    QString field;      // the column
    QVariant before;    // null: empty, or no row before (an insert)
    QVariant after;     // null: empty, or no row after (a delete)
    bool masked = false;   // sensitive: the trail keeps only whether it changed
};

struct AuditRowChange {
    QString op;         // insert, update, delete
    QString table;
    qint64 rowId = 0;
    qint64 studentId = 0;   // 0: the row belongs to no student
    QList<AuditFieldChange> fields;   // insert/delete: every non-empty field; update: the changed ones
};

struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString userName;   // the account's sign-in name; empty on a file without accounts
    QString kind;       // Action::kind, e.g. student.update; access.* for a logged read
    QString summary;
    QString readTable;  // a logged read: the record opened
    qint64 readId = 0;
    int changeCount = 0;
    QList<AuditRowChange> changes;   // filled by history(); search() leaves it empty
};

// The whole trail's filter; empty parts filter nothing.
struct AuditFilter {
    QString actor;      // exact name, or the account's user name
    QDate since;        // inclusive
    QDate until;        // inclusive
    QString kind;       // a kind or its area: "student" finds student.update and student.create
    QString recordTable;   // with recordId: actions that changed or read this record
    qint64 recordId = 0;
    int limit = 0;      // 0: all
};

} // namespace rr
