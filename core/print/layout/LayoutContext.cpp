#include "print/layout/LayoutContext.h"

namespace rr::printing {

BandCell LayoutContext::textCell(const QString &text, const QFont &font, double x, double cellWidth, bool border,
                                 Qt::Alignment alignment) const
{
    BandCell cell;
    cell.border = border;
    cell.hPadding = border ? hPadding() : 0;
    cell.vPadding = border ? vPadding() : 0;
    cell.text = std::make_shared<const TextBox>(text, font, device, cellWidth - 2 * cell.hPadding);
    cell.firstLine = 0;
    cell.lineCount = cell.text->lineCount();
    cell.alignment = alignment;
    cell.rect = QRectF(x, 0, cellWidth, cell.neededHeight());
    return cell;
}

void leftAlignIfWrapped(BandCell &cell)
{
    if (cell.lineCount > 1)
        cell.alignment = Qt::AlignLeft | (cell.alignment & Qt::AlignVertical_Mask);
}

} // namespace rr::printing
