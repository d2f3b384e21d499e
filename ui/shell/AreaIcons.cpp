#include "shell/AreaIcons.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace rr {

namespace {

QColor tileColor(Area area)
{
    switch (area) {
    case Area::Overview: return QColor(0x2f, 0x6f, 0xb5);
    case Area::Students: return QColor(0x2e, 0x8b, 0x6f);
    case Area::Ieps: return QColor(0x8a, 0x5a, 0xb8);
    case Area::Training: return QColor(0xd0, 0x7a, 0x2c);
    case Area::ResourceRoom: return QColor(0x3a, 0x8f, 0xa8);
    case Area::Equipment: return QColor(0x8c, 0x6d, 0x46);
    case Area::FamilyContact: return QColor(0xc8, 0x4f, 0x6a);
    case Area::SchoolArchive: return QColor(0x5d, 0x6d, 0x7e);
    case Area::Printing: return QColor(0x45, 0x5a, 0x9c);
    case Area::Settings: return QColor(0x6b, 0x74, 0x80);
    }
    return Qt::gray;
}

// Draws the white pictogram on a 24×24 grid.
void drawGlyph(QPainter &p, Area area)
{
    switch (area) {
    case Area::Overview: {  // a house
        p.drawPolyline(QPolygonF({{5, 11.5}, {12, 5.5}, {19, 11.5}}));
        p.drawPolyline(QPolygonF({{7, 10}, {7, 18.5}, {17, 18.5}, {17, 10}}));
        p.drawLine(QPointF(10.5, 18.5), QPointF(10.5, 14.5));
        p.drawLine(QPointF(10.5, 14.5), QPointF(13.5, 14.5));
        p.drawLine(QPointF(13.5, 14.5), QPointF(13.5, 18.5));
        break;
    }
    case Area::Students: {  // a person
        p.drawEllipse(QPointF(12, 8.5), 3.2, 3.2);
        QPainterPath body;
        body.moveTo(5.5, 19);
        body.cubicTo(6, 14, 18, 14, 18.5, 19);
        p.drawPath(body);
        break;
    }
    case Area::Ieps: {  // a target: goals
        p.drawEllipse(QPointF(12, 12), 6.5, 6.5);
        p.drawEllipse(QPointF(12, 12), 3.3, 3.3);
        p.save();
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(12, 12), 0.9, 0.9);
        p.restore();
        break;
    }
    case Area::Training: {  // a notebook with lines
        p.drawRoundedRect(QRectF(6.5, 5, 11, 14), 1.2, 1.2);
        p.drawLine(QPointF(9, 9), QPointF(15, 9));
        p.drawLine(QPointF(9, 12), QPointF(15, 12));
        p.drawLine(QPointF(9, 15), QPointF(13, 15));
        break;
    }
    case Area::ResourceRoom: {  // a door in its frame
        p.drawLine(QPointF(5, 19), QPointF(19, 19));
        p.drawRect(QRectF(8, 5, 8, 14));
        p.save();
        p.setBrush(Qt::white);
        p.drawEllipse(QPointF(13.8, 12.5), 0.8, 0.8);
        p.restore();
        break;
    }
    case Area::Equipment: {  // a box
        p.drawRect(QRectF(5.5, 9, 13, 9.5));
        p.drawPolyline(QPolygonF({{5.5, 9}, {7.5, 5.5}, {16.5, 5.5}, {18.5, 9}}));
        p.drawLine(QPointF(10, 12.5), QPointF(14, 12.5));
        break;
    }
    case Area::FamilyContact: {  // an adult and a child
        p.drawEllipse(QPointF(9.5, 8), 2.6, 2.6);
        QPainterPath adult;
        adult.moveTo(4.5, 18.5);
        adult.cubicTo(5, 13, 14, 13, 14.5, 18.5);
        p.drawPath(adult);
        p.drawEllipse(QPointF(16.5, 11.5), 1.9, 1.9);
        QPainterPath child;
        child.moveTo(14.8, 15.2);
        child.cubicTo(17, 14.2, 19.5, 15.5, 19.7, 18.5);
        p.drawPath(child);
        break;
    }
    case Area::SchoolArchive: {  // a folder
        QPainterPath folder;
        folder.moveTo(5, 7);
        folder.lineTo(10, 7);
        folder.lineTo(11.5, 8.8);
        folder.lineTo(19, 8.8);
        folder.lineTo(19, 18);
        folder.lineTo(5, 18);
        folder.closeSubpath();
        p.drawPath(folder);
        p.drawLine(QPointF(5, 11.5), QPointF(19, 11.5));
        break;
    }
    case Area::Printing: {  // a printer
        p.drawPolyline(QPolygonF({{8, 9}, {8, 5}, {16, 5}, {16, 9}}));
        p.drawRoundedRect(QRectF(5, 9, 14, 7), 1.2, 1.2);
        p.drawRect(QRectF(8, 13.5, 8, 5.5));
        break;
    }
    case Area::Settings: {  // three sliders
        const double ys[] = {7.5, 12, 16.5};
        const double knobs[] = {9.5, 15, 11};
        for (int i = 0; i < 3; ++i) {
            p.drawLine(QPointF(5.5, ys[i]), QPointF(18.5, ys[i]));
            p.save();
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(knobs[i], ys[i]), 1.7, 1.7);
            p.restore();
        }
        break;
    }
    }
}

class AreaIconEngine final : public QIconEngine {
public:
    AreaIconEngine(Area area, QColor color) : m_area(area), m_color(std::move(color)) {}

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const int side = qMin(rect.width(), rect.height());
        const QRectF square(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side,
                            side);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->translate(square.topLeft());
        painter->scale(side / 24.0, side / 24.0);
        QColor color = m_color;
        if (mode == QIcon::Disabled)
            color = QColor(0xb0, 0xb0, 0xb0);
        painter->setPen(Qt::NoPen);
        painter->setBrush(color);
        painter->drawRoundedRect(QRectF(0.5, 0.5, 23, 23), 5, 5);
        QPen pen(Qt::white, 1.7);
        pen.setCapStyle(Qt::RoundCap);
        pen.setJoinStyle(Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        drawGlyph(*painter, m_area);
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        return pixmap;
    }

    QIconEngine *clone() const override { return new AreaIconEngine(m_area, m_color); }

private:
    Area m_area;
    QColor m_color;
};

} // namespace

QIcon drawnAreaIcon(Area area)
{
    return QIcon(new AreaIconEngine(area, tileColor(area)));
}

QIcon appIcon()
{
    return QIcon(new AreaIconEngine(Area::ResourceRoom, tileColor(Area::Overview)));
}

} // namespace rr
