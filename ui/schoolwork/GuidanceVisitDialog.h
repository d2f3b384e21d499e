#pragma once
// Records or edits one guidance visit of the centre's teacher. Errors stay
// inside the dialog; it closes only after the visit is saved.
#include "schoolwork/SchoolWork.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class MessageLabel;

class GuidanceVisitDialog final : public QDialog {
    Q_OBJECT
public:
    explicit GuidanceVisitDialog(Session session, std::optional<GuidanceVisit> existing = {}, QWidget *parent = nullptr);
    void accept() override;

    GuidanceVisit visit() const;   // what the widgets hold now
    qint64 savedId() const { return m_savedId; }

    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *visitorEdit() const { return m_visitor; }
    QLineEdit *centreEdit() const { return m_centre; }
    QCheckBox *topicCheck(GuidanceTopic topic) const { return m_topics.value(int(topic)); }
    QPlainTextEdit *problemsEdit() const { return m_problems; }
    QPlainTextEdit *suggestionsEdit() const { return m_suggestions; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    std::optional<GuidanceVisit> m_existing;
    qint64 m_savedId = 0;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_visitor = nullptr;
    QLineEdit *m_centre = nullptr;
    QList<QCheckBox *> m_topics;
    QPlainTextEdit *m_problems = nullptr;
    QPlainTextEdit *m_suggestions = nullptr;
    QPlainTextEdit *m_followUp = nullptr;
    QPlainTextEdit *m_result = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
