#pragma once
// What a backup holds, shown before it replaces the open data file: when it
// was made, the school, the counts, the data version. A backup that cannot
// be restored (a newer program's) is shown with the reason and no restore
// button.
#include "backup/BackupContents.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QPushButton;

namespace rr {

class RestoreConfirmDialog final : public QDialog {
    Q_OBJECT
public:
    RestoreConfirmDialog(const QString &backupPath, const BackupContents &contents, const std::optional<Error> &refusal,
                         const QString &dataFile, QWidget *parent = nullptr);
    QPushButton *restoreButton() const { return m_restore; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    QPushButton *m_restore = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
