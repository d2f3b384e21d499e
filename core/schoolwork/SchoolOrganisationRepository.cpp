#include "schoolwork/SchoolOrganisationRepository.h"

#include "common/FieldLimits.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kMemberSelect = u"SELECT m.id, m.group_kind, m.staff_id, s.name, m.role, m.from_date, m.to_date "
                              "FROM school_group_members m JOIN staff s ON s.id = m.staff_id "_s;

GroupMember readMember(const SqlRows &q)
{
    GroupMember m;
    m.id = q.value(0).toLongLong();
    schoolGroupFromKey(q.value(1).toString(), &m.group);
    m.staffId = q.value(2).toLongLong();
    m.staffName = q.value(3).toString();
    m.role = q.value(4).toString();
    m.from = dateFromSql(q.value(5));
    m.to = dateFromSql(q.value(6));
    return m;
}

const QString kContactSelect = u"SELECT id, kind, organisation, person, phone, note FROM school_contacts "_s;

SchoolContact readContact(const SqlRows &q)
{
    SchoolContact c;
    c.id = q.value(0).toLongLong();
    partnerKindFromKey(q.value(1).toString(), &c.kind);
    c.organisation = q.value(2).toString();
    c.person = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.note = q.value(5).toString();
    return c;
}

Error memberGone()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The group member no longer exists."));
}

Error contactGone()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The contact no longer exists."));
}

Result<void> changedOne(const Result<SqlRows> &done, const Error &whenNone)
{
    if (!done)
        return done.error();
    if (done->numRowsAffected() == 0)
        return whenNone;
    return {};
}

// The staff member exists and is not already in the group for an overlapping period.
Result<void> checkMember(Transaction &tx, const GroupMember &m)
{
    auto staff = readValue(tx, u"SELECT name FROM staff WHERE id = :id"_s, {{":id", m.staffId}});
    if (!staff)
        return staff.error();
    if (staff->isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::SchoolWork", "The staff member no longer exists."));
    auto clash = readValue(tx, u"SELECT 1 FROM school_group_members WHERE group_kind = :g AND staff_id = :s AND id <> :id "
                               "AND (to_date IS NULL OR :from IS NULL OR to_date >= :from) "
                               "AND (from_date IS NULL OR :to IS NULL OR from_date <= :to)"_s,
                           {{":g", schoolGroupKey(m.group)}, {":s", m.staffId}, {":id", m.id},
                            {":from", isoDate(m.from)}, {":to", isoDate(m.to)}});
    if (!clash)
        return clash.error();
    if (!clash->isNull())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::SchoolWork", "%1 is already in the %2 for that period.")
                                                  .arg(staff->toString(), schoolGroupLabel(m.group)));
    return {};
}

} // namespace

Result<QList<GroupMember>> SchoolOrganisationRepository::members(SchoolGroup group) const
{
    return readList(*m_db, kMemberSelect + u"WHERE m.group_kind = :g ORDER BY m.to_date IS NOT NULL, m.from_date, m.id"_s,
                    {{":g", schoolGroupKey(group)}}, readMember);
}

Result<GroupMember> SchoolOrganisationRepository::memberById(qint64 id) const
{
    auto found = readOne(*m_db, kMemberSelect + u"WHERE m.id = :id"_s, {{":id", id}}, readMember);
    if (!found)
        return found.error();
    if (!*found)
        return memberGone();
    return **found;
}

Result<void> SchoolOrganisationRepository::validate(const GroupMember &m)
{
    if (m.staffId <= 0)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "Choose a member from the staff list."));
    if (m.from.isValid() && m.to.isValid() && m.to < m.from)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The end date lies before the start date."));
    return checkFieldLengths({{QT_TRANSLATE_NOOP("rr::Fields", "Role"), m.role, FieldKind::ShortText}});
}

Result<qint64> SchoolOrganisationRepository::addMember(const GroupMember &member)
{
    if (auto valid = validate(member); !valid)
        return valid.error();
    return m_db->writeReturningId({u"group.add"_s, schoolGroupKey(member.group)},
                                  [&](Transaction &tx) { return addMember(tx, member); });
}

Result<qint64> SchoolOrganisationRepository::addMember(Transaction &tx, const GroupMember &member)
{
    if (auto valid = validate(member); !valid)
        return valid.error();
    if (auto ok = checkMember(tx, member); !ok)
        return ok.error();
    return tx.insert(u"INSERT INTO school_group_members(group_kind, staff_id, role, from_date, to_date) "
                     "VALUES (:g, :s, :role, :from, :to)"_s,
                     {{":g", schoolGroupKey(member.group)}, {":s", member.staffId}, {":role", member.role.trimmed()},
                      {":from", isoDate(member.from)}, {":to", isoDate(member.to)}});
}

Result<void> SchoolOrganisationRepository::updateMember(const GroupMember &member)
{
    if (auto valid = validate(member); !valid)
        return valid;
    return m_db->write({u"group.update"_s, QString::number(member.id)}, [&](Transaction &tx) -> Result<void> {
        if (auto ok = checkMember(tx, member); !ok)
            return ok;
        return changedOne(tx.exec(u"UPDATE school_group_members SET group_kind = :g, staff_id = :s, role = :role, "
                                  "from_date = :from, to_date = :to WHERE id = :id"_s,
                                  {{":g", schoolGroupKey(member.group)}, {":s", member.staffId}, {":role", member.role.trimmed()},
                                   {":from", isoDate(member.from)}, {":to", isoDate(member.to)}, {":id", member.id}}),
                          memberGone());
    });
}

Result<void> SchoolOrganisationRepository::removeMember(qint64 id)
{
    return m_db->write({u"group.remove"_s, QString::number(id)}, [&](Transaction &tx) {
        return changedOne(tx.exec(u"DELETE FROM school_group_members WHERE id = :id"_s, {{":id", id}}), memberGone());
    });
}

Result<QList<SchoolContact>> SchoolOrganisationRepository::contacts() const
{
    return readList(*m_db,
                    kContactSelect + u"ORDER BY CASE kind WHEN 'centre' THEN 0 WHEN 'federation' THEN 1 "
                                     "WHEN 'hospital' THEN 2 ELSE 3 END, organisation, id"_s,
                    {}, readContact);
}

Result<SchoolContact> SchoolOrganisationRepository::contactById(qint64 id) const
{
    auto found = readOne(*m_db, kContactSelect + u"WHERE id = :id"_s, {{":id", id}}, readContact);
    if (!found)
        return found.error();
    if (!*found)
        return contactGone();
    return **found;
}

Result<void> SchoolOrganisationRepository::validate(const SchoolContact &c)
{
    if (c.organisation.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::SchoolWork", "The contact needs an organisation."));
    return checkFieldLengths({
        {QT_TRANSLATE_NOOP("rr::Fields", "Organisation"), c.organisation, FieldKind::Address},
        {QT_TRANSLATE_NOOP("rr::Fields", "Contact person"), c.person, FieldKind::PersonName},
        {QT_TRANSLATE_NOOP("rr::Fields", "Phone"), c.phone, FieldKind::Phone},
        {QT_TRANSLATE_NOOP("rr::Fields", "Note"), c.note, FieldKind::Address},
    });
}

Result<qint64> SchoolOrganisationRepository::addContact(const SchoolContact &c)
{
    if (auto valid = validate(c); !valid)
        return valid.error();
    return m_db->writeReturningId({u"contact.add"_s, partnerKindKey(c.kind)}, [&](Transaction &tx) { return addContact(tx, c); });
}

Result<qint64> SchoolOrganisationRepository::addContact(Transaction &tx, const SchoolContact &c)
{
    if (auto valid = validate(c); !valid)
        return valid.error();
    return tx.insert(u"INSERT INTO school_contacts(kind, organisation, person, phone, note) VALUES (:k, :o, :p, :ph, :n)"_s,
                     {{":k", partnerKindKey(c.kind)}, {":o", c.organisation.trimmed()}, {":p", c.person.trimmed()},
                      {":ph", c.phone.trimmed()}, {":n", c.note.trimmed()}});
}

Result<void> SchoolOrganisationRepository::updateContact(const SchoolContact &c)
{
    if (auto valid = validate(c); !valid)
        return valid;
    return m_db->write({u"contact.update"_s, QString::number(c.id)}, [&](Transaction &tx) {
        return changedOne(tx.exec(u"UPDATE school_contacts SET kind = :k, organisation = :o, person = :p, phone = :ph, note = :n "
                                  "WHERE id = :id"_s,
                                  {{":k", partnerKindKey(c.kind)}, {":o", c.organisation.trimmed()}, {":p", c.person.trimmed()},
                                   {":ph", c.phone.trimmed()}, {":n", c.note.trimmed()}, {":id", c.id}}),
                          contactGone());
    });
}

Result<void> SchoolOrganisationRepository::removeContact(qint64 id)
{
    return m_db->write({u"contact.remove"_s, QString::number(id)}, [&](Transaction &tx) {
        return changedOne(tx.exec(u"DELETE FROM school_contacts WHERE id = :id"_s, {{":id", id}}), contactGone());
    });
}

} // namespace rr
