#pragma once
// Asked when a revised plan in effect is saved: why it changed (kept with the
// revision, printed on request), who changed it (the teacher from the
// settings) and the date (the clock's today).
#include <QDate>
#include <QDialog>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class MessageLabel;

class RevisionReasonDialog final : public QDialog {
    Q_OBJECT
public:
    RevisionReasonDialog(const QString &author, const QDate &date, const QStringList &changes, QWidget *parent = nullptr);
    void accept() override;

    QString reason() const;
    QString author() const;
    QDate date() const { return m_date; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *authorEdit() const { return m_author; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    QDate m_date;
    QPlainTextEdit *m_reason = nullptr;
    QLineEdit *m_author = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
