#pragma once
#include "print/FormDocument.h"
#include "print/layout/LayoutContext.h"

#include <QList>

namespace rr::printing {

// Caption, header row and one band per row; every row carries the header as
// its continuation header, so a page break repeats it.
QList<Band> tableBands(const FormTable &table, const LayoutContext &context);

} // namespace rr::printing
