#pragma once
// A room's rules (管理制度) as data. Every rule is printed on the room's
// poster; the ones a program can hold to account carry a kind and a parameter
// and are enforced where they can be broken (timetable, sessions, records).
#include "rooms/Room.h"

#include <QList>
#include <QString>

namespace rr {

enum class RuleKind {
    TextOnly,        // printed, not checked (e.g. 保持室内整洁)
    TeacherLeads,    // 训练需在老师指导下进行: a session needs an instructor
    RecordDue,       // 使用后填写记录: a record within `parameter` days of each use
    NoLending,       // 室内用品不得带离该室: equipment kept here is not lent out
    MaxStudents,     // at most `parameter` students at once
    NoLeavingAlone,  // 学生不得随意外出: a student leaves only handed over to someone
};

struct RoomRule {
    qint64 id = 0;
    qint64 roomId = 0;
    int position = 0;          // order on the poster
    QString text;              // the rule's words, as printed
    RuleKind kind = RuleKind::TextOnly;
    int parameter = 0;         // days for RecordDue, students for MaxStudents
    bool operator==(const RoomRule &) const = default;
};

QList<RuleKind> allRuleKinds();
QString ruleKindKey(RuleKind kind);
RuleKind ruleKindFromKey(const QString &key);   // unknown → TextOnly
QString ruleKindLabel(RuleKind kind);           // translated
bool ruleKindHasParameter(RuleKind kind);       // RecordDue (days), MaxStudents (students)

// The printed words of a MaxStudents rule: 每次在室内训练的学生不超过N人。
QString maxStudentsRuleText(int students);

// The shipped rules of seed 000 for a room type (roomId 0, positions 1…),
// ending with a MaxStudents rule at the type's typical group size.
QList<RoomRule> defaultRoomRules(RoomType type);
// The same for one room: roomId set, MaxStudents taken from its capacity.
QList<RoomRule> defaultRoomRules(const Room &room);

} // namespace rr
