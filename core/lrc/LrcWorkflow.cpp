#include "lrc/LrcWorkflow.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumLabels<LrcStep, 6> kSteps{"rr::Lrc", {{
    {LrcStep::Applied, "applied", u"家长申请", QT_TRANSLATE_NOOP("rr::Lrc", "Parent applied")},
    {LrcStep::SchoolOpinion, "school_opinion", u"学校意见", QT_TRANSLATE_NOOP("rr::Lrc", "School's opinion")},
    {LrcStep::Reported, "reported", u"上报中心", QT_TRANSLATE_NOOP("rr::Lrc", "Reported to the centre")},
    {LrcStep::Confirmed, "confirmed", u"中心确认", QT_TRANSLATE_NOOP("rr::Lrc", "Confirmed by the centre")},
    {LrcStep::NotConfirmed, "not_confirmed", u"不予确认", QT_TRANSLATE_NOOP("rr::Lrc", "Not confirmed")},
    {LrcStep::Revoked, "revoked", u"撤销", QT_TRANSLATE_NOOP("rr::Lrc", "Revocation")},
}}};
} // namespace

LrcState stateAfter(LrcStep step) { return LrcState(int(step) + 1); }

QList<LrcEvent> standingSteps(const QList<LrcEvent> &history)
{
    QList<LrcEvent> standing;
    for (const LrcEvent &e : history)
        if (!e.isVoid())
            standing.append(e);
    return standing;
}

LrcState stateOf(const QList<LrcEvent> &history)
{
    for (auto e = history.crbegin(); e != history.crend(); ++e)
        if (!e->isVoid())
            return stateAfter(e->step);
    return LrcState::None;
}

bool isLegalWalk(const QList<LrcEvent> &history)
{
    LrcState state = LrcState::None;
    for (const LrcEvent &e : history) {
        if (e.isVoid())
            continue;
        if (!isAllowed(state, e.step))
            return false;
        state = stateAfter(e.step);
    }
    return true;
}

bool needsReason(LrcStep step) { return step == LrcStep::NotConfirmed || step == LrcStep::Revoked; }

QList<LrcStep> allowedSteps(LrcState state)
{
    switch (state) {
    case LrcState::None:
    case LrcState::NotConfirmed:   // a family may apply again
    case LrcState::Revoked:
        return {LrcStep::Applied};
    case LrcState::Applied: return {LrcStep::SchoolOpinion};
    case LrcState::SchoolOpinion: return {LrcStep::Reported};
    case LrcState::Reported: return {LrcStep::Confirmed, LrcStep::NotConfirmed};
    case LrcState::Confirmed: return {LrcStep::Revoked};
    }
    return {};
}

bool isAllowed(LrcState state, LrcStep step) { return allowedSteps(state).contains(step); }

bool awaitsReport(LrcState state) { return state == LrcState::Applied || state == LrcState::SchoolOpinion; }

QString lrcStepKey(LrcStep step) { return kSteps.key(step); }

bool lrcStepFromKey(const QString &key, LrcStep *step) { return kSteps.fromKey(key, step); }

bool lrcStepFromText(const QString &text, LrcStep *step)
{
    if (kSteps.fromKey(text, step))
        return true;
    for (const auto &entry : kSteps.entries())
        if (text == QString::fromUtf16(entry.chinese) || text == kSteps.label(entry.value)) {
            *step = entry.value;
            return true;
        }
    return false;
}

QString lrcStepChinese(LrcStep step) { return kSteps.chinese(step); }
QString lrcStepLabel(LrcStep step) { return kSteps.label(step); }

QString lrcStateChinese(LrcState state)
{
    static const QString names[] = {u"未申请"_s, u"已申请"_s, u"待上报"_s, u"已上报"_s,
                                    u"已确认"_s, u"不予确认"_s, u"已撤销"_s};
    return names[int(state)];
}

QString lrcStateLabel(LrcState state)
{
    static const char *labels[] = {
        QT_TRANSLATE_NOOP("rr::Lrc", "Not applied"), QT_TRANSLATE_NOOP("rr::Lrc", "Applied"),
        QT_TRANSLATE_NOOP("rr::Lrc", "To be reported"), QT_TRANSLATE_NOOP("rr::Lrc", "Reported"),
        QT_TRANSLATE_NOOP("rr::Lrc", "Confirmed"), QT_TRANSLATE_NOOP("rr::Lrc", "Not confirmed"),
        QT_TRANSLATE_NOOP("rr::Lrc", "Revoked")};
    return QCoreApplication::translate("rr::Lrc", labels[int(state)]);
}

} // namespace rr
