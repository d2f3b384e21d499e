#include "common/SortKey.h"

#include <QCollator>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <optional>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The first date in the text, with its time if one follows, as a number.
std::optional<qint64> dateKey(const QString &text)
{
    static const QRegularExpression date(
        u"^\\s*(\\d{4})(?:年|-|/|\\.)(\\d{1,2})(?:月|-|/|\\.)(\\d{1,2})日?(?:\\s+(\\d{1,2}):(\\d{2}))?"_s);
    const auto m = date.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate d(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    const int minutes = m.captured(4).isEmpty() ? 0 : m.captured(4).toInt() * 60 + m.captured(5).toInt();
    return d.toJulianDay() * 24 * 60 + minutes;
}

// A number that is the whole cell, bar a unit or percent sign after it.
std::optional<double> numberKey(const QString &text)
{
    static const QRegularExpression number(u"^\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*(%|[^\\d\\s]{0,4})\\s*$"_s);
    const auto m = number.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double value = m.captured(1).toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

template <typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

int compareCellTexts(const QString &left, const QString &right)
{
    const bool leftEmpty = left.trimmed().isEmpty() || left == u"—"_s;
    const bool rightEmpty = right.trimmed().isEmpty() || right == u"—"_s;
    if (leftEmpty || rightEmpty)
        return threeWay(leftEmpty, rightEmpty);
    if (const auto a = dateKey(left), b = dateKey(right); a && b)
        return threeWay(*a, *b);
    if (const auto a = numberKey(left), b = numberKey(right); a && b)
        return threeWay(*a, *b);
    QCollator collator;   // the default locale: pinyin order in Chinese
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator.compare(left, right);
}

int compareCellValues(const QVariant &left, const QVariant &right)
{
    const int lt = left.typeId();
    const int rt = right.typeId();
    if (lt == rt) {
        switch (lt) {
        case QMetaType::QDate: return threeWay(left.toDate(), right.toDate());
        case QMetaType::QDateTime: return threeWay(left.toDateTime(), right.toDateTime());
        case QMetaType::QTime: return threeWay(left.toTime(), right.toTime());
        case QMetaType::Int: case QMetaType::LongLong: case QMetaType::UInt: case QMetaType::ULongLong:
        case QMetaType::Double: case QMetaType::Float: case QMetaType::Bool:
            return threeWay(left.toDouble(), right.toDouble());
        default: break;
        }
    }
    return compareCellTexts(left.toString(), right.toString());
}

} // namespace rr
