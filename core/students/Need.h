#pragma once
// A student's special educational need: either a GB/T 26341-2010 disability
// category with its grade (一级 most severe … 四级 mildest), or a need type
// outside that standard (no grade).
#include <QList>
#include <QString>

namespace rr {

enum class NeedCategory {
    // GB/T 26341 categories, in the order of the certificate digit 1–7.
    Vision, Hearing, Speech, Physical, Intellectual, Mental, Multiple,
    // Outside the standard.
    Autism, Learning, Adhd, Emotional, Chronic, Other,
};

struct Need {
    NeedCategory category = NeedCategory::Other;
    int grade = 0;     // 1–4 for GB/T categories, 0 when not graded
    QString note;
    bool operator==(const Need &) const = default;
};

bool isStandardCategory(NeedCategory category);
int certificateDigit(NeedCategory category);           // 1–7, 0 outside the standard
QString needKey(NeedCategory category);
NeedCategory needFromKey(const QString &key);
QString needChinese(NeedCategory category);            // 听力残疾, 孤独症谱系障碍 …
QString needLabel(NeedCategory category);              // translated, for screens
QString gradeChinese(int grade);                       // 一级 … 四级
QString needTextChinese(const Need &need);             // 听力残疾三级
QList<NeedCategory> allNeedCategories();

} // namespace rr
