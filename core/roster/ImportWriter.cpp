#include "roster/ImportWriter.h"

#include "staff/StaffRepository.h"
#include "storage/Database.h"
#include "students/ReviewFlagRepository.h"
#include "students/StudentRepository.h"

#include <QCoreApplication>

namespace rr {

ImportWriter::ImportWriter(Transaction &tx, QHash<QString, qint64> staffByName, DuplicateIndex *known, QString source, QDate today)
    : m_tx(tx), m_staffByName(std::move(staffByName)), m_known(known), m_source(std::move(source)), m_today(today)
{
}

Result<QHash<QString, qint64>> ImportWriter::staffOnFile(const std::shared_ptr<Database> &db)
{
    const auto staff = StaffRepository(db).all();
    if (!staff)
        return staff.error();
    QHash<QString, qint64> byName;
    for (const StaffMember &m : *staff)
        byName.insert(m.name, m.id);
    return byName;
}

Error ImportWriter::notSaved(const Error &error)
{
    return makeError(error.code, QCoreApplication::translate("rr::Roster", "The import was not saved, and nothing was written to the data file: %1")
                                     .arg(error.message));
}

Result<bool> ImportWriter::write(const ImportRow &row)
{
    if (!row.importable() || (m_known && m_known->find(row.student))) {
        ++m_outcome.skipped;
        return false;
    }
    Student s = row.student;
    if (!row.headTeacherName.isEmpty()) {
        // The head teacher is staff (班主任) and leads the row's class.
        if (!m_staffByName.contains(row.headTeacherName)) {
            auto id = StaffRepository::add(m_tx, StaffMember::withRole(row.headTeacherName, StaffRole::HeadTeacher));
            if (!id)
                return id.error();
            m_staffByName.insert(row.headTeacherName, *id);
            ++m_outcome.staffAdded;
        }
        s.headTeacherId = m_staffByName.value(row.headTeacherName);
        if (s.grade > 0 || !s.className.isEmpty())
            if (auto led = StaffRepository::addLedClass(m_tx, s.headTeacherId, classText(s.grade, s.className)); !led)
                return led.error();
    }
    auto id = StudentRepository::add(m_tx, s);
    if (!id)
        return makeError(id.error().code, QCoreApplication::translate("rr::Roster", "Row %1: %2").arg(row.line).arg(id.error().message));
    if (m_known)
        m_known->insert(*id, s);
    const QString source = m_source.isEmpty()
        ? QCoreApplication::translate("rr::Roster", "Roster import, row %1").arg(row.line)
        : QCoreApplication::translate("rr::Roster", "Roster import: %1, row %2").arg(m_source).arg(row.line);
    for (const ImportWarning &warning : row.warnings) {
        auto flag = ReviewFlagRepository::add(m_tx, ReviewFlag{0, *id, warning.kind, warning.message, source, m_today, {}, {}});
        if (!flag)
            return flag.error();
    }
    ++m_outcome.imported;
    m_outcome.flagged += row.warnings.isEmpty() ? 0 : 1;
    m_outcome.importedLines.insert(row.line);
    return true;
}

} // namespace rr
