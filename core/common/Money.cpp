#include "common/Money.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

std::optional<qint64> parseYuan(const QString &text)
{
    QString t = text.trimmed();
    t.remove(u',').remove(u'，').remove(u' ');
    if (t.startsWith(u'￥') || t.startsWith(u'¥'))
        t.remove(0, 1);
    if (t.endsWith(u'元'))
        t.chop(1);
    static const QRegularExpression pattern(u"^(\\d{1,12})(?:\\.(\\d{0,2}))?$"_s);
    const auto match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 fen = match.captured(1).toLongLong() * 100 + match.captured(2).leftJustified(2, u'0').toLongLong();
    if (fen > kMaxAmountFen)
        return std::nullopt;
    return fen;
}

Result<qint64> parseAmount(const QString &text)
{
    const std::optional<qint64> fen = parseYuan(text);
    if (!fen)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::SchoolWork", "“%1” is not an amount in yuan (e.g. 1200 or 1200.50).").arg(text.left(30)));
    if (*fen <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The amount must be more than zero."));
    return *fen;
}

QString formatYuan(qint64 fen, bool grouped)
{
    const bool negative = fen < 0;
    const qint64 abs = negative ? -fen : fen;
    QString yuan = QString::number(abs / 100);
    if (grouped)
        for (qsizetype i = yuan.size() - 3; i > 0; i -= 3)
            yuan.insert(i, u',');
    return (negative ? u"-"_s : QString()) + yuan + u'.' + QString::number(abs % 100).rightJustified(2, u'0');
}

} // namespace rr
