#pragma once
// Asked before a weighty LRC step (不予确认, 撤销) and before voiding a step
// recorded by mistake: the student and the step are named, and the decision
// is recorded only with its reason and the 经办人 (default: the teacher of
// the settings). The dialog only collects; LrcPanel writes through core,
// which refuses the same decision without reason or 经办人.
#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class MessageLabel;

class LrcReasonDialog final : public QDialog {
    Q_OBJECT
public:
    // `title` for the window, `question` names the student and the step,
    // `confirmText` for the OK button (e.g. 确认撤销).
    LrcReasonDialog(const QString &title, const QString &question, const QString &confirmText, const QString &who,
                    QWidget *parent = nullptr);
    void accept() override;

    QString reason() const;
    QString who() const;
    QLabel *questionLabel() const { return m_question; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *whoEdit() const { return m_who; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    QLabel *m_question = nullptr;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_who = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
