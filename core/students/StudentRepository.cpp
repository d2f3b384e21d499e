#include "students/StudentRepository.h"

#include "security/StudentScope.h"
#include "storage/Database.h"
#include "students/PersonName.h"
#include "students/StudentFieldLengths.h"
#include "students/StudentPhoto.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

SqlParams rowParams(const Student &s)
{
    return {{":name", normalisePersonName(s.name)}, {":gender", nullIfEmpty(genderKey(s.gender))}, {":birth", isoDate(s.birthDate)},
         {":eth", nullIfEmpty(s.ethnicity)}, {":idn", nullIfEmpty(s.idNumber.toUpper())},
         {":grade", s.grade > 0 ? QVariant(s.grade) : QVariant()}, {":class", nullIfEmpty(s.className)},
         {":head", s.headTeacherId > 0 ? QVariant(s.headTeacherId) : QVariant()}, {":enrol", isoDate(s.enrolmentDate)},
         {":place", placementKey(s.placement)}, {":cert", nullIfEmpty(s.certificateNumber.toUpper())},
         {":family", nullIfEmpty(s.familySituation)}, {":growth", nullIfEmpty(s.growthHistory)},
         {":treat", nullIfEmpty(s.treatmentHistory)}, {":medical", nullIfEmpty(s.medicalHistory)},
         {":notes", nullIfEmpty(s.notes)}, {":photo", s.photo.isEmpty() ? QVariant() : QVariant(s.photo)}};
}

SqlParams withId(SqlParams params, qint64 id)
{
    params.emplace_back(":id", id);
    return params;
}

// A need read from its category, grade and note columns, starting at `column`.
Need needAt(const SqlRows &q, int column)
{
    return Need{needFromKey(q.value(column).toString()), q.value(column + 1).toInt(), q.value(column + 2).toString()};
}

// The columns a summary and a whole record both start with: id, name, gender, birth_date.
template <typename Person>
void readIdentity(const SqlRows &q, Person &s)
{
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.gender = genderFromKey(q.value(2).toString());
    s.birthDate = dateFromSql(q.value(3));
}

// created_at/updated_at: the action's time, from the database's clock.
SqlParams withNow(SqlParams params, const Transaction &tx)
{
    params.emplace_back(":now", sqlDateTime(tx.now()));
    return params;
}
} // namespace

Result<QList<Need>> StudentRepository::needsOf(qint64 studentId) const
{
    return readList(*m_db, u"SELECT category, grade, note FROM student_needs WHERE student_id = :id ORDER BY position, id"_s,
                    {{":id", studentId}}, [](const SqlRows &q) { return needAt(q, 0); });
}

Result<QList<Guardian>> StudentRepository::guardiansOf(qint64 studentId) const
{
    return readList(*m_db, u"SELECT name, relation, phone, address, is_contact, education, occupation FROM guardians "
                           "WHERE student_id = :id ORDER BY position, id"_s,
                    {{":id", studentId}}, [](const SqlRows &q) {
                        return Guardian{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                        q.value(3).toString(), q.value(4).toBool(), q.value(5).toString(),
                                        q.value(6).toString()};
                    });
}

Result<QList<StudentSummary>> StudentRepository::summaries() const
{
    const auto scope = studentScope(*m_db, m_db->principal());
    if (!scope)
        return scope.error();
    auto list = readList(*m_db, u"SELECT id, name, gender, birth_date, grade, class_name, placement, id_number FROM students "
                                "ORDER BY grade, class_name, name"_s,
                         {}, [](const SqlRows &q) {
                             StudentSummary s;
                             readIdentity(q, s);
                             s.grade = q.value(4).toInt();
                             s.className = q.value(5).toString();
                             s.placement = placementFromKey(q.value(6).toString());
                             s.maskedIdNumber = maskCitizenId(q.value(7).toString());
                             return s;
                         });
    if (!list)
        return list;
    if (!scope->everyone)
        list->removeIf([&](const StudentSummary &s) { return !scope->contains(s.id); });
    // Every student's needs in one query, not one per student.
    auto needs = readList(*m_db, u"SELECT student_id, category, grade, note FROM student_needs ORDER BY student_id, position, id"_s,
                          {}, [](const SqlRows &q) { return std::pair{q.value(0).toLongLong(), needAt(q, 1)}; });
    if (!needs)
        return needs.error();
    QHash<qint64, QList<Need>> needsOf;
    for (const auto &[studentId, need] : std::as_const(*needs))
        needsOf[studentId].append(need);
    for (StudentSummary &s : *list)
        s.needs = needsOf.value(s.id);
    return list;
}

Result<int> StudentRepository::count() const
{
    const auto scope = studentScope(*m_db, m_db->principal());
    if (!scope)
        return scope.error();
    if (!scope->everyone)
        return int(scope->ids.size());
    auto n = readValue(*m_db, u"SELECT count(*) FROM students"_s);
    if (!n)
        return n.error();
    return n->toInt();
}

Result<Student> StudentRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, u"SELECT s.id, s.name, s.gender, s.birth_date, s.ethnicity, s.id_number, s.grade, s.class_name, "
                                "s.head_teacher_id, t.name, s.enrolment_date, s.placement, s.certificate_number, "
                                "s.family_situation, s.growth_history, s.treatment_history, s.medical_history, s.notes, "
                                // A photo larger than the program accepts (a file changed by hand) is
                                // not loaded — length() does not read the blob — and a save drops it.
                                "CASE WHEN length(s.photo) <= :maxPhoto THEN s.photo END "
                                "FROM students s LEFT JOIN staff t ON t.id = s.head_teacher_id WHERE s.id = :id"_s,
                         {{":id", id}, {":maxPhoto", StudentPhoto::kMaxBytes}}, [](const SqlRows &q) {
                             Student s;
                             readIdentity(q, s);
                             s.ethnicity = q.value(4).toString();
                             s.idNumber = q.value(5).toString();
                             s.grade = q.value(6).toInt();
                             s.className = q.value(7).toString();
                             s.headTeacherId = q.value(8).toLongLong();
                             s.headTeacherName = q.value(9).toString();
                             s.enrolmentDate = dateFromSql(q.value(10));
                             s.placement = placementFromKey(q.value(11).toString());
                             s.certificateNumber = q.value(12).toString();
                             s.familySituation = q.value(13).toString();
                             s.growthHistory = q.value(14).toString();
                             s.treatmentHistory = q.value(15).toString();
                             s.medicalHistory = q.value(16).toString();
                             s.notes = q.value(17).toString();
                             s.photo = q.value(18).toByteArray();
                             return s;
                         });
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Students", "There is no student with number %1.").arg(id));
    if (auto readable = checkStudentReadable(*m_db, m_db->principal(), id); !readable)
        return readable.error();
    Student s = **found;
    auto needs = needsOf(s.id);
    if (!needs)
        return needs.error();
    s.needs = *needs;
    auto guardians = guardiansOf(s.id);
    if (!guardians)
        return guardians.error();
    s.guardians = *guardians;
    return s;
}

Result<Student> StudentRepository::find(const QString &key) const
{
    bool isNumber = false;
    const qint64 id = key.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return byId(id);
    const QString name = normalisePersonName(key);
    auto ids = readIds(*m_db, u"SELECT id FROM students WHERE name = :name"_s, {{":name", name}});
    if (!ids)
        return ids.error();
    // A 班主任 finds among their own students only: another class's namesake
    // neither answers nor makes the name ambiguous.
    const auto scope = studentScope(*m_db, m_db->principal());
    if (!scope)
        return scope.error();
    ids->removeIf([&](qint64 id) { return !scope->contains(id); });
    if (ids->isEmpty())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Students", "There is no student named %1.").arg(name));
    if (ids->size() > 1)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Students", "%1 students are named %2; give the student's number instead.").arg(ids->size()).arg(name));
    return byId(ids->first());
}

Result<void> StudentRepository::validate(const Student &s)
{
    if (normalisePersonName(s.name).isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "The student's name is required."));
    if (const QStringList tooLong = studentFieldLengthProblems(s); !tooLong.isEmpty())
        return makeError(ErrorCode::InvalidInput, tooLong.constFirst());
    if (auto photo = checkPhotoSize(s.photo); !photo)
        return photo;
    if (!s.idNumber.isEmpty()) {
        if (!isValidCitizenId(s.idNumber))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "The ID number %1 is not a valid citizen ID number.")
                                                          .arg(maskCitizenId(s.idNumber)));
        if (s.birthDate.isValid() && citizenIdBirthDate(s.idNumber) != s.birthDate)
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "The birth date does not agree with the ID number."));
    }
    for (const Need &need : s.needs)
        if (isStandardCategory(need.category) && (need.grade < 1 || need.grade > 4))
            return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Students", "A disability category needs a grade from 1 to 4."));
    return {};
}

Result<qint64> StudentRepository::add(Transaction &tx, const Student &student)
{
    if (auto valid = validate(student); !valid)
        return valid.error();
    auto photo = photoForStorage(student.photo);
    if (!photo)
        return photo.error();
    Student s = student;
    s.photo = *photo;
    auto id = tx.insert(
        u"INSERT INTO students(name, gender, birth_date, ethnicity, id_number, grade, class_name, head_teacher_id, "
        "enrolment_date, placement, certificate_number, family_situation, growth_history, treatment_history, "
        "medical_history, notes, photo, created_at, updated_at) VALUES (:name, :gender, :birth, :eth, :idn, :grade, :class, "
        ":head, :enrol, :place, :cert, :family, :growth, :treat, :medical, :notes, :photo, :now, :now)"_s,
        withNow(rowParams(s), tx));
    if (!id) {
        if (id.error().code == ErrorCode::Conflict)
            return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Students", "A student with this ID number exists already."));
        return id.error();
    }
    if (auto done = writeChildren(tx, *id, s); !done)
        return done.error();
    return *id;
}

Result<void> StudentRepository::writeChildren(Transaction &tx, qint64 studentId, const Student &s)
{
    for (int i = 0; i < s.needs.size(); ++i) {
        const Need &n = s.needs.at(i);
        auto done = tx.exec(u"INSERT INTO student_needs(student_id, category, grade, note, position) "
                            "VALUES (:s, :c, :g, :n, :p)"_s,
                            {{":s", studentId}, {":c", needKey(n.category)},
                             {":g", n.grade > 0 ? QVariant(n.grade) : QVariant()}, {":n", nullIfEmpty(n.note)}, {":p", i}});
        if (!done)
            return done.error();
    }
    for (int i = 0; i < s.guardians.size(); ++i) {
        const Guardian &g = s.guardians.at(i);
        // A roster may give a phone number without the parent's name: stored as "".
        const QString name = normalisePersonName(g.name);
        auto done = tx.exec(u"INSERT INTO guardians(student_id, name, relation, phone, address, is_contact, position, "
                            "education, occupation) VALUES (:s, :n, :r, :ph, :a, :c, :p, :ed, :oc)"_s,
                            {{":s", studentId}, {":n", name.isNull() ? u""_s : name}, {":r", nullIfEmpty(g.relation)}, {":ph", nullIfEmpty(g.phone)},
                             {":a", nullIfEmpty(g.address)}, {":c", g.isContact ? 1 : 0}, {":p", i},
                             // Never NULL: a null QString would bind as NULL.
                             {":ed", QString(g.education.trimmed()).append(u""_s)},
                             {":oc", QString(g.occupation.trimmed()).append(u""_s)}});
        if (!done)
            return done.error();
    }
    return {};
}

Result<qint64> StudentRepository::add(const Student &student)
{
    // The summary names no sensitive field: only that a student was added.
    return m_db->writeReturningId({u"student.create"_s, u"student added"_s},
                                  [&](Transaction &tx) { return add(tx, student); });
}

Result<void> StudentRepository::update(Transaction &tx, const Student &student)
{
    if (auto valid = validate(student); !valid)
        return valid;
    auto photo = photoForStorage(student.photo);
    if (!photo)
        return photo.error();
    Student s = student;
    s.photo = *photo;
    auto done = tx.exec(
        u"UPDATE students SET name = :name, gender = :gender, birth_date = :birth, ethnicity = :eth, id_number = :idn, "
        "grade = :grade, class_name = :class, head_teacher_id = :head, enrolment_date = :enrol, placement = :place, "
        "certificate_number = :cert, family_situation = :family, growth_history = :growth, "
        "treatment_history = :treat, medical_history = :medical, notes = :notes, photo = :photo, "
        "updated_at = :now WHERE id = :id"_s,
        withId(withNow(rowParams(s), tx), s.id));
    if (!done)
        return done.error().code == ErrorCode::Conflict
            ? makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Students", "A student with this ID number exists already."))
            : done.error();
    if (done->numRowsAffected() == 0)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Students", "There is no student with number %1.").arg(s.id));
    for (const QString &table : {u"student_needs"_s, u"guardians"_s})
        if (auto cleared = tx.exec(u"DELETE FROM "_s + table + u" WHERE student_id = :s"_s, {{":s", s.id}}); !cleared)
            return cleared.error();
    return writeChildren(tx, s.id, s);
}

Result<void> StudentRepository::update(const Student &student)
{
    return m_db->write({u"student.update"_s, u"student %1 changed"_s.arg(student.id)},
                       [&](Transaction &tx) { return update(tx, student); });
}

Result<void> StudentRepository::remove(qint64 studentId)
{
    return m_db->write({u"student.remove"_s, u"student %1 removed"_s.arg(studentId)}, [&](Transaction &tx) -> Result<void> {
        // Signed training records are the school's evidence and stay; the
        // triggers would refuse anyway, but with a message meant for developers.
        const QString countSigned = u"SELECT COUNT(*) FROM session_students ss JOIN training_sessions s "
                                    "ON s.id = ss.session_id WHERE ss.student_id = :id AND s.signed_at IS NOT NULL"_s;
        auto signedRecords = readValue(tx, countSigned, {{":id", studentId}});
        if (!signedRecords)
            return signedRecords.error();
        // (Counted into a variable first: lupdate loops on "->" inside translate's arguments.)
        const int signedCount = signedRecords->toInt();
        if (signedCount > 0)
            return makeError(ErrorCode::Conflict,
                             QCoreApplication::translate("rr::Students",
                                                         "This student has %n signed training record(s); they are part of the "
                                                         "school's records and cannot be deleted. Change the placement instead.",
                                                         nullptr, signedCount));
        auto done = tx.exec(u"DELETE FROM students WHERE id = :id"_s, {{":id", studentId}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Students", "There is no student with number %1.").arg(studentId));
        return {};
    });
}

Result<std::optional<qint64>> StudentRepository::findDuplicate(const Student &s) const
{
    if (!s.idNumber.trimmed().isEmpty()) {
        auto id = readValue(*m_db, u"SELECT id FROM students WHERE id_number = :idn AND id <> :self"_s,
                            {{":idn", s.idNumber.trimmed().toUpper()}, {":self", s.id}});
        if (!id)
            return id.error();
        if (!id->isNull())
            return std::optional<qint64>(id->toLongLong());
    }
    if (s.birthDate.isValid()) {
        // Uses the index students_name_birth; names are stored normalised.
        auto id = readValue(*m_db, u"SELECT id FROM students WHERE name = :name AND birth_date = :birth AND id <> :self"_s,
                            {{":name", normalisePersonName(s.name)}, {":birth", isoDate(s.birthDate)}, {":self", s.id}});
        if (!id)
            return id.error();
        if (!id->isNull())
            return std::optional<qint64>(id->toLongLong());
    }
    return std::optional<qint64>();
}

QString DuplicateIndex::nameBirthKey(const QString &name, const QDate &birthDate)
{
    return normalisePersonName(name) + u'|' + birthDate.toString(Qt::ISODate);
}

std::optional<qint64> DuplicateIndex::find(const Student &s) const
{
    const QString idNumber = s.idNumber.trimmed().toUpper();
    if (!idNumber.isEmpty())
        if (const auto it = byIdNumber.constFind(idNumber); it != byIdNumber.cend())
            return *it;
    if (s.birthDate.isValid())
        if (const auto it = byNameAndBirth.constFind(nameBirthKey(s.name, s.birthDate)); it != byNameAndBirth.cend())
            return *it;
    return std::nullopt;
}

void DuplicateIndex::insert(qint64 studentId, const Student &s)
{
    const QString idNumber = s.idNumber.trimmed().toUpper();
    if (!idNumber.isEmpty())
        byIdNumber.insert(idNumber, studentId);
    if (s.birthDate.isValid())
        byNameAndBirth.insert(nameBirthKey(s.name, s.birthDate), studentId);
}

Result<DuplicateIndex> StudentRepository::duplicateIndex(const SqlExecutor &sql)
{
    auto rows = readList(sql, u"SELECT id, name, birth_date, id_number FROM students"_s, {}, [](const SqlRows &q) {
        Student s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.birthDate = dateFromSql(q.value(2));
        s.idNumber = q.value(3).toString();
        return s;
    });
    if (!rows)
        return rows.error();
    DuplicateIndex index;
    for (const Student &s : std::as_const(*rows))
        index.insert(s.id, s);
    return index;
}

Result<QSet<qint64>> StudentRepository::idsLedBy(const SqlExecutor &sql, qint64 staffId)
{
    QSet<qint64> ids;
    if (staffId <= 0)
        return ids;
    auto led = readList(sql, u"SELECT class_name FROM staff_classes WHERE staff_id = :id AND kind = 'leads'"_s,
                        {{":id", staffId}}, [](const SqlRows &q) { return q.value(0).toString().trimmed(); });
    if (!led)
        return led.error();
    const QSet<QString> classes(led->cbegin(), led->cend());
    auto students = readList(sql, u"SELECT id, grade, class_name, head_teacher_id FROM students"_s, {}, [](const SqlRows &q) {
        return std::tuple{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString().trimmed(), q.value(3).toLongLong()};
    });
    if (!students)
        return students.error();
    for (const auto &[id, grade, className, headTeacher] : std::as_const(*students)) {
        const bool inLedClass = !className.isEmpty()
            && (classes.contains(classText(grade, className)) || (grade <= 0 && classes.contains(className)));
        if (headTeacher == staffId || inLedClass)
            ids.insert(id);
    }
    return ids;
}

} // namespace rr
