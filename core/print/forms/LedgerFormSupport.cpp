#include "print/forms/LedgerFormSupport.h"

#include "ledger/LedgerItemRepository.h"
#include "print/forms/FormSupport.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

Result<QHash<qint64, LedgerItem>> ledgerItemsById(const FormContext &context)
{
    const auto items = LedgerItemRepository(context.db).list();
    if (!items)
        return items.error();
    QHash<qint64, LedgerItem> byId;
    for (const LedgerItem &item : *items)
        byId.insert(item.id, item);
    return byId;
}

Result<LedgerFormPeriod> ledgerFormPeriod(const FormContext &context)
{
    LedgerFormPeriod period;
    if (context.request.from && context.request.to) {
        period.from = *context.request.from;
        period.to = *context.request.to;
    } else if (const auto semester = requestedSemester(context)) {
        period.from = semester->start;
        period.to = semester->end;
        period.text = semester->name + u" "_s;
    } else if (semester.error().code == ErrorCode::NotFound && !context.request.semesterId) {
        const QDate today = formToday(context);
        period.from = QDate(today.year(), 1, 1);
        period.to = QDate(today.year(), 12, 31);
    } else {
        return semester.error();
    }
    period.text += formDate(period.from) + u"至"_s + formDate(period.to);
    return period;
}

QString ledgerShortDate(const QDate &date)
{
    return date.isValid() ? date.toString(u"yyyy.MM.dd"_s) : QString();
}

} // namespace rr
