#include "staff/StaffRepository.h"

#include "calendar/ChineseDate.h"
#include "storage/Database.h"
#include "students/Student.h"

#include <QCoreApplication>
#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kColumns = u"id, name, gender, phone, from_date, to_date, note"_s;
const QString kCurrentUserKey = u"user.current"_s;

StaffMember readMember(const SqlRows &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.gender = genderFromKey(q.value(2).toString());
    m.phone = q.value(3).toString();
    m.fromDate = dateFromSql(q.value(4));
    m.toDate = dateFromSql(q.value(5));
    m.note = q.value(6).toString();
    return m;
}

// Roles, classes and subjects of the members in `list`, read in three queries.
void readLists(const Database &db, QList<StaffMember> &list, const QString &where, const SqlParams &params)
{
    QHash<qint64, StaffMember *> byId;
    for (StaffMember &m : list)
        byId.insert(m.id, &m);
    if (auto q = db.exec(u"SELECT staff_id, role FROM staff_roles "_s + where, params))
        while (q->next())
            if (StaffMember *m = byId.value(q->value(0).toLongLong()))
                m->roles << staffRoleFromKey(q->value(1).toString());
    if (auto q = db.exec(u"SELECT staff_id, kind, class_name FROM staff_classes "_s + where + u" ORDER BY position, id"_s,
                          params))
        while (q->next())
            if (StaffMember *m = byId.value(q->value(0).toLongLong()))
                (q->value(1).toString() == u"leads"_s ? m->classesLed : m->classesTaught) << q->value(2).toString();
    if (auto q = db.exec(u"SELECT staff_id, subject FROM staff_subjects "_s + where + u" ORDER BY position, id"_s, params))
        while (q->next())
            if (StaffMember *m = byId.value(q->value(0).toLongLong()))
                m->subjects << q->value(1).toString();
    for (StaffMember &m : list)
        m.roles = orderedStaffRoles(m.roles);
}

Error invalid(const QString &message) { return makeError(ErrorCode::InvalidInput, message); }

Result<void> checkList(const QStringList &items, const QString &what)
{
    if (items.size() > kStaffListMax)
        return invalid(QCoreApplication::translate("rr::Staff", "At most %1 entries under %2.").arg(kStaffListMax).arg(what));
    for (const QString &item : items)
        if (item.trimmed().size() > kStaffItemMax)
            return invalid(QCoreApplication::translate("rr::Staff", "“%1” under %2 is longer than %3 characters.")
                               .arg(item.trimmed(), what)
                               .arg(kStaffItemMax));
    return {};
}

QStringList cleaned(const QStringList &items)
{
    QStringList out;
    for (const QString &item : items) {
        const QString text = item.simplified();
        if (!text.isEmpty() && !out.contains(text))
            out << text;
    }
    return out;
}

Result<void> done(const Result<SqlRows> &q)
{
    if (!q)
        return q.error();
    return {};
}

qint64 currentUserId(Transaction &tx)
{
    auto q = tx.exec(u"SELECT CAST(value AS INTEGER) FROM settings WHERE key = :k"_s, {{":k", kCurrentUserKey}});
    return q && q->next() ? q->value(0).toLongLong() : 0;
}

Result<bool> nameTaken(Transaction &tx, const QString &name, qint64 exceptId)
{
    auto q = tx.exec(u"SELECT 1 FROM staff WHERE name = :n AND id <> :id"_s, {{":n", name}, {":id", exceptId}});
    if (!q)
        return q.error();
    return q->next();
}

} // namespace

QList<StaffMember> StaffRepository::all() const
{
    QList<StaffMember> list;
    auto q = m_db->exec(u"SELECT "_s + kColumns + u" FROM staff ORDER BY id"_s);
    while (q && q->next())
        list.append(readMember(*q));
    readLists(*m_db, list, QString(), {});
    return list;
}

std::optional<StaffMember> StaffRepository::byId(qint64 id) const
{
    auto q = m_db->exec(u"SELECT "_s + kColumns + u" FROM staff WHERE id = :id"_s, {{":id", id}});
    if (!q || !q->next())
        return std::nullopt;
    QList<StaffMember> one{readMember(*q)};
    readLists(*m_db, one, u"WHERE staff_id = :id"_s, {{":id", id}});
    return one.first();
}

std::optional<StaffMember> StaffRepository::find(const QString &key) const
{
    const QString wanted = key.simplified();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    if (isNumber)
        if (auto member = byId(id))
            return member;
    auto q = m_db->exec(u"SELECT id FROM staff WHERE name = :n ORDER BY to_date IS NOT NULL, id LIMIT 1"_s,
                         {{":n", wanted}});
    if (!q || !q->next())
        return std::nullopt;
    return byId(q->value(0).toLongLong());
}

QStringList StaffRepository::usages(qint64 id) const
{
    const auto member = byId(id);
    if (!member)
        return {};
    struct Use {
        const char *sql;      // binds :id or, for what the records keep as text, :name
        const char *phrase;
    };
    // %n is the count; the name-based ones read what the records keep as text.
    static const Use uses[] = {
        {"SELECT count(*) FROM students WHERE head_teacher_id = :id",
         QT_TRANSLATE_N_NOOP("rr::Staff", "head teacher of %n student(s)")},
        {"SELECT count(*) FROM timetable_slots WHERE instructor_id = :id",
         QT_TRANSLATE_N_NOOP("rr::Staff", "%n timetable slot(s)")},
        {"SELECT count(*) FROM slot_changes WHERE new_instructor_id = :id",
         QT_TRANSLATE_N_NOOP("rr::Staff", "%n timetable change(s)")},
        {"SELECT count(*) FROM training_plans WHERE instructor_id = :id",
         QT_TRANSLATE_N_NOOP("rr::Staff", "%n training plan(s)")},
        {"SELECT count(*) FROM training_sessions WHERE :id IN (instructor_id, signed_by)",
         QT_TRANSLATE_N_NOOP("rr::Staff", "%n training record(s)")},
        {"SELECT count(*) FROM iep_team WHERE name = :name",
         QT_TRANSLATE_N_NOOP("rr::Staff", "%n IEP team place(s)")},
        {"SELECT count(*) FROM iep_revisions WHERE author = :name",
         QT_TRANSLATE_N_NOOP("rr::Staff", "%n IEP revision(s)")},
        {"SELECT count(*) FROM training_amendments WHERE author = :name",
         QT_TRANSLATE_N_NOOP("rr::Staff", "%n record amendment(s)")},
    };
    QStringList phrases;
    auto current = m_db->exec(u"SELECT 1 FROM settings WHERE key = :k AND CAST(value AS INTEGER) = :id"_s,
                               {{":k", kCurrentUserKey}, {":id", id}});
    if (current && current->next())
        phrases << QCoreApplication::translate("rr::Staff", "the current user");
    for (const Use &use : uses) {
        const QString sql = QString::fromLatin1(use.sql);
        auto q = sql.contains(u":name"_s) ? m_db->exec(sql, {{":name", member->name}}) : m_db->exec(sql, {{":id", id}});
        const int count = q && q->next() ? q->value(0).toInt() : 0;
        if (count > 0)
            phrases << QCoreApplication::translate("rr::Staff", use.phrase, nullptr, count);
    }
    return phrases;
}

Result<void> StaffRepository::validate(const StaffMember &m)
{
    const QString name = m.name.simplified();
    if (name.isEmpty())
        return invalid(QCoreApplication::translate("rr::Staff", "A name is required."));
    if (name.size() > kStaffNameMax)
        return invalid(QCoreApplication::translate("rr::Staff", "The name may be at most %1 characters long.")
                           .arg(kStaffNameMax));
    if (m.roles.isEmpty())
        return invalid(QCoreApplication::translate("rr::Staff", "Choose at least one role for %1.").arg(name));
    if (m.phone.trimmed().size() > kStaffPhoneMax)
        return invalid(QCoreApplication::translate("rr::Staff", "The phone number may be at most %1 characters long.")
                           .arg(kStaffPhoneMax));
    if (m.note.trimmed().size() > kStaffNoteMax)
        return invalid(QCoreApplication::translate("rr::Staff", "The note may be at most %1 characters long.")
                           .arg(kStaffNoteMax));
    if (auto ok = checkList(m.classesLed, QCoreApplication::translate("rr::Staff", "classes led")); !ok)
        return ok;
    if (auto ok = checkList(m.classesTaught, QCoreApplication::translate("rr::Staff", "classes taught")); !ok)
        return ok;
    if (auto ok = checkList(m.subjects, QCoreApplication::translate("rr::Staff", "subjects")); !ok)
        return ok;
    if (m.fromDate.isValid() && m.toDate.isValid() && m.toDate < m.fromDate)
        return invalid(QCoreApplication::translate("rr::Staff", "%1 cannot leave (%2) before starting (%3).")
                           .arg(name, chineseDate(m.toDate), chineseDate(m.fromDate)));
    return {};
}

Result<void> StaffRepository::writeLists(Transaction &tx, qint64 id, const StaffMember &m)
{
    for (const char *table : {"staff_roles", "staff_classes", "staff_subjects"})
        if (auto cleared = done(tx.exec(u"DELETE FROM %1 WHERE staff_id = :id"_s.arg(QLatin1String(table)), {{":id", id}}));
            !cleared)
            return cleared;
    for (StaffRole role : orderedStaffRoles(m.roles))
        if (auto ok = done(tx.exec(u"INSERT INTO staff_roles(staff_id, role) VALUES (:id, :r)"_s,
                                   {{":id", id}, {":r", staffRoleKey(role)}}));
            !ok)
            return ok;
    const std::pair<const char *, QStringList> classes[] = {{"leads", cleaned(m.classesLed)},
                                                           {"teaches", cleaned(m.classesTaught)}};
    for (const auto &[kind, names] : classes)
        for (int i = 0; i < names.size(); ++i)
            if (auto ok = done(tx.exec(u"INSERT INTO staff_classes(staff_id, kind, class_name, position) "
                                       "VALUES (:id, :k, :c, :p)"_s,
                                       {{":id", id}, {":k", QString::fromLatin1(kind)}, {":c", names.at(i)}, {":p", i}}));
                !ok)
                return ok;
    const QStringList subjects = cleaned(m.subjects);
    for (int i = 0; i < subjects.size(); ++i)
        if (auto ok = done(tx.exec(u"INSERT INTO staff_subjects(staff_id, subject, position) VALUES (:id, :s, :p)"_s,
                                   {{":id", id}, {":s", subjects.at(i)}, {":p", i}}));
            !ok)
            return ok;
    return {};
}

Result<qint64> StaffRepository::add(Transaction &tx, const StaffMember &m)
{
    if (auto valid = validate(m); !valid)
        return valid.error();
    const QString name = m.name.simplified();
    auto taken = nameTaken(tx, name, 0);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "There is already a staff member called %1. Tell "
                                                                  "two people of one name apart, e.g. %1（数学）.")
                             .arg(name));
    auto id = tx.insert(u"INSERT INTO staff(name, gender, phone, from_date, to_date, note) "
                        "VALUES (:n, :g, :p, :f, :t, :note)"_s,
                        {{":n", name}, {":g", nullIfEmpty(genderKey(m.gender))}, {":p", nullIfEmpty(m.phone)},
                         {":f", isoDate(m.fromDate)}, {":t", isoDate(m.toDate)}, {":note", nullIfEmpty(m.note)}});
    if (!id)
        return id;
    if (auto lists = writeLists(tx, *id, m); !lists)
        return lists.error();
    return id;
}

Result<qint64> StaffRepository::add(const StaffMember &member)
{
    return m_db->writeReturningId({u"staff.add"_s, u"staff member added"_s},
                                  [&](Transaction &tx) { return add(tx, member); });
}

Result<void> StaffRepository::update(Transaction &tx, const StaffMember &m)
{
    if (auto valid = validate(m); !valid)
        return valid;
    const QString name = m.name.simplified();
    auto taken = nameTaken(tx, name, m.id);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "There is already a staff member called %1. Tell "
                                                                  "two people of one name apart, e.g. %1（数学）.")
                             .arg(name));
    const qint64 current = currentUserId(tx);
    if (m.id == current && m.isRetired())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "%1 is the current user and cannot leave; choose "
                                                                  "another current user first.")
                             .arg(name));
    if (m.id == current && !m.hasRole(StaffRole::ResourceTeacher))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "%1 is the current user and keeps the role of "
                                                                  "resource teacher.")
                             .arg(name));
    auto q = tx.exec(u"UPDATE staff SET name = :n, gender = :g, phone = :p, from_date = :f, to_date = :t, note = :note "
                     "WHERE id = :id"_s,
                     {{":n", name}, {":g", nullIfEmpty(genderKey(m.gender))}, {":p", nullIfEmpty(m.phone)},
                      {":f", isoDate(m.fromDate)}, {":t", isoDate(m.toDate)}, {":note", nullIfEmpty(m.note)},
                      {":id", m.id}});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "The staff member no longer exists."));
    if (m.id == current)   // SchoolProfile::teacherName is the current user's name
        if (auto profile = done(tx.exec(u"UPDATE settings SET value = :n WHERE key = 'school.teacher'"_s, {{":n", name}}));
            !profile)
            return profile;
    return writeLists(tx, m.id, m);
}

Result<void> StaffRepository::update(const StaffMember &member)
{
    return m_db->write({u"staff.update"_s, u"staff member %1 changed"_s.arg(member.id)},
                       [&](Transaction &tx) { return update(tx, member); });
}

Result<void> StaffRepository::retire(Transaction &tx, qint64 id, const QDate &date)
{
    if (!date.isValid())
        return invalid(QCoreApplication::translate("rr::Staff", "Give the day the staff member left."));
    auto q = tx.exec(u"SELECT name, from_date FROM staff WHERE id = :id"_s, {{":id", id}});
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "The staff member no longer exists."));
    const QString name = q->value(0).toString();
    const QDate from = dateFromSql(q->value(1));
    if (id == currentUserId(tx))
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "%1 is the current user and cannot leave; choose "
                                                                  "another current user first.")
                             .arg(name));
    if (from.isValid() && date < from)
        return invalid(QCoreApplication::translate("rr::Staff", "%1 cannot leave (%2) before starting (%3).")
                           .arg(name, chineseDate(date), chineseDate(from)));
    return done(tx.exec(u"UPDATE staff SET to_date = :d WHERE id = :id"_s, {{":d", isoDate(date)}, {":id", id}}));
}

Result<void> StaffRepository::retire(qint64 id, const QDate &date)
{
    return m_db->write({u"staff.retire"_s, u"staff member %1 left"_s.arg(id)},
                       [&](Transaction &tx) { return retire(tx, id, date); });
}

Result<void> StaffRepository::remove(qint64 id)
{
    const auto member = byId(id);
    if (!member)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "The staff member no longer exists."));
    if (const QStringList uses = usages(id); !uses.isEmpty())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "%1 cannot be deleted: the records name them (%2). "
                                                                  "Record the day they left instead.")
                             .arg(member->name, uses.join(QCoreApplication::translate("rr::Staff", ", "))));
    return m_db->write({u"staff.delete"_s, u"staff member %1 deleted"_s.arg(id)}, [&](Transaction &tx) {
        return done(tx.exec(u"DELETE FROM staff WHERE id = :id"_s, {{":id", id}}));
    });
}

Result<void> StaffRepository::addLedClass(Transaction &tx, qint64 id, const QString &className)
{
    if (auto role = done(tx.exec(u"INSERT OR IGNORE INTO staff_roles(staff_id, role) VALUES (:id, :r)"_s,
                                 {{":id", id}, {":r", staffRoleKey(StaffRole::HeadTeacher)}}));
        !role)
        return role;
    const QString name = className.simplified();
    if (name.isEmpty())
        return {};
    return done(tx.exec(u"INSERT OR IGNORE INTO staff_classes(staff_id, kind, class_name, position) "
                        "VALUES (:id, 'leads', :c, (SELECT count(*) FROM staff_classes WHERE staff_id = :owner))"_s,
                        {{":id", id}, {":c", name}, {":owner", id}}));
}

} // namespace rr
