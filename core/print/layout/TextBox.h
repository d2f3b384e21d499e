#pragma once
// A text wrapped to a fixed width, in the units of one paint device. Chinese
// breaks between any two characters (with the usual rules for punctuation),
// long digit runs such as phone numbers break anywhere rather than overflow.
// A box can be drawn in pieces (lines first..first+count) when a page break
// falls inside it.
#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QTextLayout>
#include <memory>

class QPainter;
class QPaintDevice;

namespace rr::printing {

class TextBox {
public:
    TextBox(const QString &text, const QFont &font, QPaintDevice *device, double width);

    int lineCount() const { return int(m_lines.size()); }
    double width() const { return m_width; }
    // Height of lines [first, first + count).
    double height(int first, int count) const;
    double totalHeight() const { return height(0, lineCount()); }
    // Height of one line of this font, also for an empty box.
    double lineHeight() const { return m_lineHeight; }
    // How many lines from `first` fit in `available`.
    int linesFitting(int first, double available) const;
    // Draws lines [first, first + count) with the top of line `first` at topLeft.y().
    void draw(QPainter &painter, const QPointF &topLeft, int first, int count, Qt::Alignment alignment) const;

private:
    std::unique_ptr<QTextLayout> m_layout;
    QList<QTextLine> m_lines;
    double m_width = 0;
    double m_lineHeight = 0;
};

} // namespace rr::printing
