#pragma once
// Repairs the text layer of PDFs written by Qt's PDF engine.
//
// Qt builds each font's ToUnicode map by taking, for every glyph, the LOWEST
// code point the font maps to that glyph. Noto CJK shares glyphs between an
// ideograph and its radical form, so 生 comes out as the Kangxi radical ⽣
// (U+2F63), 骨 as ⻣, 户 as ⼾, and the space as U+0009: the page looks right
// but copying, searching and pdftotext give other characters.
//
// The fix rewrites destination codes inside the (uncompressed) ToUnicode
// CMaps, in place and at equal length so the xref offsets stay valid. A code
// is replaced by a character the document really printed that has the same
// glyph; failing that, codes in the ranges known to be wrong (control
// characters, CJK radicals) go to the ideograph or ASCII character sharing
// their glyph. Source codes (glyph ids) are never touched.
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QRawFont>
#include <QSet>
#include <QString>
#include <functional>

namespace rr {

class TextMapResolver {
public:
    // `fonts`: the font faces the PDF uses; `printed`: every character it prints.
    TextMapResolver(QList<QRawFont> fonts, const QString &printed);

    // The character a destination `code` really stands for (often `code` itself).
    char16_t resolve(char16_t code) const;

private:
    quint32 glyph(int font, char16_t code) const;
    char16_t fromPrinted(char16_t code) const;
    char16_t fromKnownRanges(char16_t code) const;

    QList<QRawFont> m_fonts;
    QSet<char16_t> m_printed;
    QList<QHash<quint32, char16_t>> m_printedByGlyph;            // per font: glyph → lowest printed character
    mutable QList<QHash<quint32, char16_t>> m_rangesByGlyph;     // per font, built on first need
    mutable QHash<char16_t, char16_t> m_cache;
};

// Code points that Qt is known to write in place of the real ones.
bool isSuspectTextMapCode(char16_t code);

// Rewrites the destination codes of every ToUnicode CMap in `pdf` through
// `resolve`. The result has exactly the size of `pdf`.
QByteArray fixPdfTextMaps(QByteArray pdf, const std::function<char16_t(char16_t)> &resolve);

} // namespace rr
