#pragma once
// A QDateEdit that may be left empty: its minimum date stands for "not given"
// and shows as a dash.
#include <QDate>

class QDateEdit;
class QWidget;

namespace rr {

QDateEdit *makeOptionalDateEdit(QWidget *parent);
void setOptionalDate(QDateEdit *edit, const QDate &date);
QDate optionalDate(const QDateEdit *edit);

} // namespace rr
