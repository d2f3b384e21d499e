#include "staff/StaffRepository.h"

#include "calendar/ChineseDate.h"
#include "storage/Database.h"
#include "students/PersonName.h"
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

// Roles, classes and subjects of the members in `list`, read in two queries.
Result<void> readLists(const SqlExecutor &db, QList<StaffMember> &list, const QString &where, const SqlParams &params)
{
    QHash<qint64, StaffMember *> byId;
    for (StaffMember &m : list)
        byId.insert(m.id, &m);
    auto roles = readList(db, u"SELECT staff_id, role FROM staff_roles "_s + where, params, [](const SqlRows &q) {
        return std::pair{q.value(0).toLongLong(), staffRoleFromKey(q.value(1).toString())};
    });
    if (!roles)
        return roles.error();
    for (const auto &[id, role] : std::as_const(*roles))
        if (StaffMember *m = byId.value(id))
            m->roles << role;
    // Classes (led or taught) and subjects in one list, each in its own order.
    struct Item {
        qint64 staffId;
        QString kind;   // leads, teaches or subject
        QString text;
    };
    auto items = readList(db, u"SELECT staff_id, kind, class_name, position, id FROM staff_classes "_s + where
                                  + u" UNION ALL SELECT staff_id, 'subject', subject, position, id FROM staff_subjects "_s
                                  + where + u" ORDER BY 4, 5"_s,
                          params, [](const SqlRows &q) {
                              return Item{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
                          });
    if (!items)
        return items.error();
    for (const Item &item : std::as_const(*items))
        if (StaffMember *m = byId.value(item.staffId))
            (item.kind == u"leads"_s ? m->classesLed : item.kind == u"teaches"_s ? m->classesTaught : m->subjects) << item.text;
    for (StaffMember &m : list)
        m.roles = orderedStaffRoles(m.roles);
    return {};
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

// 0 while nobody is chosen.
Result<qint64> currentUserId(const SqlExecutor &sql)
{
    auto id = readValue(sql, u"SELECT CAST(value AS INTEGER) FROM settings WHERE key = :k"_s, {{":k", kCurrentUserKey}});
    if (!id)
        return id.error();
    return id->toLongLong();
}

Result<bool> nameTaken(Transaction &tx, const QString &name, qint64 exceptId)
{
    auto found = readValue(tx, u"SELECT 1 FROM staff WHERE name = :n AND id <> :id"_s, {{":n", name}, {":id", exceptId}});
    if (!found)
        return found.error();
    return !found->isNull();
}

} // namespace

Result<QList<StaffMember>> StaffRepository::all() const
{
    auto list = readList(*m_db, u"SELECT "_s + kColumns + u" FROM staff ORDER BY id"_s, {}, readMember);
    if (!list)
        return list;
    if (auto lists = readLists(*m_db, *list, QString(), {}); !lists)
        return lists.error();
    return list;
}

Result<StaffMember> StaffRepository::byId(qint64 id) const
{
    auto found = readOne(*m_db, u"SELECT "_s + kColumns + u" FROM staff WHERE id = :id"_s, {{":id", id}}, readMember);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "The staff member no longer exists."));
    QList<StaffMember> one{**found};
    if (auto lists = readLists(*m_db, one, u"WHERE staff_id = :id"_s, {{":id", id}}); !lists)
        return lists.error();
    return one.first();
}

Result<StaffMember> StaffRepository::findByKey(const QString &key, RetiredStaff retired) const
{
    const QString wanted = key.simplified();
    bool isNumber = false;
    const qint64 id = wanted.toLongLong(&isNumber);
    // An id first; a name as stored: folded spaces, or as the roster import normalises it.
    auto found = readValue(*m_db, u"SELECT id FROM staff WHERE (:byId AND id = :id) OR name IN (:name, :normalised) "
                                  "ORDER BY :byId AND id = :id DESC, to_date IS NOT NULL, id LIMIT 1"_s,
                           {{":byId", isNumber}, {":id", id}, {":name", wanted}, {":normalised", normalisePersonName(wanted)}});
    if (!found)
        return found.error();
    if (found->isNull())
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "There is no staff member \"%1\".").arg(wanted));
    auto member = byId(found->toLongLong());
    if (member && retired == RetiredStaff::Excluded && member->isRetired())
        return makeError(ErrorCode::Conflict, QCoreApplication::translate("rr::Staff", "%1 left on %2 and cannot be chosen.")
                                                  .arg(member->name, chineseDate(member->toDate)));
    return member;
}

Result<QStringList> StaffRepository::usages(qint64 id) const
{
    const auto member = byId(id);
    if (!member)
        return member.error();
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
    auto current = currentUserId(*m_db);
    if (!current)
        return current.error();
    if (*current == id)
        phrases << QCoreApplication::translate("rr::Staff", "the current user");
    for (const Use &use : uses) {
        const QString sql = QString::fromLatin1(use.sql);
        auto counted = sql.contains(u":name"_s) ? readValue(*m_db, sql, {{":name", member->name}})
                                                : readValue(*m_db, sql, {{":id", id}});
        if (!counted)
            return counted.error();
        if (const int count = counted->toInt(); count > 0)
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
    const auto currentId = currentUserId(tx);
    if (!currentId)
        return currentId.error();
    const qint64 current = *currentId;
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
    auto stored = readOne(tx, u"SELECT name, from_date FROM staff WHERE id = :id"_s, {{":id", id}},
                          [](const SqlRows &q) { return std::pair{q.value(0).toString(), dateFromSql(q.value(1))}; });
    if (!stored)
        return stored.error();
    if (!*stored)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Staff", "The staff member no longer exists."));
    const auto [name, from] = **stored;
    const auto current = currentUserId(tx);
    if (!current)
        return current.error();
    if (id == *current)
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
        return member.error();
    const auto uses = usages(id);
    if (!uses)
        return uses.error();
    if (!uses->isEmpty())
        return makeError(ErrorCode::Conflict,
                         QCoreApplication::translate("rr::Staff", "%1 cannot be deleted: the records name them (%2). "
                                                                  "Record the day they left instead.")
                             .arg(member->name, uses->join(QCoreApplication::translate("rr::Staff", ", "))));
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
