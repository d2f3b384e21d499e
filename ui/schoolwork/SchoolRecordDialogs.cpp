#include "schoolwork/SchoolRecordDialogs.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "schoolwork/FundingRepository.h"
#include "common/Money.h"
#include "schoolwork/SchoolOrganisationRepository.h"
#include "staff/StaffRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SchoolRecordDialog::SchoolRecordDialog(Session session, QWidget *parent) : QDialog(parent), m_session(std::move(session))
{
    m_form = new QFormLayout;
    m_message = new MessageLabel(this);
}

void SchoolRecordDialog::finishLayout()
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

void SchoolRecordDialog::finishSave(const Result<qint64> &saved)
{
    if (!saved)
        return m_message->showError(saved.error().message);
    m_savedId = *saved;
    QDialog::accept();
}

// ---- Group member ----------------------------------------------------------

GroupMemberDialog::GroupMemberDialog(Session session, std::optional<GroupMember> existing, QWidget *parent)
    : SchoolRecordDialog(std::move(session), parent), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit group member") : tr("Add a group member"));
    const GroupMember m = m_existing.value_or(GroupMember{});
    m_group = new QComboBox(this);
    m_group->setObjectName(u"memberGroup"_s);
    for (SchoolGroup g : {SchoolGroup::Leadership, SchoolGroup::Working})
        m_group->addItem(schoolGroupLabel(g), int(g));
    m_group->setCurrentIndex(m_group->findData(int(m.group)));
    m_staff = new QComboBox(this);
    m_staff->setObjectName(u"memberStaff"_s);
    // Serving staff, and the member's own entry even after they left.
    if (const auto staff = StaffRepository(m_session.db).all(); staff) {
        for (const StaffMember &s : *staff)
            if (s.isActive() || s.id == m.staffId)
                m_staff->addItem(s.name, s.id);
    } else {
        m_message->showError(staff.error().message);
    }
    m_staff->setCurrentIndex(std::max(0, m_staff->findData(m.staffId)));
    m_role = new QLineEdit(m.role, this);
    m_role->setObjectName(u"memberRole"_s);
    m_role->setPlaceholderText(tr("e.g. leader, member, liaison"));
    m_from = new QDateEdit(m.from.isValid() ? m.from : m_session.clock->today(), this);
    m_from->setCalendarPopup(true);
    m_ended = new QCheckBox(tr("Left the group on"), this);
    m_ended->setChecked(m.to.isValid());
    m_to = new QDateEdit(m.to.isValid() ? m.to : m_session.clock->today(), this);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(m_ended->isChecked());
    connect(m_ended, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    auto *to = new QHBoxLayout;
    to->addWidget(m_ended);
    to->addWidget(m_to, 1);
    m_form->addRow(tr("Group"), m_group);
    m_form->addRow(tr("Staff member"), m_staff);
    m_form->addRow(tr("Role"), m_role);
    m_form->addRow(tr("From"), m_from);
    m_form->addRow(QString(), to);
    finishLayout();
}

GroupMember GroupMemberDialog::member() const
{
    GroupMember m = m_existing.value_or(GroupMember{});
    m.group = SchoolGroup(m_group->currentData().toInt());
    m.staffId = m_staff->currentData().toLongLong();
    m.role = m_role->text();
    m.from = m_from->date();
    m.to = m_ended->isChecked() ? m_to->date() : QDate();
    return m;
}

void GroupMemberDialog::accept()
{
    SchoolOrganisationRepository organisation(m_session.db);
    const GroupMember m = member();
    if (!m_existing)
        return finishSave(organisation.addMember(m));
    const auto updated = organisation.updateMember(m);
    finishSave(updated ? Result<qint64>(m.id) : Result<qint64>(updated.error()));
}

// ---- Contact -----------------------------------------------------------------

PartnerContactDialog::PartnerContactDialog(Session session, std::optional<SchoolContact> existing, QWidget *parent)
    : SchoolRecordDialog(std::move(session), parent), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit contact") : tr("Add a contact"));
    const SchoolContact c = m_existing.value_or(SchoolContact{});
    m_kind = new QComboBox(this);
    m_kind->setObjectName(u"contactKind"_s);
    for (PartnerKind k : allPartnerKinds())
        m_kind->addItem(partnerKindLabel(k), int(k));
    m_kind->setCurrentIndex(m_kind->findData(int(c.kind)));
    m_organisation = new QLineEdit(c.organisation, this);
    m_organisation->setObjectName(u"contactOrganisation"_s);
    m_person = new QLineEdit(c.person, this);
    m_phone = new QLineEdit(c.phone, this);
    m_note = new QLineEdit(c.note, this);
    m_form->addRow(tr("Kind"), m_kind);
    m_form->addRow(tr("Organisation"), m_organisation);
    m_form->addRow(tr("Contact person"), m_person);
    m_form->addRow(tr("Phone"), m_phone);
    m_form->addRow(tr("Note"), m_note);
    finishLayout();
}

SchoolContact PartnerContactDialog::contact() const
{
    SchoolContact c = m_existing.value_or(SchoolContact{});
    c.kind = PartnerKind(m_kind->currentData().toInt());
    c.organisation = m_organisation->text();
    c.person = m_person->text();
    c.phone = m_phone->text();
    c.note = m_note->text();
    return c;
}

void PartnerContactDialog::accept()
{
    SchoolOrganisationRepository organisation(m_session.db);
    const SchoolContact c = contact();
    if (!m_existing)
        return finishSave(organisation.addContact(c));
    const auto updated = organisation.updateContact(c);
    finishSave(updated ? Result<qint64>(c.id) : Result<qint64>(updated.error()));
}

// ---- Funding -----------------------------------------------------------------

FundingDialog::FundingDialog(Session session, std::optional<FundingEntry> existing, QWidget *parent)
    : SchoolRecordDialog(std::move(session), parent), m_existing(std::move(existing))
{
    setWindowTitle(m_existing ? tr("Edit funding entry") : tr("Add a funding entry"));
    const FundingEntry e = m_existing.value_or(FundingEntry{});
    m_date = new QDateEdit(e.date.isValid() ? e.date : m_session.clock->today(), this);
    m_date->setObjectName(u"fundingDate"_s);
    m_date->setCalendarPopup(true);
    m_amount = new QLineEdit(e.amountFen > 0 ? formatYuan(e.amountFen, true) : QString(), this);
    m_amount->setObjectName(u"fundingAmount"_s);
    m_amount->setPlaceholderText(tr("in yuan, e.g. 1200.50"));
    m_source = new QLineEdit(e.source, this);
    m_source->setObjectName(u"fundingSource"_s);
    m_purpose = new QLineEdit(e.purpose, this);
    m_purpose->setObjectName(u"fundingPurpose"_s);
    m_approval = new QLineEdit(e.approval, this);
    m_note = new QLineEdit(e.note, this);
    m_form->addRow(tr("Date"), m_date);
    m_form->addRow(tr("Amount (yuan)"), m_amount);
    m_form->addRow(tr("Source"), m_source);
    m_form->addRow(tr("Purpose"), m_purpose);
    m_form->addRow(tr("Approval"), m_approval);
    m_form->addRow(tr("Note"), m_note);
    finishLayout();
}

void FundingDialog::accept()
{
    const auto fen = parseAmount(m_amount->text());
    if (!fen)
        return m_message->showError(fen.error().message);
    FundingEntry e = m_existing.value_or(FundingEntry{});
    e.date = m_date->date();
    e.amountFen = *fen;
    e.source = m_source->text();
    e.purpose = m_purpose->text();
    e.approval = m_approval->text();
    e.note = m_note->text();
    FundingRepository funding(m_session.db);
    if (!m_existing)
        return finishSave(funding.add(e));
    const auto updated = funding.update(e);
    finishSave(updated ? Result<qint64>(e.id) : Result<qint64>(updated.error()));
}

} // namespace rr
