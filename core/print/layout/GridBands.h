#pragma once
#include "print/FormDocument.h"
#include "print/layout/LayoutContext.h"

#include <QList>

namespace rr::printing {

// One band per group of rows that row spans tie together (a photo beside four
// rows), one band per row otherwise.
QList<Band> gridBands(const FieldGrid &grid, const LayoutContext &context);

} // namespace rr::printing
