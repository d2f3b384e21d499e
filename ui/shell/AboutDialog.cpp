#include "shell/AboutDialog.h"

#include "shell/AreaIcons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About ResourceRoom"));

    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(tr("ResourceRoom"), this);
    QFont big = name->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    name->setFont(big);

    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(RR_VERSION)), this);
    auto *purpose = new QLabel(tr("Keeps the student archives, education plans, training records and forms of a "
                                  "school's resource room for children learning in regular classrooms."),
                               this);
    auto *privacy = new QLabel(tr("All data stays on this computer, in the data file named in the status bar. "
                                  "ResourceRoom does not use the network."),
                               this);
    auto *licence = new QLabel(tr("Free software under the GNU General Public License, version 3 or later "
                                  "(GPL-3.0-or-later)."),
                               this);
    for (QLabel *label : {purpose, privacy, licence}) {
        label->setWordWrap(true);
        label->setFixedWidth(340);   // a fixed width lets the dialog size itself to the wrapped text
    }

    auto *text = new QVBoxLayout;
    text->setSpacing(8);
    text->addWidget(name);
    text->addWidget(version);
    text->addSpacing(4);
    text->addWidget(purpose);
    text->addWidget(privacy);
    text->addWidget(licence);

    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addLayout(text, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

} // namespace rr
