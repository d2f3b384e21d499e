#include "print/layout/LineBreaking.h"

#include <QChar>
#include <algorithm>

namespace rr::printing {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kNoStart = u"，。、；：？！）》」』〕】〉”’…—·・,.;:?!)]}%％~～"_s;
const QString kNoEnd = u"（《「『〔【〈“‘([{"_s;
const QString kNameDots = u"·・•‧"_s;

bool isHan(QChar c)
{
    return c.script() == QChar::Script_Han;
}

bool isWordCharacter(QChar c)
{
    return c.unicode() < 0x80 && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u'/');
}

} // namespace

bool forbiddenAtLineStart(QChar c)
{
    return kNoStart.contains(c);
}

bool forbiddenAtLineEnd(QChar c)
{
    return kNoEnd.contains(c);
}

bool isPunctuationMark(QChar c)
{
    return c.isPunct() || c.isSpace() || kNoStart.contains(c) || kNoEnd.contains(c);
}

QList<TextRun> unbreakableRuns(const QString &text, const QStringList &names)
{
    QList<TextRun> runs;
    for (const QString &name : names) {
        if (name.size() < 2)
            continue;
        for (qsizetype at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.size()))
            runs.append({int(at), int(at + name.size())});
    }
    for (int i = 0; i < text.size(); ++i) {
        if (!kNameDots.contains(text.at(i)))
            continue;
        int start = i;
        while (start > 0 && i - start < 4 && isHan(text.at(start - 1)))
            --start;
        int end = i + 1;
        while (end < text.size() && end - i - 1 < 4 && isHan(text.at(end)))
            ++end;
        if (start < i && end > i + 1)
            runs.append({start, end});
    }
    // The marks around a name go with it: "古丽娜尔·吐尔逊、" is one unit,
    // since the 、 may not start the next line.
    for (TextRun &run : runs) {
        while (run.end < text.size() && forbiddenAtLineStart(text.at(run.end)))
            ++run.end;
        while (run.start > 0 && forbiddenAtLineEnd(text.at(run.start - 1)))
            --run.start;
    }
    return runs;
}

bool breakAllowed(const QString &text, int position, const QList<TextRun> &runs, BreakStrictness strictness)
{
    if (position <= 0 || position >= text.size())
        return true;
    const QChar before = text.at(position - 1);
    const QChar after = text.at(position);
    if (before == QChar::LineSeparator)
        return true;
    if (strictness == BreakStrictness::Anywhere)
        return true;
    if (forbiddenAtLineStart(after) || forbiddenAtLineEnd(before))
        return false;
    if (strictness == BreakStrictness::NamesMayBreak)
        return true;
    if (std::any_of(runs.cbegin(), runs.cend(), [&](const TextRun &r) { return r.start < position && position < r.end; }))
        return false;
    if (strictness == BreakStrictness::WordsMayBreak)
        return true;
    return !(isWordCharacter(before) && isWordCharacter(after));
}

} // namespace rr::printing
