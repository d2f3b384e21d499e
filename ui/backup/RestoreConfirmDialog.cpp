#include "backup/RestoreConfirmDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RestoreConfirmDialog::RestoreConfirmDialog(const QString &backupPath, const BackupContents &contents,
                                           const std::optional<Error> &refusal, const QString &dataFile, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"restoreConfirmDialog"_s);
    setWindowTitle(tr("Restore from a backup"));
    auto *title = new QLabel(tr("The backup %1 holds:").arg(QFileInfo(backupPath).fileName()), this);
    title->setWordWrap(true);
    auto *facts = new QLabel(describeContents(contents).join(u'\n'), this);
    facts->setObjectName(u"backupContents"_s);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->setContentsMargins(16, 4, 0, 4);
    auto *consequence = new QLabel(this);
    consequence->setObjectName(u"restoreConsequence"_s);
    consequence->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (refusal) {
        consequence->setText(refusal->message);
        consequence->setStyleSheet(u"color: #a01010;"_s);
    } else {
        consequence->setText(tr("Restoring replaces everything in the open data file (%1) with what the backup holds. "
                                "A safety copy of the file as it is now is kept beside it first. The program closes the "
                                "file, restores it and opens it again.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(dataFile).fileName())));
        m_restore = m_buttons->addButton(tr("Restore"), QDialogButtonBox::AcceptRole);
        m_restore->setObjectName(u"confirmRestore"_s);
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(facts);
    layout->addWidget(consequence);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

} // namespace rr
