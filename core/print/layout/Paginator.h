#pragma once
// Stacks bands onto pages. A band that does not fit in the space left goes to
// the next page; a splittable band (a text box) fills the page and continues
// on the next one; a band taller than a whole page is split between lines.
// A band that starts a page below a continuation header (table header row,
// heading （续）) gets that header first.
#include "print/layout/Band.h"

#include <QList>

namespace rr::printing {

struct PlacedBand {
    Band band;
    double y = 0;   // top, in page coordinates of the band area
};

struct LaidOutPage {
    QList<PlacedBand> bands;
};

// `top` and `bottom` bound the band area of every page.
QList<LaidOutPage> paginate(const QList<Band> &bands, double top, double bottom);

} // namespace rr::printing
