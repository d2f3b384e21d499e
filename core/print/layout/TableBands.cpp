#include "print/layout/TableBands.h"

#include <QFontMetricsF>

#include <algorithm>
#include <numeric>

namespace rr::printing {

using namespace Qt::Literals::StringLiterals;

QString continuedTableLabel()
{
    return u"（续表）"_s;
}

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

// A column narrower than the longest name it holds takes width from the
// columns that have room to spare: at the table's own type size when the
// others can give that much, else at the smallest size a cell shrinks to.
QList<double> widenedForNames(const QList<double> &edges, const FormTable &table, const QFont &font,
                              const LayoutContext &context)
{
    const int columns = int(edges.size()) - 1;
    QList<double> widths;
    for (int c = 0; c < columns; ++c)
        widths.append(edges.at(c + 1) - edges.at(c));
    auto needs = [&](const QFont &type) {
        const QFontMetricsF metrics(type, context.device);
        QList<double> need(columns, 0.0);
        auto measure = [&](const QStringList &row) {
            for (int c = 0; c < columns && c < row.size(); ++c)
                for (const TextRun &run : unbreakableRuns(row.at(c), context.names))
                    need[c] = std::max(need.at(c), metrics.horizontalAdvance(row.at(c).mid(run.start, run.end - run.start))
                                                       + 2 * context.hPadding() + context.mm(0.5));
        };
        measure(table.headers);
        for (const QStringList &row : table.rows)
            measure(row);
        return need;
    };
    QFont floor = font;
    floor.setPointSizeF(context.minimumPointSize);
    for (int attempt = 0; attempt < 2; ++attempt) {
        const QList<double> need = needs(attempt == 0 ? font : floor);
        double deficit = 0;
        double spare = 0;
        for (int c = 0; c < columns; ++c) {
            deficit += std::max(0.0, need.at(c) - widths.at(c));
            spare += std::max(0.0, widths.at(c) - std::max(need.at(c), context.mm(8)));
        }
        if (deficit <= 0)
            return edges;
        if (deficit > spare && attempt == 0)
            continue;   // try again at the smallest size
        const double share = std::min(1.0, spare > 0 ? deficit / spare : 0.0);
        QList<double> result{0.0};
        for (int c = 0; c < columns; ++c) {
            double w = widths.at(c);
            if (need.at(c) > w)
                w = w + (need.at(c) - w) * (deficit > spare ? spare / deficit : 1.0);
            else
                w -= std::max(0.0, w - std::max(need.at(c), context.mm(8))) * share;
            result.append(result.last() + w);
        }
        return result;
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
    const QList<double> edges = widenedForNames(edgesOf(table, columns, context.width), table,
                                                table.compact ? context.fonts.small : context.fonts.body, context);
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
    const Band headerRow = rowBand(table.headers, edges, boldFont, minHeight, context);
    if (!table.headers.isEmpty()) {
        bands.append(headerRow);
        bands.last().keepWithNext = true;
    }
    // On every further page: "<caption>（续表）" (or （续表） alone) and the header row again.
    auto continuation = std::make_shared<Band>();
    {
        const QString label = table.caption.isEmpty() ? continuedTableLabel() : table.caption + continuedTableLabel();
        BandCell cell = context.textCell(label, context.fonts.bold, 0, context.width, !table.caption.isEmpty(),
                                         (table.caption.isEmpty() ? Qt::AlignLeft : Qt::AlignHCenter) | Qt::AlignVCenter);
        const double labelHeight = table.caption.isEmpty() ? cell.rect.height() : std::max(minHeight, cell.rect.height());
        cell.rect.setHeight(labelHeight);
        continuation->cells.append(cell);
        continuation->height = labelHeight;
        if (!table.headers.isEmpty()) {
            for (BandCell header : headerRow.cells) {
                header.rect.translate(0, labelHeight);
                continuation->cells.append(header);
            }
            continuation->height += headerRow.height;
        }
    }

    QList<QStringList> rows = table.rows;
    while (rows.size() < table.minRows)
        rows.append(QStringList());
    for (const QStringList &row : std::as_const(rows)) {
        Band band = rowBand(row, edges, bodyFont, minHeight, context);
        band.continuationHeader = continuation;
        bands.append(band);
    }
    // The caption, the header and the first two rows are one unit; the last
    // two rows go over a page break together, so that no row is left alone.
    const int firstRow = int(bands.size() - rows.size());
    for (int i = 0; i < bands.size() && i < firstRow + 2; ++i)
        bands[i].keepGroup = 1;
    if (rows.size() >= 4)
        bands[bands.size() - 2].keepWithNext = true;
    if (!bands.isEmpty())
        bands.last().keepWithNext = false;
    return bands;
}

} // namespace rr::printing
