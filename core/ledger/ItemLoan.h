#pragma once
// 借出/归还: a loan of an item to a staff member, open until returned.
#include <QDate>
#include <QString>

namespace rr {

struct ItemLoan {
    qint64 id = 0;
    qint64 itemId = 0;
    int quantity = 1;
    qint64 borrowerId = 0;   // staff
    QString borrowerName;    // read with the loan
    QString lentBy;
    QDate lentOn;
    QDate dueOn;
    QString purpose;
    QDate returnedOn;        // null while out
    QString returnedTo;
    QString returnNote;

    bool isOpen() const { return !returnedOn.isValid(); }
    bool isOverdue(const QDate &today) const { return isOpen() && dueOn < today; }
    bool operator==(const ItemLoan &) const = default;
};

// What a loan list shows.
enum class LoanScope { Open, All };

// How many days before the due date a loan is reminded of.
inline constexpr int kLoanReminderDays = 3;
inline constexpr int kMaxLoanDays = 366;

} // namespace rr
