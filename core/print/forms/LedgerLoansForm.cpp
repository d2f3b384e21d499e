#include "print/forms/LedgerLoansForm.h"

#include "ledger/LedgerItemRepository.h"
#include "ledger/LoanRepository.h"
#include "print/forms/FormSupport.h"
#include "print/forms/LedgerFormSupport.h"
#include "print/forms/SchoolWorkFormSupport.h"

#include <QHash>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// 借出中 / 已归还, and how many days past the due date: today for a loan still
// out, the return day for one brought back late.
QString loanState(const ItemLoan &loan, const QDate &today)
{
    if (loan.isOpen()) {
        if (loan.isOverdue(today))
            return u"逾期%1天未还"_s.arg(loan.dueOn.daysTo(today));
        return u"借出中"_s;
    }
    if (loan.dueOn.isValid() && loan.returnedOn > loan.dueOn)
        return u"逾期%1天归还"_s.arg(loan.dueOn.daysTo(loan.returnedOn));
    return u"已归还"_s;
}

} // namespace

Result<FormDocument> buildLedgerLoansForm(const FormContext &context)
{
    const auto basics = schoolFormBasics(context, false);
    if (!basics)
        return basics.error();
    const QDate today = formToday(context);
    const auto period = ledgerFormPeriod(context);
    if (!period)
        return period.error();
    const QDate from = period->from;
    const QDate to = period->to;
    const auto loans = LoanRepository(context.db).list(LoanScope::All);
    if (!loans)
        return loans.error();
    const auto itemsById = ledgerItemsById(context);
    if (!itemsById)
        return itemsById.error();
    const QHash<qint64, LedgerItem> &itemById = *itemsById;

    // Out on any day of the period: lent before its end, not back before its start.
    QList<ItemLoan> listed;
    for (const ItemLoan &loan : *loans)
        if (loan.lentOn <= to && (loan.isOpen() || loan.returnedOn >= from))
            listed.append(loan);
    std::stable_sort(listed.begin(), listed.end(),
                     [](const ItemLoan &a, const ItemLoan &b) { return a.lentOn < b.lentOn; });

    FormTable table;
    table.headers = {u"序号"_s, u"编号"_s, u"物品名称"_s, u"数量"_s, u"借用人"_s, u"用途"_s, u"借出日期"_s,
                     u"应还日期"_s, u"归还日期"_s, u"经办人"_s, u"接收人"_s, u"状态"_s, u"备注"_s};
    table.columnWeights = {9, 17, 28, 10, 18, 40, 20, 20, 20, 16, 16, 24, 19};
    table.compact = true;
    int number = 0;
    int overdue = 0;
    for (const ItemLoan &loan : std::as_const(listed)) {
        const LedgerItem item = itemById.value(loan.itemId);
        if (loan.isOverdue(today))
            ++overdue;
        table.rows.append({QString::number(++number), item.ledgerNo, item.name,
                           u"%1%2"_s.arg(loan.quantity).arg(item.unit.isEmpty() ? u"件"_s : item.unit),
                           loan.borrowerName, loan.purpose, ledgerShortDate(loan.lentOn), ledgerShortDate(loan.dueOn),
                           ledgerShortDate(loan.returnedOn), loan.lentBy, loan.returnedTo, loanState(loan, today),
                           loan.returnNote});
    }
    for (int blank = 0; listed.isEmpty() && blank < 8; ++blank)
        table.rows.append(QStringList(table.headers.size()));

    FormDocument doc;
    doc.orientation = PageOrientation::Landscape;
    doc.title = u"借用登记表"_s;
    doc.confidentialityMark.clear();
    doc.header = {{u"学校"_s, basics->schoolName},
                  {u"时段"_s, period->text},
                  {u"借用"_s, u"%1次，逾期未还%2次"_s.arg(listed.size()).arg(overdue)},
                  {u"打印日期"_s, formDate(today)}};
    doc.add(table, 4);
    doc.add(Paragraph{u"说明：列出本时段内借出在外的全部借用；逾期天数对未归还的计至打印日期，对已归还的计至归还日期。"_s,
                      Paragraph::Style::Note},
            3);
    doc.add(SignatureBlock{{u"保管人"_s, u"负责人"_s}, formDate(today), u"打印日期"_s, true}, 6);
    return doc;
}

} // namespace rr
