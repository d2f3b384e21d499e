#include "pages/ComingPage.h"

#include "common/PageHeader.h"

#include <QFrame>
#include <QLabel>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ComingPage::ComingPage(Area area, QWidget *parent) : QWidget(parent)
{
    auto *card = new QFrame(this);
    card->setObjectName(u"comingCard"_s);
    card->setFrameShape(QFrame::StyledPanel);

    auto *icon = new QLabel(card);
    icon->setPixmap(areaIcon(area).pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignCenter);
    icon->setFixedHeight(72);

    auto *purpose = new QLabel(areaPurpose(area), card);
    purpose->setObjectName(u"comingPurpose"_s);
    purpose->setWordWrap(true);
    purpose->setAlignment(Qt::AlignCenter);

    auto *status = new QLabel(tr("This area is being built and will come with a later version of ResourceRoom."), card);
    status->setObjectName(u"comingStatus"_s);
    status->setWordWrap(true);
    status->setAlignment(Qt::AlignCenter);
    status->setForegroundRole(QPalette::PlaceholderText);

    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(32, 32, 32, 32);
    cardLayout->setSpacing(12);
    cardLayout->addWidget(icon);
    cardLayout->addWidget(purpose);
    cardLayout->addWidget(status);
    card->setFixedWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(areaTitle(area), {}, this));
    layout->addStretch(1);
    layout->addWidget(card, 0, Qt::AlignHCenter);
    layout->addStretch(2);
}

} // namespace rr
