#pragma once
// Asked when a signed training record is corrected: what changes (shown),
// why (required), who corrects it (the teacher from the settings) and when
// (the clock's today). The record keeps the signed version in its history.
#include <QDate>
#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace rr {

class MessageLabel;

class AmendmentDialog final : public QDialog {
    Q_OBJECT
public:
    AmendmentDialog(const QString &author, const QDate &date, const QStringList &changes, QWidget *parent = nullptr);
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
