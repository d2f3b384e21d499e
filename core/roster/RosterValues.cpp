#include "roster/RosterValues.h"

#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
QString clean(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

int chineseDigit(QChar c)
{
    static const QString digits = u"零一二三四五六七八九"_s;
    const int index = int(digits.indexOf(c));
    return index >= 0 ? index : (c.isDigit() ? c.digitValue() : -1);
}
} // namespace

std::optional<Gender> parseGender(const QString &raw)
{
    const QString text = clean(raw).toLower();
    if (text == u"男"_s || text == u"m"_s || text == u"male"_s || text == u"男性"_s)
        return Gender::Male;
    if (text == u"女"_s || text == u"f"_s || text == u"female"_s || text == u"女性"_s)
        return Gender::Female;
    return std::nullopt;
}

int parseGrade(const QString &raw)
{
    QString text = clean(raw);
    text.remove(u"年级"_s).remove(u"年"_s);
    static const QHash<QString, int> named{{u"初一"_s, 7}, {u"初二"_s, 8}, {u"初三"_s, 9},
                                           {u"高一"_s, 10}, {u"高二"_s, 11}, {u"高三"_s, 12}};
    if (named.contains(text))
        return named.value(text);
    if (text == u"十"_s)
        return 0;
    bool isNumber = false;
    const int number = text.toInt(&isNumber);
    if (isNumber)
        return number >= 1 && number <= 12 ? number : 0;
    if (text.size() == 1) {
        const int digit = chineseDigit(text.at(0));
        return digit >= 1 && digit <= 9 ? digit : 0;
    }
    return 0;
}

QString normaliseClassName(const QString &raw)
{
    QString text = clean(raw);
    text.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    if (text.isEmpty())
        return {};
    if (!text.endsWith(u'班'))
        text += u'班';
    return text;
}

bool parseGradeAndClass(const QString &raw, int *grade, QString *className)
{
    static const QRegularExpression pattern(u"^(初[一二三]|高[一二三]|[一二三四五六七八九]|\\d{1,2})\\s*(?:年级|年)?\\s*\\(?(\\d{1,2})\\)?\\s*班?$"_s);
    const auto match = pattern.match(clean(raw));
    if (!match.hasMatch())
        return false;
    *grade = parseGrade(match.captured(1));
    *className = normaliseClassName(match.captured(2));
    return *grade > 0;
}

int parseDisabilityGrade(const QString &raw)
{
    QString text = clean(raw);
    text.remove(u'级');
    if (text.size() != 1)
        return 0;
    const int digit = chineseDigit(text.at(0));
    return digit >= 1 && digit <= 4 ? digit : 0;
}

std::optional<NeedCategory> parseNeedCategory(const QString &raw)
{
    const QString text = clean(raw);
    if (text.isEmpty())
        return std::nullopt;
    // Order matters: the specific names come before their substrings.
    static const QList<QPair<QString, NeedCategory>> keywords{
        {u"多重"_s, NeedCategory::Multiple},  {u"孤独症"_s, NeedCategory::Autism},  {u"自闭症"_s, NeedCategory::Autism},
        {u"多动"_s, NeedCategory::Adhd},      {u"注意缺陷"_s, NeedCategory::Adhd},  {u"学习障碍"_s, NeedCategory::Learning},
        {u"学习困难"_s, NeedCategory::Learning}, {u"情绪"_s, NeedCategory::Emotional}, {u"行为"_s, NeedCategory::Emotional},
        {u"慢性病"_s, NeedCategory::Chronic},  {u"病"_s, NeedCategory::Chronic},     {u"视力"_s, NeedCategory::Vision},
        {u"低视"_s, NeedCategory::Vision},    {u"盲"_s, NeedCategory::Vision},     {u"听力"_s, NeedCategory::Hearing},
        {u"聋"_s, NeedCategory::Hearing},     {u"言语"_s, NeedCategory::Speech},   {u"语言"_s, NeedCategory::Speech},
        {u"肢体"_s, NeedCategory::Physical},  {u"智力"_s, NeedCategory::Intellectual}, {u"智障"_s, NeedCategory::Intellectual},
        {u"精神"_s, NeedCategory::Mental},    {u"其他"_s, NeedCategory::Other},
    };
    for (const auto &[keyword, category] : keywords)
        if (text.contains(keyword))
            return category;
    for (NeedCategory category : allNeedCategories())
        if (text.compare(needKey(category), Qt::CaseInsensitive) == 0)
            return category;
    return std::nullopt;
}

QList<Need> parseNeeds(const QString &categories, const QString &gradeText, QStringList *unknown)
{
    QList<Need> needs;
    static const QRegularExpression separators(u"[、,，;；/]+"_s);
    static const QRegularExpression embeddedGrade(u"([一二三四1-4])级"_s);
    const QStringList parts = clean(categories).split(separators, Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const auto category = parseNeedCategory(part);
        if (!category) {
            if (unknown)
                unknown->append(part.trimmed());
            continue;
        }
        Need need{*category, 0, {}};
        if (isStandardCategory(*category)) {
            const auto match = embeddedGrade.match(part);
            need.grade = match.hasMatch() ? parseDisabilityGrade(match.captured(1)) : 0;
            if (need.grade == 0 && parts.size() == 1)
                need.grade = parseDisabilityGrade(gradeText);
        }
        needs.append(need);
    }
    return needs;
}

std::optional<Placement> parsePlacement(const QString &raw)
{
    const QString text = clean(raw);
    if (text.isEmpty() || text.contains(u"随班"_s))
        return Placement::RegularClass;
    if (text.contains(u"特教班"_s) || text.contains(u"特殊教育班"_s))
        return Placement::SpecialClass;
    if (text.contains(u"送教"_s))
        return Placement::HomeDelivery;
    return std::nullopt;
}

bool isPlausiblePhone(const QString &raw)
{
    static const QRegularExpression separators(u"[/、,，;；]+"_s);
    static const QRegularExpression decoration(u"[\\s\\-()（）]"_s);
    static const QRegularExpression extension(u"(转|分机|ext\\.?|x)\\d{1,5}$"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mobile(u"^(\\+?86)?1[3-9]\\d{9}$"_s);
    static const QRegularExpression landline(u"^(\\+?86)?(0\\d{2,3})?[2-9]\\d{6,7}$"_s);
    const QStringList numbers = clean(raw).split(separators, Qt::SkipEmptyParts);
    if (numbers.isEmpty())
        return false;
    for (QString number : numbers) {
        number.remove(decoration).remove(extension);
        if (!mobile.match(number).hasMatch() && !landline.match(number).hasMatch())
            return false;
    }
    return true;
}

} // namespace rr
