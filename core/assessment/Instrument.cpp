#include "assessment/Instrument.h"

#include "common/EnumLabels.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr EnumLabels<Instrument, 8> kInstruments{"rr::Assessment", {{
    {Instrument::Wisc4, "wisc4", u"韦氏儿童智力量表第四版中文版", QT_TRANSLATE_NOOP("rr::Assessment", "WISC-IV (Chinese edition)")},
    {Instrument::Crt, "crt", u"联合型瑞文测验", QT_TRANSLATE_NOOP("rr::Assessment", "Combined Raven's Test (CRT)")},
    {Instrument::SocialLife, "sm", u"婴儿-初中学生社会生活能力量表", QT_TRANSLATE_NOOP("rr::Assessment", "Social life abilities scale (S-M)")},
    {Instrument::AdaptiveBehaviour, "adaptive", u"儿童适应行为评定量表", QT_TRANSLATE_NOOP("rr::Assessment", "Adaptive behaviour scale")},
    {Instrument::SensoryIntegration, "sensory", u"儿童感觉统合能力发展评定量表", QT_TRANSLATE_NOOP("rr::Assessment", "Sensory integration rating scale")},
    {Instrument::Articulation, "articulation", u"构音评估", QT_TRANSLATE_NOOP("rr::Assessment", "Articulation assessment")},
    {Instrument::Academic, "academic", u"学业测试", QT_TRANSLATE_NOOP("rr::Assessment", "Academic test")},
    {Instrument::Custom, "custom", u"自定义", QT_TRANSLATE_NOOP("rr::Assessment", "Other assessment")},
}}};

AssessmentField number(const QString &key, const QString &chinese, double min, double max, bool required)
{
    return {key, chinese, true, min, max, required};
}
} // namespace

QList<Instrument> allInstruments()
{
    QList<Instrument> list;
    for (const auto &entry : kInstruments.entries())
        list.append(entry.value);
    return list;
}

QString instrumentKey(Instrument i) { return kInstruments.key(i); }
bool instrumentFromKey(const QString &key, Instrument *i) { return kInstruments.fromKey(key, i); }
QString instrumentChinese(Instrument i) { return kInstruments.chinese(i); }
QString instrumentLabel(Instrument i) { return kInstruments.label(i); }

QList<AssessmentField> instrumentFields(Instrument instrument)
{
    switch (instrument) {
    case Instrument::Wisc4:
        // Composite scores: mean 100, SD 15, reported from 40 to 160.
        return {number(u"fsiq"_s, u"总智商"_s, 40, 160, true), number(u"vci"_s, u"言语理解"_s, 40, 160, false),
                number(u"pri"_s, u"知觉推理"_s, 40, 160, false), number(u"wmi"_s, u"工作记忆"_s, 40, 160, false),
                number(u"psi"_s, u"加工速度"_s, 40, 160, false)};
    case Instrument::Crt:
        // 72 items; the IQ table reaches below 25 for the most impaired.
        return {number(u"raw"_s, u"原始分"_s, 0, 72, false), number(u"percentile"_s, u"百分位"_s, 0, 100, false),
                number(u"iq"_s, u"智商"_s, 0, 160, true)};
    case Instrument::SocialLife:
        // 132 items; the standard score runs from ≤5 (极重度) to ≥13 (非常优秀).
        return {number(u"raw"_s, u"粗分"_s, 0, 132, false), number(u"standard"_s, u"标准分"_s, 1, 15, true)};
    case Instrument::AdaptiveBehaviour:
        return {number(u"adq"_s, u"适应能力商数（ADQ）"_s, 0, 160, true)};
    case Instrument::SensoryIntegration:
        // T scores; 学习能力 applies from school age, 大年龄 from about 10.
        return {number(u"vestibular"_s, u"前庭失衡"_s, 0, 100, true), number(u"tactile"_s, u"触觉防御"_s, 0, 100, true),
                number(u"proprioception"_s, u"本体感失调"_s, 0, 100, true),
                number(u"learning"_s, u"学习能力发展不足"_s, 0, 100, false),
                number(u"older"_s, u"大年龄特殊问题"_s, 0, 100, false)};
    case Instrument::Articulation:
        return {number(u"correct"_s, u"声母正确数"_s, 0, 21, true), number(u"substitution"_s, u"替代"_s, 0, 21, false),
                number(u"distortion"_s, u"歪曲"_s, 0, 21, false), number(u"omission"_s, u"省略"_s, 0, 21, false),
                number(u"intelligibility"_s, u"言语清晰度（%）"_s, 0, 100, false)};
    case Instrument::Academic:
        return {{u"subject"_s, u"科目"_s, false, 0, 0, true}, number(u"score"_s, u"得分"_s, 0, 1000, true),
                number(u"full_marks"_s, u"满分"_s, 1, 1000, true)};
    case Instrument::Custom:
        return {};
    }
    return {};
}

bool isIntelligenceInstrument(Instrument i) { return i == Instrument::Wisc4 || i == Instrument::Crt; }
bool isAdaptiveInstrument(Instrument i) { return i == Instrument::SocialLife || i == Instrument::AdaptiveBehaviour; }

} // namespace rr
