#pragma once
// The IEP domains as resource rooms use them: the six developmental areas
// (motor split into gross and fine) and the academic subjects.
#include <QList>
#include <QString>

namespace rr {

enum class GoalDomain {
    Cognition,           // 认知
    Communication,       // 语言与沟通
    GrossMotor,          // 感知觉与运动（粗大）
    FineMotor,           // 感知觉与运动（精细）
    SelfCare,            // 生活自理
    Social,              // 社会交往
    EmotionBehaviour,    // 情绪与行为
    ChineseLanguage,     // 语文
    Mathematics,         // 数学
};

QList<GoalDomain> allGoalDomains();
QString goalDomainKey(GoalDomain domain);
bool goalDomainFromKey(const QString &key, GoalDomain *domain);
QString goalDomainChinese(GoalDomain domain);
QString goalDomainLabel(GoalDomain domain);

} // namespace rr
