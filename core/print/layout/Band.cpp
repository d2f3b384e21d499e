#include "print/layout/Band.h"

#include <algorithm>

namespace rr::printing {

double BandCell::neededHeight() const
{
    const double lines = text ? text->height(firstLine, lineCount) : 0;
    return lines + footerHeight() + 2 * vPadding;
}

bool Band::isSingleRow() const
{
    return std::all_of(cells.cbegin(), cells.cend(), [this](const BandCell &c) {
        return qFuzzyIsNull(c.rect.top()) && qAbs(c.rect.height() - height) < 0.5;
    });
}

double Band::minimumStart() const
{
    if (!splittable || !isSingleRow())
        return height;
    double start = 0;
    for (const BandCell &c : cells)
        if (c.text && c.lineCount > 0)
            start = std::max(start, c.text->height(c.firstLine, 1) + 2 * c.vPadding);
    return start > 0 ? std::min(start, height) : height;
}

std::optional<BandSplit> splitBand(const Band &band, double available)
{
    if (!band.isSingleRow())
        return std::nullopt;
    Band first = band;
    Band rest = band;
    bool progress = false;
    bool restHasLines = false;
    double restHeight = 0;
    for (int i = 0; i < band.cells.size(); ++i) {
        const BandCell &cell = band.cells.at(i);
        int taken = 0;
        if (cell.text && cell.lineCount > 0)
            taken = std::min(cell.lineCount, cell.text->linesFitting(cell.firstLine, available - 2 * cell.vPadding));
        BandCell &a = first.cells[i];
        BandCell &b = rest.cells[i];
        // The footer stays on this page only below the last line of the text.
        bool footerWaits = false;
        if (cell.footer) {
            const double lines = cell.text ? cell.text->height(cell.firstLine, taken) : 0;
            footerWaits = taken < cell.lineCount || lines + cell.footerHeight() + 2 * cell.vPadding > available + 0.01;
            (footerWaits ? a : b).footer.reset();
        }
        a.lineCount = taken;
        b.firstLine = cell.firstLine + taken;
        b.lineCount = cell.lineCount - taken;
        if (taken > 0 && taken < cell.lineCount) {
            // A text broken by the page reads on from the top of the next.
            a.alignment = (cell.alignment & Qt::AlignHorizontal_Mask) | Qt::AlignTop;
            b.alignment = a.alignment;
        }
        progress = progress || taken > 0;
        restHasLines = restHasLines || b.lineCount > 0 || footerWaits;
        if (b.lineCount == 0 && cell.continuedText) {
            b.text = cell.continuedText;
            b.firstLine = 0;
            b.lineCount = b.text->lineCount();
        }
        restHeight = std::max(restHeight, b.neededHeight());
    }
    if (!progress)
        return std::nullopt;
    if (!restHasLines) {
        // Everything fits; only the blank room below the text is shortened.
        first.height = std::min(band.height, available);
        for (BandCell &c : first.cells)
            c.rect.setHeight(first.height);
        return BandSplit{first, std::nullopt};
    }
    // The first piece runs down to the end of the page.
    first.height = available;
    rest.height = restHeight;
    rest.spaceBefore = 0;
    for (BandCell &c : first.cells)
        c.rect.setHeight(first.height);
    for (BandCell &c : rest.cells)
        c.rect.setHeight(rest.height);
    return BandSplit{first, rest};
}

} // namespace rr::printing

