#include "students/Need.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumLabels<NeedCategory, 13> kNeeds{"rr::Needs", {{
    {NeedCategory::Vision, "vision", u"视力残疾", QT_TRANSLATE_NOOP("rr::Needs", "Visual impairment")},
    {NeedCategory::Hearing, "hearing", u"听力残疾", QT_TRANSLATE_NOOP("rr::Needs", "Hearing impairment")},
    {NeedCategory::Speech, "speech", u"言语残疾", QT_TRANSLATE_NOOP("rr::Needs", "Speech impairment")},
    {NeedCategory::Physical, "physical", u"肢体残疾", QT_TRANSLATE_NOOP("rr::Needs", "Physical disability")},
    {NeedCategory::Intellectual, "intellectual", u"智力残疾", QT_TRANSLATE_NOOP("rr::Needs", "Intellectual disability")},
    {NeedCategory::Mental, "mental", u"精神残疾", QT_TRANSLATE_NOOP("rr::Needs", "Mental disability")},
    {NeedCategory::Multiple, "multiple", u"多重残疾", QT_TRANSLATE_NOOP("rr::Needs", "Multiple disabilities")},
    {NeedCategory::Autism, "autism", u"孤独症谱系障碍", QT_TRANSLATE_NOOP("rr::Needs", "Autism spectrum disorder")},
    {NeedCategory::Learning, "learning", u"学习障碍", QT_TRANSLATE_NOOP("rr::Needs", "Learning disability")},
    {NeedCategory::Adhd, "adhd", u"注意缺陷多动障碍", QT_TRANSLATE_NOOP("rr::Needs", "ADHD")},
    {NeedCategory::Emotional, "emotional", u"情绪与行为障碍", QT_TRANSLATE_NOOP("rr::Needs", "Emotional and behavioural disorder")},
    {NeedCategory::Chronic, "chronic", u"慢性病", QT_TRANSLATE_NOOP("rr::Needs", "Chronic illness")},
    {NeedCategory::Other, "other", u"其他", QT_TRANSLATE_NOOP("rr::Needs", "Other need")},
}}};
} // namespace

bool isStandardCategory(NeedCategory category) { return certificateDigit(category) > 0; }

int certificateDigit(NeedCategory category)
{
    const int index = int(category);
    return index <= int(NeedCategory::Multiple) ? index + 1 : 0;
}

QString needKey(NeedCategory category) { return kNeeds.key(category); }

NeedCategory needFromKey(const QString &key) { return kNeeds.fromKey(key); }

QString needChinese(NeedCategory category) { return kNeeds.chinese(category); }
QString needLabel(NeedCategory category) { return kNeeds.label(category); }

QString gradeChinese(int grade)
{
    static const QString names[] = {u"一级"_s, u"二级"_s, u"三级"_s, u"四级"_s};
    return grade >= 1 && grade <= 4 ? names[grade - 1] : QString();
}

QString needTextChinese(const Need &need)
{
    return needChinese(need.category) + (isStandardCategory(need.category) ? gradeChinese(need.grade) : QString());
}

QList<NeedCategory> allNeedCategories()
{
    QList<NeedCategory> list;
    for (const auto &n : kNeeds.entries())
        list.append(n.value);
    return list;
}

} // namespace rr
