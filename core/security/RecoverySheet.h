#pragma once
// The recovery code on paper: printed once at setup (or after the code was
// used), to be kept locked away. Chinese, like every printed form.
#include "print/FormDocument.h"

#include <QDate>

namespace rr {

FormDocument recoveryCodeSheet(const QString &schoolName, const QString &userName, const QString &code, const QDate &date);

} // namespace rr
