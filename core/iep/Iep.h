#pragma once
// The IEP (个别化教育计划): one per student and semester, written by a team.
// Plain records; IepRepository stores them, IepStatus holds the workflow.
#include "iep/IepStatus.h"
#include "iep/IepVocabulary.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace rr {

struct IepTeamMember {
    TeamRole role = TeamRole::ResourceTeacher;
    QString name;
    bool operator==(const IepTeamMember &) const = default;
};

struct PresentLevel {          // 现有能力水平, per domain
    GoalDomain domain = GoalDomain::Cognition;
    QString text;
    bool operator==(const PresentLevel &) const = default;
};

// A short-term objective (短期目标): behaviour, condition, criterion, deadline.
struct IepObjective {
    qint64 id = 0;             // 0 for a new objective; kept across revisions
    QString behaviour;         // 行为
    QString condition;         // 条件, e.g. 借助实物
    QString criterion;         // 标准, e.g. 正确率80%以上
    QDate deadline;
    QString methods;           // 评量方式 letters, e.g. "OT"
    QString responsible;
    QDate start;
    QDate end;
    MeasurementScale scale = MeasurementScale::Accuracy;
    Direction direction = Direction::Increase;
    std::optional<double> goalValue;
    // End-of-semester evaluation, written only by recordEvaluation().
    ProgressMark result = ProgressMark::None;
    Achievement achievement = Achievement::None;
    QString resultComment;
    std::optional<int> gasLevel;   // −2 … +2
    bool operator==(const IepObjective &) const = default;
};

struct IepGoal {               // 长期目标
    qint64 id = 0;
    GoalDomain domain = GoalDomain::Cognition;
    QString longTerm;
    QList<IepObjective> objectives;
    bool operator==(const IepGoal &) const = default;
};

struct IepService {
    ServiceType type = ServiceType::IndividualTraining;
    int minutesPerWeek = 0;
    QString provider;
    qint64 roomId = 0;         // 0 for none
    bool operator==(const IepService &) const = default;
};

struct IepAccommodation {
    AccommodationKind kind = AccommodationKind::Classroom;
    QString text;
    bool operator==(const IepAccommodation &) const = default;
};

// What the team writes: saved whole while a draft, revised once active.
struct IepContent {
    QDate meetingDate;
    QString meetingMinutes;    // 研讨记录
    QList<QDate> reviewDates;  // 定期评估
    QList<IepTeamMember> team;
    QList<PresentLevel> presentLevels;
    QList<IepGoal> goals;
    QList<IepService> services;
    QList<IepAccommodation> accommodations;
    bool operator==(const IepContent &) const = default;
};

struct Iep {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 semesterId = 0;
    IepStatus status = IepStatus::Draft;
    qint64 createdFromIepId = 0;
    IepContent content;
    bool operator==(const Iep &) const = default;
};

// An entry of the revision history; `previous` is the content it replaced.
struct IepRevision {
    qint64 id = 0;
    qint64 iepId = 0;
    QDate date;
    QString reason;
    QString author;
    IepContent previous;
    bool operator==(const IepRevision &) const = default;
};

// The end-of-semester evaluation of one objective.
struct ObjectiveEvaluation {
    qint64 objectiveId = 0;
    ProgressMark result = ProgressMark::None;
    Achievement achievement = Achievement::None;
    QString comment;
    std::optional<int> gasLevel;
    bool operator==(const ObjectiveEvaluation &) const = default;
};

// Everything that still keeps a draft from taking effect, one translated line
// each (all of them, not the first); empty when it may be activated. Besides
// measurable objectives, 生效 needs the meeting date, a team member who is
// not the author, a present level for every domain that has a goal, and a
// service with minutes per week. `author` is who writes the plan (the
// current user); empty when unknown, and then any member counts.
QStringList activationProblems(const IepContent &content, const QString &author = {});

} // namespace rr
