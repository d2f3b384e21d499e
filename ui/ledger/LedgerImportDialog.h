#pragma once
// Importing a school's existing ledger (.xlsx or .csv): the file is read and
// every row checked on a worker thread; the preview shows each row with its
// errors (skipped) and warnings (imported, to check); the importable rows
// are then written in one action, also off the window's thread.
#include "ledger/LedgerImport.h"
#include "shell/Session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rr {

class MessageLabel;

class LedgerImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit LedgerImportDialog(Session session, QWidget *parent = nullptr);

    bool loadFile(const QString &path);   // false: unreadable or cancelled, the message says why
    bool importRows();                    // false: refused, nothing written
    const LedgerImportPreview &preview() const { return m_preview; }

    QTableWidget *previewTable() const { return m_table; }
    QLabel *summary() const { return m_summary; }
    QPushButton *importButton() const { return m_import; }
    MessageLabel *message() const { return m_message; }

private:
    void showPreview();

    Session m_session;
    QString m_path;
    LedgerImportPreview m_preview;
    QLabel *m_file = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace rr
