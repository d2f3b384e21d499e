#pragma once
// Lays a FormDocument out on A4 pages and paints it on any paged device: a
// QPdfWriter for files, a QPrinter for printing and preview. Two passes:
// the whole document is laid out first, so that every footer can say 共M页.
#include "common/Result.h"
#include "print/FormDocument.h"

#include <QString>

class QPagedPaintDevice;

namespace rr {

// Sets the device's page layout (A4, the document's orientation, margins),
// paints every page and returns the page count. The device must not be
// painted on yet.
Result<int> paintForm(const FormDocument &document, QPagedPaintDevice &device);

// Every character paintForm may print for `document`, the fixed wording of
// footers and signature lines included.
QString formCharacters(const FormDocument &document);

} // namespace rr
