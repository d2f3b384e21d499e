#include "family/FamilyPanel.h"
#include "audit/AccessLog.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"
#include "family/ContactDialog.h"
#include "family/ContactListModel.h"
#include "family/CounsellingDialog.h"
#include "family/CounsellingListModel.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyContactRepository.h"
#include "security/Policy.h"
#include "training/FormPreview.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

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

} // namespace

FamilyPanel::FamilyPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"familyPanel"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"familyMessage"_s);

    m_contactModel = new ContactListModel(this);
    m_contactView = table(u"contactList"_s, this);
    makeSortable(m_contactView, m_contactModel);
    // Short columns fit their text; the two texts share the rest.
    QHeaderView *contactHeader = m_contactView->horizontalHeader();
    contactHeader->setStretchLastSection(false);
    for (int c : {ContactListModel::Date, ContactListModel::Kind, ContactListModel::Staff, ContactListModel::Present})
        contactHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    contactHeader->setSectionResizeMode(ContactListModel::Content, QHeaderView::Stretch);
    contactHeader->setSectionResizeMode(ContactListModel::FollowUp, QHeaderView::Stretch);
    auto *contacts = new QGroupBox(tr("Contacts with the family"), this);
    auto *contactButtons = new QHBoxLayout;
    auto *addContactButton = button(tr("Record contact…"), u"contactAdd"_s, contacts);
    auto *editContactButton = button(tr("Edit…"), u"contactEdit"_s, contacts);
    auto *removeContactButton = button(tr("Remove…"), u"contactRemove"_s, contacts);
    auto *printContacts = button(tr("Print contact record…"), u"contactPrint"_s, contacts);
    auto *printVisits = button(tr("Print home visits…"), u"homeVisitPrint"_s, contacts);
    for (QPushButton *b : {addContactButton, editContactButton, removeContactButton})
        contactButtons->addWidget(b);
    contactButtons->addStretch(1);
    contactButtons->addWidget(printVisits);
    contactButtons->addWidget(printContacts);
    auto *contactLayout = new QVBoxLayout(contacts);
    contactLayout->addWidget(m_contactView, 1);
    contactLayout->addLayout(contactButtons);
    connect(addContactButton, &QPushButton::clicked, this, &FamilyPanel::addContact);
    connect(editContactButton, &QPushButton::clicked, this, &FamilyPanel::editContact);
    connect(removeContactButton, &QPushButton::clicked, this, &FamilyPanel::removeContact);
    connect(m_contactView, &QTableView::doubleClicked, this, &FamilyPanel::editContact);
    connect(printContacts, &QPushButton::clicked, this, [this] { print(u"contacts"_s); });
    connect(printVisits, &QPushButton::clicked, this, [this] { print(u"home-visit"_s); });

    m_counsellingModel = new CounsellingListModel(this);
    m_counsellingView = table(u"counsellingList"_s, this);
    makeSortable(m_counsellingView, m_counsellingModel);
    for (int c : {CounsellingListModel::Date, CounsellingListModel::Counsellor})
        m_counsellingView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    auto *counselling = new QGroupBox(tr("Counselling (confidential)"), this);
    m_counselling = counselling;
    auto *counsellingButtons = new QHBoxLayout;
    auto *addSession = button(tr("Record session…"), u"counsellingAdd"_s, counselling);
    auto *openSession = button(tr("Open…"), u"counsellingEdit"_s, counselling);
    auto *removeSession = button(tr("Remove…"), u"counsellingRemove"_s, counselling);
    auto *printSessions = button(tr("Print counselling record…"), u"counsellingPrint"_s, counselling);
    for (QPushButton *b : {addSession, openSession, removeSession})
        counsellingButtons->addWidget(b);
    counsellingButtons->addStretch(1);
    counsellingButtons->addWidget(printSessions);
    auto *counsellingLayout = new QVBoxLayout(counselling);
    counsellingLayout->addWidget(m_counsellingView, 1);
    counsellingLayout->addLayout(counsellingButtons);
    connect(addSession, &QPushButton::clicked, this, &FamilyPanel::addCounselling);
    connect(openSession, &QPushButton::clicked, this, &FamilyPanel::editCounselling);
    connect(removeSession, &QPushButton::clicked, this, &FamilyPanel::removeCounselling);
    connect(m_counsellingView, &QTableView::doubleClicked, this, &FamilyPanel::editCounselling);
    connect(printSessions, &QPushButton::clicked, this, [this] { print(u"counselling"_s); });

    m_counsellingWithheld = new QLabel(tr("Counselling records are confidential: only the counsellor who held a session "
                                          "and the resource teacher see them."),
                                       this);
    m_counsellingWithheld->setObjectName(u"counsellingWithheld"_s);
    m_counsellingWithheld->setWordWrap(true);

    m_policyButtons = {{addContactButton, u"family.contact.add"_s}, {editContactButton, u"family.contact.save"_s},
                       {removeContactButton, u"family.contact.remove"_s}, {addSession, u"family.counselling.add"_s},
                       {openSession, u"family.counselling.save"_s}, {removeSession, u"family.counselling.remove"_s}};

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(contacts, 3);
    layout->addWidget(counselling, 2);
    layout->addWidget(m_counsellingWithheld);
    layout->addWidget(m_message);
    applyPolicy();
}

void FamilyPanel::applyPolicy()
{
    // The policy decides; the panel only shows what it allows.
    const Policy policy(m_session.db->principal());
    for (const auto &[button, kind] : std::as_const(m_policyButtons))
        button->setEnabled(policy.mayWriteAction(kind));
    const bool counselling = policy.maySeeAnyCounsellingNotes();
    m_counselling->setVisible(counselling);
    m_counsellingWithheld->setVisible(!counselling);
}

bool FamilyPanel::showsCounselling() const
{
    return !m_counselling->isHidden();
}

void FamilyPanel::setStudent(qint64 studentId)
{
    m_studentId = studentId;
    reload();
}

void FamilyPanel::reload()
{
    applyPolicy();
    if (m_studentId == 0)
        return;
    const auto contacts = FamilyContactRepository(m_session.db).forStudent(m_studentId);
    if (!contacts) {
        // Not an empty list: the list says nothing until it can be read.
        m_contactModel->setContacts({});
        reportReadFailure(this, contacts.error(), m_message);
        return;
    }
    m_contactModel->setContacts(*contacts);
    if (!showsCounselling()) {
        m_counsellingModel->setSessions({});
        return;
    }
    const auto sessions = CounsellingRepository(m_session.db).summariesForStudent(m_studentId);
    if (!sessions) {
        m_counsellingModel->setSessions({});
        reportReadFailure(this, sessions.error(), m_message);
        return;
    }
    m_counsellingModel->setSessions(*sessions);
}

qint64 FamilyPanel::selectedId(QTableView *view, int role) const
{
    const QModelIndex current = view->currentIndex();
    if (!current.isValid())
        return 0;
    return current.siblingAtColumn(0).data(role).toLongLong();
}

void FamilyPanel::openDialog(QDialog *dialog, const QString &done)
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

void FamilyPanel::addContact()
{
    FamilyContact contact;
    contact.studentId = m_studentId;
    auto *dialog = new ContactDialog(m_session, contact, this);
    if (!dialog->loaded()) {
        delete dialog;
        return;
    }
    openDialog(dialog, tr("The contact was recorded."));
}

void FamilyPanel::editContact()
{
    const qint64 id = selectedId(m_contactView, ContactListModel::ContactRole);
    // A double click on the list of an account that may not change contacts does nothing.
    if (id == 0 || !Policy(m_session.db->principal()).mayWriteAction(u"family.contact.save"_s))
        return;
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

void FamilyPanel::removeContact()
{
    const qint64 id = selectedId(m_contactView, ContactListModel::ContactRole);
    if (id == 0)
        return;
    if (QMessageBox::question(this, tr("Remove contact"), tr("Remove this contact with the family?")) != QMessageBox::Yes)
        return;
    if (auto removed = FamilyContactRepository(m_session.db).remove(id); !removed) {
        m_message->showError(removed.error().message);
        return;
    }
    reload();
    m_message->showInfo(tr("The contact was removed."));
}

void FamilyPanel::addCounselling()
{
    CounsellingSession session;
    session.studentId = m_studentId;
    // A signed-in counsellor records sessions under their own name (security/Policy.h).
    if (const Principal principal = m_session.db->principal(); !principal.isOpen())
        session.counsellorId = principal.staffId;
    auto *dialog = new CounsellingDialog(m_session, session, this);
    if (!dialog->loaded()) {
        delete dialog;
        return;
    }
    openDialog(dialog, tr("The counselling session was recorded."));
}

void FamilyPanel::editCounselling()
{
    const qint64 id = selectedId(m_counsellingView, CounsellingListModel::SessionRole);
    if (id == 0)
        return;
    const auto session = CounsellingRepository(m_session.db).byId(id);
    if (!session) {
        reportReadFailure(this, session.error(), m_message);
        return;
    }
    if (session->notesWithheld) {
        m_message->showError(tr("This session's notes are for the counsellor who held it and the resource teacher only."));
        return;
    }
    auto *dialog = new CounsellingDialog(m_session, *session, this);
    if (!dialog->loaded()) {
        delete dialog;
        return;
    }
    // The notes are shown now: a read of counselling text for the audit trail
    // (a read-only copy cannot record it).
    if (const auto logged = AccessLog::record(m_session.db, AccessKind::Counselling, id, session->studentId);
        !logged && logged.error().code != ErrorCode::ReadOnly && logged.error().code != ErrorCode::FileChanged)
        m_message->showError(logged.error().message);
    openDialog(dialog, tr("The counselling session was saved."));
}

void FamilyPanel::removeCounselling()
{
    const qint64 id = selectedId(m_counsellingView, CounsellingListModel::SessionRole);
    if (id == 0)
        return;
    if (QMessageBox::question(this, tr("Remove counselling session"), tr("Remove this counselling session and its notes?"))
        != QMessageBox::Yes)
        return;
    if (auto removed = CounsellingRepository(m_session.db).remove(id); !removed) {
        m_message->showError(removed.error().message);
        return;
    }
    reload();
    m_message->showInfo(tr("The counselling session was removed."));
}

Result<FormDocument> FamilyPanel::printDocument(const QString &formId) const
{
    FormRequest request;
    request.studentId = m_studentId;
    return buildRegisteredForm(formId, m_session, request);
}

void FamilyPanel::print(const QString &formId)
{
    m_message->clearMessage();
    auto document = printDocument(formId);
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    if (auto problem = previewForm(*document, this))
        m_message->showError(problem->message);
}

} // namespace rr
