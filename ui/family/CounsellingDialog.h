#pragma once
// Records or edits one counselling session. The notes are shown only here,
// one session at a time; saved means committed.
#include "family/Counselling.h"
#include "shell/Session.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class MessageLabel;
class TimeEdit;

class CounsellingDialog final : public QDialog {
    Q_OBJECT
public:
    // `session.id` 0: a new session of `session.studentId`, dated today.
    CounsellingDialog(Session session, const CounsellingSession &counselling, QWidget *parent = nullptr);
    bool loaded() const { return m_loaded; }
    void accept() override;

    CounsellingSession counselling() const;
    qint64 savedId() const { return m_savedId; }

    QDateEdit *dateEdit() const { return m_date; }
    TimeEdit *timeEdit() const { return m_time; }
    QComboBox *counsellorCombo() const { return m_counsellor; }
    QLineEdit *topicEdit() const { return m_topic; }
    QPlainTextEdit *observationsEdit() const { return m_observations; }
    QPlainTextEdit *followUpEdit() const { return m_followUp; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    CounsellingSession m_original;
    qint64 m_savedId = 0;
    bool m_loaded = false;
    QDateEdit *m_date = nullptr;
    TimeEdit *m_time = nullptr;
    QComboBox *m_counsellor = nullptr;
    QLineEdit *m_topic = nullptr;
    QPlainTextEdit *m_observations = nullptr;
    QPlainTextEdit *m_followUp = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
