#pragma once
// A read that failed is told, never shown as an empty list: a dropped table
// or a damaged page must not look like "共 0 名学生".
//
// Pages with a MessageLabel show the error there; dialogs and pages without
// one get a message box over `parent`. The text is core's Error::message
// (already in the user's language); SQLite's own words stay in the details.
#include "common/Result.h"

class QWidget;

namespace rr {

class MessageLabel;

void reportReadFailure(QWidget *parent, const Error &error, MessageLabel *banner = nullptr);

} // namespace rr
