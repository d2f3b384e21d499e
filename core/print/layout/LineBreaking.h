#pragma once
// Where a printed line may break. Chinese typesetting rules (禁则): no line
// starts with a closing or pausing mark (，。、；：？！）》」…) and none ends
// with an opening one (（《「…). A person's name is one unit, a minority name
// joined by · (阿依古丽·努尔兰) included; a Latin word or a number is kept
// whole when the line has room for it.
#include <QList>
#include <QString>
#include <QStringList>

namespace rr::printing {

bool forbiddenAtLineStart(QChar c);
bool forbiddenAtLineEnd(QChar c);
// A mark that is not a character of its own when counting a line's length: 组） reads as one character.
bool isPunctuationMark(QChar c);

struct TextRun {
    int start = 0;
    int end = 0;   // one past the last character
};

// The runs of `text` no line may break inside: every occurrence of `names`,
// and every run of Chinese characters joined by a middle dot (up to four on
// each side, the length of a transliterated name part); each with the marks
// that may not be parted from it (a closing mark after it, an opening one before).
QList<TextRun> unbreakableRuns(const QString &text, const QStringList &names);

// How strictly a break position is judged; the layout relaxes step by step
// only when no position on the line satisfies the stricter level.
enum class BreakStrictness { Strict, WordsMayBreak, NamesMayBreak, Anywhere };

// May a line break before text[position] (0 < position < text.size())?
bool breakAllowed(const QString &text, int position, const QList<TextRun> &runs, BreakStrictness strictness);

} // namespace rr::printing
