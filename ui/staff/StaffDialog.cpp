#include "staff/StaffDialog.h"

#include "common/MessageLabel.h"
#include "staff/StaffRepository.h"
#include "students/OptionalDate.h"
#include "students/Student.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QStringList StaffDialog::splitList(const QString &text)
{
    static const QRegularExpression separators(u"[、，,;；\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

StaffDialog::StaffDialog(Session session, std::optional<StaffMember> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_existing(std::move(existing))
{
    setObjectName(u"staffDialog"_s);
    setWindowTitle(m_existing ? tr("Edit staff member") : tr("Add staff member"));

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"staffName"_s);
    m_name->setMaxLength(kStaffNameMax);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(u"staffGender"_s);
    for (Gender g : {Gender::Unknown, Gender::Female, Gender::Male})
        m_gender->addItem(g == Gender::Unknown ? tr("(not given)") : genderLabel(g), int(g));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"staffPhone"_s);
    m_phone->setMaxLength(kStaffPhoneMax);

    auto *roles = new QWidget(this);
    auto *roleGrid = new QGridLayout(roles);
    roleGrid->setContentsMargins(0, 0, 0, 0);
    const QList<StaffRole> allRoles = allStaffRoles();
    for (int i = 0; i < allRoles.size(); ++i) {
        auto *check = new QCheckBox(staffRoleLabel(allRoles.at(i)), roles);
        check->setObjectName(QString(u"staffRole_"_s + staffRoleKey(allRoles.at(i))));
        m_roles.insert(allRoles.at(i), check);
        roleGrid->addWidget(check, i / 3, i % 3);
    }

    const QString listHint = tr("Separate several with 、 or spaces, e.g. 三年级2班、四年级1班");
    auto makeList = [this, &listHint](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(listHint);
        return edit;
    };
    m_classesLed = makeList(u"staffClassesLed"_s);
    m_classesTaught = makeList(u"staffClassesTaught"_s);
    m_subjects = makeList(u"staffSubjects"_s);
    m_subjects->setPlaceholderText(tr("e.g. 语文、数学"));
    m_from = makeOptionalDateEdit(this);
    m_from->setObjectName(u"staffFrom"_s);
    m_to = makeOptionalDateEdit(this);
    m_to->setObjectName(u"staffTo"_s);
    m_to->setToolTip(tr("Only for somebody who has left; leave empty while they serve."));
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(u"staffNote"_s);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"staffDialogMessage"_s);

    if (m_existing) {
        const StaffMember &m = *m_existing;
        m_name->setText(m.name);
        m_gender->setCurrentIndex(qMax(0, m_gender->findData(int(m.gender))));
        m_phone->setText(m.phone);
        for (StaffRole role : m.roles)
            if (QCheckBox *check = m_roles.value(role))
                check->setChecked(true);
        m_classesLed->setText(m.classesLed.join(u'、'));
        m_classesTaught->setText(m.classesTaught.join(u'、'));
        m_subjects->setText(m.subjects.join(u'、'));
        setOptionalDate(m_from, m.fromDate);
        setOptionalDate(m_to, m.toDate);
        m_note->setPlainText(m.note);
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StaffDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StaffDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("Phone"), m_phone);
    form->addRow(tr("Roles"), roles);
    form->addRow(tr("Head teacher of"), m_classesLed);
    form->addRow(tr("Teaches classes"), m_classesTaught);
    form->addRow(tr("Subjects"), m_subjects);
    form->addRow(tr("Serving since"), m_from);
    form->addRow(tr("Left on"), m_to);
    form->addRow(tr("Note"), m_note);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    m_name->setFocus();
}

StaffMember StaffDialog::member() const
{
    StaffMember m = m_existing.value_or(StaffMember{});
    m.name = m_name->text().simplified();
    m.gender = Gender(m_gender->currentData().toInt());
    m.phone = m_phone->text().trimmed();
    m.roles.clear();
    for (StaffRole role : allStaffRoles())
        if (m_roles.value(role)->isChecked())
            m.roles << role;
    m.classesLed = splitList(m_classesLed->text());
    m.classesTaught = splitList(m_classesTaught->text());
    m.subjects = splitList(m_subjects->text());
    m.fromDate = optionalDate(m_from);
    m.toDate = optionalDate(m_to);
    m.note = m_note->toPlainText().trimmed();
    return m;
}

void StaffDialog::accept()
{
    const StaffMember edited = member();
    if (!m_existing) {
        const auto id = StaffRepository(m_session.db).add(edited);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    } else {
        if (auto done = StaffRepository(m_session.db).update(edited); !done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = edited.id;
    }
    QDialog::accept();
}

} // namespace rr
