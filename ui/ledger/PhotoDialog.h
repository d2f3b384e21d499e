#pragma once
// The photo of an item: shown, replaced by a JPEG or PNG of up to 4 MB, or
// removed; each change is one write.
#include "ledger/LedgerItem.h"
#include "shell/Session.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace rr {

class MessageLabel;

class PhotoDialog final : public QDialog {
    Q_OBJECT
public:
    PhotoDialog(Session session, LedgerItem item, QWidget *parent = nullptr);
    bool setPhotoFile(const QString &path);   // false: refused, the message says why
    bool removePhoto();
    QLabel *picture() const { return m_picture; }

private:
    void showPhoto();

    Session m_session;
    LedgerItem m_item;
    QLabel *m_picture = nullptr;
    QPushButton *m_remove = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
