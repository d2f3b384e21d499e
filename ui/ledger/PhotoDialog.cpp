#include "ledger/PhotoDialog.h"

#include "common/FileDialogs.h"
#include "common/MessageLabel.h"
#include "ledger/LedgerItemRepository.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

PhotoDialog::PhotoDialog(Session session, LedgerItem item, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_item(std::move(item))
{
    setObjectName(u"photoDialog"_s);
    setWindowTitle(tr("Photo of %1").arg(m_item.name));
    m_picture = new QLabel(this);
    m_picture->setObjectName(u"photoPicture"_s);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(420, 300);
    m_picture->setWordWrap(true);
    auto *choose = new QPushButton(tr("Choose picture…"), this);
    choose->setObjectName(u"choosePhoto"_s);
    m_remove = new QPushButton(tr("Remove photo"), this);
    m_remove->setObjectName(u"removePhoto"_s);
    m_message = new MessageLabel(this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &PhotoDialog::reject);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = chooseFileToOpen(this, tr("Choose a photo"), tr("Pictures (*.jpg *.jpeg *.png)"), u"photo"_s);
        if (!path.isEmpty())
            setPhotoFile(path);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { removePhoto(); });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(choose);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_picture, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(close);
    showPhoto();
}

void PhotoDialog::showPhoto()
{
    const auto bytes = LedgerItemRepository(m_session.db).photo(m_item.id);
    if (!bytes) {
        m_picture->setText(tr("The photo could not be read."));
        m_message->showError(bytes.error().message);
        m_remove->setEnabled(false);
        return;
    }
    QPixmap pixmap;
    if (bytes->isEmpty() || !pixmap.loadFromData(*bytes)) {
        m_picture->setPixmap({});
        m_picture->setText(bytes->isEmpty() ? tr("No photo yet.") : tr("The stored photo is no picture Qt can show."));
    } else {
        m_picture->setPixmap(pixmap.scaled(QSize(420, 300), Qt::KeepAspectRatio, Qt::SmoothTransformation));
    }
    m_remove->setEnabled(!bytes->isEmpty());
}

bool PhotoDialog::setPhotoFile(const QString &path)
{
    QFile file(path);
    if (file.size() > kMaxPhotoBytes) {
        m_message->showError(tr("A photo may be at most 4 MB."));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_message->showError(tr("The file could not be opened."));
        return false;
    }
    if (auto done = LedgerItemRepository(m_session.db).setPhoto(m_item.id, file.readAll()); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    showPhoto();
    m_message->showInfo(tr("The photo was saved."));
    return true;
}

bool PhotoDialog::removePhoto()
{
    if (auto done = LedgerItemRepository(m_session.db).setPhoto(m_item.id, {}); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    showPhoto();
    m_message->showInfo(tr("The photo was removed."));
    return true;
}

} // namespace rr
