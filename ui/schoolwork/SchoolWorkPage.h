#pragma once
// 学校工作: the school's side of the archive, one tab each — guidance visits
// received (巡回指导), the organisation (groups and contacts), the school's
// archive documents with their files, activity records, funding. Lists are of
// the semester chosen at the top; each tab saves its form as PDF.
#include "calendar/Semester.h"
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDialog;
class QTabWidget;

namespace rr {

class ActivityListModel;
class PartnerListModel;
class FundingListModel;
class GroupMemberListModel;
class GuidanceVisitListModel;
class PageHeader;
class SchoolDocumentListModel;
class SchoolListPanel;

class SchoolWorkPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab { GuidanceTab, OrganisationTab, DocumentsTab, ActivitiesTab, FundingTab };

    explicit SchoolWorkPage(Session session, QWidget *parent = nullptr);

    void reload();
    bool selectSemester(qint64 semesterId);
    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *semesterCombo() const { return m_semesterCombo; }
    SchoolListPanel *guidance() const { return m_guidance; }
    SchoolListPanel *members() const { return m_members; }
    SchoolListPanel *contacts() const { return m_contacts; }
    SchoolListPanel *documents() const { return m_documents; }
    SchoolListPanel *activities() const { return m_activities; }
    SchoolListPanel *funding() const { return m_funding; }
    GuidanceVisitListModel *guidanceModel() const { return m_guidanceModel; }
    SchoolDocumentListModel *documentModel() const { return m_documentModel; }
    // The dialog opened last (window-modal, not blocking), while it is open.
    QDialog *dialog() const { return m_dialog; }

    // The buttons' actions, also for tests.
    void addGuidanceVisit();
    void addDocument();
    // Adds the file at `path` to the chosen document (the button asks for one).
    bool addFileToDocument(const QString &path);
    // Writes the chosen document's (or activity's) files into `folder`; their paths.
    QStringList saveChosenFiles(SchoolListPanel *panel, const QString &folder);
    bool remove(SchoolListPanel *panel, bool confirm = true);

private:
    void buildTabs();
    void reloadSemesters();
    void reloadLists();
    void openDialog(QDialog *dialog, SchoolListPanel *panel, const QString &done);
    void edit(SchoolListPanel *panel);
    void addFile(SchoolListPanel *panel);
    void openFiles(SchoolListPanel *panel);
    void saveForm(SchoolListPanel *panel, const QString &formId);
    std::optional<Semester> chosenSemester() const;

    Session m_session;
    QList<Semester> m_semesters;
    PageHeader *m_header = nullptr;
    QComboBox *m_semesterCombo = nullptr;
    QTabWidget *m_tabs = nullptr;
    GuidanceVisitListModel *m_guidanceModel = nullptr;
    GroupMemberListModel *m_memberModel = nullptr;
    PartnerListModel *m_contactModel = nullptr;
    SchoolDocumentListModel *m_documentModel = nullptr;
    ActivityListModel *m_activityModel = nullptr;
    FundingListModel *m_fundingModel = nullptr;
    SchoolListPanel *m_guidance = nullptr;
    SchoolListPanel *m_members = nullptr;
    SchoolListPanel *m_contacts = nullptr;
    SchoolListPanel *m_documents = nullptr;
    SchoolListPanel *m_activities = nullptr;
    SchoolListPanel *m_funding = nullptr;
    QPointer<QDialog> m_dialog;
};

} // namespace rr
