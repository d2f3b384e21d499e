#pragma once
// Every printable form, by id. A form is a function from the data to a
// FormDocument; the same document goes to a PDF file, a printer or a preview.
// To add a form: write core/print/forms/<Name>Form.cpp with a build function
// and add one entry to the list in FormRegistry.cpp.
#include "common/Clock.h"
#include "common/Result.h"
#include "print/FormDocument.h"

#include <QDate>
#include <QList>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace rr {

class Database;

// What a form needs to be told: which student, which semester, and for the
// resource-room forms which room, which dates, which record or inspection.
// Room: a room. RoomPeriod: a room and a date range. StudentPeriod: a
// student and a date range, or one session. SemesterWeek: a semester and
// optionally one of its teaching weeks. Inspection: a saved inspection or a
// date range to inspect.
enum class FormScope { School, Student, Semester, StudentSemester, Room, RoomPeriod, StudentPeriod, SemesterWeek, Inspection };

struct FormRequest {
    std::optional<qint64> studentId;
    std::optional<qint64> semesterId;   // empty: the current semester
    // {} so that {student, semester} still initialises a request.
    std::optional<qint64> roomId{};
    std::optional<qint64> sessionId{};    // one training record
    std::optional<qint64> inspectionId{}; // a saved inspection
    std::optional<QDate> from{};          // a date range, first and last day inclusive
    std::optional<QDate> to{};
    std::optional<int> teachingWeek{};    // 第N周 of the semester
    std::optional<qint64> stocktakeId{};  // a ledger stocktake; empty: the latest
};

struct FormContext {
    std::shared_ptr<Database> db;
    std::shared_ptr<const Clock> clock;
    FormRequest request;
};

struct FormSpec {
    QString id;          // stable, used by the CLI: "student-info"
    QString title;       // Chinese, as printed: 学生基本情况登记表
    FormScope scope = FormScope::School;
    std::function<Result<FormDocument>(const FormContext &)> build;
};

const QList<FormSpec> &allForms();
const FormSpec *findForm(const QString &id);

} // namespace rr
