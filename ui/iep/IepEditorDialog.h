#pragma once
// Edits one IEP (个别化教育计划) in five tabs: team and meeting, present
// levels, goals with their objectives, services, accommodations.
//   草稿: editable; Save writes the draft, Activate takes it into effect or
//         lists what is still missing.
//   生效: read-only; Revise makes it editable, and saving asks for the reason
//         and keeps the previous content as a dated revision.
//   期末评估 / 归档: read-only.
// Dialogs it opens (goal bank, revision reason) are window-modal and
// non-blocking, reachable through accessors.
#include "iep/ActivationProblemsDialog.h"
#include "iep/RevisionHistoryDialog.h"
#include "iep/RevisionReasonDialog.h"
#include "iep/Iep.h"
#include "shell/Session.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;

namespace rr {

class AccommodationEditor;
class GoalEditor;
class MessageLabel;
class PresentLevelEditor;
class ServiceEditor;
class TeamMeetingEditor;

class IepEditorDialog final : public QDialog {
    Q_OBJECT
public:
    enum Tab { TeamTab, LevelsTab, GoalsTab, ServicesTab, AccommodationsTab };

    IepEditorDialog(Session session, qint64 iepId, QWidget *parent = nullptr);

    qint64 iepId() const { return m_iep.id; }
    const Iep &iep() const { return m_iep; }   // as last loaded
    IepContent content() const;                // what the tabs hold now
    bool isEditable() const { return m_editable; }
    bool isRevising() const { return m_revising; }

    bool save();          // a draft
    // Saves a changed draft first; when something is missing, refuses and
    // lists all of it in problemsDialog().
    bool activate();
    void startRevision();
    void cancelRevision();
    // Asks for the reason (reasonDialog()); the revision is written when it is accepted.
    bool saveRevision();
    void showHistory();

    QTabWidget *tabs() const { return m_tabs; }
    TeamMeetingEditor *teamEditor() const { return m_team; }
    PresentLevelEditor *levelEditor() const { return m_levels; }
    GoalEditor *goalEditor() const { return m_goals; }
    ServiceEditor *serviceEditor() const { return m_services; }
    AccommodationEditor *accommodationEditor() const { return m_accommodations; }
    MessageLabel *message() const { return m_message; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *activateButton() const { return m_activate; }
    QPushButton *reviseButton() const { return m_revise; }
    QPushButton *saveRevisionButton() const { return m_saveRevision; }
    QPushButton *historyButton() const { return m_history; }
    QPushButton *auditTrailButton() const { return m_auditTrail; }
    RevisionReasonDialog *reasonDialog() const { return m_reasonDialog; }
    RevisionHistoryDialog *historyDialog() const { return m_historyDialog; }
    ActivationProblemsDialog *problemsDialog() const { return m_problemsDialog; }

public slots:
    void reject() override;

private:
    bool load();   // false: the stored plan could not be read (said in the dialog)
    void fillTabs();
    void setEditable(bool editable);
    void updateButtons();
    bool collect(IepContent *content);
    void writeRevision(const QString &reason, const QString &author, const QDate &date);

    Session m_session;
    Iep m_iep;
    QString m_studentName;
    QString m_semesterName;
    bool m_editable = false;
    bool m_revising = false;
    bool m_dirty = false;
    bool m_filling = false;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    TeamMeetingEditor *m_team = nullptr;
    PresentLevelEditor *m_levels = nullptr;
    GoalEditor *m_goals = nullptr;
    ServiceEditor *m_services = nullptr;
    AccommodationEditor *m_accommodations = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_activate = nullptr;
    QPushButton *m_revise = nullptr;
    QPushButton *m_saveRevision = nullptr;
    QPushButton *m_cancelRevision = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_auditTrail = nullptr;
    QPushButton *m_close = nullptr;
    QPointer<RevisionReasonDialog> m_reasonDialog;
    QPointer<RevisionHistoryDialog> m_historyDialog;
    QPointer<ActivationProblemsDialog> m_problemsDialog;
};

} // namespace rr
