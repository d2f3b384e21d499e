#include "students/OptionalDate.h"

#include <QDateEdit>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
const QDate kEmpty(1950, 1, 1);
}

QDateEdit *makeOptionalDateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kEmpty);
    edit->setSpecialValueText(u"—"_s);
    edit->setDate(kEmpty);
    return edit;
}

void setOptionalDate(QDateEdit *edit, const QDate &date)
{
    edit->setDate(date.isValid() && date > kEmpty ? date : kEmpty);
}

QDate optionalDate(const QDateEdit *edit)
{
    return edit->date() == kEmpty ? QDate() : edit->date();
}

} // namespace rr
