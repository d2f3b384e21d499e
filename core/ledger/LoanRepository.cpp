#include "ledger/LoanRepository.h"

#include "common/FieldLimits.h"
#include "ledger/LedgerItemRepository.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "rooms/RuleCheck.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

static const QString kSelect = uR"(
SELECT l.id, l.item_id, l.quantity, l.borrower_staff_id, s.name, l.lent_by, l.lent_on, l.due_on, l.purpose,
       l.returned_on, l.returned_to, l.return_note
FROM ledger_loans l JOIN staff s ON s.id = l.borrower_staff_id )"_s;

static ItemLoan readLoan(const SqlRows &q)
{
    ItemLoan loan;
    loan.id = q.value(0).toLongLong();
    loan.itemId = q.value(1).toLongLong();
    loan.quantity = q.value(2).toInt();
    loan.borrowerId = q.value(3).toLongLong();
    loan.borrowerName = q.value(4).toString();
    loan.lentBy = q.value(5).toString();
    loan.lentOn = dateFromSql(q.value(6));
    loan.dueOn = dateFromSql(q.value(7));
    loan.purpose = q.value(8).toString();
    loan.returnedOn = dateFromSql(q.value(9));
    loan.returnedTo = q.value(10).toString();
    loan.returnNote = q.value(11).toString();
    return loan;
}

static Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }
static Error conflict(const QString &message) { return makeError(ErrorCode::Conflict, message); }

Result<QList<ItemLoan>> LoanRepository::forItem(qint64 itemId) const
{
    return readList(*m_db, kSelect + u"WHERE l.item_id = :id ORDER BY l.lent_on DESC, l.id DESC"_s, {{":id", itemId}},
                    readLoan);
}

Result<QList<ItemLoan>> LoanRepository::list(const SqlExecutor &sql, LoanScope scope)
{
    return readList(sql,
                    kSelect + (scope == LoanScope::Open ? u"WHERE l.returned_on IS NULL "_s : QString())
                        + u"ORDER BY l.returned_on IS NOT NULL, l.due_on, l.id"_s,
                    {}, readLoan);
}

Result<QList<ItemLoan>> LoanRepository::list(LoanScope scope) const { return list(*m_db, scope); }

Result<ItemLoan> LoanRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, kSelect + u"WHERE l.id = :id"_s, {{":id", id}}, readLoan);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The loan does not exist."));
    return **found;
}

Result<qint64> LoanRepository::lend(Transaction &tx, const ItemLoan &loan)
{
    if (loan.quantity < 1 || loan.quantity > kMaxItemQuantity)
        return invalid(QCoreApplication::translate("rr::Ledger", "A quantity must be between 1 and %1.").arg(kMaxItemQuantity));
    if (!loan.lentOn.isValid() || !loan.dueOn.isValid())
        return invalid(QCoreApplication::translate("rr::Ledger", "A loan needs the day it is lent and the day it is due back."));
    if (loan.dueOn < loan.lentOn)
        return invalid(QCoreApplication::translate("rr::Ledger", "The due date cannot be before the day of the loan."));
    if (loan.lentOn.daysTo(loan.dueOn) > kMaxLoanDays)
        return invalid(QCoreApplication::translate("rr::Ledger", "A loan may last at most %1 days.").arg(kMaxLoanDays));
    if (loan.lentBy.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "A loan needs the person who lends the item."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Lent by"), loan.lentBy, FieldKind::PersonName},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Purpose"), loan.purpose, FieldKind::Address}});
        !tooLong)
        return tooLong.error();

    auto borrower = readOne(tx, u"SELECT name, to_date FROM staff WHERE id = :id"_s, {{":id", loan.borrowerId}},
                            [](const SqlRows &q) { return std::pair(q.value(0).toString(), dateFromSql(q.value(1))); });
    if (!borrower)
        return borrower.error();
    if (!*borrower)
        return invalid(QCoreApplication::translate("rr::Ledger", "A loan needs a borrower from the staff list."));
    if ((*borrower)->second.isValid() && (*borrower)->second <= loan.lentOn)
        return conflict(QCoreApplication::translate("rr::Ledger", "%1 has left the school and cannot borrow.")
                            .arg((*borrower)->first));

    auto item = LedgerItemRepository::byId(tx, loan.itemId);
    if (!item)
        return item.error();
    if (item->roomId > 0) {
        auto room = RoomRepository::byId(tx, item->roomId);
        if (!room)
            return room.error();
        auto rules = RoomRuleRepository::forRoom(tx, item->roomId);
        if (!rules)
            return rules.error();
        if (auto allowed = checkLending(*room, *rules); !allowed)
            return allowed.error();
    }
    if (!item->loanable)
        return conflict(QCoreApplication::translate("rr::Ledger", "%1 is marked as not for loan.").arg(item->name));
    if (item->condition != ItemCondition::Good)
        return conflict(QCoreApplication::translate("rr::Ledger", "%1 is %2 and cannot be lent.")
                            .arg(item->name, itemConditionLabel(item->condition)));
    if (loan.quantity > item->available())
        return conflict(QCoreApplication::translate("rr::Ledger", "Only %1 %2 of %3 are available to lend.")
                            .arg(item->available())
                            .arg(item->unit, item->name));

    auto id = tx.insert(u"INSERT INTO ledger_loans(item_id, quantity, borrower_staff_id, lent_by, lent_on, due_on, purpose) "
                        u"VALUES (:item, :q, :who, :by, :on, :due, coalesce(:why, ''))"_s,
                        {{":item", loan.itemId}, {":q", loan.quantity}, {":who", loan.borrowerId},
                         {":by", loan.lentBy.trimmed()}, {":on", isoDate(loan.lentOn)}, {":due", isoDate(loan.dueOn)},
                         {":why", loan.purpose.trimmed()}});
    if (!id)
        return id.error();
    return *id;
}

Result<qint64> LoanRepository::lend(const ItemLoan &loan)
{
    return m_db->writeReturningId({u"ledger.loan.lend"_s, u"ledger item lent"_s},
                                  [&](Transaction &tx) { return lend(tx, loan); });
}

Result<void> LoanRepository::giveBack(Transaction &tx, qint64 loanId, const QDate &date, const QString &receivedBy,
                                      const QString &note)
{
    if (!date.isValid())
        return invalid(QCoreApplication::translate("rr::Ledger", "A return needs its date."));
    if (receivedBy.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("rr::Ledger", "A return needs the person who took the item back."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Received by"), receivedBy, FieldKind::PersonName},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Note"), note, FieldKind::Address}});
        !tooLong)
        return tooLong;
    auto loan = readOne(tx, u"SELECT lent_on, returned_on FROM ledger_loans WHERE id = :id"_s, {{":id", loanId}},
                        [](const SqlRows &q) { return std::pair(dateFromSql(q.value(0)), dateFromSql(q.value(1))); });
    if (!loan)
        return loan.error();
    if (!*loan)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Ledger", "The loan does not exist."));
    if ((*loan)->second.isValid())
        return conflict(QCoreApplication::translate("rr::Ledger", "The loan was returned already."));
    if (date < (*loan)->first)
        return invalid(QCoreApplication::translate("rr::Ledger", "An item cannot come back before it was lent."));
    return run(tx, u"UPDATE ledger_loans SET returned_on = :on, returned_to = :to, return_note = :note WHERE id = :id"_s,
               {{":on", isoDate(date)}, {":to", receivedBy.trimmed()}, {":note", nullIfEmpty(note.trimmed())}, {":id", loanId}});
}

Result<void> LoanRepository::giveBack(qint64 loanId, const QDate &date, const QString &receivedBy, const QString &note)
{
    return m_db->write({u"ledger.loan.return"_s, u"ledger item returned"_s},
                       [&](Transaction &tx) { return giveBack(tx, loanId, date, receivedBy, note); });
}

Result<qint64> LoanRepository::returnItem(qint64 itemId, const QDate &date, const QString &receivedBy, const QString &note)
{
    return m_db->writeReturningId({u"ledger.loan.return"_s, u"ledger item returned"_s}, [&](Transaction &tx) -> Result<qint64> {
        auto item = LedgerItemRepository::byId(tx, itemId);
        if (!item)
            return item.error();
        auto open = readIds(tx, u"SELECT id FROM ledger_loans WHERE item_id = :id AND returned_on IS NULL "
                                u"ORDER BY due_on, id"_s,
                            {{":id", itemId}});
        if (!open)
            return open.error();
        if (open->isEmpty())
            return conflict(QCoreApplication::translate("rr::Ledger", "%1 is not out on loan.").arg(item->name));
        if (auto back = giveBack(tx, open->first(), date, receivedBy, note); !back)
            return back.error();
        return open->first();
    });
}

} // namespace rr
