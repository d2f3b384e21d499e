#pragma once
// The fixed vocabularies of the IEP form (个别化教育计划表): domains, team
// roles, services, accommodation kinds, evaluation methods (O/W/T/V/P),
// end-of-semester marks (P/C/D/S/E) and achievement. Each has a stable key
// stored in the data file, the Chinese printed on forms and a translated label.
#include "goalbank/GoalDomain.h"
#include "progress/DataPoint.h"
#include "progress/MeasurementScale.h"

#include <QList>
#include <QString>

namespace rr {

// Domains, measurement scales and directions are shared with the goal bank
// and the progress charts; these read stored keys with a safe default.
GoalDomain storedDomain(const QString &key);               // unknown → 认知
MeasurementScale storedScale(const QString &key);          // unknown → 正确率
Direction storedDirection(const QString &key);             // unknown → increase

enum class TeamRole { ItinerantTeacher, ResourceTeacher, Therapist, HeadTeacher, SubjectTeacher, Parent, Student, Other };
QList<TeamRole> allTeamRoles();
QString teamRoleKey(TeamRole role);
TeamRole teamRoleFromKey(const QString &key);
QString teamRoleChinese(TeamRole role);
QString teamRoleLabel(TeamRole role);

enum class ServiceType { IndividualTraining, Rehabilitation, SubjectTutoring, Counselling, SensoryTraining, SpeechTraining, Other };
QList<ServiceType> allServiceTypes();
QString serviceTypeKey(ServiceType type);
ServiceType serviceTypeFromKey(const QString &key);
QString serviceTypeChinese(ServiceType type);
QString serviceTypeLabel(ServiceType type);

enum class AccommodationKind { Classroom, Homework, Exam };   // 课堂 / 作业 / 考试
QString accommodationKindKey(AccommodationKind kind);
AccommodationKind accommodationKindFromKey(const QString &key);
QString accommodationKindChinese(AccommodationKind kind);
QString accommodationKindLabel(AccommodationKind kind);

// 评量方式: an objective may use several, stored as their letters ("OT").
enum class EvaluationMethod { Observation, Work, Test, Verbal, Performance };   // O W T V P
QList<EvaluationMethod> allEvaluationMethods();
QChar evaluationMethodLetter(EvaluationMethod method);
QString evaluationMethodChinese(EvaluationMethod method);   // 观察 …
QString evaluationMethodLabel(EvaluationMethod method);
bool isValidMethodLetters(const QString &letters);

// 进度标记 at the end of the semester; None until evaluated.
enum class ProgressMark { None, Pass, Continue, Drop, Simplify, Extend };   // P C D S E
QString progressMarkKey(ProgressMark mark);                  // "P" …, empty for None
ProgressMark progressMarkFromKey(const QString &key);
QString progressMarkChinese(ProgressMark mark);              // 通过 …
QString progressMarkLabel(ProgressMark mark);

enum class Achievement { None, Achieved, MostlyAchieved, NotAchieved };   // 达成 / 基本达成 / 未达成
QString achievementKey(Achievement a);                       // empty for None
Achievement achievementFromKey(const QString &key);
QString achievementChinese(Achievement a);
QString achievementLabel(Achievement a);

} // namespace rr
