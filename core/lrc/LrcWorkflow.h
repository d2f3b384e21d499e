#pragma once
// The LRC status workflow (随班就读认定): 家长申请 → 学校意见 → 上报中心 →
// 中心确认 / 不予确认, and later 撤销. Pure rules here; LrcRepository stores.
#include <QDate>
#include <QList>
#include <QString>

namespace rr {

enum class LrcStep { Applied, SchoolOpinion, Reported, Confirmed, NotConfirmed, Revoked };

// Where a student stands: no step yet, or the last step taken.
enum class LrcState { None, Applied, SchoolOpinion, Reported, Confirmed, NotConfirmed, Revoked };

struct LrcEvent {
    qint64 id = 0;
    qint64 studentId = 0;
    LrcStep step = LrcStep::Applied;
    QDate date;
    QString actor;        // who: the parent, the principal, the centre
    QString note;
    qint64 attachmentId = 0;
    bool operator==(const LrcEvent &) const = default;
};

LrcState stateAfter(LrcStep step);
LrcState stateOf(const QList<LrcEvent> &history);     // history oldest first
QList<LrcStep> allowedSteps(LrcState state);
bool isAllowed(LrcState state, LrcStep step);
// Awaiting the report to the centre (the 1 October deadline applies).
bool awaitsReport(LrcState state);

QString lrcStepKey(LrcStep step);
bool lrcStepFromKey(const QString &key, LrcStep *step);
QString lrcStepChinese(LrcStep step);      // 家长申请 …
QString lrcStepLabel(LrcStep step);        // translated
QString lrcStateChinese(LrcState state);   // 未申请, 已申请, 待上报 … 已确认
QString lrcStateLabel(LrcState state);

} // namespace rr
