#include "pages/StatCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StatCard::StatCard(const QString &caption, QWidget *parent) : QFrame(parent)
{
    setObjectName(u"statCard"_s);
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    auto *captionLabel = new QLabel(caption, this);
    captionLabel->setForegroundRole(QPalette::PlaceholderText);

    m_value = new QLabel(this);
    m_value->setObjectName(u"statValue"_s);
    QFont big = m_value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_value->setFont(big);
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"statDetail"_s);
    m_detail->setWordWrap(false);   // one line: a wrapped label would be clipped by the fixed height

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(4);
    layout->addWidget(captionLabel);
    layout->addWidget(m_value);
    layout->addWidget(m_detail);
}

void StatCard::setValue(const QString &value, const QString &detail)
{
    m_value->setText(value);
    m_detail->setText(detail);
    m_detail->setVisible(!detail.isEmpty());
}

QString StatCard::value() const
{
    return m_value->text();
}

} // namespace rr
