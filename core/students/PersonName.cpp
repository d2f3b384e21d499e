#include "students/PersonName.h"

#include <QList>

namespace rr {

namespace {

constexpr char32_t kMiddleDot = 0x00B7;

// Dots people type between the parts of a transliterated name: bullet,
// hyphenation point, katakana middle dot (full and half width), Greek ano
// teleia, bullet and dot operators, the Hangul and word-separator dots.
bool isMiddleDotVariant(char32_t c)
{
    switch (c) {
    case 0x00B7: case 0x0387: case 0x2022: case 0x2027: case 0x2219: case 0x22C5: case 0x30FB:
    case 0xFF65: case 0x2E31: case 0x318D: case 0x16EB: case 0x2024: case 0x1427: case 0xA78F:
        return true;
    default:
        return false;
    }
}

bool isHan(char32_t c)
{
    return QChar::script(c) == QChar::Script_Han;
}

bool isSpace(char32_t c)
{
    return QChar::isSpace(c) || c == 0x200B;   // zero-width space too: Word pastes it
}

} // namespace

QString normalisePersonName(const QString &name)
{
    QList<char32_t> in;
    in.reserve(name.size());
    for (const uint c : name.toUcs4())
        in.append(isMiddleDotVariant(char32_t(c)) ? kMiddleDot : char32_t(c));
    QList<char32_t> out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (!isSpace(in.at(i))) {
            out.append(in.at(i));
            continue;
        }
        qsizetype end = i;
        while (end < in.size() && isSpace(in.at(end)))
            ++end;
        const bool atEdge = out.isEmpty() || end == in.size();
        const char32_t before = out.isEmpty() ? 0 : out.last();
        const char32_t after = end < in.size() ? in.at(end) : 0;
        const bool joins = (isHan(before) || before == kMiddleDot) && (isHan(after) || after == kMiddleDot);
        const bool nextToDot = before == kMiddleDot || after == kMiddleDot;
        if (!atEdge && !joins && !nextToDot)
            out.append(U' ');   // between Latin words: one space stays
        i = end - 1;
    }
    return QString::fromUcs4(out.constData(), out.size());
}

} // namespace rr
