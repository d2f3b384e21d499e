#include "family/ContactDialog.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/TimeEdit.h"
#include "family/FamilyContactRepository.h"
#include "family/StaffChoice.h"
#include "students/OptionalDate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ContactDialog::ContactDialog(Session session, const FamilyContact &contact, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_original(contact)
{
    setObjectName(u"contactDialog"_s);
    setWindowTitle(contact.id > 0 ? tr("Edit family contact") : tr("Record a family contact"));
    const QDateTime now = m_session.clock->now();

    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"contactKind"_s);
    for (ContactKind kind : allContactKinds())
        m_kind->addItem(contactKindLabel(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(contact.kind))));
    m_date = new QDateEdit(contact.date.isValid() ? contact.date : now.date(), this);
    m_date->setObjectName(u"contactDate"_s);
    m_date->setCalendarPopup(true);
    m_time = new TimeEdit(contact.time.isValid() ? contact.time : QTime(now.time().hour(), 0), this);
    m_time->setObjectName(u"contactTime"_s);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(u"contactStaff"_s);
    m_present = new QLineEdit(contact.familyPresent, this);
    m_present->setObjectName(u"contactPresent"_s);
    m_present->setPlaceholderText(tr("e.g. 母亲、祖母"));
    m_present->setMaxLength(200);
    auto text = [this](const QString &name, const QString &value) {
        auto *edit = new QPlainTextEdit(value, this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setMinimumHeight(60);
        return edit;
    };
    m_content = text(u"contactContent"_s, contact.content);
    m_views = text(u"contactViews"_s, contact.familyViews);
    m_followUp = text(u"contactFollowUp"_s, contact.followUp);
    m_due = makeOptionalDateEdit(this);
    m_due->setObjectName(u"contactDue"_s);
    setOptionalDate(m_due, contact.followUpDue);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"contactMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ContactDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Kind"), m_kind);
    auto *when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    when->addWidget(m_time);
    form->addRow(tr("Date and time"), when);
    form->addRow(tr("Staff"), m_staff);
    form->addRow(tr("Family members present"), m_present);
    form->addRow(tr("Content"), m_content);
    form->addRow(tr("Family situation and views"), m_views);
    form->addRow(tr("Follow-up agreed"), m_followUp);
    form->addRow(tr("Follow-up due"), m_due);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    if (auto filled = fillStaffCombo(m_staff, m_session, contact.staffId); !filled) {
        reportReadFailure(parent, filled.error());
        return;
    }
    m_loaded = true;
}

FamilyContact ContactDialog::contact() const
{
    FamilyContact c = m_original;
    c.kind = ContactKind(m_kind->currentData().toInt());
    c.date = m_date->date();
    c.time = m_time->time();
    c.staffId = m_staff->currentData().toLongLong();
    c.familyPresent = m_present->text().trimmed();
    c.content = m_content->toPlainText().trimmed();
    c.familyViews = m_views->toPlainText().trimmed();
    c.followUp = m_followUp->toPlainText().trimmed();
    c.followUpDue = optionalDate(m_due);
    return c;
}

void ContactDialog::accept()
{
    const FamilyContact edited = contact();
    FamilyContactRepository contacts(m_session.db);
    if (edited.id > 0) {
        if (auto done = contacts.save(edited); !done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = edited.id;
    } else {
        auto id = contacts.add(edited);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    }
    QDialog::accept();
}

} // namespace rr
