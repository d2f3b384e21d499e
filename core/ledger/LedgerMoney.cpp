#include "ledger/LedgerMoney.h"

#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

std::optional<qint64> parseYuan(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u',').remove(u'，').remove(u'¥').remove(u'￥').remove(u' ');
    if (t.endsWith(u'元'))
        t.chop(1);
    static const QRegularExpression pattern(u"^(\\d{1,9})(?:\\.(\\d{0,2}))?$"_s);
    const auto match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 yuan = match.captured(1).toLongLong();
    QString fen = match.captured(2);
    while (fen.size() < 2)
        fen.append(u'0');
    const qint64 cents = yuan * 100 + fen.toLongLong();
    if (cents > kMaxLedgerCents)
        return std::nullopt;
    return cents;
}

QString formatYuan(qint64 cents, bool grouped)
{
    const bool negative = cents < 0;
    const qint64 a = negative ? -cents : cents;
    QString yuan = QString::number(a / 100);
    if (grouped)
        for (qsizetype i = yuan.size() - 3; i > 0; i -= 3)
            yuan.insert(i, u',');
    return (negative ? u"-"_s : QString()) + yuan + u'.' + u"%1"_s.arg(a % 100, 2, 10, QLatin1Char('0'));
}

} // namespace rr
