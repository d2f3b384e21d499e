#include "common/LenientTime.h"

#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Full-width digits and the separators a Chinese input method types become
// their ASCII forms; every separator becomes ':'.
QString normalised(const QString &text)
{
    QString out;
    for (QChar c : text.trimmed()) {
        if (c.unicode() >= 0xFF10 && c.unicode() <= 0xFF19)
            c = QChar(u'0' + (c.unicode() - 0xFF10));
        if (c == u'：' || c == u'.' || c == u'。' || c == u'．' || c == u'点' || c == u'時' || c == u'时'
            || c == u'h' || c == u'H')
            c = u':';
        if (c == u'分')
            continue;   // "9点30分"
        out.append(c);
    }
    return out;
}

QTime make(int hour, int minute)
{
    return (hour >= 0 && hour < 24 && minute >= 0 && minute < 60) ? QTime(hour, minute) : QTime();
}

} // namespace

QTime parseLenientTime(const QString &text)
{
    const QString t = normalised(text);
    static const QRegularExpression digitsOnly(u"^(\\d{1,4})$"_s);
    static const QRegularExpression separated(u"^(\\d{1,2}):(\\d{2})?$"_s);
    if (const auto m = digitsOnly.match(t); m.hasMatch()) {
        const QString d = m.captured(1);
        if (d.size() <= 2)
            return make(d.toInt(), 0);                            // "9" → 09:00
        return make(d.left(d.size() - 2).toInt(), d.right(2).toInt());   // "900", "0900"
    }
    if (const auto m = separated.match(t); m.hasMatch())
        return make(m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
    return {};
}

bool isTimePrefix(const QString &text)
{
    const QString t = normalised(text);
    if (t.isEmpty())
        return true;
    static const QRegularExpression partial(u"^(\\d{0,4}|\\d{1,2}:\\d{0,2})$"_s);
    if (!partial.match(t).hasMatch())
        return false;
    if (parseLenientTime(t).isValid())
        return true;
    // Some continuation must still be a time: "2" → "23", "09:" → "09:00", "093" → "0930".
    for (const QString &more : {u"0"_s, u"00"_s, u"5"_s, u"0:00"_s, u":00"_s, u"9"_s})
        if (parseLenientTime(t + more).isValid())
            return true;
    return false;
}

} // namespace rr
