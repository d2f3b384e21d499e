#pragma once
// Setting a school up, from the first-run dialog or `resourceroom-cli init`:
// the school profile, the current semester and the resource teacher, who
// becomes staff (资源教师) and the current user — all in one action. The
// school also chooses whether accounts protect the file (recommended): then
// the teacher gets the first account, administrator and resource teacher,
// and the administrator's recovery code is made (security/RecoveryCode.h).
#include "calendar/Semester.h"
#include "common/Result.h"
#include "school/SchoolProfile.h"

#include <memory>

namespace rr {

class Database;

// The protection chosen at first run.
struct AccountChoice {
    bool protect = true;
    QString userName;          // the first account's; the teacher's name when empty
    QByteArray adminPassword;  // checked against accountPasswordProblem()
};

class SchoolSetup {
public:
    explicit SchoolSetup(std::shared_ptr<Database> db) : m_db(std::move(db)) {}

    enum class Problem { None, SchoolName, TeacherName, Semester };
    // What is wrong with the input before anything is written (the dialog
    // puts the focus there); the message comes with run()'s error.
    static Problem check(const SchoolProfile &profile, const Semester &semester);
    static Result<void> validate(const SchoolProfile &profile, const Semester &semester);

    // A semester of that name reuses the one on file (a file set up half-way);
    // a staff member of the teacher's name takes the resource teacher's role.
    // Without accounts (the file is not protected).
    Result<void> run(const SchoolProfile &profile, const Semester &semester);
    // With the school's choice; returns the recovery code to show once
    // (empty without protection). With protection the teacher is signed in.
    Result<QString> run(const SchoolProfile &profile, const Semester &semester, const AccountChoice &accounts);

    // The kind and school year a semester of these dates has (CLI init):
    // one starting from August on is an autumn semester.
    static Semester semesterOf(const QString &name, const QDate &start, const QDate &end);

private:
    std::shared_ptr<Database> m_db;
};

} // namespace rr
