#pragma once
// The assessment instruments resource rooms use, shipped in code: each
// defines its result fields (key, Chinese label, range). Results are stored
// as named fields so a new instrument needs no migration.
#include <QList>
#include <QString>

namespace rr {

enum class Instrument {
    Wisc4,                // 韦氏儿童智力量表第四版中文版
    Crt,                  // 联合型瑞文测验
    SocialLife,           // 婴儿-初中学生社会生活能力量表 (S-M)
    AdaptiveBehaviour,    // 儿童适应行为评定量表
    SensoryIntegration,   // 儿童感觉统合能力发展评定量表
    Articulation,         // 构音评估
    Academic,             // 学业测试
    Custom,               // 自定义: free fields, no ranges
};

struct AssessmentField {
    QString key;
    QString chinese;
    bool numeric = true;
    double minimum = 0.0;
    double maximum = 0.0;
    bool required = false;
    bool operator==(const AssessmentField &) const = default;
};

QList<Instrument> allInstruments();
QString instrumentKey(Instrument instrument);
bool instrumentFromKey(const QString &key, Instrument *instrument);
QString instrumentChinese(Instrument instrument);
QString instrumentLabel(Instrument instrument);      // translated

// Empty for Custom, whose fields the teacher names.
QList<AssessmentField> instrumentFields(Instrument instrument);

// Which archive item an assessment report belongs to.
bool isIntelligenceInstrument(Instrument instrument);    // WISC, CRT
bool isAdaptiveInstrument(Instrument instrument);        // S-M, 适应行为

} // namespace rr
