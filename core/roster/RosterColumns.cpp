#include "roster/RosterColumns.h"

#include <QCoreApplication>
#include <QSet>
#include <array>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
struct FieldInfo {
    RosterField field;
    const char16_t *chinese;
    const char *label;
    const char16_t *synonyms;   // |-separated, compared after removing spaces
};
constexpr std::array<FieldInfo, 21> kFields{{
    {RosterField::Name, u"姓名", QT_TRANSLATE_NOOP("rr::Roster", "Name"), u"姓名|学生姓名|名字|学生"},
    {RosterField::Gender, u"性别", QT_TRANSLATE_NOOP("rr::Roster", "Gender"), u"性别"},
    {RosterField::BirthDate, u"出生日期", QT_TRANSLATE_NOOP("rr::Roster", "Birth date"), u"出生日期|出生年月|出生年月日|生日"},
    {RosterField::Ethnicity, u"民族", QT_TRANSLATE_NOOP("rr::Roster", "Ethnicity"), u"民族"},
    {RosterField::IdNumber, u"身份证号", QT_TRANSLATE_NOOP("rr::Roster", "ID number"), u"身份证号|身份证号码|身份证|公民身份号码|证件号码"},
    {RosterField::Grade, u"年级", QT_TRANSLATE_NOOP("rr::Roster", "Grade"), u"年级|就读年级"},
    {RosterField::ClassName, u"班级", QT_TRANSLATE_NOOP("rr::Roster", "Class"), u"班级|班别|班"},
    {RosterField::GradeAndClass, u"年级班级", QT_TRANSLATE_NOOP("rr::Roster", "Grade and class"), u"年级班级|所在班级|就读班级|年级及班级"},
    {RosterField::Category, u"残疾类别", QT_TRANSLATE_NOOP("rr::Roster", "Disability or need"), u"残疾类别|残疾类型|障碍类型|障碍类别|类别|特殊需要类型|残疾类别及等级"},
    {RosterField::DisabilityGrade, u"残疾等级", QT_TRANSLATE_NOOP("rr::Roster", "Disability grade"), u"残疾等级|等级|残疾程度|程度"},
    {RosterField::CertificateNumber, u"残疾证号", QT_TRANSLATE_NOOP("rr::Roster", "Certificate number"), u"残疾证号|残疾人证号|残疾证号码|残疾人证号码"},
    {RosterField::Placement, u"安置方式", QT_TRANSLATE_NOOP("rr::Roster", "Placement"), u"安置方式|安置形式|就读方式"},
    {RosterField::HeadTeacher, u"班主任", QT_TRANSLATE_NOOP("rr::Roster", "Head teacher"), u"班主任|班主任姓名"},
    {RosterField::GuardianName, u"家长姓名", QT_TRANSLATE_NOOP("rr::Roster", "Guardian"), u"家长姓名|监护人|监护人姓名|家长"},
    {RosterField::GuardianRelation, u"与学生关系", QT_TRANSLATE_NOOP("rr::Roster", "Relation"), u"与学生关系|关系|监护人关系"},
    {RosterField::Phone, u"联系电话", QT_TRANSLATE_NOOP("rr::Roster", "Phone"), u"联系电话|电话|手机|家长电话|联系方式|手机号码"},
    {RosterField::Address, u"家庭住址", QT_TRANSLATE_NOOP("rr::Roster", "Address"), u"家庭住址|住址|家庭地址|地址|现住址"},
    {RosterField::GuardianEducation, u"家长文化程度", QT_TRANSLATE_NOOP("rr::Roster", "Guardian's education"),
     u"家长文化程度|监护人文化程度|文化程度|学历|家长学历"},
    {RosterField::GuardianOccupation, u"家长工作单位及职业", QT_TRANSLATE_NOOP("rr::Roster", "Guardian's employer and occupation"),
     u"家长工作单位及职业|工作单位及职业|工作单位|职业|家长职业|监护人职业|家长工作单位"},
    {RosterField::Notes, u"备注", QT_TRANSLATE_NOOP("rr::Roster", "Notes"), u"备注|说明"},
    {RosterField::MedicalHistory, u"医疗史", QT_TRANSLATE_NOOP("rr::Roster", "Medical history"), u"医疗史|病史|医学诊断|诊断"},
}};

const FieldInfo *info(RosterField field)
{
    for (const FieldInfo &f : kFields)
        if (f.field == field)
            return &f;
    return nullptr;
}

QString normalised(const QString &header)
{
    QString text = header.normalized(QString::NormalizationForm_KC);
    text.remove(QLatin1Char(' ')).remove(QLatin1Char('*')).remove(u'：').remove(QLatin1Char(':'));
    return text.trimmed();
}

RosterField fieldForHeader(const QString &header)
{
    const QString key = normalised(header);
    if (key.isEmpty())
        return RosterField::Ignore;
    for (const FieldInfo &f : kFields)
        if (QString::fromUtf16(f.synonyms).split(u'|').contains(key))
            return f.field;
    return RosterField::Ignore;
}
} // namespace

QList<RosterField> allRosterFields()
{
    QList<RosterField> fields{RosterField::Ignore};
    for (const FieldInfo &f : kFields)
        fields.append(f.field);
    return fields;
}

QString rosterFieldChinese(RosterField field)
{
    const FieldInfo *f = info(field);
    return f ? QString::fromUtf16(f->chinese) : u"（不导入）"_s;
}

QString rosterFieldLabel(RosterField field)
{
    const FieldInfo *f = info(field);
    return f ? QCoreApplication::translate("rr::Roster", f->label)
             : QCoreApplication::translate("rr::Roster", "(do not import)");
}

FieldKind rosterFieldKind(RosterField field)
{
    switch (field) {
    case RosterField::Name:
    case RosterField::HeadTeacher:
    case RosterField::GuardianName: return FieldKind::PersonName;
    case RosterField::ClassName:
    case RosterField::GradeAndClass: return FieldKind::ClassName;
    case RosterField::Phone: return FieldKind::Phone;
    case RosterField::Category:
    case RosterField::GuardianOccupation:
    case RosterField::Address: return FieldKind::Address;
    case RosterField::Notes:
    case RosterField::MedicalHistory: return FieldKind::LongText;
    case RosterField::Ignore:
    case RosterField::Gender:
    case RosterField::BirthDate:
    case RosterField::Ethnicity:
    case RosterField::IdNumber:
    case RosterField::Grade:
    case RosterField::DisabilityGrade:
    case RosterField::CertificateNumber:
    case RosterField::Placement:
    case RosterField::GuardianEducation:
    case RosterField::GuardianRelation: return FieldKind::ShortText;
    }
    return FieldKind::ShortText;
}

QList<RosterField> guessColumnMapping(const QStringList &headers)
{
    QList<RosterField> mapping;
    QSet<RosterField> used;
    for (const QString &header : headers) {
        RosterField field = fieldForHeader(header);
        if (used.contains(field))
            field = RosterField::Ignore;
        if (field != RosterField::Ignore)
            used.insert(field);
        mapping.append(field);
    }
    return mapping;
}

int findHeaderRow(const QList<QStringList> &rows)
{
    for (int i = 0; i < qMin<int>(int(rows.size()), 6); ++i) {
        int known = 0;
        for (RosterField field : guessColumnMapping(rows.at(i)))
            known += field != RosterField::Ignore ? 1 : 0;
        if (known >= 2)
            return i;
    }
    return -1;
}

} // namespace rr
