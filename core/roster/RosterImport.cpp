#include "roster/RosterImport.h"

#include "common/Clock.h"
#include "common/LenientDate.h"
#include "roster/RosterValues.h"
#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/CertificateCheck.h"
#include "students/PersonName.h"
#include "students/ReviewFlagRepository.h"
#include "students/StudentRepository.h"

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

ImportRow readRow(const QStringList &cells, const QList<RosterField> &mapping, int line)
{
    ImportRow row;
    row.line = line;
    row.cells = cells;
    QHash<RosterField, QString> v;
    for (int c = 0; c < mapping.size() && c < cells.size(); ++c)
        if (mapping.at(c) != RosterField::Ignore)
            v.insert(mapping.at(c), cells.at(c).trimmed());
    Student &s = row.student;
    QStringList &problems = row.problems;
    auto warn = [&row](ReviewKind kind, const QString &message) { row.warnings.append(ImportWarning{kind, message}); };

    s.name = normalisePersonName(v.value(RosterField::Name));
    if (s.name.isEmpty())
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
        problems << QCoreApplication::translate("rr::Roster", "The birth date \"%1\" is not a possible date.").arg(birthText);
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
        problems << QCoreApplication::translate("rr::Roster", "The gender \"%1\" is not 男 or 女.").arg(genderText);
    } else if (isValidCitizenId(s.idNumber)) {
        s.gender = citizenIdGender(s.idNumber);
    }

    if (v.contains(RosterField::GradeAndClass) && !v.value(RosterField::GradeAndClass).isEmpty()) {
        if (!parseGradeAndClass(v.value(RosterField::GradeAndClass), &s.grade, &s.className))
            problems << QCoreApplication::translate("rr::Roster", "The class \"%1\" is not understood.").arg(v.value(RosterField::GradeAndClass));
    }
    if (!v.value(RosterField::Grade).isEmpty()) {
        s.grade = parseGrade(v.value(RosterField::Grade));
        if (s.grade == 0)
            problems << QCoreApplication::translate("rr::Roster", "The grade \"%1\" is not understood.").arg(v.value(RosterField::Grade));
    }
    if (!v.value(RosterField::ClassName).isEmpty())
        s.className = normaliseClassName(v.value(RosterField::ClassName));

    QStringList unknown;
    s.needs = parseNeeds(v.value(RosterField::Category), v.value(RosterField::DisabilityGrade), &unknown);
    for (const QString &part : std::as_const(unknown))
        problems << QCoreApplication::translate("rr::Roster", "The need \"%1\" is not a known category.").arg(part);
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
        problems << QCoreApplication::translate("rr::Roster", "The placement \"%1\" is not understood.").arg(placementText);
    row.headTeacherName = normalisePersonName(v.value(RosterField::HeadTeacher));
    const QString guardian = normalisePersonName(v.value(RosterField::GuardianName));
    const QString phone = v.value(RosterField::Phone);
    if (!phone.isEmpty() && !isPlausiblePhone(phone))
        warn(ReviewKind::Phone,
             QCoreApplication::translate("rr::Roster", "The phone number \"%1\" does not look like a mobile (11 digits from 13) or a landline number.")
                 .arg(phone));
    if (!guardian.isEmpty() || !phone.isEmpty())
        s.guardians.append(Guardian{guardian, v.value(RosterField::GuardianRelation), phone,
                                    v.value(RosterField::Address), true});
    s.notes = v.value(RosterField::Notes);
    s.medicalHistory = v.value(RosterField::MedicalHistory);
    if (!problems.isEmpty())
        row.status = ImportRowStatus::Invalid;
    else if (!row.warnings.isEmpty())
        row.status = ImportRowStatus::Flagged;
    return row;
}

} // namespace

QStringList ImportRow::warningTexts() const
{
    QStringList texts;
    for (const ImportWarning &w : warnings)
        texts.append(w.message);
    return texts;
}

int ImportPreview::readyCount() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const ImportRow &r) { return r.importable(); }));
}

int ImportPreview::countOf(ImportRowStatus status) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [status](const ImportRow &r) { return r.status == status; }));
}

int ImportPreview::warningCount() const
{
    int count = 0;
    for (const ImportRow &row : rows)
        count += row.importable() ? int(row.warnings.size()) : 0;
    return count;
}

void correctTableCell(TableData &table, int tableRow, int column, const QString &text)
{
    if (tableRow < 0 || tableRow >= table.rows.size() || column < 0)
        return;
    QStringList &cells = table.rows[tableRow];
    while (cells.size() <= column)
        cells.append(QString());
    cells[column] = text;
}

Result<ImportPreview> buildImportPreview(const std::shared_ptr<Database> &db, const TableData &table,
                                         QList<RosterField> mapping)
{
    const int headerRow = findHeaderRow(table.rows);
    if (headerRow < 0)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Roster", "No header row was found: the first rows should name the columns (姓名, 性别, 出生日期 …)."));
    ImportPreview preview;
    preview.encoding = table.encoding;
    preview.headers = table.rows.at(headerRow);
    preview.mapping = mapping.isEmpty() ? guessColumnMapping(preview.headers) : mapping;
    if (!preview.mapping.contains(RosterField::Name))
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Roster", "No column holds the students' names (姓名)."));

    // The students on file, loaded once: each row is a hash lookup.
    const auto known = StudentRepository::duplicateIndex(*db);
    if (!known)
        return known.error();
    const DuplicateIndex &onFile = *known;
    // Rows of this file that will be imported; a skipped row is nobody's original.
    DuplicateIndex inFile;
    for (int r = headerRow + 1; r < table.rows.size(); ++r) {
        ImportRow row = readRow(table.rows.at(r), preview.mapping, r + 1);
        row.tableRow = r;
        if (row.importable()) {
            const Student &s = row.student;
            const QString idNumber = s.idNumber;
            if (const auto earlier = inFile.find(s)) {
                const bool sameId = !idNumber.isEmpty() && inFile.byIdNumber.contains(idNumber);
                row.problems << (sameId ? QCoreApplication::translate("rr::Roster", "Same ID number as row %1 of this file.").arg(*earlier)
                                        : QCoreApplication::translate("rr::Roster", "Same name and birth date as row %1 of this file.").arg(*earlier));
                row.status = ImportRowStatus::Invalid;
            } else if (onFile.find(s)) {
                row.problems << QCoreApplication::translate("rr::Roster", "Already on file; skipped.");
                row.status = ImportRowStatus::Duplicate;
            } else {
                inFile.insert(row.line, s);
            }
        }
        preview.rows.append(row);
    }
    return preview;
}

Result<ImportOutcome> commitImport(const std::shared_ptr<Database> &db, const ImportPreview &preview, const Clock &clock,
                                   const ImportProgress &progress)
{
    ImportOutcome outcome;
    const auto staff = StaffRepository(db).all();
    if (!staff)
        return staff.error();
    QHash<QString, qint64> staffByName;
    for (const StaffMember &m : *staff)
        staffByName.insert(m.name, m.id);
    const QDate today = clock.today();
    const int total = int(preview.rows.size());
    auto done = db->write({u"roster.import"_s, u"%1 rows"_s.arg(total)}, [&](Transaction &tx) -> Result<void> {
        // Loaded inside the transaction: the file may have been imported
        // since the preview; rows added here join the index.
        auto onFile = StudentRepository::duplicateIndex(tx);
        if (!onFile)
            return onFile.error();
        DuplicateIndex &known = *onFile;
        for (int i = 0; i < total; ++i) {
            const ImportRow &row = preview.rows.at(i);
            if (!row.importable() || known.find(row.student)) {
                ++outcome.skipped;
            } else {
                Student s = row.student;
                if (!row.headTeacherName.isEmpty()) {
                    // The head teacher is staff (班主任) and leads the row's class.
                    if (!staffByName.contains(row.headTeacherName)) {
                        auto id = StaffRepository::add(tx, StaffMember::withRole(row.headTeacherName, StaffRole::HeadTeacher));
                        if (!id)
                            return id.error();
                        staffByName.insert(row.headTeacherName, *id);
                        ++outcome.staffAdded;
                    }
                    s.headTeacherId = staffByName.value(row.headTeacherName);
                    if (s.grade > 0 || !s.className.isEmpty())
                        if (auto led = StaffRepository::addLedClass(tx, s.headTeacherId, classText(s.grade, s.className)); !led)
                            return led.error();
                }
                auto id = StudentRepository::add(tx, s);
                if (!id)
                    return makeError(id.error().code, QCoreApplication::translate("rr::Roster", "Row %1: %2").arg(row.line).arg(id.error().message));
                known.insert(*id, s);
                const QString source = preview.source.isEmpty()
                    ? QCoreApplication::translate("rr::Roster", "Roster import, row %1").arg(row.line)
                    : QCoreApplication::translate("rr::Roster", "Roster import: %1, row %2").arg(preview.source).arg(row.line);
                for (const ImportWarning &warning : row.warnings) {
                    auto flag = ReviewFlagRepository::add(tx, ReviewFlag{0, *id, warning.kind, warning.message, source, today, {}, {}});
                    if (!flag)
                        return flag.error();
                }
                ++outcome.imported;
                outcome.flagged += row.warnings.isEmpty() ? 0 : 1;
                outcome.importedLines.insert(row.line);
            }
            if (progress && !progress(i + 1, total))
                return makeError(ErrorCode::Cancelled, QCoreApplication::translate("rr::Roster", "The import was cancelled; nothing was imported."));
        }
        return {};
    });
    if (!done) {
        if (done.error().code == ErrorCode::Cancelled)
            return done.error();
        return makeError(done.error().code,
                         QCoreApplication::translate("rr::Roster", "The import was not saved, and nothing was written to the data file: %1")
                             .arg(done.error().message));
    }
    return outcome;
}

} // namespace rr
