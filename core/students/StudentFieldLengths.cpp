#include "students/StudentFieldLengths.h"

#include "common/FieldLimits.h"

#include <QCoreApplication>

namespace rr {

QStringList studentFieldLengthProblems(const Student &s)
{
    QStringList problems = fieldLengthProblems({
        {QT_TRANSLATE_NOOP("rr::Fields", "Name"), s.name, FieldKind::PersonName},
        {QT_TRANSLATE_NOOP("rr::Fields", "Ethnicity"), s.ethnicity, FieldKind::ShortText},
        {QT_TRANSLATE_NOOP("rr::Fields", "ID number"), s.idNumber, FieldKind::IdNumber},
        {QT_TRANSLATE_NOOP("rr::Fields", "Class"), s.className, FieldKind::ClassName},
        {QT_TRANSLATE_NOOP("rr::Fields", "Certificate number"), s.certificateNumber, FieldKind::CertificateNumber},
        {QT_TRANSLATE_NOOP("rr::Fields", "Family situation"), s.familySituation, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Growth history"), s.growthHistory, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Treatment and education history"), s.treatmentHistory, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Medical history"), s.medicalHistory, FieldKind::LongText},
        {QT_TRANSLATE_NOOP("rr::Fields", "Notes"), s.notes, FieldKind::LongText},
    });
    for (const Need &need : s.needs)
        problems += fieldLengthProblems({{QT_TRANSLATE_NOOP("rr::Fields", "Note on a need"), need.note, FieldKind::Address}});
    for (const Guardian &g : s.guardians)
        problems += fieldLengthProblems({
            {QT_TRANSLATE_NOOP("rr::Fields", "Guardian's name"), g.name, FieldKind::PersonName},
            {QT_TRANSLATE_NOOP("rr::Fields", "Relation"), g.relation, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Phone"), g.phone, FieldKind::Phone},
            {QT_TRANSLATE_NOOP("rr::Fields", "Address"), g.address, FieldKind::Address},
            {QT_TRANSLATE_NOOP("rr::Fields", "Education"), g.education, FieldKind::ShortText},
            {QT_TRANSLATE_NOOP("rr::Fields", "Employer and occupation"), g.occupation, FieldKind::Address},
        });
    problems.removeDuplicates();
    return problems;
}

} // namespace rr
