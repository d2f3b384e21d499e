#include "print/FormRenderer.h"

#include "print/FormFonts.h"
#include "print/layout/BandPainter.h"
#include "print/layout/ChartBands.h"
#include "print/layout/GridBands.h"
#include "print/layout/LayoutContext.h"
#include "print/layout/Paginator.h"
#include "print/layout/TableBands.h"
#include "print/layout/TextBands.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace rr {

using namespace Qt::Literals::StringLiterals;
using namespace rr::printing;

namespace {

// Margins of the page layout; the marks at top and bottom sit in the outer
// part of the band area, so body text starts about 20 mm from the edge.
const QMarginsF pageMarginsMm(20, 12, 20, 12);
constexpr double markZoneMm = 8;


QString pageFooter(int page, int pages)
{
    return u"第%1页 共%2页"_s.arg(page).arg(pages);
}

QList<Band> documentBands(const FormDocument &document, const LayoutContext &context)
{
    QList<Band> bands = titleBands(document, context);
    for (const FormBlock &block : document.blocks) {
        QList<Band> blockBands = std::visit(
            [&](const auto &content) -> QList<Band> {
                using T = std::decay_t<decltype(content)>;
                if constexpr (std::is_same_v<T, FieldGrid>)
                    return gridBands(content, context);
                else if constexpr (std::is_same_v<T, FormTable>)
                    return tableBands(content, context);
                else if constexpr (std::is_same_v<T, TextSection>)
                    return sectionBands(content, context);
                else if constexpr (std::is_same_v<T, SignatureBlock>)
                    return signatureBands(content, context);
                else if constexpr (std::is_same_v<T, ChartBlock>)
                    return chartBands(content, context);
                else
                    return paragraphBands(content, context);
            },
            block.content);
        if (blockBands.isEmpty())
            continue;
        blockBands.first().spaceBefore = context.mm(std::max(0.0, block.spaceBeforeMm));
        // Signatures never start a page alone, away from what they sign: the
        // last table row goes over with them. A text box above may still
        // break between its lines instead.
        if (std::holds_alternative<SignatureBlock>(block.content) && !bands.isEmpty() && !bands.last().splittable)
            bands.last().keepWithNext = true;
        if (block.keepWithNext)
            for (Band &band : blockBands)
                band.keepWithNext = true;
        bands += blockBands;
    }
    return bands;
}

void paintPageMarks(QPainter &painter, const FormDocument &document, const LayoutContext &context, int page,
                    int pages, const QSizeF &area)
{
    painter.save();
    QPen pen(Qt::black);
    pen.setWidthF(context.pt(0.6));
    painter.setPen(pen);
    painter.setFont(context.fonts.small);
    const double zone = context.mm(markZoneMm);
    const QFontMetricsF metrics(context.fonts.small, context.device);

    if (!document.confidentialityMark.isEmpty()) {
        // Boxed like a stamp, at the top right where it is seen first.
        QRectF text = metrics.boundingRect(document.confidentialityMark);
        QRectF box(0, 0, text.width() + context.mm(3), metrics.height() + context.mm(1.2));
        box.moveTopRight(QPointF(area.width(), 0));
        painter.drawRect(box);
        painter.drawText(box, Qt::AlignCenter, document.confidentialityMark);
    }
    if (page > 1) {
        const QString head = document.runningHead.isEmpty() ? document.title : document.runningHead;
        painter.drawText(QRectF(0, 0, area.width() * 0.6, zone - context.mm(2)), Qt::AlignLeft | Qt::AlignVCenter, head);
    }
    if (document.pageNumbers)
        painter.drawText(QRectF(0, area.height() - zone + context.mm(2), area.width(), zone - context.mm(2)),
                         Qt::AlignHCenter | Qt::AlignBottom, pageFooter(page, pages));
    painter.restore();
}

} // namespace

Result<int> paintForm(const FormDocument &document, QPagedPaintDevice &device)
{
    auto fonts = formFonts(&device);
    if (!fonts)
        return fonts.error();

    const auto orientation =
        document.orientation == PageOrientation::Landscape ? QPageLayout::Landscape : QPageLayout::Portrait;
    const QPageLayout layout(QPageSize(QPageSize::A4), orientation, pageMarginsMm, QPageLayout::Millimeter);
    if (!device.setPageLayout(layout)) {
        // A printer whose hardware margins are wider: keep its margins.
        device.setPageSize(QPageSize(QPageSize::A4));
        device.setPageOrientation(orientation);
    }

    LayoutContext context;
    context.fonts = *fonts;
    context.device = &device;
    context.dotsPerMm = device.logicalDpiY() / 25.4;
    const QSizeF area(device.width(), device.height());
    context.width = area.width();
    const double top = context.mm(markZoneMm);
    const double bottom = area.height() - context.mm(markZoneMm);
    context.bodyHeight = bottom - top;
    if (context.width <= 0 || context.bodyHeight <= context.mm(50))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Print", "The paper is too small to print this form."));

    const QList<LaidOutPage> pages = paginate(documentBands(document, context), top, bottom);

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Print", "Printing could not start."));
    painter.setRenderHint(QPainter::Antialiasing, true);
    BandStyle style;
    style.lineWidth = context.pt(0.6);
    style.placeholderFont = context.fonts.small;
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Print", "Printing stopped at page %1.").arg(i + 1));
        }
        // Nothing may run into the margins, even a row-span group taller than a
        // page; the clip leaves room for the outer half of the border lines
        // at the edges, which would otherwise print at half their width.
        const double edge = style.lineWidth;
        painter.setClipRect(QRectF(QPointF(0, 0), area).adjusted(-edge, -edge, edge, edge));
        for (const PlacedBand &placed : pages.at(i).bands)
            paintBand(painter, placed.band, QPointF(0, placed.y), style);
        painter.setClipping(false);
        paintPageMarks(painter, document, context, i + 1, int(pages.size()), area);
    }
    if (!painter.end())
        return makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Print", "Printing could not be finished."));
    return int(pages.size());
}

QString formCharacters(const FormDocument &document)
{
    QString all = document.title + document.subtitle + document.confidentialityMark + document.runningHead;
    for (const HeaderField &field : document.header)
        all += field.label + field.value + u"："_s;
    for (const FormBlock &block : document.blocks) {
        std::visit(
            [&](const auto &content) {
                using T = std::decay_t<decltype(content)>;
                if constexpr (std::is_same_v<T, FieldGrid>) {
                    for (const auto &row : content.rows)
                        for (const GridCell &cell : row)
                            all += cell.text;
                    all += u"照片"_s;
                } else if constexpr (std::is_same_v<T, FormTable>) {
                    all += content.caption + content.headers.join(QString());
                    for (const QStringList &row : content.rows)
                        all += row.join(QString());
                } else if constexpr (std::is_same_v<T, TextSection>) {
                    all += continuedHeading(content.heading) + content.text + content.signOff;
                } else if constexpr (std::is_same_v<T, SignatureBlock>) {
                    for (const QString &role : content.roles)
                        all += signatureLabel(role);
                    all += signatureLine() + signatureDateText() + signatureDateText(content);
                } else if constexpr (std::is_same_v<T, ChartBlock>) {
                    all += content.text;
                } else {
                    all += content.text;
                }
            },
            block.content);
    }
    return all + pageFooter(1234567890, 0) + u" "_s;
}

} // namespace rr
