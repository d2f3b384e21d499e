#pragma once
#include "print/FormDocument.h"
#include "print/layout/LayoutContext.h"

#include <QList>

namespace rr::printing {

// One band, never split, as high as the chart asks and the page allows.
QList<Band> chartBands(const ChartBlock &chart, const LayoutContext &context);

} // namespace rr::printing
