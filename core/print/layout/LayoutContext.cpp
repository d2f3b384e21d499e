#include "print/layout/LayoutContext.h"

#include <QFontMetricsF>

namespace rr::printing {

BandCell LayoutContext::textCell(const QString &text, const QFont &font, double x, double cellWidth, bool border,
                                 Qt::Alignment alignment) const
{
    BandCell cell;
    cell.border = border;
    cell.hPadding = border ? hPadding() : 0;
    cell.vPadding = border ? vPadding() : 0;
    const double inner = cellWidth - 2 * cell.hPadding;
    // The widest name decides the type size of the cell.
    QFont type = font;
    const QFontMetricsF metrics(font, device);
    for (const TextRun &run : unbreakableRuns(text, names)) {
        const QString name = text.mid(run.start, run.end - run.start);
        if (metrics.horizontalAdvance(name) > inner) {
            const QFont smaller = fittingFont(name, type, inner);
            if (smaller.pointSizeF() < type.pointSizeF())
                type = smaller;
        }
    }
    cell.text = std::make_shared<const TextBox>(text, type, device, inner, names);
    cell.firstLine = 0;
    cell.lineCount = cell.text->lineCount();
    cell.alignment = alignment;
    cell.rect = QRectF(x, 0, cellWidth, cell.neededHeight());
    return cell;
}

QFont LayoutContext::fittingFont(const QString &text, const QFont &font, double width) const
{
    QFont type = font;
    while (type.pointSizeF() - 0.25 >= minimumPointSize - 0.01
           && QFontMetricsF(type, device).horizontalAdvance(text) > width)
        type.setPointSizeF(type.pointSizeF() - 0.25);
    return type;
}

void leftAlignIfWrapped(BandCell &cell)
{
    if (cell.lineCount > 1)
        cell.alignment = Qt::AlignLeft | (cell.alignment & Qt::AlignVertical_Mask);
}

} // namespace rr::printing
