#pragma once
// What every band builder needs: the fonts, the device (text is measured in
// its units), millimetre conversion and the width of the text column.
#include "print/FormFonts.h"
#include "print/layout/Band.h"

#include <QString>
#include <QStringList>

class QPaintDevice;

namespace rr::printing {

struct LayoutContext {
    FormFonts fonts;
    QPaintDevice *device = nullptr;
    double dotsPerMm = 1;
    double width = 0;            // of the text column, device units
    double bodyHeight = 0;       // of the page area for bands, device units
    // The people the form may name (students, staff, guardians): no line breaks inside one.
    QStringList names;
    // The smallest type a cell shrinks to so that a name fits on one line.
    double minimumPointSize = 7.5;

    double mm(double millimetres) const { return millimetres * dotsPerMm; }
    double pt(double points) const { return points * dotsPerMm * 25.4 / 72.0; }
    double hPadding() const { return mm(1.2); }
    double vPadding() const { return mm(1.0); }

    // A cell showing `text` across [x, x + width) of the band, as high as its
    // lines need. A cell too narrow for a name in it shrinks its type, down
    // to minimumPointSize, so that the name stays on one line.
    BandCell textCell(const QString &text, const QFont &font, double x, double width, bool border,
                      Qt::Alignment alignment) const;
    // `font`, made smaller (not below minimumPointSize) until `text` fits `width` on one line.
    QFont fittingFont(const QString &text, const QFont &font, double width) const;
};

// Chinese forms centre a short entry in its cell; a text that wraps reads
// better from the left edge.
void leftAlignIfWrapped(BandCell &cell);

} // namespace rr::printing
