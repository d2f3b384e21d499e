#pragma once
// The LRC status workflow (随班就读认定): 家长申请 → 学校意见 → 上报中心 →
// 中心确认 / 不予确认, and later 撤销. Pure rules here; LrcRepository stores.
// 不予确认 and 撤销 are weighty: they carry a reason and the 经办人. A step
// recorded by mistake is never edited: a correction entry voids it (it stays
// in the history, marked 已更正) and the state is computed without it.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class LrcStep { Applied, SchoolOpinion, Reported, Confirmed, NotConfirmed, Revoked };

// Where a student stands: no step yet, or the last step taken.
enum class LrcState { None, Applied, SchoolOpinion, Reported, Confirmed, NotConfirmed, Revoked };

// The correction entry that voided a step: why, who, when.
struct LrcCorrection {
    qint64 id = 0;        // 0 while the step stands
    QString reason;
    QString by;
    QDate on;
    bool operator==(const LrcCorrection &) const = default;
};

struct LrcEvent {
    qint64 id = 0;
    qint64 studentId = 0;
    LrcStep step = LrcStep::Applied;
    QDate date;
    QString actor;        // 经办人: who handled the step (the parent, the principal, the centre)
    QString note;
    qint64 attachmentId = 0;
    QString reason;       // why: required for 不予确认 and 撤销
    LrcCorrection correction;
    bool operator==(const LrcEvent &) const = default;
    bool isVoid() const { return correction.id > 0; }
};

LrcState stateAfter(LrcStep step);
// The state after the steps that stand (voided steps are skipped); history oldest first.
LrcState stateOf(const QList<LrcEvent> &history);
QList<LrcEvent> standingSteps(const QList<LrcEvent> &history);
// Whether the standing steps, replayed from the start, are a legal walk.
bool isLegalWalk(const QList<LrcEvent> &history);
// 不予确认 and 撤销 need a reason and the 经办人.
bool needsReason(LrcStep step);
QList<LrcStep> allowedSteps(LrcState state);
bool isAllowed(LrcState state, LrcStep step);
// Awaiting the report to the centre (the 1 October deadline applies).
bool awaitsReport(LrcState state);

QString lrcStepKey(LrcStep step);
bool lrcStepFromKey(const QString &key, LrcStep *step);
// A key, the Chinese (不予确认) or the translated label, as the CLI takes it.
bool lrcStepFromText(const QString &text, LrcStep *step);
QString lrcStepChinese(LrcStep step);      // 家长申请 …
QString lrcStepLabel(LrcStep step);        // translated
QString lrcStateChinese(LrcState state);   // 未申请, 已申请, 待上报 … 已确认
QString lrcStateLabel(LrcState state);

} // namespace rr
