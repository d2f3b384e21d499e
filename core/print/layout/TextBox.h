#pragma once
// A text wrapped to a fixed width, in the units of one paint device. Chinese
// breaks between any two characters, with the rules of LineBreaking.h
// (punctuation, whole names, whole words); a long digit run such as a phone
// number breaks anywhere rather than overflow. A paragraph whose last line
// would hold a single character is tightened (slightly narrower letter
// spacing) or, failing that, one more character goes down with it.
// A box can be drawn in pieces (lines first..first+count) when a page break
// falls inside it.
#include "print/layout/LineBreaking.h"

#include <QFont>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>
#include <QTextLayout>
#include <memory>

class QPainter;
class QPaintDevice;

namespace rr::printing {

class TextBox {
public:
    // `names`: person names no line may break inside (minority names with · are found without).
    TextBox(const QString &text, const QFont &font, QPaintDevice *device, double width, const QStringList &names = {});

    const QString &text() const { return m_text; }
    // The first character of each line and its length (for tests and checks).
    QString lineText(int line) const;

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
    // Lays the text out; returns the start of every paragraph's last line
    // that holds a single character (an orphan), empty when there is none.
    QList<int> layOut(const QFont &font, const QList<int> &shortenLinesStartingAt);

    QString m_text;
    QList<TextRun> m_runs;
    QPaintDevice *m_device = nullptr;
    std::unique_ptr<QTextLayout> m_layout;
    QList<QTextLine> m_lines;
    double m_width = 0;
    double m_lineHeight = 0;
};

} // namespace rr::printing
