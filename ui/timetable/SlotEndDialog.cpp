#include "timetable/SlotEndDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SlotEndDialog::SlotEndDialog(const TimetableSlot &slot, const QString &what, const QDate &suggested, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"slotEndDialog"_s);
    setWindowTitle(tr("End slot"));
    auto *intro = new QLabel(tr("%1 meets for the last time on the day below. Its earlier meetings and their records "
                                "stay; it no longer appears from the next day on.")
                                 .arg(what),
                             this);
    intro->setWordWrap(true);
    m_date = new QDateEdit(this);
    m_date->setObjectName(u"slotEndDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    if (slot.validFrom.isValid() && slot.validUntil.isValid()) {
        m_date->setDateRange(slot.validFrom, slot.validUntil);
        m_date->setDate(std::clamp(suggested, slot.validFrom, slot.validUntil));
    } else {
        m_date->setDate(suggested);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("Last day"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(400);
}

QDate SlotEndDialog::lastDay() const
{
    return m_date->date();
}

} // namespace rr
