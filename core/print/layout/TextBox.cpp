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

TextBox::TextBox(const QString &text, const QFont &font, QPaintDevice *device, double width, const QStringList &names)
    : m_text(withLineSeparators(text)), m_device(device), m_width(std::max(1.0, width))
{
    m_lineHeight = QFontMetricsF(font, device).height();
    m_runs = unbreakableRuns(m_text, names);
    if (m_text.isEmpty()) {
        m_layout = std::make_unique<QTextLayout>(m_text, font, device);
        return;
    }
    QList<int> orphans = layOut(font, {});
    // Tighten the letter spacing a little, at most 6 %, to pull a lone last
    // character back onto the line above.
    for (double percent : {98.5, 97.0, 95.5, 94.0}) {
        if (orphans.isEmpty())
            return;
        QFont tighter = font;
        tighter.setLetterSpacing(QFont::PercentageSpacing, percent);
        const QList<int> left = layOut(tighter, {});
        if (left.size() < orphans.size())
            return;
    }
    // Still alone: the line above gives up one more character, at the usual spacing.
    if (!orphans.isEmpty())
        layOut(font, orphans);
}

QList<int> TextBox::layOut(const QFont &font, const QList<int> &shortenLinesStartingAt)
{
    m_layout = std::make_unique<QTextLayout>(m_text, font, m_device);
    QTextOption option;
    // The widest run that fits; the break position is then chosen below.
    option.setWrapMode(QTextOption::WrapAnywhere);
    option.setAlignment(Qt::AlignLeft);
    m_layout->setTextOption(option);
    m_layout->setCacheEnabled(true);
    m_lines.clear();
    m_layout->beginLayout();
    double y = 0;
    const int length = int(m_text.size());
    for (QTextLine line = m_layout->createLine(); line.isValid(); line = m_layout->createLine()) {
        line.setLineWidth(m_width);
        const int start = line.textStart();
        int end = start + line.textLength();
        const bool hardBreak = end > start && m_text.at(end - 1) == QChar::LineSeparator;
        // The best break at or before `limit`, relaxing the rules only when none is left.
        auto breakBefore = [&](int limit) {
            for (BreakStrictness level : {BreakStrictness::Strict, BreakStrictness::WordsMayBreak,
                                          BreakStrictness::NamesMayBreak, BreakStrictness::Anywhere})
                for (int p = limit; p > start; --p)
                    if (breakAllowed(m_text, p, m_runs, level))
                        return p;
            return -1;
        };
        int chosen = end;
        if (end < length && !hardBreak) {
            int limit = end;
            // Trailing spaces may hang past the edge; break after them.
            while (limit < length && m_text.at(limit) == u' ')
                ++limit;
            chosen = breakBefore(limit);
        }
        // The line above a lone last character gives up one more.
        if (shortenLinesStartingAt.contains(start) && chosen > start + 1 && !hardBreak)
            chosen = breakBefore(chosen - 1);
        if (chosen > start && chosen != end)
            line.setNumColumns(chosen - start, m_width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        m_lines.append(line);
    }
    m_layout->endLayout();

    // A paragraph's last line with one character (a mark does not count) below a longer one.
    QList<int> orphans;
    for (int i = 1; i < m_lines.size(); ++i) {
        const QTextLine &last = m_lines.at(i);
        const int end = last.textStart() + last.textLength();
        const bool paragraphEnds = end >= length || m_text.at(end - 1) == QChar::LineSeparator;
        const QTextLine &above = m_lines.at(i - 1);
        const int aboveEnd = above.textStart() + above.textLength();
        if (!paragraphEnds || m_text.at(aboveEnd - 1) == QChar::LineSeparator)
            continue;
        auto characters = [&](const QTextLine &l) {
            int n = 0;
            for (int k = l.textStart(); k < l.textStart() + l.textLength(); ++k)
                n += isPunctuationMark(m_text.at(k)) ? 0 : 1;
            return n;
        };
        if (characters(last) == 1 && characters(above) >= 1)
            orphans.append(above.textStart());
    }
    return orphans;
}

QString TextBox::lineText(int line) const
{
    if (line < 0 || line >= lineCount())
        return {};
    return m_text.mid(m_lines.at(line).textStart(), m_lines.at(line).textLength());
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
