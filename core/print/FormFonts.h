#pragma once
// The fonts of printed forms, chosen by exact family name. Asking fontconfig
// for a generic "sans-serif" or plain "Noto Sans CJK" hands out the JP
// variant, whose glyphs differ from the mainland standard forms; so the SC
// families are named, and their absence is an error instead of a silent
// fallback.
#include "common/Result.h"

#include <QFont>
#include <QList>
#include <QRawFont>

class QPaintDevice;

namespace rr {

struct FormFonts {
    QFont title;      // 宋体-like serif bold, 18 pt (小二)
    QFont subtitle;   // serif, 12 pt
    QFont body;       // sans, 10.5 pt (五号)
    QFont bold;       // sans bold, 10.5 pt: labels, table headers
    QFont small;      // sans, 9 pt (小五): page marks, notes

    // The distinct font faces, for the PDF text-map fix.
    QList<QRawFont> rawFonts() const;
};

// Fails when the program runs without a QGuiApplication or a family is missing.
Result<void> checkFormFonts();

// The fonts scaled for `device` (text is laid out in the device's own units).
Result<FormFonts> formFonts(QPaintDevice *device);

} // namespace rr
