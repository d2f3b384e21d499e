#include "family/FamilyContactRepository.h"

#include "common/FieldLimits.h"
#include "family/FamilyRecordChecks.h"
#include "security/StudentScope.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"c.id, c.student_id, c.kind, c.contact_date, c.contact_time, c.staff_id, "
                         "coalesce(s.name, ''), c.family_present, c.content, c.family_views, c.follow_up, c.follow_up_due "
                         "FROM family_contacts c LEFT JOIN staff s ON s.id = c.staff_id "_s;

FamilyContact readContact(const SqlRows &q)
{
    FamilyContact c;
    c.id = q.value(0).toLongLong();
    c.studentId = q.value(1).toLongLong();
    contactKindFromKey(q.value(2).toString(), &c.kind);
    c.date = dateFromSql(q.value(3));
    c.time = QTime::fromString(q.value(4).toString(), u"HH:mm"_s);
    c.staffId = q.value(5).toLongLong();
    c.staffName = q.value(6).toString();
    c.familyPresent = q.value(7).toString();
    c.content = q.value(8).toString();
    c.familyViews = q.value(9).toString();
    c.followUp = q.value(10).toString();
    c.followUpDue = dateFromSql(q.value(11));
    return c;
}

Error contactNotFound()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Family", "The family contact does not exist."));
}

SqlParams contactParams(const FamilyContact &c)
{
    return {{":kind", contactKindKey(c.kind)},
            {":date", isoDate(c.date)},
            {":time", c.time.isValid() ? QVariant(c.time.toString(u"HH:mm"_s)) : QVariant()},
            {":staff", c.staffId > 0 ? QVariant(c.staffId) : QVariant()},
            {":present", nullIfEmpty(c.familyPresent.trimmed())},
            {":content", c.content.trimmed()},
            {":views", nullIfEmpty(c.familyViews.trimmed())},
            {":follow", nullIfEmpty(c.followUp.trimmed())},
            {":due", isoDate(c.followUpDue)}};
}

} // namespace

Result<FamilyContact> FamilyContactRepository::byId(qint64 id) const
{
    auto one = readOne(*m_db, u"SELECT "_s + kColumns + u"WHERE c.id = :id"_s, {{":id", id}}, readContact);
    if (!one)
        return one.error();
    if (!*one)
        return contactNotFound();
    if (auto readable = checkStudentReadable(*m_db, m_db->principal(), (*one)->studentId); !readable)
        return readable.error();
    return **one;
}

Result<QList<FamilyContact>> FamilyContactRepository::forStudent(qint64 studentId, const QDate &from, const QDate &to) const
{
    if (auto readable = checkStudentReadable(*m_db, m_db->principal(), studentId); !readable)
        return readable.error();
    return readList(*m_db,
                    u"SELECT "_s + kColumns
                        + u"WHERE c.student_id = :st AND (:from IS NULL OR c.contact_date >= :from) "
                          "AND (:to IS NULL OR c.contact_date <= :to) ORDER BY c.contact_date, c.contact_time, c.id"_s,
                    {{":st", studentId}, {":from", isoDate(from)}, {":to", isoDate(to)}}, readContact);
}

Result<QList<FamilyContact>> FamilyContactRepository::between(const QDate &from, const QDate &to) const
{
    const auto scope = studentScope(*m_db, m_db->principal());
    if (!scope)
        return scope.error();
    auto contacts = readList(*m_db,
                             u"SELECT "_s + kColumns
                                 + u"JOIN students st ON st.id = c.student_id WHERE c.contact_date BETWEEN :from AND :to "
                                   "ORDER BY c.contact_date, c.contact_time, st.name, c.id"_s,
                             {{":from", isoDate(from)}, {":to", isoDate(to)}}, readContact);
    if (contacts && !scope->everyone)
        contacts->removeIf([&](const FamilyContact &c) { return !scope->contains(c.studentId); });
    return contacts;
}

Result<QList<DatedRecord>> FamilyContactRepository::datesBetween(const SqlExecutor &sql, const QDate &from, const QDate &to)
{
    return readList(sql, u"SELECT student_id, contact_date FROM family_contacts WHERE contact_date BETWEEN :from AND :to"_s,
                    {{":from", isoDate(from)}, {":to", isoDate(to)}},
                    [](const SqlRows &q) { return DatedRecord{q.value(0).toLongLong(), dateFromSql(q.value(1))}; });
}

Result<QList<FamilyCheckStudent>> FamilyContactRepository::studentsToCheck(const SqlExecutor &sql)
{
    return readList(sql, u"SELECT id, name, enrolment_date FROM students ORDER BY grade IS NULL, grade, class_name, name, id"_s, {},
                    [](const SqlRows &q) {
                        return FamilyCheckStudent{q.value(0).toLongLong(), q.value(1).toString(), dateFromSql(q.value(2))};
                    });
}

Result<void> FamilyContactRepository::validate(const FamilyContact &c, const QDate &today)
{
    if (c.studentId <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Family", "A family contact needs a student."));
    if (auto date = checkRecordDate(c.date, today); !date)
        return date;
    if (c.content.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Family", "Write what the contact was about (联系内容)."));
    if (auto tooLong = checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Family members present"), c.familyPresent, FieldKind::Address},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Content"), c.content, FieldKind::LongText},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Family situation and views"), c.familyViews, FieldKind::LongText},
                                          {QT_TRANSLATE_NOOP("rr::Fields", "Follow-up"), c.followUp, FieldKind::LongText}});
        !tooLong)
        return tooLong;
    if (c.followUpDue.isValid()) {
        if (c.followUp.trimmed().isEmpty())
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Family", "A follow-up due date needs the follow-up that was agreed."));
        if (c.followUpDue < c.date)
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Family", "The follow-up is due before the contact took place."));
        if (c.followUpDue > c.date.addYears(1))
            return makeError(ErrorCode::InvalidInput,
                             QCoreApplication::translate("rr::Family", "The follow-up is due more than a year after the contact."));
    }
    return {};
}

Result<qint64> FamilyContactRepository::add(Transaction &tx, const FamilyContact &contact)
{
    if (auto valid = validate(contact, tx.now().date()); !valid)
        return valid.error();
    if (auto refs = checkStudentAndStaff(tx, contact.studentId, contact.staffId); !refs)
        return refs.error();
    SqlParams params = contactParams(contact);
    params.push_back({":st", contact.studentId});
    params.push_back({":now", sqlDateTime(tx.now())});
    return tx.insert(u"INSERT INTO family_contacts(student_id, kind, contact_date, contact_time, staff_id, family_present, "
                     "content, family_views, follow_up, follow_up_due, created_at, updated_at) VALUES (:st, :kind, :date, "
                     ":time, :staff, :present, :content, :views, :follow, :due, :now, :now)"_s,
                     params);
}

Result<qint64> FamilyContactRepository::add(const FamilyContact &contact)
{
    return m_db->writeReturningId({u"family.contact.add"_s, u"family contact recorded"_s}, [&](Transaction &tx) -> Result<qint64> {
        // A 班主任 records contacts for the students of their own classes only.
        if (auto readable = checkStudentReadable(tx, m_db->principal(), contact.studentId); !readable)
            return readable.error();
        return add(tx, contact);
    });
}

Result<void> FamilyContactRepository::save(const FamilyContact &contact)
{
    return m_db->write({u"family.contact.save"_s, u"family contact changed"_s}, [&](Transaction &tx) -> Result<void> {
        if (auto valid = validate(contact, tx.now().date()); !valid)
            return valid;
        if (auto owned = checkOwnedBy(tx, "family_contacts", contact.id, contact.studentId, contactNotFound().message); !owned)
            return owned;
        if (auto refs = checkStudentAndStaff(tx, contact.studentId, contact.staffId); !refs)
            return refs;
        SqlParams params = contactParams(contact);
        params.push_back({":id", contact.id});
        params.push_back({":now", sqlDateTime(tx.now())});
        return run(tx, u"UPDATE family_contacts SET kind = :kind, contact_date = :date, contact_time = :time, staff_id = :staff, "
                       "family_present = :present, content = :content, family_views = :views, follow_up = :follow, "
                       "follow_up_due = :due, updated_at = :now WHERE id = :id"_s,
                   params);
    });
}

Result<void> FamilyContactRepository::remove(qint64 id)
{
    return m_db->write({u"family.contact.remove"_s, u"family contact removed"_s}, [&](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM family_contacts WHERE id = :id"_s, {{":id", id}});
        if (!done)
            return done.error();
        if (done->numRowsAffected() == 0)
            return contactNotFound();
        return {};
    });
}

} // namespace rr
