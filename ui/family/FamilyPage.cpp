#include "family/FamilyPage.h"

#include "calendar/ScreenDate.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/PageHeader.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"
#include "family/ContactDialog.h"
#include "family/ContactShortfallModel.h"
#include "family/FamilyChecks.h"
#include "family/FamilyContactRepository.h"
#include "family/FamilySettings.h"
#include "family/SchoolContactListModel.h"
#include "security/Policy.h"
#include "shell/Area.h"
#include "students/StudentRepository.h"
#include "training/FormPreview.h"

#include <QComboBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// "All semesters" asks for every contact on file; none can be dated before
// 2000 (the repository refuses it), so this range holds them all.
const QDate kEarliestContact(2000, 1, 1);
const QDate kLatestContact(9999, 12, 31);

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

QTableView *table(const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QComboBox *combo(const QString &name, QWidget *parent)
{
    auto *c = new QComboBox(parent);
    c->setObjectName(name);
    return c;
}

// Puts back the item whose data equals `data`, else the first.
void chooseData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

FamilyPage::FamilyPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::FamilyContact),
                              tr("Every contact with the families of the school, and who is due a call this month."), this);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"familyPageMessage"_s);
    buildFilters();

    // The school's contacts.
    m_contactModel = new SchoolContactListModel(this);
    m_contactView = table(u"schoolContactList"_s, this);
    makeSortable(m_contactView, m_contactModel);
    QHeaderView *contactHeader = m_contactView->horizontalHeader();
    for (int c : {SchoolContactListModel::Date, SchoolContactListModel::Student, SchoolContactListModel::Kind,
                  SchoolContactListModel::Staff})
        contactHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *contacts = new QGroupBox(tr("Contacts with families"), this);
    m_contactCount = new QLabel(contacts);
    m_contactCount->setObjectName(u"contactCount"_s);
    auto *addButton = button(tr("Record contact…"), u"schoolContactAdd"_s, contacts);
    auto *editButton = button(tr("Edit…"), u"schoolContactEdit"_s, contacts);
    auto *removeButton = button(tr("Remove…"), u"schoolContactRemove"_s, contacts);
    auto *printButton = button(tr("Print contact record…"), u"schoolContactPrint"_s, contacts);
    auto *contactButtons = new QHBoxLayout;
    for (QPushButton *b : {addButton, editButton, removeButton})
        contactButtons->addWidget(b);
    contactButtons->addStretch(1);
    contactButtons->addWidget(printButton);
    auto *contactLayout = new QVBoxLayout(contacts);
    contactLayout->addWidget(m_contactView, 1);
    contactLayout->addWidget(m_contactCount);
    contactLayout->addLayout(contactButtons);
    connect(addButton, &QPushButton::clicked, this, &FamilyPage::addContact);
    connect(editButton, &QPushButton::clicked, this, &FamilyPage::editContact);
    connect(removeButton, &QPushButton::clicked, this, &FamilyPage::removeContact);
    connect(printButton, &QPushButton::clicked, this, &FamilyPage::print);
    connect(m_contactView, &QTableView::doubleClicked, this, &FamilyPage::editContact);

    // The monthly check of the current semester and its rule.
    m_shortfallModel = new ContactShortfallModel(this);
    m_shortfallView = table(u"contactShortfallList"_s, this);
    makeSortable(m_shortfallView, m_shortfallModel);
    for (int c : {ContactShortfallModel::Student, ContactShortfallModel::Month, ContactShortfallModel::Count})
        m_shortfallView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *check = new QGroupBox(tr("Monthly check"), this);
    m_checkSummary = new QLabel(check);
    m_checkSummary->setObjectName(u"contactCheckSummary"_s);
    m_checkSummary->setWordWrap(true);
    m_perMonth = new QSpinBox(check);
    m_perMonth->setObjectName(u"contactsPerMonth"_s);
    m_perMonth->setRange(0, kMaxContactsPerMonth);
    m_perMonth->setSpecialValueText(tr("Off"));
    m_saveRule = button(tr("Save"), u"contactsPerMonthSave"_s, check);
    auto *ruleLabel = new QLabel(tr("Contacts a month with each family:"), check);
    ruleLabel->setBuddy(m_perMonth);
    auto *ruleHint = new QLabel(tr("0 turns the check off. The command line changes the same rule."), check);
    ruleHint->setWordWrap(true);
    auto *ruleRow = new QHBoxLayout;
    ruleRow->addWidget(ruleLabel);
    ruleRow->addWidget(m_perMonth);
    ruleRow->addWidget(m_saveRule);
    ruleRow->addStretch(1);
    auto *checkLayout = new QVBoxLayout(check);
    checkLayout->addWidget(m_checkSummary);
    checkLayout->addWidget(m_shortfallView, 1);
    checkLayout->addLayout(ruleRow);
    checkLayout->addWidget(ruleHint);
    connect(m_saveRule, &QPushButton::clicked, this, &FamilyPage::saveRule);
    // A student found short: their contacts, to see what there was.
    connect(m_shortfallView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        chooseData(m_student, index.siblingAtColumn(0).data(ContactShortfallModel::StudentRole));
    });

    // The filters sit over the list they filter, two to a row, so the
    // monthly check keeps its width beside them.
    auto *filters = new QGridLayout;
    const auto addFilter = [&](int row, int column, const QString &label, QComboBox *box) {
        auto *l = new QLabel(label, contacts);
        l->setBuddy(box);
        filters->addWidget(l, row, column * 2);
        filters->addWidget(box, row, column * 2 + 1);
    };
    addFilter(0, 0, tr("Semester:"), m_semester);
    addFilter(0, 1, tr("Month:"), m_month);
    addFilter(1, 0, tr("Student:"), m_student);
    addFilter(1, 1, tr("Kind:"), m_kind);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    contactLayout->insertLayout(0, filters);

    auto *body = new QHBoxLayout;
    body->addWidget(contacts, 3);
    body->addWidget(check, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    reload();
}

void FamilyPage::buildFilters()
{
    m_semester = combo(u"contactSemesterFilter"_s, this);
    m_month = combo(u"contactMonthFilter"_s, this);
    m_student = combo(u"contactStudentFilter"_s, this);
    m_kind = combo(u"contactKindFilter"_s, this);
    m_kind->addItem(tr("All kinds"), -1);
    for (ContactKind kind : allContactKinds())
        m_kind->addItem(contactKindLabel(kind), int(kind));
    connect(m_semester, &QComboBox::currentIndexChanged, this, [this] {
        fillMonths();
        reloadContacts();
    });
    for (QComboBox *box : {m_month, m_student, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &FamilyPage::reloadContacts);
}

void FamilyPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Contacts are also recorded on the student's page and from the command
    // line: coming back to this page reads them again.
    if (m_shownOnce)
        reload();
    m_shownOnce = true;
}

void FamilyPage::reload()
{
    // What the account may change is the policy's to say (security/Policy.h).
    const Policy policy(m_session.db->principal());
    findChild<QPushButton *>(u"schoolContactAdd"_s)->setEnabled(policy.mayWriteAction(u"family.contact.add"_s));
    findChild<QPushButton *>(u"schoolContactEdit"_s)->setEnabled(policy.mayWriteAction(u"family.contact.save"_s));
    findChild<QPushButton *>(u"schoolContactRemove"_s)->setEnabled(policy.mayWriteAction(u"family.contact.remove"_s));
    if (reloadFilters())
        reloadContacts();
    reloadCheck();
}

bool FamilyPage::reloadFilters()
{
    const SemesterRepository semesters(m_session.db);
    auto all = semesters.all();
    if (!all) {
        reportReadFailure(this, all.error(), m_message);
        return false;
    }
    auto current = semesters.current(*m_session.clock);
    if (!current) {
        reportReadFailure(this, current.error(), m_message);
        return false;
    }
    auto students = StudentRepository(m_session.db).summaries();
    if (!students) {
        reportReadFailure(this, students.error(), m_message);
        return false;
    }

    const bool firstFill = m_semester->count() == 0;
    const QVariant semesterWas = m_semester->currentData();
    const QVariant studentWas = m_student->currentData();
    const QSignalBlocker blockSemester(m_semester);
    const QSignalBlocker blockMonth(m_month);
    const QSignalBlocker blockStudent(m_student);

    m_semesters = *all;
    m_semester->clear();
    for (auto it = m_semesters.crbegin(); it != m_semesters.crend(); ++it)   // the newest first
        m_semester->addItem(it->name, it->id);
    m_semester->addItem(tr("All semesters"), qint64(0));
    if (firstFill) {
        // The current semester, else the newest, else all.
        const qint64 start = *current ? (*current)->id : (m_semesters.isEmpty() ? 0 : m_semesters.last().id);
        chooseData(m_semester, start);
    } else {
        chooseData(m_semester, semesterWas);
    }
    fillMonths();

    m_studentNames.clear();
    m_student->clear();
    m_student->addItem(tr("All students"), qint64(0));
    for (const StudentSummary &s : std::as_const(*students)) {
        m_studentNames.insert(s.id, s.name);
        m_student->addItem(s.className.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, s.className), s.id);
    }
    chooseData(m_student, studentWas);
    return true;
}

void FamilyPage::fillMonths()
{
    const QVariant monthWas = m_month->currentData();
    const QSignalBlocker block(m_month);
    m_month->clear();
    m_month->addItem(tr("All months"), QDate());
    const qint64 semesterId = m_semester->currentData().toLongLong();
    const auto semester = std::find_if(m_semesters.cbegin(), m_semesters.cend(),
                                       [semesterId](const Semester &s) { return s.id == semesterId; });
    if (semester != m_semesters.cend()) {
        for (QDate month(semester->start.year(), semester->start.month(), 1); month <= semester->end; month = month.addMonths(1))
            m_month->addItem(tr("%1/%2").arg(month.year()).arg(month.month()), month);
    }
    m_month->setEnabled(m_month->count() > 1);
    chooseData(m_month, monthWas);
}

void FamilyPage::reloadContacts()
{
    QDate from = kEarliestContact;
    QDate to = kLatestContact;
    const qint64 semesterId = m_semester->currentData().toLongLong();
    for (const Semester &s : std::as_const(m_semesters)) {
        if (s.id == semesterId) {
            from = s.start;
            to = s.end;
        }
    }
    if (const QDate month = m_month->currentData().toDate(); month.isValid()) {
        from = month;
        to = month.addMonths(1).addDays(-1);
    }
    auto contacts = FamilyContactRepository(m_session.db).between(from, to);
    if (!contacts) {
        // Not an empty list: the list says nothing until it can be read.
        m_contactModel->setContacts({}, {});
        m_contactCount->clear();
        reportReadFailure(this, contacts.error(), m_message);
        return;
    }
    const qint64 studentId = m_student->currentData().toLongLong();
    const int kind = m_kind->currentData().toInt();
    QList<FamilyContact> shown;
    for (const FamilyContact &c : std::as_const(*contacts)) {
        if ((studentId == 0 || c.studentId == studentId) && (kind < 0 || int(c.kind) == kind))
            shown << c;
    }
    m_contactModel->setContacts(shown, m_studentNames);
    m_contactCount->setText(tr("Contacts shown: %1").arg(shown.size()));
}

void FamilyPage::reloadCheck()
{
    m_shortfallModel->setShortfalls({});
    m_checkSummary->clear();
    auto perMonth = loadContactsPerMonth(*m_session.db);
    if (!perMonth) {
        m_saveRule->setEnabled(false);   // nothing to change from while the rule cannot be read
        reportReadFailure(this, perMonth.error(), m_message);
        return;
    }
    m_saveRule->setEnabled(Policy(m_session.db->principal()).mayWriteAction(u"family.settings"_s));
    m_perMonth->setValue(*perMonth);
    auto semester = SemesterRepository(m_session.db).current(*m_session.clock);
    if (!semester) {
        reportReadFailure(this, semester.error(), m_message);
        return;
    }
    if (!*semester) {
        m_checkSummary->setText(tr("There is no current semester: the monthly check counts the months of a semester."));
        return;
    }
    const Semester &s = **semester;
    if (*perMonth == 0) {
        m_checkSummary->setText(tr("The monthly check of contacts is off."));
        return;
    }
    const QDate today = m_session.clock->today();
    auto shortfalls = familyShortfalls(m_session.db, s.start, std::min(today, s.end), today);
    if (!shortfalls) {
        reportReadFailure(this, shortfalls.error(), m_message);
        return;
    }
    QList<FamilyShortfall> contacts;
    QSet<qint64> students;
    for (const FamilyShortfall &f : std::as_const(*shortfalls)) {
        if (f.check == FamilyCheck::Contact) {
            contacts << f;
            students.insert(f.studentId);
        }
    }
    m_shortfallModel->setShortfalls(contacts);
    m_checkSummary->setText(contacts.isEmpty()
                                ? tr("%1: every student has had their contacts so far.").arg(s.name)
                                : tr("%1 — students short of contact: %2.").arg(s.name).arg(students.size()));
}

qint64 FamilyPage::selectedContact() const
{
    const QModelIndex current = m_contactView->currentIndex();
    if (!current.isValid())
        return 0;
    return current.siblingAtColumn(0).data(SchoolContactListModel::ContactRole).toLongLong();
}

qint64 FamilyPage::chosenStudent() const
{
    if (const qint64 id = m_student->currentData().toLongLong(); id != 0)
        return id;
    const QModelIndex current = m_contactView->currentIndex();
    if (!current.isValid())
        return 0;
    return current.siblingAtColumn(0).data(SchoolContactListModel::StudentRole).toLongLong();
}

void FamilyPage::openDialog(QDialog *dialog, const QString &done)
{
    if (m_dialog)
        m_dialog->close();
    m_message->clearMessage();
    m_dialog = dialog;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, done] {
        reload();
        m_message->showInfo(done);
    });
    m_dialog->open();
}

void FamilyPage::addContact()
{
    const qint64 studentId = chosenStudent();
    if (studentId == 0) {
        m_message->showError(tr("Choose the student in the Student filter first, or select one of their contacts."));
        return;
    }
    FamilyContact contact;
    contact.studentId = studentId;
    auto *dialog = new ContactDialog(m_session, contact, this);
    if (!dialog->loaded()) {
        delete dialog;
        return;
    }
    openDialog(dialog, tr("The contact was recorded."));
}

void FamilyPage::editContact()
{
    // A double click on the list of an account that may not change contacts does nothing.
    if (!Policy(m_session.db->principal()).mayWriteAction(u"family.contact.save"_s))
        return;
    const qint64 id = selectedContact();
    if (id == 0) {
        m_message->showError(tr("Select a contact in the list first."));
        return;
    }
    const auto contact = FamilyContactRepository(m_session.db).byId(id);
    if (!contact) {
        reportReadFailure(this, contact.error(), m_message);
        return;
    }
    auto *dialog = new ContactDialog(m_session, *contact, this);
    if (!dialog->loaded()) {
        delete dialog;
        return;
    }
    openDialog(dialog, tr("The contact was saved."));
}

void FamilyPage::removeContact()
{
    const qint64 id = selectedContact();
    if (id == 0) {
        m_message->showError(tr("Select a contact in the list first."));
        return;
    }
    if (QMessageBox::question(this, tr("Remove contact"), tr("Remove this contact with the family?")) != QMessageBox::Yes)
        return;
    if (auto removed = FamilyContactRepository(m_session.db).remove(id); !removed) {
        m_message->showError(removed.error().message);
        return;
    }
    reload();
    m_message->showInfo(tr("The contact was removed."));
}

void FamilyPage::saveRule()
{
    m_message->clearMessage();
    const int perMonth = m_perMonth->value();
    if (auto saved = saveContactsPerMonth(m_session.db, perMonth); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    reloadCheck();
    m_message->showInfo(perMonth == 0 ? tr("The monthly check of contacts is now off.")
                                      : tr("Saved: at least %1 contacts a month with each family.").arg(perMonth));
}

Result<FormDocument> FamilyPage::printDocument() const
{
    const qint64 studentId = chosenStudent();
    if (studentId == 0)
        return makeError(ErrorCode::InvalidInput,
                         tr("Choose the student in the Student filter first, or select one of their contacts."));
    FormRequest request;
    request.studentId = studentId;
    if (const qint64 semesterId = m_semester->currentData().toLongLong(); semesterId != 0)
        request.semesterId = semesterId;
    return buildRegisteredForm(u"contacts"_s, m_session, request);
}

void FamilyPage::print()
{
    m_message->clearMessage();
    auto document = printDocument();
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    if (auto problem = previewForm(*document, this))
        m_message->showError(problem->message);
}

} // namespace rr
