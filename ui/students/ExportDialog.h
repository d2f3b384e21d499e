#pragma once
// Exporting the roster for the centre as .xlsx or .csv. The sensitive columns
// (ID number, certificate number, medical history) only when asked for.
#include "shell/Session.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLineEdit;

namespace rr {

class MessageLabel;

class ExportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ExportDialog(Session session, QWidget *parent = nullptr);
    void accept() override;
    int exportedRows() const { return m_rows; }
    QString exportedPath() const;

    QLineEdit *pathEdit() const { return m_path; }
    QCheckBox *sensitiveCheck() const { return m_sensitive; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    void browse();

    Session m_session;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_sensitive = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    int m_rows = 0;
};

} // namespace rr
