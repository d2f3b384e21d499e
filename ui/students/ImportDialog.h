#pragma once
// Importing a roster file: the file is read and every row previewed with its
// status; the column mapping can be corrected (the preview follows); the
// ready rows are imported in one write with a cancellable progress dialog.
#include "roster/RosterImport.h"
#include "shell/Session.h"

#include <QDialog>

class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rr {

class ImportPreviewModel;
class MessageLabel;

class ImportDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ImportDialog(Session session, QWidget *parent = nullptr);

    bool loadFile(const QString &path);      // false: unreadable, error shown
    bool importReady();                      // false: refused or cancelled, nothing written
    const ImportPreview &preview() const { return m_preview; }

    // A correction of one cell of the file, as the preview's editor makes it;
    // the preview is built again at once. False when it cannot be built.
    bool correctCell(int tableRow, int fileColumn, const QString &text);

    ImportPreviewModel *previewModel() const { return m_model; }
    QTableView *previewView() const { return m_view; }
    QList<QComboBox *> mappingCombos() const { return m_mappingCombos; }
    QPushButton *importButton() const { return m_import; }
    MessageLabel *message() const { return m_message; }
    QLabel *summary() const { return m_summary; }

private:
    void chooseFile();
    bool rebuildPreview(const QList<RosterField> &mapping);
    void showPreview();
    void buildMappingEditor();
    void updateSummary();

    Session m_session;
    TableData m_table;
    ImportPreview m_preview;
    QLabel *m_file = nullptr;
    QWidget *m_mappingBox = nullptr;
    QGridLayout *m_mappingLayout = nullptr;
    QList<QComboBox *> m_mappingCombos;
    ImportPreviewModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    MessageLabel *m_message = nullptr;
    QPushButton *m_import = nullptr;
};

} // namespace rr
