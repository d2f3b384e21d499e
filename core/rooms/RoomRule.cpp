#include "rooms/RoomRule.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumLabels<RuleKind, 6> kKinds{"rr::RoomRules", {{
    {RuleKind::TeacherLeads, "teacher_leads", u"须在老师指导下进行", QT_TRANSLATE_NOOP("rr::RoomRules", "A teacher leads every session")},
    {RuleKind::RecordDue, "record_due", u"使用后须填写记录", QT_TRANSLATE_NOOP("rr::RoomRules", "A record is due after each use")},
    {RuleKind::NoLending, "no_lending", u"室内用品不得带离", QT_TRANSLATE_NOOP("rr::RoomRules", "Equipment kept here is not lent out")},
    {RuleKind::MaxStudents, "max_students", u"限定同时在室人数", QT_TRANSLATE_NOOP("rr::RoomRules", "At most so many students at once")},
    {RuleKind::NoLeavingAlone, "no_leaving_alone", u"学生不得随意外出", QT_TRANSLATE_NOOP("rr::RoomRules", "Students do not leave unaccompanied")},
    // Last: the fallback for unknown keys.
    {RuleKind::TextOnly, "text", u"仅张贴", QT_TRANSLATE_NOOP("rr::RoomRules", "Printed only")},
}}};

struct DefaultRule {
    const char16_t *text;
    RuleKind kind;
    int parameter;
};

// Days within which the record of a use is due where seed 000 asks for one
// without a number: the same school day is the intent, one day leaves room
// for a session in the last period.
constexpr int kRecordDays = 1;

// Typical number of students trained together in each kind of room; a real
// room uses its own capacity (defaultRoomRules(const Room &)).
int typicalStudents(RoomType type)
{
    switch (type) {
    case RoomType::ResourceRoom: return 8;
    case RoomType::SensoryIntegration: return 6;
    case RoomType::IndividualTraining: return 2;
    case RoomType::Rehabilitation: return 4;
    case RoomType::Equipment: return 6;
    case RoomType::Montessori: return 4;
    case RoomType::Other: return 6;
    }
    return 6;
}

QList<DefaultRule> seedRules(RoomType type)
{
    // The texts of seed 000 (各功能室管理制度), word for word; the checkable
    // ones carry their kind.
    switch (type) {
    case RoomType::ResourceRoom:
        return {
            {u"保持室内整洁，设施摆放有序。", RuleKind::TextOnly, 0},
            {u"训练需在老师指导下进行，并注意安全。", RuleKind::TeacherLeads, 0},
            {u"记录每次使用的教学用具和学生人数、姓名及相关信息。", RuleKind::RecordDue, kRecordDays},
            {u"室内禁止吸烟，禁止随地吐痰，禁止乱扔果皮纸屑，禁止在雨雪天把雨具带入室内。", RuleKind::TextOnly, 0},
            {u"按期检查活动教具使用情况，做好活动教具的保养、维修工作，杜绝安全隐患。", RuleKind::TextOnly, 0},
            {u"将使用过的教具、评估仪器等用完后，摆放在指定的地点或原处，为下一次使用提供便利。", RuleKind::TextOnly, 0},
            {u"科学与合理开展每一堂课，体现资源教室的特色课程建设。", RuleKind::TextOnly, 0},
            {u"外人未经允许不得进入资源教室，学生在资源教室上课、做康复训练时，不得随意外出。", RuleKind::NoLeavingAlone, 0},
        };
    case RoomType::Equipment:
        return {
            {u"进入室内请脱鞋，并整齐地摆放好鞋物。", RuleKind::TextOnly, 0},
            {u"有秩序地出入室内，讲文明，讲礼貌，不准拥挤，不得喧哗打闹。", RuleKind::TextOnly, 0},
            {u"器械训练须在老师指导下进行，安全地进行器械训练。", RuleKind::TeacherLeads, 0},
            {u"认真做好使用及学生训练情况记载。", RuleKind::RecordDue, kRecordDays},
            {u"保持室内卫生，不得吃零食、吸烟、随地吐痰、乱扔果皮纸屑。禁止在雨雪天把雨具带入室内。", RuleKind::TextOnly, 0},
            {u"经常检查活动器械使用情况，做好活动器械保养、维修工作，杜绝事故隐患。", RuleKind::TextOnly, 0},
        };
    case RoomType::SensoryIntegration:
        return {
            {u"进入室内请脱鞋，并整齐地摆放好鞋物。", RuleKind::TextOnly, 0},
            {u"有秩序地出入室内，讲文明，讲礼貌，不准拥挤，不得喧哗打闹。", RuleKind::TextOnly, 0},
            {u"有针对性地指导学生，安全地进行感统训练。", RuleKind::TeacherLeads, 0},
            {u"保持室内卫生，不得吃零食、吸烟、随地吐痰、乱扔果皮纸屑。", RuleKind::TextOnly, 0},
            {u"爱护室内的一切设施，不破坏、污损，如有损坏，照价赔偿。", RuleKind::TextOnly, 0},
            {u"注意安全，离开前自觉关锁门窗，切断电源。", RuleKind::TextOnly, 0},
            {u"节约用电，不开无人灯、无人电扇、无人空调。", RuleKind::TextOnly, 0},
        };
    case RoomType::IndividualTraining:
        return {
            {u"定期打扫整理，保持室内整洁、温馨。", RuleKind::TextOnly, 0},
            {u"有针对性地指导学生，科学地进行语言训练，要将听觉训练、语言训练和认知训练等相互结合。", RuleKind::TeacherLeads, 0},
            {u"使用后按要求填写操作记录。", RuleKind::RecordDue, kRecordDays},
            {u"注意安全，离开前自觉关锁门窗，切断电源。", RuleKind::TextOnly, 0},
            {u"爱护室内的一切设施和用品，室内所有益智玩具不得带离该室。", RuleKind::NoLending, 0},
        };
    case RoomType::Rehabilitation:
        return {
            {u"康复室保持整洁，定期打扫卫生。", RuleKind::TextOnly, 0},
            {u"遵守纪律，必须在老师指导下有秩序地进行器械训练。", RuleKind::TeacherLeads, 0},
            {u"爱护康复器械，学习正确使用。", RuleKind::TextOnly, 0},
            {u"室内禁止吸烟，禁止随地吐痰，禁止乱丢瓜皮果壳纸屑，禁止在雨雪天把雨具带入室内。", RuleKind::TextOnly, 0},
        };
    case RoomType::Montessori:
        // 顺应儿童…指导操作 describes how to guide, not that a teacher must be
        // present at every use, so it stays printed only.
        return {
            {u"定期打扫整理，保持室内整洁、温馨。", RuleKind::TextOnly, 0},
            {u"顺应儿童个体自然成长的规律指导操作，可引导，不强求、不施压、不包揽、不替代。", RuleKind::TextOnly, 0},
            {u"使用后按要求填写操作记录。", RuleKind::RecordDue, kRecordDays},
            {u"爱护室内的一切设施，不破坏、污损，如有损坏，照价赔偿。", RuleKind::TextOnly, 0},
            {u"节约用电，不开无人灯、无人电扇、无人空调。", RuleKind::TextOnly, 0},
        };
    case RoomType::Other:
        break;
    }
    return {
        {u"保持室内整洁，用后物品放回原处。", RuleKind::TextOnly, 0},
        {u"训练需在老师指导下进行，并注意安全。", RuleKind::TeacherLeads, 0},
        {u"使用后按要求填写使用记录。", RuleKind::RecordDue, kRecordDays},
        {u"学生在室内训练时不得随意外出。", RuleKind::NoLeavingAlone, 0},
    };
}
} // namespace

QList<RuleKind> allRuleKinds()
{
    return {RuleKind::TextOnly, RuleKind::TeacherLeads, RuleKind::RecordDue,
            RuleKind::NoLending, RuleKind::MaxStudents, RuleKind::NoLeavingAlone};
}

QString ruleKindKey(RuleKind kind) { return kKinds.key(kind); }
RuleKind ruleKindFromKey(const QString &key) { return kKinds.fromKey(key); }
QString ruleKindLabel(RuleKind kind) { return kKinds.label(kind); }

bool ruleKindHasParameter(RuleKind kind)
{
    return kind == RuleKind::RecordDue || kind == RuleKind::MaxStudents;
}

QString maxStudentsRuleText(int students)
{
    return u"每次在室内训练的学生不超过%1人。"_s.arg(students);
}

QList<RoomRule> defaultRoomRules(RoomType type)
{
    QList<RoomRule> rules;
    const QList<DefaultRule> seed = seedRules(type);
    for (const DefaultRule &rule : seed) {
        RoomRule r;
        r.position = int(rules.size()) + 1;
        r.text = QString::fromUtf16(rule.text);
        r.kind = rule.kind;
        r.parameter = rule.parameter;
        rules.append(r);
    }
    RoomRule limit;
    limit.position = int(rules.size()) + 1;
    limit.kind = RuleKind::MaxStudents;
    limit.parameter = typicalStudents(type);
    limit.text = maxStudentsRuleText(limit.parameter);
    rules.append(limit);
    return rules;
}

QList<RoomRule> defaultRoomRules(const Room &room)
{
    QList<RoomRule> rules = defaultRoomRules(room.type);
    for (RoomRule &rule : rules) {
        rule.roomId = room.id;
        if (rule.kind == RuleKind::MaxStudents) {
            rule.parameter = qMax(1, room.capacity);
            rule.text = maxStudentsRuleText(rule.parameter);
        }
    }
    return rules;
}

} // namespace rr
