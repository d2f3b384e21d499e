#pragma once
// The one place that decides who may read and write what (issue: accounts,
// roles and the audit trail). Database::write asks checkWrite() before every
// action; the repositories ask for what depends on the record (a 班主任's own
// students, a counsellor's own sessions, who sees counselling notes); the UI
// asks mayRead()/mayWrite() to hide what a role cannot use. Nothing else
// decides.
//
// A principal may hold several roles: what any of them allows is allowed.
// The open principal (a file without accounts) may do everything.
#include "common/Result.h"
#include "security/Principal.h"

#include <QString>

namespace rr {

// The kinds of data a role is allowed or refused, as a whole.
enum class DataArea {
    Students,        // student records, the roster and its import, LRC, attachments
    Ieps,            // IEPs, assessments, the goal bank
    Training,        // training plans and records, timetable, room use, inspections
    Rooms,           // 功能室 and their rules
    Ledger,          // 物资管理台账
    FamilyContacts,  // 家校联系
    Counselling,     // 心理辅导: the sessions (their notes: maySeeCounsellingNotes)
    Guidance,        // guidance visits received (巡回指导)
    SchoolWork,      // the school's archive: groups, contacts, documents, activities, funding
    Settings,        // school profile, calendar, semesters, staff, backups' policy
    Accounts,        // accounts and their roles
};

// The area an Action kind ("student.create", "ledger.item.add") belongs to.
DataArea dataAreaOfAction(const QString &kind);
// The area a printed form (print/FormRegistry's id) shows; a form not named
// here counts as the school's archive.
DataArea dataAreaOfForm(const QString &formId);

class Policy {
public:
    explicit Policy(Principal principal) : m_principal(std::move(principal)) {}

    const Principal &principal() const { return m_principal; }

    // Whether the area's records can be read at all (a 班主任 reads students,
    // but only their own: see readsAllStudents()).
    bool mayRead(DataArea area) const;
    // Whether some change in the area is allowed (for enabling buttons).
    bool mayWrite(DataArea area) const;
    // Whether the Action kind is allowed (before any record is looked at).
    bool mayWriteAction(const QString &kind) const;
    // Refused with ErrorCode::Forbidden and a sentence naming the role and
    // what it may not do. Called at the top of Database::write.
    Result<void> checkWrite(const QString &kind) const;

    // Whether the form may be printed at all; a student's form still needs
    // the student to be readable (security/StudentScope.h).
    bool mayPrintForm(const QString &formId) const { return mayRead(dataAreaOfForm(formId)); }
    Result<void> checkPrintForm(const QString &formId) const;

    // False for a 班主任 alone: they read the students of their own classes.
    bool readsAllStudents() const;
    // The text of a counselling session (topic, observations, follow-up):
    // the resource teacher sees all, a counsellor the sessions they held.
    bool maySeeCounsellingNotes(qint64 counsellorStaffId) const;
    // Whether any counselling text can be seen (the counselling list and its buttons).
    bool maySeeAnyCounsellingNotes() const;
    // A counsellor alone changes only the sessions they hold: `storedCounsellorId`
    // is the session's counsellor before the change (0 for a new session),
    // `newCounsellorId` after it.
    Result<void> checkCounsellingChange(qint64 storedCounsellorId, qint64 newCounsellorId) const;

    // The refusal for a student outside a 班主任's classes.
    static Error studentNotInScope(qint64 studentId);
    // The sentence every refusal starts with: the roles of the account.
    QString rolesText() const;

private:
    bool isOpen() const { return m_principal.isOpen(); }
    bool has(AccountRole role) const { return m_principal.has(role); }
    Principal m_principal;
};

} // namespace rr
