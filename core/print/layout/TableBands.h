#pragma once
#include "print/FormDocument.h"
#include "print/layout/LayoutContext.h"

#include <QList>

namespace rr::printing {

// Caption, header row and one band per row; every row carries "（续表）" and
// the header as its continuation header, so a page break repeats them. The
// caption, header and first two rows are kept together.
QList<Band> tableBands(const FormTable &table, const LayoutContext &context);

// （续表）, printed above the repeated header.
QString continuedTableLabel();

} // namespace rr::printing
