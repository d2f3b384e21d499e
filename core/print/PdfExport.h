#pragma once
// A form as a PDF file: A4, 300 dpi, with title and creator set and a text
// layer that copies and searches correctly (see PdfTextMapFix.h).
#include "common/Result.h"
#include "print/FormDocument.h"

#include <QByteArray>
#include <QString>

namespace rr {

// Writes atomically: the file appears complete or not at all, an existing
// file at `path` stays untouched when anything fails. Returns the page count.
Result<int> writeFormPdf(const FormDocument &document, const QString &path);

// The same PDF in memory, for callers that store or send it themselves.
Result<QByteArray> formPdf(const FormDocument &document, int *pageCount = nullptr);

} // namespace rr
