#pragma once
#include "print/layout/Band.h"

#include <QFont>
#include <QPointF>

class QPainter;

namespace rr::printing {

struct BandStyle {
    double lineWidth = 1;       // device units
    QFont placeholderFont;      // 照片 in an empty photo box
};

void paintBand(QPainter &painter, const Band &band, const QPointF &origin, const BandStyle &style);

} // namespace rr::printing
