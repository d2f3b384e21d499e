#include "schoolwork/SchoolWorkPage.h"

#include "calendar/SemesterRepository.h"
#include "common/FileDialogs.h"
#include "common/ListText.h"
#include "common/MessageLabel.h"
#include "common/PageHeader.h"
#include "common/ReadFailure.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "schoolwork/ActivityListModel.h"
#include "schoolwork/ArchiveRecordDialogs.h"
#include "schoolwork/PartnerListModel.h"
#include "schoolwork/FundingListModel.h"
#include "schoolwork/FundingRepository.h"
#include "schoolwork/GroupMemberListModel.h"
#include "schoolwork/GuidanceVisitDialog.h"
#include "schoolwork/GuidanceVisitListModel.h"
#include "schoolwork/GuidanceVisitRepository.h"
#include "common/Money.h"
#include "schoolwork/SchoolActivityRepository.h"
#include "schoolwork/SchoolArchiveCompleteness.h"
#include "schoolwork/SchoolDocumentListModel.h"
#include "schoolwork/SchoolDocumentRepository.h"
#include "schoolwork/SchoolListPanel.h"
#include "schoolwork/SchoolOrganisationRepository.h"
#include "schoolwork/SchoolRecordDialogs.h"
#include "shell/Area.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

SchoolWorkPage::SchoolWorkPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::SchoolArchive), {}, this);
    m_semesterCombo = new QComboBox(this);
    m_semesterCombo->setObjectName(u"schoolWorkSemester"_s);
    auto *chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Semester"), this));
    chooser->addWidget(m_semesterCombo);
    chooser->addStretch(1);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"schoolWorkTabs"_s);
    buildTabs();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(chooser);
    layout->addWidget(m_tabs, 1);

    connect(m_semesterCombo, &QComboBox::currentIndexChanged, this, [this] { reloadLists(); });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void SchoolWorkPage::buildTabs()
{
    m_guidanceModel = new GuidanceVisitListModel(this);
    m_guidance = new SchoolListPanel(u"guidance"_s, m_guidanceModel, this);
    connect(m_guidance->addButton(tr("Record a visit…"), u"addGuidanceVisit"_s, false), &QPushButton::clicked, this,
            &SchoolWorkPage::addGuidanceVisit);
    connect(m_guidance->addButton(tr("Edit…"), u"editGuidanceVisit"_s, true), &QPushButton::clicked, this, [this] { edit(m_guidance); });
    connect(m_guidance->addButton(tr("Remove"), u"removeGuidanceVisit"_s, true), &QPushButton::clicked, this, [this] { remove(m_guidance); });
    connect(m_guidance->addButton(tr("Save the record form as PDF…"), u"printGuidance"_s, false), &QPushButton::clicked, this,
            [this] { saveForm(m_guidance, u"guidance-visit"_s); });
    connect(m_guidance, &SchoolListPanel::activated, this, [this] { edit(m_guidance); });
    m_tabs->addTab(m_guidance, tr("Guidance visits"));

    m_memberModel = new GroupMemberListModel(this);
    m_members = new SchoolListPanel(u"members"_s, m_memberModel, this);
    connect(m_members->addButton(tr("Add a member…"), u"addMember"_s, false), &QPushButton::clicked, this, [this] {
        openDialog(new GroupMemberDialog(m_session, std::nullopt, this), m_members, tr("The member was added."));
    });
    connect(m_members->addButton(tr("Edit…"), u"editMember"_s, true), &QPushButton::clicked, this, [this] { edit(m_members); });
    connect(m_members->addButton(tr("Remove"), u"removeMember"_s, true), &QPushButton::clicked, this, [this] { remove(m_members); });
    connect(m_members->addButton(tr("Save the list as PDF…"), u"printLeadership"_s, false), &QPushButton::clicked, this,
            [this] { saveForm(m_members, u"leadership"_s); });
    connect(m_members, &SchoolListPanel::activated, this, [this] { edit(m_members); });
    m_contactModel = new PartnerListModel(this);
    m_contacts = new SchoolListPanel(u"contacts"_s, m_contactModel, this);
    connect(m_contacts->addButton(tr("Add a contact…"), u"addContact"_s, false), &QPushButton::clicked, this, [this] {
        openDialog(new PartnerContactDialog(m_session, std::nullopt, this), m_contacts, tr("The contact was added."));
    });
    connect(m_contacts->addButton(tr("Edit…"), u"editContact"_s, true), &QPushButton::clicked, this, [this] { edit(m_contacts); });
    connect(m_contacts->addButton(tr("Remove"), u"removeContact"_s, true), &QPushButton::clicked, this, [this] { remove(m_contacts); });
    connect(m_contacts, &SchoolListPanel::activated, this, [this] { edit(m_contacts); });
    auto *organisation = new QSplitter(Qt::Vertical, this);
    organisation->setObjectName(u"organisationSplitter"_s);
    organisation->setChildrenCollapsible(false);
    organisation->addWidget(m_members);
    organisation->addWidget(m_contacts);
    m_tabs->addTab(organisation, tr("Organisation"));

    m_documentModel = new SchoolDocumentListModel(this);
    m_documents = new SchoolListPanel(u"documents"_s, m_documentModel, this);
    connect(m_documents->addButton(tr("File a document…"), u"addDocument"_s, false), &QPushButton::clicked, this,
            &SchoolWorkPage::addDocument);
    connect(m_documents->addButton(tr("Edit…"), u"editDocument"_s, true), &QPushButton::clicked, this, [this] { edit(m_documents); });
    connect(m_documents->addButton(tr("Remove"), u"removeDocument"_s, true), &QPushButton::clicked, this, [this] { remove(m_documents); });
    connect(m_documents->addButton(tr("Add a file…"), u"addDocumentFile"_s, true), &QPushButton::clicked, this, [this] { addFile(m_documents); });
    connect(m_documents->addButton(tr("Open the files"), u"openDocumentFiles"_s, true), &QPushButton::clicked, this,
            [this] { openFiles(m_documents); });
    connect(m_documents->addButton(tr("Save the index as PDF…"), u"printArchiveIndex"_s, false), &QPushButton::clicked, this,
            [this] { saveForm(m_documents, u"school-archive-index"_s); });
    connect(m_documents, &SchoolListPanel::activated, this, [this] { edit(m_documents); });
    m_tabs->addTab(m_documents, tr("School archive"));

    m_activityModel = new ActivityListModel(this);
    m_activities = new SchoolListPanel(u"activities"_s, m_activityModel, this);
    connect(m_activities->addButton(tr("Record an activity…"), u"addActivity"_s, false), &QPushButton::clicked, this, [this] {
        if (const auto semester = chosenSemester())
            openDialog(new ActivityDialog(m_session, *semester, std::nullopt, this), m_activities, tr("The activity was recorded."));
    });
    connect(m_activities->addButton(tr("Edit…"), u"editActivity"_s, true), &QPushButton::clicked, this, [this] { edit(m_activities); });
    connect(m_activities->addButton(tr("Remove"), u"removeActivity"_s, true), &QPushButton::clicked, this, [this] { remove(m_activities); });
    connect(m_activities->addButton(tr("Add a photo…"), u"addActivityPhoto"_s, true), &QPushButton::clicked, this,
            [this] { addFile(m_activities); });
    connect(m_activities->addButton(tr("Open the photos"), u"openActivityPhotos"_s, true), &QPushButton::clicked, this,
            [this] { openFiles(m_activities); });
    connect(m_activities->addButton(tr("Research form as PDF…"), u"printResearch"_s, false), &QPushButton::clicked, this,
            [this] { saveForm(m_activities, u"research"_s); });
    connect(m_activities->addButton(tr("Inclusion form as PDF…"), u"printInclusion"_s, false), &QPushButton::clicked, this,
            [this] { saveForm(m_activities, u"inclusion"_s); });
    connect(m_activities, &SchoolListPanel::activated, this, [this] { edit(m_activities); });
    m_tabs->addTab(m_activities, tr("Activities"));

    m_fundingModel = new FundingListModel(this);
    m_funding = new SchoolListPanel(u"funding"_s, m_fundingModel, this);
    connect(m_funding->addButton(tr("Add an entry…"), u"addFunding"_s, false), &QPushButton::clicked, this, [this] {
        openDialog(new FundingDialog(m_session, std::nullopt, this), m_funding, tr("The funding entry was added."));
    });
    connect(m_funding->addButton(tr("Edit…"), u"editFunding"_s, true), &QPushButton::clicked, this, [this] { edit(m_funding); });
    connect(m_funding->addButton(tr("Remove"), u"removeFunding"_s, true), &QPushButton::clicked, this, [this] { remove(m_funding); });
    connect(m_funding->addButton(tr("Save the register as PDF…"), u"printFunding"_s, false), &QPushButton::clicked, this,
            [this] { saveForm(m_funding, u"funding"_s); });
    connect(m_funding, &SchoolListPanel::activated, this, [this] { edit(m_funding); });
    m_tabs->addTab(m_funding, tr("Funding"));
}

void SchoolWorkPage::reload()
{
    reloadSemesters();
    reloadLists();
}

void SchoolWorkPage::reloadSemesters()
{
    const qint64 keep = m_semesterCombo->currentData().toLongLong();
    const SemesterRepository repository(m_session.db);
    const auto all = repository.all();
    if (!all) {
        reportReadFailure(this, all.error(), m_guidance->message());
        return;
    }
    m_semesters = *all;
    qint64 choose = keep;
    if (choose == 0) {
        const auto current = repository.current(*m_session.clock);
        if (!current) {
            reportReadFailure(this, current.error(), m_guidance->message());
            return;
        }
        choose = *current ? (*current)->id : (m_semesters.isEmpty() ? 0 : m_semesters.constLast().id);
    }
    const QSignalBlocker blocker(m_semesterCombo);
    m_semesterCombo->clear();
    for (const Semester &s : std::as_const(m_semesters))
        m_semesterCombo->addItem(s.name, s.id);
    m_semesterCombo->setCurrentIndex(std::max(0, m_semesterCombo->findData(choose)));
}

bool SchoolWorkPage::selectSemester(qint64 semesterId)
{
    const int index = m_semesterCombo->findData(semesterId);
    if (index < 0)
        return false;
    m_semesterCombo->setCurrentIndex(index);
    return true;
}

std::optional<Semester> SchoolWorkPage::chosenSemester() const
{
    const qint64 id = m_semesterCombo->currentData().toLongLong();
    for (const Semester &s : m_semesters)
        if (s.id == id)
            return s;
    return std::nullopt;
}

void SchoolWorkPage::reloadLists()
{
    const std::optional<Semester> semester = chosenSemester();
    m_header->setSubtitle(semester ? semester->name : tr("No semester is set up yet."));

    // Lists of the school as a whole first; they need no semester.
    const SchoolOrganisationRepository organisation(m_session.db);
    QList<GroupMember> members;
    for (SchoolGroup group : {SchoolGroup::Leadership, SchoolGroup::Working}) {
        const auto some = organisation.members(group);
        if (!some)
            return reportReadFailure(this, some.error(), m_members->message());
        members += *some;
    }
    const qint64 keepMember = m_members->selectedId();
    m_memberModel->setRecords(members);
    m_members->afterReload(keepMember);
    m_members->summary()->setText(tr("The leadership group and the working group, members from the staff list."));
    const auto contacts = organisation.contacts();
    if (!contacts)
        return reportReadFailure(this, contacts.error(), m_contacts->message());
    const qint64 keepContact = m_contacts->selectedId();
    m_contactModel->setRecords(*contacts);
    m_contacts->afterReload(keepContact);
    m_contacts->summary()->setText(tr("Contacts outside the school: the resource centre, the Disabled Persons' Federation, hospitals."));

    // The semester's lists wait for a semester (set up in the settings).
    for (SchoolListPanel *panel : {m_guidance, m_documents, m_activities, m_funding})
        panel->setEnabled(semester.has_value());
    if (!semester)
        return;

    const auto visits = GuidanceVisitRepository(m_session.db).inSemester(*semester);
    if (!visits)
        return reportReadFailure(this, visits.error(), m_guidance->message());
    const qint64 keepVisit = m_guidance->selectedId();
    m_guidanceModel->setRecords(*visits);
    m_guidance->afterReload(keepVisit);
    m_guidance->summary()->setText(tr("%1: %2 guidance visit(s) from the centre, %3 to %4 expected.")
                                       .arg(semester->name)
                                       .arg(visits->size())
                                       .arg(GuidanceCount::kExpectedMin)
                                       .arg(GuidanceCount::kExpectedMax));

    const auto documents = SchoolDocumentRepository(m_session.db).inSemester(semester->id);
    if (!documents)
        return reportReadFailure(this, documents.error(), m_documents->message());
    const auto completeness = schoolArchiveCompleteness(m_session.db, *semester);
    if (!completeness)
        return reportReadFailure(this, completeness.error(), m_documents->message());
    const qint64 keepDocument = m_documents->selectedId();
    m_documentModel->setRecords(*documents);
    m_documents->afterReload(keepDocument);
    QStringList missing;
    for (SchoolArchiveItem item : completeness->missing())
        missing << schoolArchiveItemLabel(item);
    m_documents->summary()->setText(
        missing.isEmpty() ? tr("Complete: %1 of %2 items.").arg(completeness->presentExpectedCount()).arg(completeness->expectedCount())
                          : tr("%1 of %2 items; missing: %3.")
                                .arg(completeness->presentExpectedCount())
                                .arg(completeness->expectedCount())
                                .arg(joinItems(missing)));

    const auto activities = SchoolActivityRepository(m_session.db).inSemester(semester->id);
    if (!activities)
        return reportReadFailure(this, activities.error(), m_activities->message());
    const qint64 keepActivity = m_activities->selectedId();
    m_activityModel->setRecords(*activities);
    m_activities->afterReload(keepActivity);
    m_activities->summary()->setText(tr("Teaching research, inclusion and themed activities of %1.").arg(semester->name));

    const FundingRepository funding(m_session.db);
    const auto entries = funding.inSemester(*semester);
    if (!entries)
        return reportReadFailure(this, entries.error(), m_funding->message());
    const auto total = funding.totalFen(*semester);
    if (!total)
        return reportReadFailure(this, total.error(), m_funding->message());
    const int year = semester->end.year();
    const auto yearTotal = funding.totalFenOfYear(year);
    if (!yearTotal)
        return reportReadFailure(this, yearTotal.error(), m_funding->message());
    const qint64 keepEntry = m_funding->selectedId();
    m_fundingModel->setRecords(*entries);
    m_funding->afterReload(keepEntry);
    m_funding->summary()->setText(tr("Total of the semester: %1 yuan; of %2: %3 yuan.")
                                      .arg(formatYuan(*total, true))
                                      .arg(year)
                                      .arg(formatYuan(*yearTotal, true)));
}

void SchoolWorkPage::openDialog(QDialog *dialog, SchoolListPanel *panel, const QString &done)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    // Nothing says "saved" before the dialog's one action has committed.
    connect(dialog, &QDialog::accepted, this, [this, panel, done] {
        reload();
        panel->message()->showInfo(done);
    });
    dialog->open();
}

void SchoolWorkPage::addGuidanceVisit()
{
    openDialog(new GuidanceVisitDialog(m_session, std::nullopt, this), m_guidance, tr("The guidance visit was recorded."));
}

void SchoolWorkPage::addDocument()
{
    if (const auto semester = chosenSemester())
        openDialog(new DocumentDialog(m_session, *semester, std::nullopt, this), m_documents, tr("The document was filed."));
}

void SchoolWorkPage::edit(SchoolListPanel *panel)
{
    const qint64 id = panel->selectedId();
    const auto semester = chosenSemester();
    if (id <= 0)
        return;
    const QString saved = tr("The changes were saved.");
    auto fail = [&](const Error &error) { reportReadFailure(this, error, panel->message()); };
    if (panel == m_guidance) {
        const auto visit = GuidanceVisitRepository(m_session.db).byId(id);
        return visit ? openDialog(new GuidanceVisitDialog(m_session, *visit, this), panel, saved) : fail(visit.error());
    }
    if (panel == m_members) {
        const auto member = SchoolOrganisationRepository(m_session.db).memberById(id);
        return member ? openDialog(new GroupMemberDialog(m_session, *member, this), panel, saved) : fail(member.error());
    }
    if (panel == m_contacts) {
        const auto contact = SchoolOrganisationRepository(m_session.db).contactById(id);
        return contact ? openDialog(new PartnerContactDialog(m_session, *contact, this), panel, saved) : fail(contact.error());
    }
    if (panel == m_funding) {
        const auto entry = FundingRepository(m_session.db).byId(id);
        return entry ? openDialog(new FundingDialog(m_session, *entry, this), panel, saved) : fail(entry.error());
    }
    if (!semester)
        return;
    if (panel == m_documents) {
        const auto document = SchoolDocumentRepository(m_session.db).byId(id);
        return document ? openDialog(new DocumentDialog(m_session, *semester, *document, this), panel, saved) : fail(document.error());
    }
    const auto activity = SchoolActivityRepository(m_session.db).byId(id);
    activity ? openDialog(new ActivityDialog(m_session, *semester, *activity, this), panel, saved) : fail(activity.error());
}

bool SchoolWorkPage::remove(SchoolListPanel *panel, bool confirm)
{
    const qint64 id = panel->selectedId();
    if (id <= 0)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Remove"), tr("Remove the chosen entry? Its files go with it.")) != QMessageBox::Yes)
        return false;
    Result<void> done;
    if (panel == m_guidance)
        done = GuidanceVisitRepository(m_session.db).remove(id);
    else if (panel == m_members)
        done = SchoolOrganisationRepository(m_session.db).removeMember(id);
    else if (panel == m_contacts)
        done = SchoolOrganisationRepository(m_session.db).removeContact(id);
    else if (panel == m_documents)
        done = SchoolDocumentRepository(m_session.db).remove(id);
    else if (panel == m_activities)
        done = SchoolActivityRepository(m_session.db).remove(id);
    else
        done = FundingRepository(m_session.db).remove(id);
    if (!done) {
        panel->message()->showError(done.error().message);
        return false;
    }
    panel->message()->showInfo(tr("Removed."));
    return true;
}

bool SchoolWorkPage::addFileToDocument(const QString &path)
{
    const qint64 id = m_documents->selectedId();
    if (id <= 0)
        return false;
    const auto added = SchoolDocumentRepository(m_session.db).addFile(id, path);
    if (!added) {
        m_documents->message()->showError(added.error().message);
        return false;
    }
    m_documents->selectId(id);
    m_documents->message()->showInfo(tr("The file is kept with the document."));
    return true;
}

void SchoolWorkPage::addFile(SchoolListPanel *panel)
{
    const qint64 id = panel->selectedId();
    if (id <= 0)
        return;
    const QString path = chooseFileToOpen(this, panel == m_documents ? tr("Add a file") : tr("Add a photo"),
                                          panel == m_documents ? tr("All files (*)") : tr("Pictures (*.jpg *.jpeg *.png)"),
                                          u"school-archive"_s);
    if (path.isEmpty())
        return;
    if (panel == m_documents) {
        addFileToDocument(path);
        return;
    }
    const auto added = SchoolActivityRepository(m_session.db).addPhoto(id, path);
    if (!added)
        return panel->message()->showError(added.error().message);
    panel->selectId(id);
    panel->message()->showInfo(tr("The photo is kept with the activity."));
}

QStringList SchoolWorkPage::saveChosenFiles(SchoolListPanel *panel, const QString &folder)
{
    const qint64 id = panel->selectedId();
    QList<SchoolFile> files;
    if (panel == m_documents) {
        const int row = m_documentModel->rowOfId(id);
        if (row >= 0)
            files = m_documentModel->records().at(row).files;
    } else if (panel == m_activities) {
        const int row = m_activityModel->rowOfId(id);
        if (row >= 0)
            files = m_activityModel->records().at(row).photos;
    }
    if (files.isEmpty()) {
        panel->message()->showInfo(tr("No files are kept with this entry."));
        return {};
    }
    QStringList paths;
    const SchoolDocumentRepository store(m_session.db);
    for (const SchoolFile &f : std::as_const(files)) {
        // The file id first: two files of one entry may share a name.
        const QString path = QDir(folder).filePath(QString::number(f.id) + u'-' + f.fileName);
        if (auto saved = store.saveFileTo(f.id, path); !saved) {
            panel->message()->showError(saved.error().message);
            return paths;
        }
        paths << path;
    }
    return paths;
}

void SchoolWorkPage::openFiles(SchoolListPanel *panel)
{
    // Copies in a folder of their own, opened by the system's viewer; they go
    // when the program ends.
    static QTemporaryDir folder;
    if (!folder.isValid())
        return;
    for (const QString &path : saveChosenFiles(panel, folder.path()))
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void SchoolWorkPage::saveForm(SchoolListPanel *panel, const QString &formId)
{
    const FormSpec *spec = findForm(formId);
    if (!spec)
        return;
    FormRequest request;
    if (const auto semester = chosenSemester())
        request.semesterId = semester->id;
    const auto document = spec->build(FormContext{m_session.db, m_session.clock, request});
    if (!document)
        return panel->message()->showError(document.error().message);
    const QString path = chooseFileToSave(this, tr("Save %1 as PDF").arg(spec->title), spec->title + u".pdf"_s,
                                          tr("PDF files (*.pdf)"), u"pdf"_s);
    if (path.isEmpty())
        return;
    const auto pages = writeFormPdf(*document, path);
    if (!pages)
        return panel->message()->showError(pages.error().message);
    panel->message()->showInfo(tr("Saved %1 (%n page(s)).", "", *pages).arg(QDir::toNativeSeparators(path)));
}

} // namespace rr
