#pragma once
// Settings: the school profile, the semesters (add one, choose the current
// one) and the interface language; the staff, the current user and the school
// calendar on their own tabs.
#include "shell/Session.h"

#include <QWidget>

class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;

namespace rr {

class MessageLabel;
class ProfileEditor;
class SchoolCalendarPanel;
class SemesterListModel;
class StaffPanel;
class AccountsPanel;

class SettingsPage final : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(Session session, QWidget *parent = nullptr);
    void reload();

    ProfileEditor *profileEditor() const { return m_profile; }
    SemesterListModel *semesterModel() const { return m_semesters; }
    QTabWidget *tabs() const { return m_tabs; }
    StaffPanel *staffPanel() const { return m_staff; }
    // Only on a file protected by accounts; nullptr otherwise.
    AccountsPanel *accountsPanel() const { return m_accounts; }
    SchoolCalendarPanel *calendarPanel() const { return m_calendar; }

    void saveProfile();
    void makeSelectedCurrent();

signals:
    // The user chose another interface language (applied by the controller).
    void languageRequested(const QString &code);

private:
    QWidget *buildProfileBox();
    QWidget *buildSemesterBox();
    QWidget *buildLanguageBox();
    void addSemester();
    void updateButtons();

    Session m_session;
    QTabWidget *m_tabs = nullptr;
    SchoolCalendarPanel *m_calendar = nullptr;
    ProfileEditor *m_profile = nullptr;
    MessageLabel *m_profileMessage = nullptr;
    SemesterListModel *m_semesters = nullptr;
    QTableView *m_semesterTable = nullptr;
    QPushButton *m_makeCurrent = nullptr;
    MessageLabel *m_semesterMessage = nullptr;
    bool m_readFailed = false;   // the profile or the semesters could not be read
    QComboBox *m_language = nullptr;
    StaffPanel *m_staff = nullptr;
    AccountsPanel *m_accounts = nullptr;
};

} // namespace rr
