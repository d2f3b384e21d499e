#pragma once
// The administrator's recovery code, shown once (at setup, or after it was
// used): print it (printer or PDF, through the forms' print preview), save
// it as PDF or copy it. Closing needs the box "I have printed or written it
// down" ticked: the code is never shown again.
#include <QDate>
#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace rr {

class RecoveryCodeDialog final : public QDialog {
    Q_OBJECT
public:
    RecoveryCodeDialog(const QString &code, const QString &schoolName, const QString &userName, const QDate &today,
                       QWidget *parent = nullptr);

    QLabel *codeLabel() const { return m_code; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *pdfButton() const { return m_pdf; }
    QCheckBox *keptBox() const { return m_kept; }
    QPushButton *closeButton() const { return m_close; }

    void reject() override;   // only once the code was kept

private:
    QString m_codeText;
    QString m_school;
    QString m_userName;
    QDate m_today;
    QLabel *m_code = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_copy = nullptr;
    QCheckBox *m_kept = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace rr
