#pragma once
// Adds or edits one assessment: instrument, date, assessor, the result fields
// the instrument defines (free name/value rows for a custom one), the band
// as the results are typed, the conclusion (the interpretation when left
// empty) and the scanned report from the student's archive. One write on OK.
#include "assessment/Assessment.h"
#include "shell/Session.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;
class QWidget;

namespace rr {

class MessageLabel;

class AssessmentDialog final : public QDialog {
    Q_OBJECT
public:
    AssessmentDialog(Session session, qint64 studentId, std::optional<Assessment> existing = {}, QWidget *parent = nullptr);
    void accept() override;

    Assessment assessment() const;   // what the widgets hold
    qint64 savedId() const { return m_savedId; }
    void setInstrument(Instrument instrument);
    QLineEdit *fieldEdit(const QString &key) const;   // nullptr for a custom instrument

    QComboBox *instrumentCombo() const { return m_instrument; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *assessorEdit() const { return m_assessor; }
    QTableWidget *customTable() const { return m_custom; }
    QLabel *interpretation() const { return m_interpretation; }
    QPlainTextEdit *conclusionEdit() const { return m_conclusion; }
    QComboBox *attachmentCombo() const { return m_attachment; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    void rebuildFields();
    QVariantMap results() const;
    void updateInterpretation();

    Session m_session;
    qint64 m_studentId = 0;
    qint64 m_id = 0;
    qint64 m_savedId = 0;
    QComboBox *m_instrument = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_assessor = nullptr;
    QWidget *m_fieldBox = nullptr;
    QFormLayout *m_fieldForm = nullptr;
    QList<std::pair<QString, QLineEdit *>> m_fields;
    QWidget *m_customBox = nullptr;
    QTableWidget *m_custom = nullptr;
    QLabel *m_interpretation = nullptr;
    QPlainTextEdit *m_conclusion = nullptr;
    QComboBox *m_attachment = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
