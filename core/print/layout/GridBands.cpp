#include "print/layout/GridBands.h"

#include "students/StudentPhoto.h"

#include <QImage>
#include <algorithm>
#include <numeric>

namespace rr::printing {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Placed {
    int row = 0;
    int column = 0;
    int columnSpan = 1;
    int rowSpan = 1;
    GridCell source;
    bool filler = false;   // a blank cell closing an incomplete row
};

// Where each cell sits, HTML-table style: a cell skips the columns that a
// cell above still covers.
QList<Placed> placeCells(const FieldGrid &grid, int columns)
{
    const int rows = int(grid.rows.size());
    QList<QList<bool>> used(rows, QList<bool>(columns, false));
    QList<Placed> placed;
    for (int r = 0; r < rows; ++r) {
        int c = 0;
        for (const GridCell &cell : grid.rows.at(r)) {
            while (c < columns && used[r][c])
                ++c;
            if (c >= columns)
                break;
            int span = std::clamp(cell.columnSpan, 1, columns - c);
            for (int k = 1; k < span; ++k)
                if (used[r][c + k]) {   // would run into a spanning cell: stop before it
                    span = k;
                    break;
                }
            const int rowSpan = std::clamp(cell.rowSpan, 1, rows - r);
            for (int below = r; below < r + rowSpan; ++below)
                for (int k = c; k < c + span; ++k)
                    used[below][k] = true;
            placed.append({r, c, span, rowSpan, cell, false});
            c += span;
        }
        for (int k = 0; k < columns; ++k)
            if (!used[r][k]) {
                used[r][k] = true;
                placed.append({r, k, 1, 1, GridCell::value({}), true});
            }
    }
    return placed;
}

QList<double> columnEdges(const FieldGrid &grid, double width)
{
    QList<double> weights = grid.columnWeights;
    if (weights.isEmpty())
        weights = {1.0, 1.0};
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QList<double> edges{0.0};
    double sum = 0;
    for (double w : weights) {
        sum += w;
        edges.append(width * sum / total);
    }
    return edges;
}

BandCell makeCell(const Placed &p, const QList<double> &edges, const LayoutContext &context)
{
    const double x = edges.at(p.column);
    const double w = edges.at(p.column + p.columnSpan) - x;
    if (p.source.kind == GridCell::Kind::Photo) {
        BandCell cell;
        cell.rect = QRectF(x, 0, w, 0);
        cell.photoBox = true;
        cell.hPadding = context.hPadding();
        cell.vPadding = context.vPadding();
        // Decoded at a printable size, whatever the stored file holds.
        cell.image = photoForPrint(p.source.image);
        return cell;
    }
    const bool isLabel = p.source.kind == GridCell::Kind::Label;
    BandCell cell = context.textCell(p.source.text, context.fonts.body, x, w, true, Qt::AlignHCenter | Qt::AlignVCenter);
    if (!isLabel)
        leftAlignIfWrapped(cell);
    return cell;
}

QList<Band> buildBands(const FieldGrid &grid, const LayoutContext &context, bool honourRowSpans)
{
    const QList<double> edges = columnEdges(grid, context.width);
    const int columns = int(edges.size()) - 1;
    const int rows = int(grid.rows.size());
    QList<Placed> placed = placeCells(grid, columns);
    if (!honourRowSpans) {
        // Each spanning cell keeps its first row; blank cells take the rest.
        QList<Placed> flat;
        for (const Placed &p : std::as_const(placed)) {
            flat.append(p);
            flat.last().rowSpan = 1;
            for (int r = p.row + 1; r < p.row + p.rowSpan; ++r)
                flat.append({r, p.column, p.columnSpan, 1, GridCell::value({}), true});
        }
        placed = flat;
    }

    QList<BandCell> cells;
    for (const Placed &p : std::as_const(placed))
        cells.append(makeCell(p, edges, context));

    const double minRow = context.mm(grid.minRowHeightMm);
    const double photoHeight = context.mm(35) + 2 * context.vPadding();   // a one-inch photo is 25 × 35 mm
    auto needed = [&](int i) {
        return cells.at(i).photoBox ? photoHeight : std::max(minRow, cells.at(i).neededHeight());
    };
    QList<double> heights(rows, minRow);
    for (int i = 0; i < placed.size(); ++i)
        if (placed.at(i).rowSpan == 1)
            heights[placed.at(i).row] = std::max(heights.at(placed.at(i).row), needed(i));
    for (int i = 0; i < placed.size(); ++i) {
        const Placed &p = placed.at(i);
        if (p.rowSpan == 1)
            continue;
        double sum = 0;
        for (int r = p.row; r < p.row + p.rowSpan; ++r)
            sum += heights.at(r);
        // Spread the extra height (a photo beside short rows) over the rows.
        if (needed(i) > sum)
            for (int r = p.row; r < p.row + p.rowSpan; ++r)
                heights[r] += (needed(i) - sum) / p.rowSpan;
    }

    // Rows tied by a row span stay on one page.
    QList<int> groupEnd(rows);
    for (int r = 0; r < rows; ++r)
        groupEnd[r] = r;
    for (const Placed &p : std::as_const(placed))
        groupEnd[p.row] = std::max(groupEnd.at(p.row), p.row + p.rowSpan - 1);

    QList<Band> bands;
    for (int start = 0; start < rows;) {
        int end = groupEnd.at(start);
        for (int r = start; r <= end; ++r)
            end = std::max(end, groupEnd.at(r));
        QList<double> top(rows, 0);
        double y = 0;
        for (int r = start; r <= end; ++r) {
            top[r] = y;
            y += heights.at(r);
        }
        Band band;
        band.height = y;
        for (int i = 0; i < placed.size(); ++i) {
            const Placed &p = placed.at(i);
            if (p.row < start || p.row > end)
                continue;
            BandCell cell = cells.at(i);
            double h = 0;
            for (int r = p.row; r < p.row + p.rowSpan; ++r)
                h += heights.at(r);
            cell.rect = QRectF(cell.rect.x(), top.at(p.row), cell.rect.width(), h);
            band.cells.append(cell);
        }
        bands.append(band);
        start = end + 1;
    }
    return bands;
}

} // namespace

QList<Band> gridBands(const FieldGrid &grid, const LayoutContext &context)
{
    QList<Band> bands = buildBands(grid, context, true);
    const bool tooTall = std::any_of(bands.cbegin(), bands.cend(), [&](const Band &b) {
        return !b.isSingleRow() && b.height > context.bodyHeight;
    });
    // A group taller than a page cannot be kept together: give up the row
    // spans so that every row can break on its own and nothing is cut off.
    return tooTall ? buildBands(grid, context, false) : bands;
}

} // namespace rr::printing
