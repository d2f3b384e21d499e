#include "print/layout/TableBands.h"

#include <algorithm>
#include <numeric>

namespace rr::printing {

namespace {

QList<double> edgesOf(const FormTable &table, int columns, double width)
{
    QList<double> weights = table.columnWeights;
    weights.resize(columns, 1.0);
    for (double &w : weights)
        w = std::max(w, 0.01);
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<double> edges{0.0};
    double sum = 0;
    for (double w : std::as_const(weights)) {
        sum += w;
        edges.append(width * sum / total);
    }
    return edges;
}

Band rowBand(const QStringList &texts, const QList<double> &edges, const QFont &font, double minHeight,
             const LayoutContext &context)
{
    Band band;
    band.height = minHeight;
    for (int c = 0; c + 1 < edges.size(); ++c) {
        BandCell cell = context.textCell(texts.value(c), font, edges.at(c), edges.at(c + 1) - edges.at(c), true,
                                         Qt::AlignHCenter | Qt::AlignVCenter);
        leftAlignIfWrapped(cell);
        band.height = std::max(band.height, cell.rect.height());
        band.cells.append(cell);
    }
    for (BandCell &cell : band.cells)
        cell.rect.setHeight(band.height);
    return band;
}

} // namespace

QList<Band> tableBands(const FormTable &table, const LayoutContext &context)
{
    int columns = int(table.headers.size());
    for (const QStringList &row : table.rows)
        columns = std::max(columns, int(row.size()));
    columns = std::max(columns, 1);
    const QList<double> edges = edgesOf(table, columns, context.width);
    const double minHeight = context.mm(table.compact ? 7 : 8);
    const QFont &bodyFont = table.compact ? context.fonts.small : context.fonts.body;
    QFont boldFont = context.fonts.bold;
    if (table.compact)
        boldFont.setPointSizeF(context.fonts.small.pointSizeF());

    QList<Band> bands;
    if (!table.caption.isEmpty()) {
        Band caption;
        BandCell cell = context.textCell(table.caption, context.fonts.bold, 0, context.width, true,
                                         Qt::AlignHCenter | Qt::AlignVCenter);
        leftAlignIfWrapped(cell);
        caption.height = std::max(minHeight, cell.rect.height());
        cell.rect.setHeight(caption.height);
        caption.cells.append(cell);
        caption.keepWithNext = true;
        bands.append(caption);
    }
    auto header = std::make_shared<Band>(rowBand(table.headers, edges, boldFont, minHeight, context));
    header->keepWithNext = true;
    if (!table.headers.isEmpty())
        bands.append(*header);

    QList<QStringList> rows = table.rows;
    while (rows.size() < table.minRows)
        rows.append(QStringList());
    for (const QStringList &row : std::as_const(rows)) {
        Band band = rowBand(row, edges, bodyFont, minHeight, context);
        if (!table.headers.isEmpty())
            band.continuationHeader = header;
        bands.append(band);
    }
    if (!bands.isEmpty())
        bands.last().keepWithNext = false;
    return bands;
}

} // namespace rr::printing
