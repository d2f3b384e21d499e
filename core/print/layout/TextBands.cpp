#include "print/layout/TextBands.h"

#include <QFontMetricsF>

#include <algorithm>

namespace rr::printing {

using namespace Qt::Literals::StringLiterals;

namespace {

Band singleCellBand(BandCell cell, double minHeight = 0)
{
    Band band;
    band.height = std::max(minHeight, cell.rect.height());
    cell.rect.setHeight(band.height);
    band.cells.append(cell);
    return band;
}

} // namespace

QString signatureLabel(const QString &role)
{
    return role + u"签名："_s;
}

QString signatureLine()
{
    return u"________________"_s;
}

QString signatureDateText()
{
    return u"日期：______年____月____日"_s;
}

QString signatureDateText(const SignatureBlock &block)
{
    if (block.date.isEmpty() && block.dateLabel.isEmpty())
        return signatureDateText();
    const QString label = block.dateLabel.isEmpty() ? u"日期"_s : block.dateLabel;
    return label + u"："_s + (block.date.isEmpty() ? u"______年____月____日"_s : block.date);
}

QString continuedHeading(const QString &heading)
{
    return heading + u"（续）"_s;
}

QList<Band> titleBands(const FormDocument &document, const LayoutContext &context)
{
    QList<Band> bands;
    if (!document.title.isEmpty())
        bands.append(singleCellBand(context.textCell(document.title, context.fonts.title, 0, context.width, false,
                                                     Qt::AlignHCenter | Qt::AlignVCenter)));
    if (!document.subtitle.isEmpty()) {
        Band band = singleCellBand(context.textCell(document.subtitle, context.fonts.subtitle, 0, context.width, false,
                                                    Qt::AlignHCenter | Qt::AlignVCenter));
        band.spaceBefore = context.mm(1.5);
        bands.append(band);
    }
    if (!document.header.isEmpty()) {
        // Spread over the width: the first field at the left edge, the last
        // at the right, the others centred in their share.
        Band band;
        const int n = int(document.header.size());
        const double share = context.width / n;
        for (int i = 0; i < n; ++i) {
            const HeaderField &field = document.header.at(i);
            Qt::Alignment align = n == 1 || i == 0 ? Qt::AlignLeft : i == n - 1 ? Qt::AlignRight : Qt::AlignHCenter;
            BandCell cell = context.textCell(field.label + u"："_s + field.value, context.fonts.body, i * share, share,
                                             false, align | Qt::AlignBottom);
            band.height = std::max(band.height, cell.rect.height());
            band.cells.append(cell);
        }
        for (BandCell &cell : band.cells)
            cell.rect.setHeight(band.height);
        band.spaceBefore = context.mm(document.subtitle.isEmpty() ? 4 : 3);
        bands.append(band);
    }
    for (Band &band : bands)
        band.keepWithNext = true;
    return bands;
}

namespace {

// The sign-off lines at the bottom right of a section's text box.
void addSignOff(BandCell &body, const TextSection &section, const LayoutContext &context)
{
    if (section.signOff.isEmpty())
        return;
    // A blank line above: room to sign even below a text that fills the box.
    body.footer = std::make_shared<const TextBox>(u"\n"_s + section.signOff, context.fonts.body, context.device,
                                                  body.text->width());
    body.rect.setHeight(body.neededHeight());
}

// The heading in a column left of the text: one band that breaks between lines.
QList<Band> sectionBesideBands(const TextSection &section, const LayoutContext &context)
{
    const double headingWidth = std::min(context.mm(section.headingWidthMm), context.width / 2);
    BandCell heading = context.textCell(section.heading, context.fonts.body, 0, headingWidth, true,
                                        Qt::AlignHCenter | Qt::AlignVCenter);
    heading.continuedText = std::make_shared<const TextBox>(continuedHeading(section.heading), context.fonts.body,
                                                            context.device, heading.text->width());
    BandCell body = context.textCell(section.text, context.fonts.body, headingWidth, context.width - headingWidth,
                                     true, Qt::AlignLeft | Qt::AlignTop);
    addSignOff(body, section, context);
    const double blank =
        std::max(0, section.minLines) * body.text->lineHeight() + body.footerHeight() + 2 * body.vPadding;
    Band band;
    band.height = std::max({context.mm(9), blank, heading.rect.height(), body.rect.height()});
    heading.rect.setHeight(band.height);
    body.rect.setHeight(band.height);
    band.cells = {heading, body};
    band.splittable = true;
    return {band};
}

} // namespace

QList<Band> sectionBands(const TextSection &section, const LayoutContext &context)
{
    if (section.headingWidthMm > 0 && !section.heading.isEmpty())
        return sectionBesideBands(section, context);
    const double minHeight = context.mm(8);
    auto headingBand = [&](const QString &text) {
        Band band = singleCellBand(context.textCell(text, context.fonts.bold, 0, context.width, true,
                                                    Qt::AlignLeft | Qt::AlignVCenter),
                                   minHeight);
        band.cells.first().shaded = true;
        band.keepWithNext = true;
        return band;
    };
    QList<Band> bands;
    if (!section.heading.isEmpty())
        bands.append(headingBand(section.heading));

    BandCell body = context.textCell(section.text, context.fonts.body, 0, context.width, true,
                                     Qt::AlignLeft | Qt::AlignTop);
    addSignOff(body, section, context);
    const double blank =
        std::max(0, section.minLines) * body.text->lineHeight() + body.footerHeight() + 2 * body.vPadding;
    Band box = singleCellBand(body, std::max(minHeight, blank));
    box.splittable = true;
    if (!section.heading.isEmpty())
        box.continuationHeader = std::make_shared<Band>(headingBand(continuedHeading(section.heading)));
    bands.append(box);
    return bands;
}

namespace {

// Roles and date side by side, spread over the width like the header line.
Band signatureLineBand(const SignatureBlock &block, const LayoutContext &context, double lineHeight)
{
    QStringList parts;
    for (const QString &role : block.roles)
        parts.append(signatureLabel(role) + signatureLine());
    parts.append(signatureDateText(block));
    Band band;
    band.height = lineHeight;
    const int n = int(parts.size());
    const double share = context.width / n;
    for (int i = 0; i < n; ++i) {
        const Qt::Alignment align = i == 0 ? Qt::AlignLeft : i == n - 1 ? Qt::AlignRight : Qt::AlignHCenter;
        BandCell cell = context.textCell(parts.at(i), context.fonts.body, i * share, share, false,
                                         align | Qt::AlignBottom);
        band.height = std::max(band.height, cell.rect.height());
        band.cells.append(cell);
    }
    for (BandCell &cell : band.cells)
        cell.rect.setHeight(band.height);
    return band;
}

} // namespace

QList<Band> signatureBands(const SignatureBlock &block, const LayoutContext &context)
{
    QList<Band> bands;
    const double lineHeight = context.mm(11);   // room for a handwritten signature
    if (block.oneLine && !block.roles.isEmpty())
        return {signatureLineBand(block, context, lineHeight)};
    const QFontMetricsF metrics(context.fonts.body, context.device);
    // The lines start in one column, however long the role's name.
    double labelWidth = 0;
    for (const QString &role : block.roles)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(signatureLabel(role)) + context.mm(1));
    const double dateX = context.width * 0.58;
    for (const QString &role : block.roles) {
        Band band;
        BandCell who = context.textCell(signatureLabel(role), context.fonts.body, 0, labelWidth, false,
                                        Qt::AlignRight | Qt::AlignBottom);
        BandCell line = context.textCell(signatureLine(), context.fonts.body, labelWidth, dateX - labelWidth, false,
                                         Qt::AlignLeft | Qt::AlignBottom);
        BandCell when = context.textCell(signatureDateText(block), context.fonts.body, dateX, context.width - dateX, false,
                                         Qt::AlignRight | Qt::AlignBottom);
        band.height = std::max({lineHeight, who.rect.height(), line.rect.height(), when.rect.height()});
        band.cells = {who, line, when};
        for (BandCell &cell : band.cells)
            cell.rect.setHeight(band.height);
        band.keepWithNext = true;
        bands.append(band);
    }
    if (!bands.isEmpty())
        bands.last().keepWithNext = false;
    return bands;
}

QList<Band> paragraphBands(const Paragraph &paragraph, const LayoutContext &context)
{
    const QFont &font = paragraph.style == Paragraph::Style::Note ? context.fonts.small : context.fonts.body;
    Band band = singleCellBand(context.textCell(paragraph.text, font, 0, context.width, false,
                                                Qt::AlignLeft | Qt::AlignTop));
    band.splittable = true;
    return {band};
}

} // namespace rr::printing
