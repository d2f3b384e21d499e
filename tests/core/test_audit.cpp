// The audit trail: every table audited, before and after, append-only, in
// the action's transaction, sensitive fields masked, summaries without ID
// numbers, reads logged; retention deletes a student whole.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "archive/AttachmentRepository.h"
#include "audit/AccessLog.h"
#include "audit/AuditExport.h"
#include "audit/AuditRepository.h"
#include "audit/AuditSchema.h"
#include "audit/Retention.h"
#include "common/Clock.h"
#include "demo/DemoPeople.h"
#include "demo/DemoSchool.h"
#include "roster/TableFile.h"
#include "school/SettingsRepository.h"
#include "storage/Migrations.h"
#include "students/CitizenId.h"
#include "students/StudentRepository.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

Student sampleStudent()
{
    Student s;
    s.name = u"张小明"_s;
    s.gender = Gender::Male;
    s.birthDate = QDate(2017, 3, 12);
    s.idNumber = makeCitizenId(u"654002"_s, s.birthDate, 27);
    s.grade = 3;
    s.className = u"2班"_s;
    s.medicalHistory = u"癫痫病史，服药中"_s;
    s.needs = {{NeedCategory::Intellectual, 4, u"轻度"_s}};
    s.guardians = {{u"张建军"_s, u"父亲"_s, u"13709991201"_s, u"解放路1号"_s, true, u"高中"_s, u"个体经营"_s}};
    return s;
}

int count(const std::shared_ptr<Database> &db, const QString &sql)
{
    auto value = readValue(*db, sql);
    REQUIRE(value);
    return value->toInt();
}

QString allTrailText(const std::shared_ptr<Database> &db)
{
    auto rows = readList(*db, u"SELECT COALESCE(old_values, '') || COALESCE(new_values, '') FROM audit_changes"_s, {},
                         [](const SqlRows &q) { return q.value(0).toString(); });
    REQUIRE(rows);
    auto summaries = readList(*db, u"SELECT summary FROM audit_actions"_s, {}, [](const SqlRows &q) { return q.value(0).toString(); });
    REQUIRE(summaries);
    return rows->join(u'\n') + u'\n' + summaries->join(u'\n');
}

// Runs one statement outside the program, as another tool would.
QString rawExec(const QString &path, const QString &statement)
{
    QString error;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit-raw"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery query(raw);
        if (!query.exec(statement))
            error = query.lastError().text();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"audit-raw"_s);
    return error;
}

} // namespace

TEST_CASE("every table but the trail itself is audited, also tables a later migration adds")
{
    auto temp = test::makeTempDatabase();
    auto tables = readList(*temp->db, u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s,
                           {}, [](const SqlRows &q) { return q.value(0).toString(); });
    REQUIRE(tables);
    CHECK(tables->size() > 60);
    for (const QString &table : std::as_const(*tables)) {
        INFO(table.toStdString());
        const int triggers = count(temp->db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                              "('audit_%1_insert', 'audit_%1_update', 'audit_%1_delete')"_s.arg(table));
        CHECK(triggers == (notAuditedTables().contains(table) ? 0 : 3));
    }
    for (const QString &skipped : notAuditedTables())
        CHECK(tables->contains(skipped));

    // A table and a column added after migration 15 get their triggers from the sync.
    QSqlDatabase memory = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit-later"_s);
    {
        memory.setDatabaseName(u":memory:"_s);
        REQUIRE(memory.open());
        REQUIRE(migrate(memory));
        QSqlQuery query(memory);
        REQUIRE(query.exec(u"CREATE TABLE later_things (id INTEGER PRIMARY KEY, student_id INTEGER, words TEXT)"_s));
        REQUIRE(query.exec(u"ALTER TABLE rooms ADD COLUMN colour TEXT"_s));
        REQUIRE(syncAuditTriggers(memory));
        REQUIRE(query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'audit_later_things_update'"_s));
        REQUIRE(query.next());
        CHECK(query.value(0).toString().contains(u"NEW.\"student_id\""_s));
        REQUIRE(query.exec(u"SELECT sql FROM sqlite_master WHERE name = 'audit_rooms_insert'"_s));
        REQUIRE(query.next());
        CHECK(query.value(0).toString().contains(u"'colour', NEW.\"colour\""_s));
        memory.close();
    }
    memory = {};
    QSqlDatabase::removeDatabase(u"audit-later"_s);
}

TEST_CASE("a student's history holds each action with the fields before and after, most recent first")
{
    auto temp = test::makeTempDatabase();
    temp->db->setClock(std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 17), QTime(9, 30))));
    StudentRepository students(temp->db);
    auto id = students.add(sampleStudent());
    REQUIRE(id);
    auto loaded = students.byId(*id);
    REQUIRE(loaded);
    Student changed = *loaded;
    changed.className = u"3班"_s;
    changed.medicalHistory = u"已停药"_s;
    temp->db->setClock(std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 18), QTime(10, 0))));
    REQUIRE(students.update(changed));

    auto history = AuditRepository(temp->db).history(u"students"_s, *id);
    REQUIRE(history);
    REQUIRE(history->size() == 2);
    const AuditEntry &update = history->at(0);
    const AuditEntry &create = history->at(1);
    CHECK(update.kind == u"student.update"_s);
    CHECK(create.kind == u"student.create"_s);
    CHECK(update.at == QDateTime(QDate(2026, 11, 18), QTime(10, 0)));
    CHECK(create.at == QDateTime(QDate(2026, 11, 17), QTime(9, 30)));

    const auto rowOf = [](const AuditEntry &e, const QString &table) -> const AuditRowChange * {
        for (const AuditRowChange &c : e.changes)
            if (c.table == table)
                return &c;
        return nullptr;
    };
    const AuditRowChange *created = rowOf(create, u"students"_s);
    REQUIRE(created);
    CHECK(created->op == u"insert"_s);
    bool sawName = false;
    for (const AuditFieldChange &f : created->fields)
        if (f.field == u"name"_s) {
            sawName = true;
            CHECK(f.after.toString() == u"张小明"_s);
            CHECK(f.before.isNull());
        }
    CHECK(sawName);
    // The guardian and the need, rows of the student, are in her history too.
    CHECK(rowOf(create, u"guardians"_s));
    CHECK(rowOf(create, u"student_needs"_s));

    const AuditRowChange *updated = rowOf(update, u"students"_s);
    REQUIRE(updated);
    CHECK(updated->op == u"update"_s);
    QHash<QString, AuditFieldChange> fields;
    for (const AuditFieldChange &f : updated->fields)
        fields.insert(f.field, f);
    REQUIRE(fields.contains(u"class_name"_s));
    CHECK(fields[u"class_name"_s].before.toString() == u"2班"_s);
    CHECK(fields[u"class_name"_s].after.toString() == u"3班"_s);
    REQUIRE(fields.contains(u"medical_history"_s));
    CHECK(fields[u"medical_history"_s].masked);
    CHECK(fields[u"medical_history"_s].before.isNull());
    CHECK(fields[u"medical_history"_s].after.isNull());
    CHECK_FALSE(fields.contains(u"name"_s));          // unchanged fields are not listed
    CHECK_FALSE(fields.contains(u"id_number"_s));     // masked and unchanged
}

TEST_CASE("the actor is the signed-in person, or on an unprotected file the current user")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(SettingsRepository(temp->db).setValue(u"school.teacher"_s, u"马晓燕"_s));
    REQUIRE(StudentRepository(temp->db).add(sampleStudent()));
    Principal signedIn;
    signedIn.accountId = 4;
    signedIn.staffId = 2;
    signedIn.userName = u"wangli"_s;
    signedIn.staffName = u"王丽"_s;
    signedIn.roles = {AccountRole::ResourceTeacher};
    temp->db->setPrincipal(signedIn);
    Student other = sampleStudent();
    other.name = u"李思"_s;
    other.idNumber.clear();
    REQUIRE(StudentRepository(temp->db).add(other));
    auto entries = AuditRepository(temp->db).search({});
    REQUIRE(entries);
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(0).actor == u"王丽"_s);
    CHECK(entries->at(0).userName == u"wangli"_s);
    CHECK(entries->at(1).actor == u"马晓燕"_s);
    CHECK(entries->at(1).userName.isEmpty());
    // Filters: by person (name or account), kind or area, date.
    AuditFilter byUser;
    byUser.actor = u"wangli"_s;
    CHECK(AuditRepository(temp->db).search(byUser)->size() == 1);
    AuditFilter byArea;
    byArea.kind = u"student"_s;
    CHECK(AuditRepository(temp->db).search(byArea)->size() == 2);
    AuditFilter byKind;
    byKind.kind = u"settings.set"_s;
    CHECK(AuditRepository(temp->db).search(byKind)->size() == 1);
    AuditFilter future;
    future.since = QDate::currentDate().addDays(2);
    CHECK(AuditRepository(temp->db).search(future)->isEmpty());
}

TEST_CASE("the trail cannot be changed or deleted, not even from outside the program")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(StudentRepository(temp->db).add(sampleStudent()));
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_changes"_s) > 0);
    for (const QString &statement : {u"UPDATE audit_actions SET actor = 'x'"_s, u"DELETE FROM audit_actions"_s,
                                     u"UPDATE audit_changes SET new_values = NULL"_s, u"DELETE FROM audit_changes"_s}) {
        INFO(statement.toStdString());
        CHECK(rawExec(temp->path(), statement).contains(u"audit trail cannot be changed"_s));
    }
    // Nor through the program's own write path.
    auto refused = temp->db->write({u"test.tamper"_s, u"tamper"_s}, [](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM audit_changes"_s);
        if (!done)
            return done.error();
        return {};
    });
    CHECK_FALSE(refused);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_actions WHERE kind = 'test.tamper'"_s) == 0);
}

TEST_CASE("a rolled-back action leaves no trail")
{
    auto temp = test::makeTempDatabase();
    const int before = count(temp->db, u"SELECT COUNT(*) FROM audit_actions"_s);
    auto failed = temp->db->write({u"room.add"_s, u"room then failure"_s}, [](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"INSERT INTO rooms(name, type) VALUES ('个训室', 'individual')"_s);
        if (!done)
            return done.error();
        return makeError(ErrorCode::InvalidInput, u"stop"_s);
    });
    CHECK_FALSE(failed);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_actions"_s) == before);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_changes WHERE table_name = 'rooms'"_s) == 0);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_context WHERE action_id IS NOT NULL"_s) == 0);
    // A write that works is recorded, and the context is closed after it.
    REQUIRE(temp->db->write({u"room.add"_s, u"room"_s}, [](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"INSERT INTO rooms(name, type) VALUES ('个训室', 'individual')"_s);
        if (!done)
            return done.error();
        return {};
    }));
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_changes WHERE table_name = 'rooms' AND op = 'insert'"_s) == 1);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_context WHERE action_id IS NOT NULL"_s) == 0);
}

TEST_CASE("the demo school's trail holds no ID number, medical, family or counselling text, and its summaries no need")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"demo.sqlite"_s);
    FixedClock clock(QDate(2026, 11, 17));
    REQUIRE(writeDemoSchool(path, clock));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    const QString trail = allTrailText(*db);
    CHECK(trail.size() > 10000);
    static const QRegularExpression idLike(u"[1-9][0-9]{16}[0-9Xx]"_s);
    CHECK_FALSE(idLike.match(trail).hasMatch());
    // Every sensitive value the demo holds, searched for in the trail.
    const QStringList sensitive{
        u"SELECT id_number FROM students"_s,          u"SELECT certificate_number FROM students"_s,
        u"SELECT medical_history FROM students"_s,    u"SELECT family_situation FROM students"_s,
        u"SELECT growth_history FROM students"_s,     u"SELECT observations FROM counselling_sessions"_s,
        u"SELECT topic FROM counselling_sessions"_s,  u"SELECT content FROM family_contacts"_s,
        u"SELECT phone FROM guardians"_s,             u"SELECT address FROM guardians"_s,
        u"SELECT conclusion FROM assessments"_s,      u"SELECT note FROM student_needs"_s,
    };
    int checked = 0;
    for (const QString &sql : sensitive) {
        auto values = readList(**db, sql, {}, [](const SqlRows &q) { return q.value(0).toString(); });
        REQUIRE(values);
        for (const QString &value : std::as_const(*values)) {
            if (value.trimmed().size() < 4)
                continue;
            INFO(sql.toStdString() << " → " << value.toStdString());
            CHECK_FALSE(trail.contains(value));
            ++checked;
        }
    }
    CHECK(checked > 20);
    // Summaries name records by number, never by need or disability.
    auto summaries = readList(**db, u"SELECT summary FROM audit_actions"_s, {}, [](const SqlRows &q) { return q.value(0).toString(); });
    REQUIRE(summaries);
    for (const QString &summary : std::as_const(*summaries))
        for (const char *need : {"智力", "视力", "听力", "言语", "肢体", "精神", "孤独症", "多重", "intellectual", "autism"})
            CHECK_FALSE(summary.contains(QString::fromUtf8(need), Qt::CaseInsensitive));
}

TEST_CASE("reading a student's page or counselling notes is logged, without reloading views")
{
    auto temp = test::makeTempDatabase();
    auto id = StudentRepository(temp->db).add(sampleStudent());
    REQUIRE(id);
    int reloads = 0;
    QObject::connect(temp->db.get(), &Database::written, [&reloads] { ++reloads; });
    REQUIRE(AccessLog::record(temp->db, AccessKind::StudentPage, *id, *id));
    REQUIRE(AccessLog::record(temp->db, AccessKind::Counselling, 77, *id));
    CHECK(reloads == 0);
    auto history = AuditRepository(temp->db).history(u"students"_s, *id);
    REQUIRE(history);
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).kind == u"access.counselling"_s);
    CHECK(history->at(0).readTable == u"counselling_sessions"_s);
    CHECK(history->at(0).readId == 77);
    CHECK(history->at(1).kind == u"access.student"_s);
    CHECK(history->at(1).readId == *id);
    AuditFilter reads;
    reads.kind = u"access"_s;
    CHECK(AuditRepository(temp->db).search(reads)->size() == 2);
}

TEST_CASE("the trail exports to .csv and .xlsx")
{
    auto temp = test::makeTempDatabase();
    REQUIRE(StudentRepository(temp->db).add(sampleStudent()));
    for (const QString &name : {u"trail.csv"_s, u"trail.xlsx"_s}) {
        const QString path = temp->dir.filePath(name);
        auto written = exportAuditTrail(temp->db, {}, path);
        REQUIRE(written);
        CHECK(*written == 1);
        auto table = readTableFile(path);
        REQUIRE(table);
        REQUIRE(table->rows.size() == 2);
        CHECK(table->rows.at(1).at(3) == u"student.create"_s);
    }
}

TEST_CASE("retention lists students who left long ago and deletes one whole, with confirmation")
{
    auto temp = test::makeTempDatabase();
    temp->db->setClock(std::make_shared<FixedClock>(QDate(2026, 11, 17)));
    StudentRepository students(temp->db);
    auto gone = students.add(sampleStudent());
    REQUIRE(gone);
    Student recent = sampleStudent();
    recent.name = u"李思"_s;
    recent.idNumber.clear();
    auto stays = students.add(recent);
    REQUIRE(stays);
    Attachment scan;
    scan.studentId = *gone;
    scan.archiveItem = 1;
    scan.schoolYear = 2021;
    scan.fileName = u"申请表.pdf"_s;
    scan.mimeType = u"application/pdf"_s;
    REQUIRE(temp->db->write({u"test.setup"_s, u"setup"_s}, [&](Transaction &tx) -> Result<void> {
        auto attachment = AttachmentRepository::add(tx, scan, QByteArray(2048, 'x'));
        if (!attachment)
            return attachment.error();
        const QStringList statements{
            u"INSERT INTO lrc_events(student_id, step, event_date, actor, reason, attachment_id) "
            "VALUES (%1, 'revoked', '2021-07-01', '马晓燕', '转学', %2)"_s.arg(*gone).arg(*attachment),
            u"INSERT INTO lrc_events(student_id, step, event_date, actor, reason) VALUES (%1, 'revoked', '2025-07-01', '马晓燕', '毕业')"_s.arg(*stays),
            u"INSERT INTO staff(id, name) VALUES (9, '马晓燕')"_s,
            u"INSERT INTO rooms(id, name, type) VALUES (5, '个训室', 'individual')"_s,
            u"INSERT INTO training_sessions(id, session_date, start_time, end_time, room_id, kind, service) "
            "VALUES (3, '2021-05-01', '09:00', '09:40', 5, 'group', 'individual_training')"_s,
            u"INSERT INTO session_students(session_id, student_id) VALUES (3, %1)"_s.arg(*gone),
            u"INSERT INTO session_students(session_id, student_id) VALUES (3, %1)"_s.arg(*stays),
            u"UPDATE training_sessions SET signed_by = 9, signed_at = '2021-05-01 10:00:00' WHERE id = 3"_s,
        };
        for (const QString &statement : statements)
            if (auto done = tx.exec(statement); !done)
                return done.error();
        return {};
    }));

    Retention retention(temp->db);
    CHECK(*retention.years() == Retention::kDefaultYears);
    auto list = retention.candidates();
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->at(0).studentId == *gone);
    CHECK(list->at(0).leftOn == QDate(2021, 7, 1));
    CHECK(list->at(0).attachments == 1);
    CHECK(retention.candidates(1)->size() == 2);

    // Refused without confirmation, and for a student still within the period.
    CHECK_FALSE(retention.deleteStudent(*gone, false));
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM students"_s) == 2);
    CHECK(retention.deleteStudent(*stays, true).error().code == ErrorCode::Conflict);
    CHECK_FALSE(retention.setYears(0));

    const int changesBefore = count(temp->db, u"SELECT COUNT(*) FROM audit_changes"_s);
    auto deleted = retention.deleteStudent(*gone, true);
    REQUIRE(deleted);
    CHECK(deleted->attachments == 1);
    CHECK(deleted->rows >= 6);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM students WHERE id = %1"_s.arg(*gone)) == 0);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM attachments"_s) == 0);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM attachment_data"_s) == 0);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM guardians WHERE student_id = %1"_s.arg(*gone)) == 0);
    // The signed session stays, with the other student's row.
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM session_students WHERE session_id = 3"_s) == 1);
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_context WHERE purge_student_id IS NOT NULL"_s) == 0);
    // Logged as one action, without copying the deleted data into the trail.
    AuditFilter filter;
    filter.kind = u"retention.delete"_s;
    auto logged = AuditRepository(temp->db).search(filter);
    REQUIRE(logged);
    REQUIRE(logged->size() == 1);
    CHECK(logged->at(0).summary.contains(u"1 attachments"_s));
    CHECK(count(temp->db, u"SELECT COUNT(*) FROM audit_changes"_s) == changesBefore);
    // The lock of signed records is back for everyone else.
    auto locked = temp->db->write({u"test.delete"_s, u"x"_s}, [](Transaction &tx) -> Result<void> {
        auto done = tx.exec(u"DELETE FROM session_students WHERE session_id = 3"_s);
        if (!done)
            return done.error();
        return {};
    });
    CHECK_FALSE(locked);
}
