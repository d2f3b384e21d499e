#include "alerts/LedgerAlertSource.h"

#include "calendar/ScreenDate.h"
#include "common/Clock.h"
#include "ledger/CareScheduleRepository.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LoanRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString LedgerAlertSource::area() const
{
    return u"ledger"_s;
}

static AlertUrgency urgencyOf(const QDate &date, const QDate &today)
{
    return date < today ? AlertUrgency::Overdue : date == today ? AlertUrgency::Due : AlertUrgency::Upcoming;
}

static QString itemSubject(const LedgerItem &item) { return u"%1 %2"_s.arg(item.ledgerNo, item.name); }

Result<QList<Alert>> LedgerAlertSource::alerts(const std::shared_ptr<Database> &db, const Clock &clock) const
{
    const QDate today = clock.today();
    auto items = LedgerItemRepository::list(*db, ItemFilter{0, 0, QString(), false});
    if (!items)
        return items.error();
    auto categories = LedgerCategoryRepository::all(*db);
    if (!categories)
        return categories.error();
    auto schedules = CareScheduleRepository::all(*db);
    if (!schedules)
        return schedules.error();
    auto loans = LoanRepository::list(*db, LoanScope::Open);
    if (!loans)
        return loans.error();

    QHash<qint64, CategoryKind> kinds;
    for (const LedgerCategory &c : std::as_const(*categories))
        kinds.insert(c.id, c.kind);
    QHash<qint64, LedgerItem> byId;
    for (const LedgerItem &item : std::as_const(*items))
        byId.insert(item.id, item);

    QList<Alert> list;
    for (const CareSchedule &s : std::as_const(*schedules)) {
        if (!byId.contains(s.itemId) || s.nextDueOn > today.addDays(kCareWarningDays))
            continue;
        const LedgerItem &item = byId[s.itemId];
        const QString text = s.nextDueOn < today
            ? QCoreApplication::translate("rr::Ledger", "%1 of %2 (%3) was due on %4.")
                  .arg(careKindLabel(s.kind), item.name, s.task, screenDate(s.nextDueOn))
            : QCoreApplication::translate("rr::Ledger", "%1 of %2 (%3) is due on %4.")
                  .arg(careKindLabel(s.kind), item.name, s.task, screenDate(s.nextDueOn));
        list << Alert{area(), s.kind == CareKind::Inspection ? u"inspection-due"_s : u"maintenance-due"_s,
                      urgencyOf(s.nextDueOn, today), s.nextDueOn, itemSubject(item), text};
    }
    for (const ItemLoan &loan : std::as_const(*loans)) {
        if (loan.dueOn > today.addDays(kLoanReminderDays))
            continue;
        const LedgerItem item = byId.value(loan.itemId);
        const bool overdue = loan.dueOn < today;
        const QString text = overdue
            ? QCoreApplication::translate("rr::Ledger", "%1 lent to %2 was due back on %3.")
                  .arg(item.name, loan.borrowerName, screenDate(loan.dueOn))
            : QCoreApplication::translate("rr::Ledger", "%1 lent to %2 is due back on %3.")
                  .arg(item.name, loan.borrowerName, screenDate(loan.dueOn));
        list << Alert{area(), overdue ? u"loan-overdue"_s : u"loan-due"_s, urgencyOf(loan.dueOn, today), loan.dueOn,
                      itemSubject(item), text};
    }
    for (const LedgerItem &item : std::as_const(*items)) {
        const CategoryKind kind = kinds.value(item.categoryId, CategoryKind::Equipment);
        if (kind == CategoryKind::Medicine && item.expiryDate.isValid() && item.quantity > 0
            && item.expiryDate <= today.addDays(kMedicineWarningDays)) {
            const bool expired = item.expiryDate < today;
            const QString text = expired
                ? QCoreApplication::translate("rr::Ledger", "%1 (batch %2) expired on %3; take it out of use.")
                      .arg(item.name, item.batch, screenDate(item.expiryDate))
                : QCoreApplication::translate("rr::Ledger", "%1 (batch %2) expires on %3.")
                      .arg(item.name, item.batch, screenDate(item.expiryDate));
            list << Alert{area(), expired ? u"medicine-expired"_s : u"medicine-expiring"_s,
                          urgencyOf(item.expiryDate, today), item.expiryDate, itemSubject(item), text};
        }
        if (kind != CategoryKind::Equipment && item.reorderLevel > 0 && item.quantity < item.reorderLevel)
            list << Alert{area(), u"stock-low"_s, AlertUrgency::Due, today, itemSubject(item),
                          QCoreApplication::translate("rr::Ledger", "%1: %2 %3 left, below the reorder level of %4.")
                              .arg(item.name)
                              .arg(item.quantity)
                              .arg(item.unit)
                              .arg(item.reorderLevel)};
    }
    return list;
}

} // namespace rr
