#pragma once
// The unit of pagination: a horizontal strip across the page (a title, one
// row of a table, a group of grid rows held together by a photo, a text box).
// Bands are stacked top to bottom; a page break falls between bands, or
// between the text lines of a band that may split.
#include "print/layout/TextBox.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QPainter;

namespace rr::printing {

// Draws into the given rectangle (device units); a chart.
using CellDrawing = std::function<void(QPainter &, const QRectF &)>;

struct BandCell {
    QRectF rect;                              // relative to the band's top left
    std::shared_ptr<const TextBox> text;      // null: no text
    int firstLine = 0;                        // the lines of `text` this piece shows
    int lineCount = 0;
    Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter;
    double hPadding = 0;
    double vPadding = 0;
    bool border = true;
    bool shaded = false;
    bool photoBox = false;                    // an image, or an empty box marked 照片
    QImage image;
    // What the cell shows on the next page once `text` is used up by a page
    // break: a heading beside a text box becomes "家庭情况（续）".
    std::shared_ptr<const TextBox> continuedText;
    // Right-aligned lines at the bottom of the cell, below `text` (a
    // signature and date inside an opinion box). Only the last piece of a
    // cell broken across pages carries them.
    std::shared_ptr<const TextBox> footer;
    // Painted inside the cell, below its border: a chart. Null: none.
    std::shared_ptr<const CellDrawing> drawing;

    // The height this cell needs for its lines and its footer.
    double neededHeight() const;
    double footerHeight() const { return footer ? footer->totalHeight() : 0; }
};

struct Band {
    double height = 0;
    QList<BandCell> cells;
    double spaceBefore = 0;      // dropped at the top of a page
    bool splittable = false;     // may break between lines wherever the page ends
    bool keepWithNext = false;   // a heading is never left alone at the bottom of a page
    // Printed first on every further page this band (or what is left of it)
    // starts on: the header row of a table, a heading marked （续）.
    std::shared_ptr<const Band> continuationHeader;
    // Bands with the same non-zero `record` are one record (a training
    // session, a goal): it moves whole to the next page when it fits on one;
    // a longer one breaks, and every further page it runs onto starts with
    // `recordContinuation` ("张小明 2026年10月12日 训练记录（续）").
    int record = 0;
    std::shared_ptr<const Band> recordContinuation;
    // Bands with the same non-zero `keepGroup` stay on one page when they fit
    // on one: a table's caption, header and first two rows; a signature block.
    int keepGroup = 0;
    // A signature line: never the only thing on a page.
    bool signature = false;
    // A note just above the signatures (说明：…): it goes with them, and
    // neither starts a page without some of what they sign.
    bool closing = false;

    // True when every cell covers the band's full height (no row spans), the
    // condition for splitting between lines.
    bool isSingleRow() const;
    // The smallest height a first piece of this band can have.
    double minimumStart() const;
};

struct BandSplit {
    Band first;                  // fills the space that was available
    std::optional<Band> rest;    // empty when all lines fitted and only blank room was cut
};

// The part of `band` that fits in `available`, and the rest, broken between
// text lines. Empty when not even one line of any cell fits, or when the band
// has row spans.
std::optional<BandSplit> splitBand(const Band &band, double available);

} // namespace rr::printing
