#include "print/PdfTextMapFix.h"

#include <algorithm>
#include <cctype>
#include <optional>

namespace rr {

namespace {

struct Range {
    char16_t first;
    char16_t last;
};

// Where the character behind a wrong code is looked for, in this order.
constexpr Range searchRanges[] = {
    {0x0020, 0x007E},   // ASCII: U+0009 stands for the space
    {0x4E00, 0x9FFF},   // CJK unified ideographs
    {0x3400, 0x4DBF},   // extension A
};

QString rangeText(const Range &range)
{
    QString text;
    text.reserve(range.last - range.first + 1);
    for (char32_t c = range.first; c <= range.last; ++c)
        text.append(QChar(char16_t(c)));
    return text;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A <hex> token of a CMap section.
struct HexToken {
    qsizetype begin = 0;   // of the digits, after '<'
    qsizetype digits = 0;
};

class CMapSection {
public:
    CMapSection(QByteArray &pdf, qsizetype begin, qsizetype end, const std::function<char16_t(char16_t)> &resolve)
        : m_pdf(pdf), m_pos(begin), m_end(end), m_resolve(resolve)
    {
    }

    // <src> <dst> lines
    void fixChars()
    {
        while (auto source = nextHex()) {
            auto destination = nextHex();
            if (!destination)
                return;
            fix(*destination);
        }
    }

    // <first> <last> <dst>  or  <first> <last> [<dst> <dst> …]
    void fixRanges()
    {
        while (auto first = nextHex()) {
            auto last = nextHex();
            if (!last)
                return;
            skipSpace();
            if (m_pos < m_end && m_pdf.at(m_pos) == '[') {
                ++m_pos;
                for (;;) {
                    skipSpace();
                    if (m_pos >= m_end)
                        return;
                    if (m_pdf.at(m_pos) == ']') {
                        ++m_pos;
                        break;
                    }
                    auto destination = nextHex();
                    if (!destination)
                        return;
                    fix(*destination);
                }
            } else {
                auto destination = nextHex();
                if (!destination)
                    return;
                // A range with one destination maps first..last to consecutive
                // codes; changing its start would shift them all.
                if (value(*first) == value(*last))
                    fix(*destination);
            }
        }
    }

private:
    void skipSpace()
    {
        while (m_pos < m_end && std::isspace(static_cast<unsigned char>(m_pdf.at(m_pos))))
            ++m_pos;
    }

    std::optional<HexToken> nextHex()
    {
        skipSpace();
        if (m_pos >= m_end || m_pdf.at(m_pos) != '<')
            return std::nullopt;
        const qsizetype close = m_pdf.indexOf('>', m_pos);
        if (close < 0 || close >= m_end)
            return std::nullopt;
        HexToken token{m_pos + 1, close - m_pos - 1};
        for (qsizetype i = token.begin; i < close; ++i)
            if (hexValue(m_pdf.at(i)) < 0)
                return std::nullopt;
        m_pos = close + 1;
        return token;
    }

    long value(const HexToken &token) const
    {
        long v = 0;
        for (qsizetype i = token.begin; i < token.begin + token.digits; ++i)
            v = v * 16 + hexValue(m_pdf.at(i));
        return v;
    }

    void fix(const HexToken &token)
    {
        if (token.digits != 4)   // several characters or a surrogate pair: leave alone
            return;
        const char16_t code = char16_t(value(token));
        const char16_t real = m_resolve(code);
        if (real == code)
            return;
        static const char digits[] = "0123456789ABCDEF";
        for (int i = 0; i < 4; ++i)
            m_pdf[token.begin + i] = digits[(real >> (12 - 4 * i)) & 0xF];
    }

    QByteArray &m_pdf;
    qsizetype m_pos;
    qsizetype m_end;
    const std::function<char16_t(char16_t)> &m_resolve;
};

// Calls `fix(begin, end)` for the inside of every `open … close` pair within [from, to).
template <typename Fix>
void forEachSection(const QByteArray &pdf, qsizetype from, qsizetype to, const QByteArray &open,
                    const QByteArray &close, Fix fix)
{
    qsizetype pos = from;
    while (true) {
        const qsizetype begin = pdf.indexOf(open, pos);
        if (begin < 0 || begin >= to)
            return;
        const qsizetype end = pdf.indexOf(close, begin + open.size());
        if (end < 0 || end > to)
            return;
        fix(begin + open.size(), end);
        pos = end + close.size();
    }
}

} // namespace

bool isSuspectTextMapCode(char16_t code)
{
    return code <= 0x001F || (code >= 0x2E80 && code <= 0x2FDF);
}

TextMapResolver::TextMapResolver(QList<QRawFont> fonts, const QString &printed)
    : m_fonts(std::move(fonts)), m_rangesByGlyph(m_fonts.size())
{
    for (QChar c : printed)
        if (!c.isSurrogate())
            m_printed.insert(c.unicode());
    QList<char16_t> sorted(m_printed.cbegin(), m_printed.cend());
    std::sort(sorted.begin(), sorted.end());
    QString text;
    for (char16_t c : sorted)
        text.append(QChar(c));
    for (const QRawFont &font : m_fonts) {
        QHash<quint32, char16_t> byGlyph;
        const QList<quint32> glyphs = font.glyphIndexesForString(text);
        for (qsizetype i = 0; i < glyphs.size() && i < sorted.size(); ++i)
            if (glyphs.at(i) != 0 && !byGlyph.contains(glyphs.at(i)))
                byGlyph.insert(glyphs.at(i), sorted.at(i));
        m_printedByGlyph.append(byGlyph);
    }
}

quint32 TextMapResolver::glyph(int font, char16_t code) const
{
    const QList<quint32> glyphs = m_fonts.at(font).glyphIndexesForString(QString(QChar(code)));
    return glyphs.isEmpty() ? 0 : glyphs.first();
}

char16_t TextMapResolver::fromPrinted(char16_t code) const
{
    for (int f = 0; f < m_fonts.size(); ++f) {
        const quint32 g = glyph(f, code);
        if (g == 0)
            continue;
        const auto found = m_printedByGlyph.at(f).constFind(g);
        if (found != m_printedByGlyph.at(f).cend())
            return *found;
    }
    return code;
}

char16_t TextMapResolver::fromKnownRanges(char16_t code) const
{
    for (int f = 0; f < m_fonts.size(); ++f) {
        const quint32 g = glyph(f, code);
        if (g == 0)
            continue;
        QHash<quint32, char16_t> &table = m_rangesByGlyph[f];
        if (table.isEmpty()) {
            for (const Range &range : searchRanges) {
                const QList<quint32> glyphs = m_fonts.at(f).glyphIndexesForString(rangeText(range));
                for (qsizetype i = 0; i < glyphs.size(); ++i)
                    if (glyphs.at(i) != 0 && !table.contains(glyphs.at(i)))
                        table.insert(glyphs.at(i), char16_t(range.first + i));
            }
        }
        const auto found = table.constFind(g);
        if (found != table.cend())
            return *found;
    }
    return code;
}

char16_t TextMapResolver::resolve(char16_t code) const
{
    if (code == 0 || m_printed.contains(code))
        return code;
    if (const auto cached = m_cache.constFind(code); cached != m_cache.cend())
        return *cached;
    char16_t real = fromPrinted(code);
    if (real == code && isSuspectTextMapCode(code))
        real = fromKnownRanges(code);
    m_cache.insert(code, real);
    return real;
}

QByteArray fixPdfTextMaps(QByteArray pdf, const std::function<char16_t(char16_t)> &resolve)
{
    // Only inside CMaps; font programs and page contents are left alone.
    forEachSection(pdf, 0, pdf.size(), "begincmap", "endcmap", [&](qsizetype begin, qsizetype end) {
        forEachSection(pdf, begin, end, "beginbfchar", "endbfchar", [&](qsizetype b, qsizetype e) {
            CMapSection(pdf, b, e, resolve).fixChars();
        });
        forEachSection(pdf, begin, end, "beginbfrange", "endbfrange", [&](qsizetype b, qsizetype e) {
            CMapSection(pdf, b, e, resolve).fixRanges();
        });
    });
    return pdf;
}

} // namespace rr
