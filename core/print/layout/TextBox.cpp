#include "print/layout/TextBox.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextOption>
#include <cmath>

namespace rr::printing {

namespace {

// QTextLayout breaks lines only at U+2028; stored texts use \n.
QString withLineSeparators(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    // Trailing newlines would print as blank lines at the bottom of a box.
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    text.replace(QLatin1Char('\n'), QChar::LineSeparator);
    text.replace(QLatin1Char('\t'), QLatin1Char(' '));
    return text;
}

} // namespace

TextBox::TextBox(const QString &text, const QFont &font, QPaintDevice *device, double width)
    : m_layout(std::make_unique<QTextLayout>(withLineSeparators(text), font, device)), m_width(std::max(1.0, width))
{
    m_lineHeight = QFontMetricsF(font, device).height();
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(Qt::AlignLeft);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    if (m_layout->text().isEmpty())
        return;
    m_layout->beginLayout();
    double y = 0;
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(m_width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m_lines.append(line);
    }
    m_layout->endLayout();
}

double TextBox::height(int first, int count) const
{
    double total = 0;
    for (int i = first; i < first + count && i < lineCount(); ++i)
        total += m_lines.at(i).height();
    return total;
}

int TextBox::linesFitting(int first, double available) const
{
    int count = 0;
    double used = 0;
    for (int i = first; i < lineCount(); ++i) {
        used += m_lines.at(i).height();
        if (used > available + 0.01)
            break;
        ++count;
    }
    return count;
}

void TextBox::draw(QPainter &painter, const QPointF &topLeft, int first, int count, Qt::Alignment alignment) const
{
    if (first >= lineCount() || count <= 0)
        return;
    const double top = m_lines.at(first).y();
    for (int i = first; i < first + count && i < lineCount(); ++i) {
        const QTextLine &line = m_lines.at(i);
        double dx = 0;
        const double slack = m_width - line.naturalTextWidth();
        if (alignment & Qt::AlignHCenter)
            dx = slack / 2;
        else if (alignment & Qt::AlignRight)
            dx = slack;
        line.draw(&painter, QPointF(topLeft.x() + std::max(0.0, dx), topLeft.y() - top));
    }
}

} // namespace rr::printing
