#pragma once
// A student's archive for the current school year: the ten items with ✓/✗
// and their evidence, and the attached files (add, open, save as, remove).
#include "archive/Attachment.h"
#include "shell/Session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class ArchiveChecklistModel;
class AttachmentListModel;
class MessageLabel;

class ArchivePanel final : public QWidget {
    Q_OBJECT
public:
    explicit ArchivePanel(Session session, QWidget *parent = nullptr);
    void setStudent(qint64 studentId);
    void reload();

    // What the buttons do once a path is chosen; false when refused (message shown).
    bool addFile(const QString &path);                      // to the item chosen in itemCombo()
    bool saveSelectedTo(const QString &path);
    bool removeSelected();

    ArchiveChecklistModel *checklistModel() const { return m_checklist; }
    AttachmentListModel *attachmentModel() const { return m_files; }
    QTableView *attachmentTable() const { return m_fileTable; }
    QComboBox *itemCombo() const { return m_item; }
    MessageLabel *message() const { return m_message; }

private:
    Attachment selectedRecord() const;
    qint64 selectedAttachment() const;
    void chooseAndAdd();
    void chooseAndSave();
    void openSelected();

    Session m_session;
    qint64 m_studentId = 0;
    int m_schoolYear = 0;
    QLabel *m_summary = nullptr;
    ArchiveChecklistModel *m_checklist = nullptr;
    AttachmentListModel *m_files = nullptr;
    QTableView *m_checklistTable = nullptr;
    QTableView *m_fileTable = nullptr;
    QComboBox *m_item = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_remove = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
