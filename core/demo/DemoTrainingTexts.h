#pragma once
// What the demo's training records say, per training topic: content by
// lesson, methods, equipment, the student's performance, results, problems
// and next steps, in the words a resource teacher writes. Each list is
// walked through lesson by lesson, so records vary without being random.
#include <QList>
#include <QStringList>

namespace rr {

enum class DemoTopic {
    ZhangCognition, ZhangMaths, LiSocial, SensoryGroup, WangReading, ChenListening, ChenSpeech, LiuAttention,
    MaimaitiSpeech, AyiguliVisual, ZhaoWriting, ZhaoRehab, ZhouEmotion, ZhouCounselling, WuHome, WuRehab,
    HuangMaths, YangSafety,
};

struct DemoTopicTexts {
    QStringList contents;            // lesson by lesson
    QStringList methods;
    QList<QStringList> equipment;
    QStringList performances;
    QStringList results;
    QStringList problems;            // an empty entry: nothing to note that time
    QStringList nextSteps;
};

const DemoTopicTexts &demoTopicTexts(DemoTopic topic);

// Entry `lesson` of `list`, walking round it; empty for an empty list.
QString demoPick(const QStringList &list, int lesson);

} // namespace rr
