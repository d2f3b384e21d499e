#pragma once
// Dates as teachers type them: 2015-03-12, 2016.9.1, 2014年11月5日,
// 2017/2/28, 20150312, with full-width digits too; and Excel's day numbers.
#include <QDate>
#include <QString>

namespace rr {

// Invalid for anything else, and for text over 64 characters.
QDate parseLenientDate(const QString &text);
QDate dateFromExcelSerial(double serial);   // 1900 date system

} // namespace rr
