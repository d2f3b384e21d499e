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

namespace {
Band signatureRow(const QStringList &parts, const QFont &font, const LayoutContext &context, double lineHeight);
} // namespace

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
    QStringList fields;
    for (const HeaderField &field : document.header)
        fields.append(field.label + u"："_s + field.value);
    const double headerGap = context.mm(6);
    auto naturalWidth = [&](const QFont &font) {
        double natural = headerGap * std::max(0, int(fields.size()) - 1);
        for (const QString &field : std::as_const(fields))
            natural += QFontMetricsF(font, context.device).horizontalAdvance(field) + context.mm(0.5);
        return natural;
    };
    // Smaller type, down to 小五, rather than a field broken over two lines.
    QFont headerFont = context.fonts.body;
    while (naturalWidth(headerFont) > context.width
           && headerFont.pointSizeF() - 0.25 >= context.fonts.small.pointSizeF() - 0.01)
        headerFont.setPointSizeF(headerFont.pointSizeF() - 0.25);
    if (fields.size() > 1 && naturalWidth(headerFont) <= context.width) {
        // Each field as wide as its text, none wrapped, the slack between them.
        Band band = signatureRow(fields, headerFont, context, 0);
        band.spaceBefore = context.mm(document.subtitle.isEmpty() ? 4 : 3);
        bands.append(band);
    } else if (!document.header.isEmpty()) {
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

double naturalWidth(const QString &text, const QFont &font, const LayoutContext &context)
{
    return QFontMetricsF(font, context.device).horizontalAdvance(text) + context.mm(0.5);
}

// One unbroken line of signature parts: each cell as wide as its text, the
// slack spread between them; the first at the left edge, the last at the right.
Band signatureRow(const QStringList &parts, const QFont &font, const LayoutContext &context, double lineHeight)
{
    QList<double> widths;
    double total = 0;
    for (const QString &part : parts) {
        widths.append(std::min(naturalWidth(part, font, context), context.width));
        total += widths.last();
    }
    const int n = int(parts.size());
    const double gap = n > 1 ? std::max(0.0, (context.width - total) / (n - 1)) : 0;
    Band band;
    band.height = lineHeight;
    double x = n == 1 ? context.width - widths.first() : 0;
    for (int i = 0; i < n; ++i) {
        BandCell cell = context.textCell(parts.at(i), font, x, widths.at(i), false, Qt::AlignLeft | Qt::AlignBottom);
        band.height = std::max(band.height, cell.rect.height());
        band.cells.append(cell);
        x += widths.at(i) + gap;
    }
    for (BandCell &cell : band.cells)
        cell.rect.setHeight(band.height);
    return band;
}

// Signature lines never wrap: the parts go on one line, in smaller type if
// need be (not below 小五); else on as many planned lines as they need,
// the date last at the right.
QList<Band> signatureRows(const QStringList &parts, const LayoutContext &context, double lineHeight)
{
    const double gap = context.mm(6);
    auto widthAt = [&](const QFont &font, const QStringList &row) {
        double w = 0;
        for (const QString &part : row)
            w += naturalWidth(part, font, context);
        return w + gap * std::max(0, int(row.size()) - 1);
    };
    QFont font = context.fonts.body;
    while (widthAt(font, parts) > context.width && font.pointSizeF() - 0.25 >= context.fonts.small.pointSizeF() - 0.01)
        font.setPointSizeF(font.pointSizeF() - 0.25);
    if (widthAt(font, parts) <= context.width)
        return {signatureRow(parts, font, context, lineHeight)};
    font = context.fonts.body;
    QList<QStringList> rows{{}};
    for (const QString &part : parts) {
        QStringList tryRow = rows.last();
        tryRow.append(part);
        if (!rows.last().isEmpty() && widthAt(font, tryRow) > context.width)
            rows.append({part});
        else
            rows.last() = tryRow;
    }
    QList<Band> bands;
    for (const QStringList &row : std::as_const(rows)) {
        QFont rowFont = font;
        if (row.size() == 1)
            rowFont = context.fittingFont(row.first(), font, context.width);
        bands.append(signatureRow(row, rowFont, context, lineHeight));
    }
    return bands;
}

// Roles and date side by side, spread over the width like the header line.
QList<Band> signatureLineBands(const SignatureBlock &block, const LayoutContext &context, double lineHeight)
{
    QStringList parts;
    for (const QString &role : block.roles)
        parts.append(signatureLabel(role) + signatureLine());
    parts.append(signatureDateText(block));
    return signatureRows(parts, context, lineHeight);
}

// "<role>签名：____  日期：____年__月__日" on one line: the blank shortened to
// the room between the label and the date, else the line planned as two.
QList<Band> signatureRoleBands(const QString &role, const SignatureBlock &block, double labelWidth,
                               const LayoutContext &context, double lineHeight)
{
    const QFont &font = context.fonts.body;
    const QString date = signatureDateText(block);
    const double dateWidth = naturalWidth(date, font, context);
    const double dateX = std::max(context.width * 0.58, context.width - dateWidth);
    QString line = signatureLine();
    while (line.size() > 6 && labelWidth + naturalWidth(line, font, context) > dateX)
        line.chop(1);
    if (labelWidth + naturalWidth(line, font, context) > dateX)
        return signatureRows({signatureLabel(role) + line, date}, context, lineHeight);
    Band band;
    BandCell who = context.textCell(signatureLabel(role), font, 0, labelWidth, false, Qt::AlignRight | Qt::AlignBottom);
    BandCell blank = context.textCell(line, font, labelWidth, dateX - labelWidth, false, Qt::AlignLeft | Qt::AlignBottom);
    BandCell when = context.textCell(date, font, dateX, context.width - dateX, false, Qt::AlignRight | Qt::AlignBottom);
    band.height = std::max({lineHeight, who.rect.height(), blank.rect.height(), when.rect.height()});
    band.cells = {who, blank, when};
    for (BandCell &cell : band.cells)
        cell.rect.setHeight(band.height);
    return {band};
}

} // namespace

QList<Band> signatureBands(const SignatureBlock &block, const LayoutContext &context)
{
    QList<Band> bands;
    const double lineHeight = context.mm(11);   // room for a handwritten signature
    if (block.oneLine && !block.roles.isEmpty()) {
        bands = signatureLineBands(block, context, lineHeight);
    } else {
        const QFontMetricsF metrics(context.fonts.body, context.device);
        // The lines start in one column, however long the role's name.
        double labelWidth = 0;
        for (const QString &role : block.roles)
            labelWidth = std::max(labelWidth, metrics.horizontalAdvance(signatureLabel(role)) + context.mm(1));
        labelWidth = std::min(labelWidth, context.width * 0.4);
        for (const QString &role : block.roles)
            bands += signatureRoleBands(role, block, labelWidth, context, lineHeight);
    }
    // One unit, never broken by a page, never alone on one.
    for (Band &band : bands) {
        band.keepWithNext = true;
        band.keepGroup = 1;
        band.signature = true;
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
