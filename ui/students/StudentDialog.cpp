#include "students/StudentDialog.h"
#include "calendar/ScreenDate.h"

#include "calendar/ChineseDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "staff/StaffRepository.h"
#include "students/CertificateCheck.h"
#include "students/GuardianEditor.h"
#include "students/NeedListEditor.h"
#include "students/OptionalDate.h"
#include "students/StudentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QPlainTextEdit *makeTextEdit(QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

StudentDialog::StudentDialog(Session session, std::optional<Student> existing, QWidget *parent)
    : QDialog(parent), m_session(std::move(session))
{
    setObjectName(u"studentDialog"_s);
    setWindowTitle(existing ? tr("Edit student") : tr("Add student"));

    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildBasicTab(), tr("Basic information"));
    tabs->addTab(buildNeedsTab(), tr("Needs and guardians"));
    tabs->addTab(buildHistoryTab(), tr("Family and history"));

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"studentMessage"_s);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StudentDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StudentDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumSize(640, 560);
    if (m_readFailure) {
        reportReadFailure(this, *m_readFailure, m_message);
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }

    connect(m_idNumber, &QLineEdit::textChanged, this, [this] { checkIdNumber(); checkCertificate(); });
    connect(m_birth, &QDateEdit::dateChanged, this, [this] { checkIdNumber(); });
    connect(m_gender, &QComboBox::currentIndexChanged, this, [this] { checkIdNumber(); });
    connect(m_certificate, &QLineEdit::textChanged, this, [this] { checkCertificate(); });
    connect(m_needs, &NeedListEditor::changed, this, [this] { checkCertificate(); });

    if (existing)
        setStudent(*existing);
    checkIdNumber();
    checkCertificate();
}

QWidget *StudentDialog::buildBasicTab()
{
    auto *tab = new QWidget(this);
    m_name = new QLineEdit(tab);
    m_name->setObjectName(u"studentName"_s);
    m_gender = new QComboBox(tab);
    for (Gender g : {Gender::Unknown, Gender::Male, Gender::Female})
        m_gender->addItem(g == Gender::Unknown ? tr("Not given") : genderLabel(g), int(g));
    m_birth = makeOptionalDateEdit(tab);
    m_ethnicity = new QLineEdit(tab);
    m_ethnicity->setPlaceholderText(tr("e.g. 汉族"));
    m_idNumber = new QLineEdit(tab);
    m_idNumber->setObjectName(u"studentIdNumber"_s);
    m_idNumber->setMaxLength(18);
    m_idStatus = new QLabel(tab);
    m_idStatus->setObjectName(u"idStatus"_s);
    m_idStatus->setWordWrap(true);
    m_grade = new QComboBox(tab);
    m_grade->addItem(tr("Not given"), 0);
    for (int grade = 1; grade <= 9; ++grade)
        m_grade->addItem(chineseGrade(grade), grade);
    m_className = new QLineEdit(tab);
    m_className->setPlaceholderText(tr("e.g. 3班"));
    m_headTeacher = new QComboBox(tab);
    m_headTeacher->addItem(tr("None"), 0);
    if (const auto staff = StaffRepository(m_session.db).all(); !staff) {
        m_readFailure = staff.error();
    } else {
        for (const StaffMember &member : *staff)
            if (member.isActive())
                m_headTeacher->addItem(member.name + u"（"_s + staffRolesLabel(member.roles) + u"）"_s, member.id);
    }
    m_enrolment = makeOptionalDateEdit(tab);
    m_placement = new QComboBox(tab);
    for (Placement p : {Placement::RegularClass, Placement::SpecialClass, Placement::HomeDelivery})
        m_placement->addItem(placementLabel(p), int(p));
    m_certificate = new QLineEdit(tab);
    m_certificate->setObjectName(u"certificateNumber"_s);
    m_certificate->setPlaceholderText(tr("Leave empty when the student has no disability certificate"));
    m_certificateWarnings = new QLabel(tab);
    m_certificateWarnings->setObjectName(u"certificateWarnings"_s);
    m_certificateWarnings->setWordWrap(true);
    m_certificateWarnings->setStyleSheet(u"color: #a15c00;"_s);

    auto *form = new QFormLayout(tab);
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Gender"), m_gender);
    form->addRow(tr("Birth date"), m_birth);
    form->addRow(tr("Ethnicity"), m_ethnicity);
    form->addRow(tr("ID number"), m_idNumber);
    form->addRow(QString(), m_idStatus);
    form->addRow(tr("Grade"), m_grade);
    form->addRow(tr("Class"), m_className);
    form->addRow(tr("Head teacher"), m_headTeacher);
    form->addRow(tr("Enrolment date"), m_enrolment);
    form->addRow(tr("Placement"), m_placement);
    form->addRow(tr("Disability certificate"), m_certificate);
    form->addRow(QString(), m_certificateWarnings);
    return tab;
}

QWidget *StudentDialog::buildNeedsTab()
{
    auto *tab = new QWidget(this);
    auto *needsBox = new QGroupBox(tr("Needs"), tab);
    m_needs = new NeedListEditor(needsBox);
    auto *needsLayout = new QVBoxLayout(needsBox);
    needsLayout->addWidget(m_needs);
    auto *guardiansBox = new QGroupBox(tr("Guardians"), tab);
    m_guardians = new GuardianEditor(guardiansBox);
    auto *guardiansLayout = new QVBoxLayout(guardiansBox);
    guardiansLayout->addWidget(m_guardians);
    auto *layout = new QVBoxLayout(tab);
    layout->addWidget(needsBox);
    layout->addWidget(guardiansBox, 1);
    return tab;
}

QWidget *StudentDialog::buildHistoryTab()
{
    auto *tab = new QWidget(this);
    m_family = makeTextEdit(tab);
    m_growth = makeTextEdit(tab);
    m_treatment = makeTextEdit(tab);
    m_medical = makeTextEdit(tab);
    m_notes = makeTextEdit(tab);
    auto *form = new QFormLayout(tab);
    form->addRow(tr("Family situation"), m_family);
    form->addRow(tr("Growth history"), m_growth);
    form->addRow(tr("Treatment and education history"), m_treatment);
    form->addRow(tr("Medical history"), m_medical);
    form->addRow(tr("Notes"), m_notes);
    return tab;
}

void StudentDialog::setStudent(const Student &s)
{
    m_id = s.id;
    m_photo = s.photo;
    m_name->setText(s.name);
    m_gender->setCurrentIndex(qMax(0, m_gender->findData(int(s.gender))));
    setOptionalDate(m_birth, s.birthDate);
    m_ethnicity->setText(s.ethnicity);
    m_idNumber->setText(s.idNumber);
    m_grade->setCurrentIndex(qMax(0, m_grade->findData(s.grade)));
    m_className->setText(s.className);
    int head = m_headTeacher->findData(s.headTeacherId);
    if (head < 0 && s.headTeacherId > 0) {
        m_headTeacher->addItem(s.headTeacherName, s.headTeacherId);
        head = m_headTeacher->count() - 1;
    }
    m_headTeacher->setCurrentIndex(qMax(0, head));
    setOptionalDate(m_enrolment, s.enrolmentDate);
    m_placement->setCurrentIndex(qMax(0, m_placement->findData(int(s.placement))));
    m_certificate->setText(s.certificateNumber);
    m_needs->setNeeds(s.needs);
    m_guardians->setGuardians(s.guardians);
    m_family->setPlainText(s.familySituation);
    m_growth->setPlainText(s.growthHistory);
    m_treatment->setPlainText(s.treatmentHistory);
    m_medical->setPlainText(s.medicalHistory);
    m_notes->setPlainText(s.notes);
}

Student StudentDialog::student() const
{
    Student s;
    s.id = m_id;
    s.name = m_name->text().trimmed();
    s.gender = Gender(m_gender->currentData().toInt());
    s.birthDate = optionalDate(m_birth);
    s.ethnicity = m_ethnicity->text().trimmed();
    s.idNumber = m_idNumber->text().trimmed().toUpper();
    s.grade = m_grade->currentData().toInt();
    s.className = m_className->text().trimmed();
    s.headTeacherId = m_headTeacher->currentData().toLongLong();
    s.enrolmentDate = optionalDate(m_enrolment);
    s.placement = Placement(m_placement->currentData().toInt());
    s.certificateNumber = m_certificate->text().trimmed().toUpper();
    s.needs = m_needs->needs();
    s.guardians = m_guardians->guardians();
    s.familySituation = m_family->toPlainText().trimmed();
    s.growthHistory = m_growth->toPlainText().trimmed();
    s.treatmentHistory = m_treatment->toPlainText().trimmed();
    s.medicalHistory = m_medical->toPlainText().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    s.photo = m_photo;
    return s;
}

void StudentDialog::checkIdNumber()
{
    const QString id = m_idNumber->text().trimmed().toUpper();
    auto show = [this](const QString &text, bool problem) {
        m_idStatus->setText(text);
        m_idStatus->setStyleSheet(problem ? u"color: #b3261e;"_s : u"color: #2e7d32;"_s);
    };
    if (id.isEmpty()) {
        m_idStatus->clear();
        return;
    }
    if (id.size() < 18) {
        show(tr("%1 of 18 characters").arg(id.size()), true);
        return;
    }
    if (!isValidCitizenId(id)) {
        show(tr("Not a valid citizen ID number (the date or the check character is wrong)."), true);
        return;
    }
    const QDate birth = citizenIdBirthDate(id);
    const Gender gender = citizenIdGender(id);
    // Fill what is still empty from the ID number.
    if (!optionalDate(m_birth).isValid()) {
        const QSignalBlocker blocker(m_birth);
        setOptionalDate(m_birth, birth);
    }
    if (Gender(m_gender->currentData().toInt()) == Gender::Unknown) {
        const QSignalBlocker blocker(m_gender);
        m_gender->setCurrentIndex(m_gender->findData(int(gender)));
    }
    QStringList problems;
    if (optionalDate(m_birth) != birth)
        problems.append(tr("The birth date differs from the ID number (%1).").arg(screenDate(birth)));
    if (Gender(m_gender->currentData().toInt()) != gender)
        problems.append(tr("The gender differs from the ID number (%1).").arg(genderLabel(gender)));
    if (problems.isEmpty())
        show(tr("Valid ID number."), false);
    else
        show(problems.join(u' '), true);
}

void StudentDialog::checkCertificate()
{
    const QStringList problems = certificateProblems(student());
    m_certificateWarnings->setText(problems.join(u'\n'));
    m_certificateWarnings->setVisible(!problems.isEmpty());
}

void StudentDialog::accept()
{
    const Student s = student();
    StudentRepository repository(m_session.db);
    if (s.id == 0) {
        auto id = repository.add(s);
        if (!id) {
            m_message->showError(id.error().message);
            return;
        }
        m_savedId = *id;
    } else {
        auto done = repository.update(s);
        if (!done) {
            m_message->showError(done.error().message);
            return;
        }
        m_savedId = s.id;
    }
    QDialog::accept();
}

} // namespace rr
