#include "family/FamilyContact.h"

#include "common/EnumLabels.h"

namespace rr {

namespace {

constexpr EnumLabels<ContactKind, 6> kKinds{"rr::Family", {{
    {ContactKind::HomeVisit, "home_visit", u"家访", QT_TRANSLATE_NOOP("rr::Family", "Home visit")},
    {ContactKind::Phone, "phone", u"电话", QT_TRANSLATE_NOOP("rr::Family", "Phone call")},
    {ContactKind::ParentMeeting, "parent_meeting", u"家长会", QT_TRANSLATE_NOOP("rr::Family", "Parent meeting")},
    {ContactKind::TrainingGuidance, "training_guidance", u"家庭训练指导", QT_TRANSLATE_NOOP("rr::Family", "Home training guidance")},
    {ContactKind::ParentTraining, "parent_training", u"家长培训", QT_TRANSLATE_NOOP("rr::Family", "Parent training")},
    {ContactKind::Message, "message", u"微信/短信", QT_TRANSLATE_NOOP("rr::Family", "WeChat or text message")},
}}};

} // namespace

QList<ContactKind> allContactKinds()
{
    QList<ContactKind> kinds;
    for (const auto &entry : kKinds.entries())
        kinds << entry.value;
    return kinds;
}

QString contactKindKey(ContactKind kind) { return kKinds.key(kind); }
bool contactKindFromKey(const QString &key, ContactKind *kind) { return kKinds.fromKey(key, kind); }
QString contactKindChinese(ContactKind kind) { return kKinds.chinese(kind); }
QString contactKindLabel(ContactKind kind) { return kKinds.label(kind); }

} // namespace rr
