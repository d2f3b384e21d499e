#pragma once
// Printing from the training screens: a registered form built for one
// request (a record, a room's log, an inspection), shown in the print
// preview, from where it is printed — the same document and layout routine
// as the Printing area.
#include "print/FormRegistry.h"
#include "shell/Session.h"

#include <optional>

class QWidget;

namespace rr {

Result<FormDocument> buildRegisteredForm(const QString &formId, const Session &session, const FormRequest &request);
// Blocks while the preview is open; the error if the document could not be painted.
std::optional<Error> previewForm(const FormDocument &document, QWidget *parent);

} // namespace rr
