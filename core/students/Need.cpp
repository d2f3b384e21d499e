#include "students/Need.h"

#include <QCoreApplication>
#include <array>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
struct NeedInfo {
    NeedCategory category;
    const char *key;
    const char16_t *chinese;
    const char *label;
};
constexpr std::array<NeedInfo, 13> kNeeds{{
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
}};
const NeedInfo &info(NeedCategory category)
{
    for (const NeedInfo &n : kNeeds)
        if (n.category == category)
            return n;
    return kNeeds.back();
}
} // namespace

bool isStandardCategory(NeedCategory category) { return certificateDigit(category) > 0; }

int certificateDigit(NeedCategory category)
{
    const int index = int(category);
    return index <= int(NeedCategory::Multiple) ? index + 1 : 0;
}

QString needKey(NeedCategory category) { return QString::fromLatin1(info(category).key); }

NeedCategory needFromKey(const QString &key)
{
    for (const NeedInfo &n : kNeeds)
        if (key == QLatin1String(n.key))
            return n.category;
    return NeedCategory::Other;
}

QString needChinese(NeedCategory category) { return QString::fromUtf16(info(category).chinese); }
QString needLabel(NeedCategory category) { return QCoreApplication::translate("rr::Needs", info(category).label); }

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
    for (const NeedInfo &n : kNeeds)
        list.append(n.category);
    return list;
}

} // namespace rr
