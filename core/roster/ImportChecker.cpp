#include "roster/ImportChecker.h"

#include "common/LenientDate.h"
#include "roster/RosterValues.h"
#include "students/CertificateCheck.h"
#include "students/PersonName.h"
#include "students/StudentFieldLengths.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QDate parseDateCell(const QString &text)
{
    QDate date = parseLenientDate(text);
    bool isNumber = false;
    const double serial = text.trimmed().toDouble(&isNumber);
    // A bare number that is no yyyyMMdd is an Excel day number.
    if (!date.isValid() && isNumber && serial < 100000)
        date = dateFromExcelSerial(serial);
    return date;
}

// A cell quoted in a problem: ID numbers masked (a misread file can put one
// in any column), long text shortened.
QString shown(const QString &cell)
{
    constexpr int kShown = 40;
    const QString masked = maskIdNumbersInText(cell);
    return masked.size() > kShown ? masked.left(kShown) + u'…' : masked;
}

ImportRow readRow(const QStringList &cells, const QList<RosterField> &mapping, int line)
{
    ImportRow row;
    row.line = line;
    row.cells = cells;
    QStringList &problems = row.problems;
    QHash<RosterField, QString> v;
    bool nameTooLong = false;
    for (int c = 0; c < mapping.size() && c < cells.size(); ++c) {
        const RosterField field = mapping.at(c);
        if (field == RosterField::Ignore)
            continue;
        const QString value = cells.at(c).trimmed();
        // Too long for its column: refused with the limit, and not read any
        // further (nor quoted in other problems).
        if (const FieldKind kind = rosterFieldKind(field);
            value.size() > maxFieldLength(kind) && fieldTextLength(value) > maxFieldLength(kind)) {
            problems << fieldTooLongMessage(rosterFieldLabel(field), kind);
            nameTooLong = nameTooLong || field == RosterField::Name;
            continue;
        }
        v.insert(field, value);
    }
    Student &s = row.student;
    auto warn = [&row](ReviewKind kind, const QString &message) { row.warnings.append(ImportWarning{kind, message}); };

    s.name = normalisePersonName(v.value(RosterField::Name));
    if (s.name.isEmpty() && !nameTooLong)
        problems << QCoreApplication::translate("rr::Roster", "The name is missing.");
    s.ethnicity = v.value(RosterField::Ethnicity);
    s.idNumber = v.value(RosterField::IdNumber).normalized(QString::NormalizationForm_KC).remove(u' ').toUpper();
    static const QRegularExpression scientific(u"^\\d(\\.\\d+)?E\\+\\d+$"_s);
    if (scientific.match(s.idNumber).hasMatch())
        problems << QCoreApplication::translate("rr::Roster", "The ID number was stored by Excel as a number and has lost digits; format the column as text.");
    else if (!s.idNumber.isEmpty() && !isValidCitizenId(s.idNumber))
        problems << QCoreApplication::translate("rr::Roster", "The ID number %1 is not valid (length, date or check digit).").arg(maskCitizenId(s.idNumber));

    const QString birthText = v.value(RosterField::BirthDate);
    s.birthDate = parseDateCell(birthText);
    if (!birthText.isEmpty() && !s.birthDate.isValid())
        problems << QCoreApplication::translate("rr::Roster", "The birth date \"%1\" is not a possible date.").arg(shown(birthText));
    if (isValidCitizenId(s.idNumber)) {
        if (!s.birthDate.isValid() && birthText.isEmpty())
            s.birthDate = citizenIdBirthDate(s.idNumber);
        else if (s.birthDate.isValid() && s.birthDate != citizenIdBirthDate(s.idNumber))
            problems << QCoreApplication::translate("rr::Roster", "The birth date does not agree with the ID number.");
    }
    const QString genderText = v.value(RosterField::Gender);
    if (const auto gender = parseGender(genderText)) {
        s.gender = *gender;
        // The file's own word is kept; the doubt goes to a person.
        if (isValidCitizenId(s.idNumber) && citizenIdGender(s.idNumber) != s.gender)
            warn(ReviewKind::GenderId,
                 QCoreApplication::translate("rr::Roster", "The sex %1 does not agree with the ID number (its 17th digit says %2).")
                     .arg(genderChinese(s.gender), genderChinese(citizenIdGender(s.idNumber))));
    } else if (!genderText.isEmpty()) {
        problems << QCoreApplication::translate("rr::Roster", "The gender \"%1\" is not 男 or 女.").arg(shown(genderText));
    } else if (isValidCitizenId(s.idNumber)) {
        s.gender = citizenIdGender(s.idNumber);
    }

    if (v.contains(RosterField::GradeAndClass) && !v.value(RosterField::GradeAndClass).isEmpty()) {
        if (!parseGradeAndClass(v.value(RosterField::GradeAndClass), &s.grade, &s.className))
            problems << QCoreApplication::translate("rr::Roster", "The class \"%1\" is not understood.").arg(shown(v.value(RosterField::GradeAndClass)));
    }
    if (!v.value(RosterField::Grade).isEmpty()) {
        s.grade = parseGrade(v.value(RosterField::Grade));
        if (s.grade == 0)
            problems << QCoreApplication::translate("rr::Roster", "The grade \"%1\" is not understood.").arg(shown(v.value(RosterField::Grade)));
    }
    if (!v.value(RosterField::ClassName).isEmpty())
        s.className = normaliseClassName(v.value(RosterField::ClassName));

    QStringList unknown;
    s.needs = parseNeeds(v.value(RosterField::Category), v.value(RosterField::DisabilityGrade), &unknown);
    for (const QString &part : std::as_const(unknown))
        problems << QCoreApplication::translate("rr::Roster", "The need \"%1\" is not a known category.").arg(shown(part));
    for (const Need &need : std::as_const(s.needs))
        if (isStandardCategory(need.category) && need.grade == 0)
            problems << QCoreApplication::translate("rr::Roster", "%1 needs a grade (一级 to 四级).").arg(needLabel(need.category));
    s.certificateNumber = v.value(RosterField::CertificateNumber).remove(u' ').toUpper();
    for (const QString &problem : certificateProblems(s))
        warn(ReviewKind::Certificate, problem);

    const QString placementText = v.value(RosterField::Placement);
    if (const auto placement = parsePlacement(placementText))
        s.placement = *placement;
    else
        problems << QCoreApplication::translate("rr::Roster", "The placement \"%1\" is not understood.").arg(shown(placementText));
    row.headTeacherName = normalisePersonName(v.value(RosterField::HeadTeacher));
    const QString guardian = normalisePersonName(v.value(RosterField::GuardianName));
    const QString phone = v.value(RosterField::Phone);
    if (!phone.isEmpty() && !isPlausiblePhone(phone))
        warn(ReviewKind::Phone,
             QCoreApplication::translate("rr::Roster", "The phone number \"%1\" does not look like a mobile (11 digits from 13) or a landline number.")
                 .arg(shown(phone)));
    if (!guardian.isEmpty() || !phone.isEmpty())
        s.guardians.append(Guardian{guardian, v.value(RosterField::GuardianRelation), phone,
                                    v.value(RosterField::Address), true, v.value(RosterField::GuardianEducation),
                                    v.value(RosterField::GuardianOccupation)});
    s.notes = v.value(RosterField::Notes);
    s.medicalHistory = v.value(RosterField::MedicalHistory);
    // What the record itself may hold (the ID number without its spaces …):
    // an importable row always passes StudentRepository::validate.
    if (problems.isEmpty())
        problems << studentFieldLengthProblems(s);
    if (!problems.isEmpty())
        row.status = ImportRowStatus::Invalid;
    else if (!row.warnings.isEmpty())
        row.status = ImportRowStatus::Flagged;
    return row;
}

} // namespace

ImportChecker::ImportChecker(DuplicateIndex onFile, QList<RosterField> mapping)
    : m_mapping(std::move(mapping)), m_onFile(std::move(onFile))
{
}

ImportRow ImportChecker::check(const QStringList &cells, int line, const QString &readError)
{
    if (!readError.isEmpty()) {
        ImportRow row;
        row.line = line;
        row.cells = cells;
        row.problems << readError;
        row.status = ImportRowStatus::Invalid;
        return row;
    }
    ImportRow row = readRow(cells, m_mapping, line);
    if (!row.importable())
        return row;
    const Student &s = row.student;
    if (const auto earlier = m_inFile.find(s)) {
        const bool sameId = !s.idNumber.isEmpty() && m_inFile.byIdNumber.contains(s.idNumber);
        row.problems << (sameId ? QCoreApplication::translate("rr::Roster", "Same ID number as row %1 of this file.").arg(*earlier)
                                : QCoreApplication::translate("rr::Roster", "Same name and birth date as row %1 of this file.").arg(*earlier));
        row.status = ImportRowStatus::Invalid;
    } else if (m_onFile.find(s)) {
        row.problems << QCoreApplication::translate("rr::Roster", "Already on file; skipped.");
        row.status = ImportRowStatus::Duplicate;
    } else {
        m_inFile.insert(row.line, s);
    }
    return row;
}

Error noHeaderRowError()
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("rr::Roster", "No header row was found: the first rows should name the columns (姓名, 性别, 出生日期 …)."));
}

Result<QList<RosterField>> importMapping(const QStringList &headers, QList<RosterField> mapping)
{
    if (mapping.isEmpty())
        mapping = guessColumnMapping(headers);
    if (!mapping.contains(RosterField::Name))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Roster", "No column holds the students' names (姓名)."));
    return mapping;
}

} // namespace rr
