#pragma once
// The roster's columns and the Chinese headers teachers give them. The import
// guesses a mapping from the header row; the user can correct it.
#include "common/FieldLimits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace rr {

enum class RosterField {
    Ignore,
    Name, Gender, BirthDate, Ethnicity, IdNumber, Grade, ClassName, GradeAndClass,
    Category, DisabilityGrade, CertificateNumber, Placement, HeadTeacher,
    GuardianName, GuardianRelation, Phone, Address, Notes, MedicalHistory,
    GuardianEducation, GuardianOccupation,
};

QList<RosterField> allRosterFields();
QString rosterFieldChinese(RosterField field);   // the header written on export
QString rosterFieldLabel(RosterField field);     // translated, for the mapping editor
// The length limit of a column's cells, as read (an ID number may still hold
// spaces there; the stored record has its own limits).
FieldKind rosterFieldKind(RosterField field);

// One field per column; a field used twice keeps only its first column.
QList<RosterField> guessColumnMapping(const QStringList &headers);
// The header row: the first of the first rows that names at least two fields.
int findHeaderRow(const QList<QStringList> &rows);

} // namespace rr
