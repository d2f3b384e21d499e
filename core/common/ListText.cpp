#include "common/ListText.h"

#include <QLocale>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

bool chinese() { return QLocale().language() == QLocale::Chinese; }

bool endsWithStop(const QString &s)
{
    return s.endsWith(u'。') || s.endsWith(u'.') || s.endsWith(u'！') || s.endsWith(u'!');
}

QString withoutStop(QString s)
{
    s = s.trimmed();
    while (s.endsWith(u'。') || s.endsWith(u'.') || s.endsWith(u'；') || s.endsWith(u';'))
        s.chop(1);
    return s;
}

} // namespace

QString sentenceSeparator() { return chinese() ? u"；"_s : u"; "_s; }
QString clauseSeparator() { return chinese() ? u"，"_s : u", "_s; }
QString labelSeparator() { return chinese() ? u"："_s : u": "_s; }

QString joinSentences(const QStringList &sentences)
{
    QStringList parts;
    bool stop = false;
    for (const QString &s : sentences) {
        if (s.trimmed().isEmpty())
            continue;
        stop = endsWithStop(s.trimmed());
        parts.append(withoutStop(s));
    }
    if (parts.isEmpty())
        return {};
    if (parts.size() == 1 && !stop)
        return parts.constFirst();
    return parts.join(sentenceSeparator()) + (stop ? (chinese() ? u"。"_s : u"."_s) : QString());
}

QString joinClauses(const QStringList &clauses)
{
    QStringList parts;
    for (const QString &c : clauses)
        if (!c.trimmed().isEmpty())
            parts.append(c.trimmed());
    return parts.join(clauseSeparator());
}

QString joinItems(const QStringList &items)
{
    QStringList parts;
    for (const QString &i : items)
        if (!i.trimmed().isEmpty())
            parts.append(i.trimmed());
    return parts.join(chinese() ? u"、"_s : u", "_s);
}

} // namespace rr
