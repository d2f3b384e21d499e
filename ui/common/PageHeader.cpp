#include "common/PageHeader.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

PageHeader::PageHeader(const QString &title, const QString &subtitle, QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(title, this);
    m_title->setObjectName(u"pageTitle"_s);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_title->setFont(font);

    m_subtitle = new QLabel(subtitle, this);
    m_subtitle->setObjectName(u"pageSubtitle"_s);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setVisible(!subtitle.isEmpty());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
}

void PageHeader::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

QString PageHeader::title() const
{
    return m_title->text();
}

} // namespace rr
