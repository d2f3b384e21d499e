#include "print/layout/BandPainter.h"

#include <QPainter>
#include <QPen>

namespace rr::printing {

using namespace Qt::Literals::StringLiterals;

namespace {

void paintText(QPainter &painter, const BandCell &cell, const QRectF &rect)
{
    if (!cell.text || cell.lineCount <= 0)
        return;
    const double textHeight = cell.text->height(cell.firstLine, cell.lineCount);
    const QRectF inner = rect.adjusted(cell.hPadding, cell.vPadding, -cell.hPadding, -cell.vPadding);
    double y = inner.top();
    if (cell.alignment & Qt::AlignVCenter)
        y = inner.top() + (inner.height() - textHeight) / 2;
    else if (cell.alignment & Qt::AlignBottom)
        y = inner.bottom() - textHeight;
    cell.text->draw(painter, QPointF(inner.left(), std::max(y, inner.top())), cell.firstLine, cell.lineCount,
                    cell.alignment);
}

void paintFooter(QPainter &painter, const BandCell &cell, const QRectF &rect)
{
    if (!cell.footer)
        return;
    const QRectF inner = rect.adjusted(cell.hPadding, cell.vPadding, -cell.hPadding, -cell.vPadding);
    cell.footer->draw(painter, QPointF(inner.left(), inner.bottom() - cell.footerHeight()), 0,
                      cell.footer->lineCount(), Qt::AlignRight);
}

void paintPhoto(QPainter &painter, const BandCell &cell, const QRectF &rect, const BandStyle &style)
{
    const QRectF inner = rect.adjusted(cell.hPadding, cell.vPadding, -cell.hPadding, -cell.vPadding);
    if (!cell.image.isNull()) {
        QSizeF size = QSizeF(cell.image.size()).scaled(inner.size(), Qt::KeepAspectRatio);
        QRectF target(QPointF(0, 0), size);
        target.moveCenter(inner.center());
        painter.drawImage(target, cell.image);
        return;
    }
    painter.save();
    painter.setFont(style.placeholderFont);
    painter.drawText(inner, Qt::AlignCenter, u"照片"_s);
    painter.restore();
}

} // namespace

void paintBand(QPainter &painter, const Band &band, const QPointF &origin, const BandStyle &style)
{
    QPen pen(Qt::black);
    pen.setWidthF(style.lineWidth);
    pen.setJoinStyle(Qt::MiterJoin);
    painter.setPen(pen);   // text takes the pen's colour too
    for (const BandCell &cell : band.cells) {
        const QRectF rect = cell.rect.translated(origin);
        if (cell.shaded)
            painter.fillRect(rect, QColor(0xEE, 0xEE, 0xEE));
        if (cell.drawing) {
            painter.save();
            (*cell.drawing)(painter, rect);
            painter.restore();
            painter.setPen(pen);
        }
        if (cell.photoBox)
            paintPhoto(painter, cell, rect, style);
        else
            paintText(painter, cell, rect);
        paintFooter(painter, cell, rect);
        if (cell.border) {
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rect);
        }
    }
}

} // namespace rr::printing
