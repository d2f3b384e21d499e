#include "common/LenientDate.h"

#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QDate parseLenientDate(const QString &raw)
{
    // No date as teachers write one is longer: a cell of pasted text is not
    // normalised and matched whole.
    constexpr qsizetype kMaxDateText = 64;
    if (raw.size() > kMaxDateText)
        return {};
    // NFKC turns full-width digits and punctuation into ASCII.
    const QString text = raw.normalized(QString::NormalizationForm_KC).trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression separated(
        u"^(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*[日号]?(?:\\s.*)?$"_s);
    if (const auto m = separated.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    if (const auto m = compact.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

QDate dateFromExcelSerial(double serial)
{
    // Day 1 is 1900-01-01 and Excel counts a 29 Feb 1900 that never was,
    // so from day 61 on the epoch is 1899-12-30.
    // Written so that NaN is refused too (every comparison with it is false);
    // converting NaN to an integer is undefined behaviour.
    if (!(serial >= 1 && serial <= 2958465))
        return {};
    const qint64 days = qint64(serial);
    return days < 61 ? QDate(1899, 12, 31).addDays(days) : QDate(1899, 12, 30).addDays(days);
}

} // namespace rr
