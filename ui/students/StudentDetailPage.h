#pragma once
// One student, opened from the roster: the full record (the only place the
// unmasked ID number is shown), the LRC workflow and the archive checklist.
#include "shell/Session.h"
#include "students/Student.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTabWidget;

namespace rr {

class ArchivePanel;
class FamilyPanel;
class LrcPanel;
class ReviewPanel;

class StudentDetailPage final : public QWidget {
    Q_OBJECT
public:
    explicit StudentDetailPage(Session session, QWidget *parent = nullptr);
    void showStudent(qint64 studentId);
    void reload();
    qint64 studentId() const { return m_studentId; }

    LrcPanel *lrcPanel() const { return m_lrc; }
    ArchivePanel *archivePanel() const { return m_archive; }
    FamilyPanel *familyPanel() const { return m_family; }
    ReviewPanel *reviewPanel() const { return m_review; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *historyButton() const { return m_history; }

signals:
    void backRequested();
    void editRequested(qint64 studentId);

private:
    void fillDetails(const Student &student);
    void confirmRemove();

    Session m_session;
    qint64 m_studentId = 0;
    QPushButton *m_back = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_history = nullptr;
    QLabel *m_title = nullptr;
    QTabWidget *m_tabs = nullptr;
    QFormLayout *m_details = nullptr;
    LrcPanel *m_lrc = nullptr;
    ArchivePanel *m_archive = nullptr;
    FamilyPanel *m_family = nullptr;
    ReviewPanel *m_review = nullptr;
};

} // namespace rr
