#include "print/layout/ChartBands.h"

#include <algorithm>

namespace rr::printing {

QList<Band> chartBands(const ChartBlock &chart, const LayoutContext &context)
{
    if (!chart.paint)
        return {};
    // Never taller than a page: a chart is not split, so it must fit on one.
    const double height = std::clamp(context.mm(chart.heightMm), context.mm(10), context.bodyHeight * 0.9);
    BandCell cell;
    cell.rect = QRectF(0, 0, context.width, height);
    cell.border = chart.border;
    cell.alignment = Qt::AlignLeft | Qt::AlignTop;
    const FormFonts fonts = context.fonts;
    const auto paint = chart.paint;
    cell.drawing = std::make_shared<const CellDrawing>(
        [paint, fonts](QPainter &painter, const QRectF &rect) { paint(painter, rect, fonts); });
    Band band;
    band.height = height;
    band.cells = {cell};
    band.splittable = false;
    return {band};
}

} // namespace rr::printing
