#include "goalbank/FillObjective.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace rr {

namespace {
// Words that make a criterion sound measured without measuring anything.
const QStringList &vagueWords()
{
    static const QStringList words{u"一些"_s, u"一点"_s, u"有所"_s, u"较好"_s, u"较多"_s, u"较少"_s, u"基本"_s,
                                   u"明显"_s, u"适当"_s, u"尽量"_s, u"逐步"_s, u"一定"_s, u"良好"_s, u"进步"_s,
                                   u"提高"_s, u"改善"_s, u"差不多"_s, u"大概"_s, u"偶尔"_s};
    return words;
}

// Words that name an observable level without a digit: the prompt levels and
// "all / every time".
const QStringList &measurableWords()
{
    static const QStringList words{u"独立"_s, u"口头提示"_s, u"视觉提示"_s, u"示范"_s, u"肢体辅助"_s,
                                   u"完全辅助"_s, u"全部"_s, u"所有"_s, u"每次"_s, u"每天"_s, u"每节课"_s};
    return words;
}

bool hasDigit(const QString &text)
{
    for (const QChar c : text)
        if (c.isDigit())   // also full-width ０–９
            return true;
    return false;
}

bool hasChineseNumeral(const QString &text)
{
    static const QString numerals = u"一二两三四五六七八九十百千半"_s;
    for (const QChar c : text)
        if (numerals.contains(c))
            return true;
    return false;
}
} // namespace

bool isMeasurableCriterion(const QString &criterion)
{
    const QString text = criterion.trimmed();
    if (text.isEmpty() || text.contains(u'{') || text.contains(u'}'))
        return false;
    if (hasDigit(text))
        return true;
    for (const QString &word : vagueWords())
        if (text.contains(word))
            return false;
    if (hasChineseNumeral(text))
        return true;
    for (const QString &word : measurableWords())
        if (text.contains(word))
            return true;
    return false;
}

Result<QString> fillObjective(const BankGoal &goal, const QString &criterion)
{
    const QString placeholder = QString::fromUtf16(kCriterionPlaceholder);
    if (goal.objectiveTemplate.count(placeholder) != 1)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::GoalBank", "This objective has no place for a criterion; edit it by hand."));
    if (criterion.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::GoalBank", "Enter the criterion for this child, for example 80% or 3 times."));
    if (!isMeasurableCriterion(criterion))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::GoalBank", "\"%1\" cannot be measured; give a number (80%, 3 times, 5 minutes) or a prompt level.")
                             .arg(criterion.trimmed()));
    QString objective = goal.objectiveTemplate;
    objective.replace(placeholder, criterion.trimmed());
    return objective;
}

} // namespace rr
