#include "assessment/Interpretation.h"

#include "common/PercentText.h"

#include <QCoreApplication>
#include <cmath>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QString num(double v) { return QString::number(v, 'g', 6); }

bool has(const QVariantMap &r, const QString &key) { return r.contains(key) && !r.value(key).toString().isEmpty(); }

// Bands as ordered lower bounds: the first bound the value reaches wins.
struct Band {
    double from;
    const char16_t *name;
};
template <std::size_t N>
QString bandOf(double value, const Band (&bands)[N], const char16_t *below)
{
    for (const Band &b : bands)
        if (value >= b.from)
            return QString::fromUtf16(b.name);
    return QString::fromUtf16(below);
}

} // namespace

QString iqBand(double iq)
{
    // REFERENCE.md's CRT bands; WISC composites share the scale (mean 100, SD 15).
    static const Band bands[] = {{130, u"极优"}, {120, u"优秀"}, {110, u"中上"}, {90, u"中等"}, {80, u"中下"},
                                 {70, u"边缘"},  {55, u"轻度"},  {40, u"中度"},  {25, u"重度"}};
    return bandOf(iq, bands, u"极重");
}

QString smLevel(double s)
{
    static const Band bands[] = {{13, u"非常优秀"}, {12, u"优秀"}, {11, u"高常"}, {10, u"正常"},
                                 {9, u"边缘"},      {8, u"轻度"},  {7, u"中度"},  {6, u"重度"}};
    return bandOf(s, bands, u"极重度");
}

QString adqBand(double adq)
{
    // The manual writes > 130 and 115–129; 130 itself counts as 极强.
    static const Band bands[] = {{130, u"极强"}, {115, u"强"},  {85, u"正常"}, {70, u"边缘"},
                                 {55, u"轻度"},  {40, u"中度"}, {25, u"重度"}};
    return bandOf(adq, bands, u"极度");
}

QString sensoryDegree(double t)
{
    if (t > 40)
        return {};
    if (t >= 30)
        return u"轻度"_s;
    if (t >= 20)
        return u"中度"_s;
    return u"重度"_s;
}

QString speechGradeForIntelligibility(double p)
{
    if (p <= 10)
        return u"一级"_s;
    if (p <= 25)
        return u"二级"_s;
    if (p <= 45)
        return u"三级"_s;
    if (p <= 65)
        return u"四级"_s;
    return {};
}

Result<QVariantMap> checkResults(Instrument instrument, const QVariantMap &results)
{
    auto invalid = [](const QString &message) { return makeError(ErrorCode::InvalidInput, message); };
    QVariantMap clean;
    if (instrument == Instrument::Custom) {
        // Free fields: any name, a number where the value reads as one.
        for (auto it = results.cbegin(); it != results.cend(); ++it) {
            if (it.key().trimmed().isEmpty())
                return invalid(QCoreApplication::translate("rr::Assessment", "Every result needs a name."));
            bool isNumber = false;
            const double v = it.value().toString().trimmed().toDouble(&isNumber);
            clean.insert(it.key().trimmed(), isNumber ? QVariant(v) : QVariant(it.value().toString().trimmed()));
        }
        if (clean.isEmpty())
            return invalid(QCoreApplication::translate("rr::Assessment", "The assessment has no results."));
        return clean;
    }
    const QList<AssessmentField> fields = instrumentFields(instrument);
    for (auto it = results.cbegin(); it != results.cend(); ++it) {
        const bool known = std::any_of(fields.cbegin(), fields.cend(), [&](const AssessmentField &f) { return f.key == it.key(); });
        if (!known)
            return invalid(QCoreApplication::translate("rr::Assessment", "%1 has no result named \"%2\".")
                               .arg(instrumentLabel(instrument), it.key()));
    }
    for (const AssessmentField &f : fields) {
        const QString text = results.value(f.key).toString().trimmed();
        if (text.isEmpty()) {
            if (f.required)
                return invalid(QCoreApplication::translate("rr::Assessment", "The result \"%1\" is required.").arg(f.chinese));
            continue;
        }
        if (!f.numeric) {
            clean.insert(f.key, text);
            continue;
        }
        bool isNumber = false;
        const double v = text.toDouble(&isNumber);
        if (!isNumber || !std::isfinite(v))
            return invalid(QCoreApplication::translate("rr::Assessment", "The result \"%1\" must be a number.").arg(f.chinese));
        if (v < f.minimum || v > f.maximum)
            return invalid(QCoreApplication::translate("rr::Assessment", "The result \"%1\" must lie between %2 and %3.")
                               .arg(f.chinese, num(f.minimum), num(f.maximum)));
        clean.insert(f.key, v);
    }
    if (instrument == Instrument::Academic && clean.value(u"score"_s).toDouble() > clean.value(u"full_marks"_s).toDouble())
        return invalid(QCoreApplication::translate("rr::Assessment", "The score cannot exceed the full marks."));
    if (instrument == Instrument::Articulation) {
        double total = 0;
        for (const QString &k : {u"correct"_s, u"substitution"_s, u"distortion"_s, u"omission"_s})
            total += clean.value(k).toDouble();
        if (total > 21)
            return invalid(QCoreApplication::translate("rr::Assessment", "Correct and wrong initials together cannot exceed 21."));
    }
    return clean;
}

QString interpretResults(Instrument instrument, const QVariantMap &r)
{
    auto v = [&](const QString &key) { return r.value(key).toDouble(); };
    QStringList parts;
    switch (instrument) {
    case Instrument::Wisc4: {
        parts << u"总智商 %1（%2）"_s.arg(num(v(u"fsiq"_s)), iqBand(v(u"fsiq"_s)));
        QStringList indices;
        for (const AssessmentField &f : instrumentFields(instrument))
            if (f.key != u"fsiq"_s && has(r, f.key))
                indices << u"%1 %2"_s.arg(f.chinese, num(v(f.key)));
        if (!indices.isEmpty())
            parts << indices.join(u"，"_s);
        break;
    }
    case Instrument::Crt:
        parts << u"智商 %1（%2）"_s.arg(num(v(u"iq"_s)), iqBand(v(u"iq"_s)));
        if (has(r, u"raw"_s))
            parts << u"原始分 %1"_s.arg(num(v(u"raw"_s)));
        if (has(r, u"percentile"_s))
            parts << u"百分位 %1"_s.arg(num(v(u"percentile"_s)));
        break;
    case Instrument::SocialLife:
        parts << u"标准分 %1（%2）"_s.arg(num(v(u"standard"_s)), smLevel(v(u"standard"_s)));
        break;
    case Instrument::AdaptiveBehaviour:
        parts << u"适应能力商数 %1（%2）"_s.arg(num(v(u"adq"_s)), adqBand(v(u"adq"_s)));
        break;
    case Instrument::SensoryIntegration: {
        QStringList flagged;
        for (const AssessmentField &f : instrumentFields(instrument))
            if (has(r, f.key) && !sensoryDegree(v(f.key)).isEmpty())
                flagged << u"%1 T=%2（%3失调）"_s.arg(f.chinese, num(v(f.key)), sensoryDegree(v(f.key)));
        parts << (flagged.isEmpty() ? u"各分项 T 分均高于40，未见感觉统合失调"_s
                                    : u"感觉统合失调：%1"_s.arg(flagged.join(u"，"_s)));
        break;
    }
    case Instrument::Articulation: {
        const double correct = v(u"correct"_s);
        parts << u"21个声母正确 %1 个（%2）"_s.arg(num(correct), percentText(correct, 21));
        QStringList errors;
        for (const AssessmentField &f : instrumentFields(instrument))
            if (f.key != u"correct"_s && f.key != u"intelligibility"_s && v(f.key) > 0)
                errors << u"%1 %2"_s.arg(f.chinese, num(v(f.key)));
        if (!errors.isEmpty())
            parts << u"错误类型：%1"_s.arg(errors.join(u"、"_s));
        if (has(r, u"intelligibility"_s)) {
            const QString grade = speechGradeForIntelligibility(v(u"intelligibility"_s));
            parts << (grade.isEmpty() ? u"言语清晰度 %1%"_s.arg(num(v(u"intelligibility"_s)))
                                      : u"言语清晰度 %1%（相当于言语残疾%2的清晰度范围）"_s.arg(num(v(u"intelligibility"_s)), grade));
        }
        break;
    }
    case Instrument::Academic: {
        const double full = v(u"full_marks"_s);
        parts << u"%1 %2/%3（得分率 %4）"_s.arg(r.value(u"subject"_s).toString(), num(v(u"score"_s)), num(full),
                                             full > 0 ? percentText(v(u"score"_s), full) : u"0.0%"_s);
        break;
    }
    case Instrument::Custom:
        for (auto it = r.cbegin(); it != r.cend(); ++it)
            parts << u"%1：%2"_s.arg(it.key(), it.value().typeId() == QMetaType::Double ? num(it.value().toDouble())
                                                                                        : it.value().toString());
        break;
    }
    return parts.join(u"；"_s);
}

QString resultBand(Instrument instrument, const QVariantMap &r)
{
    auto v = [&](const QString &key) { return r.value(key).toDouble(); };
    switch (instrument) {
    case Instrument::Wisc4: return has(r, u"fsiq"_s) ? iqBand(v(u"fsiq"_s)) : QString();
    case Instrument::Crt: return has(r, u"iq"_s) ? iqBand(v(u"iq"_s)) : QString();
    case Instrument::SocialLife: return has(r, u"standard"_s) ? smLevel(v(u"standard"_s)) : QString();
    case Instrument::AdaptiveBehaviour: return has(r, u"adq"_s) ? adqBand(v(u"adq"_s)) : QString();
    case Instrument::SensoryIntegration: {
        QStringList flagged;
        for (const AssessmentField &f : instrumentFields(instrument))
            if (has(r, f.key) && !sensoryDegree(v(f.key)).isEmpty())
                flagged << f.chinese + sensoryDegree(v(f.key));
        return flagged.isEmpty() ? u"未见失调"_s : flagged.join(u"、"_s);
    }
    case Instrument::Articulation:
        if (!has(r, u"intelligibility"_s) || speechGradeForIntelligibility(v(u"intelligibility"_s)).isEmpty())
            return {};
        return u"清晰度相当于言语残疾%1"_s.arg(speechGradeForIntelligibility(v(u"intelligibility"_s)));
    case Instrument::Academic: {
        const double full = v(u"full_marks"_s);
        return full > 0 && has(r, u"score"_s) ? u"得分率 "_s + percentText(v(u"score"_s), full) : QString();
    }
    case Instrument::Custom: return {};
    }
    return {};
}

QString resultValuesText(Instrument instrument, const QVariantMap &r)
{
    auto text = [](const QVariant &value) {
        const int type = value.typeId();
        const bool number = type == QMetaType::Double || type == QMetaType::LongLong || type == QMetaType::Int;
        return number ? num(value.toDouble()) : value.toString();
    };
    QStringList parts;
    if (instrument == Instrument::Custom) {
        for (auto it = r.cbegin(); it != r.cend(); ++it)
            parts << u"%1 %2"_s.arg(it.key(), text(it.value()));
    } else {
        const QString percent = u"（%）"_s;
        for (const AssessmentField &f : instrumentFields(instrument)) {
            if (!has(r, f.key))
                continue;
            // 言语清晰度（%） 65 reads as 言语清晰度 65%.
            if (f.chinese.endsWith(percent))
                parts << u"%1 %2%"_s.arg(f.chinese.chopped(percent.size()), text(r.value(f.key)));
            else
                parts << u"%1 %2"_s.arg(f.chinese, text(r.value(f.key)));
        }
    }
    return parts.join(u"，"_s);
}

} // namespace rr
