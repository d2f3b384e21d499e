#pragma once
// Adding or editing a school archive document or an activity record of the
// chosen semester. A new one takes its files (scans, photos) in the same
// action; files are read whole within the attachment limit when OK is pressed.
#include "calendar/Semester.h"
#include "schoolwork/SchoolWork.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace rr {

class MessageLabel;

// The frame both share: the semester's date range, a list of files to add, OK and Cancel.
class ArchiveRecordDialog : public QDialog {
    Q_OBJECT
public:
    ArchiveRecordDialog(Session session, Semester semester, bool withFiles, QWidget *parent);
    qint64 savedId() const { return m_savedId; }
    QDateEdit *dateEdit() const { return m_date; }
    MessageLabel *message() const { return m_message; }
    QListWidget *fileList() const { return m_files; }
    // Adds a file to be stored with the new record (the button asks for one).
    void addFilePath(const QString &path);

protected:
    void finishLayout();
    // The chosen files' names and bytes; nullopt after showing why one cannot be read.
    std::optional<QList<std::pair<QString, QByteArray>>> readFiles();
    void finishSave(const Result<qint64> &saved);

    Session m_session;
    Semester m_semester;
    QFormLayout *m_form = nullptr;
    QDateEdit *m_date = nullptr;
    QListWidget *m_files = nullptr;
    QPushButton *m_addFile = nullptr;
    MessageLabel *m_message = nullptr;
    qint64 m_savedId = 0;
};

class DocumentDialog final : public ArchiveRecordDialog {
    Q_OBJECT
public:
    DocumentDialog(Session session, Semester semester, std::optional<SchoolDocument> existing, QWidget *parent = nullptr);
    void accept() override;
    QComboBox *categoryCombo() const { return m_category; }
    QLineEdit *titleEdit() const { return m_title; }

private:
    std::optional<SchoolDocument> m_existing;
    QComboBox *m_category = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_note = nullptr;
};

class ActivityDialog final : public ArchiveRecordDialog {
    Q_OBJECT
public:
    ActivityDialog(Session session, Semester semester, std::optional<SchoolActivity> existing, QWidget *parent = nullptr);
    void accept() override;
    QComboBox *kindCombo() const { return m_kind; }
    QLineEdit *topicEdit() const { return m_topic; }

private:
    std::optional<SchoolActivity> m_existing;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_topic = nullptr;
    QLineEdit *m_participants = nullptr;
    QPlainTextEdit *m_plan = nullptr;
    QPlainTextEdit *m_content = nullptr;
    QPlainTextEdit *m_outcome = nullptr;
};

} // namespace rr
