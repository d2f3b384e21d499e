// The reads of the resource-room work (rooms, rules, timetable, coverage,
// training records, usage log, inspections) report a failed read as an
// error: the repositories return it, the forms return it, the CLI prints
// 错误：… and exits 1. Never an empty list that looks like "nothing there".
// Also: the rows these areas write carry the action's time from the
// database's clock, and the draft made from a timetable meeting.
#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "TestSupport.h"
#include "demo/DemoSchool.h"
#include "inspection/InspectionRepository.h"
#include "inspection/Inspector.h"
#include "print/FormRegistry.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "storage/Database.h"
#include "timetable/Coverage.h"
#include "timetable/TimetableRepository.h"
#include "training/DraftFromTimetable.h"
#include "training/SessionRepository.h"
#include "training/TrainingWarnings.h"
#include "usage/RoomUsageRepository.h"

#include <QFile>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

// A read that failed because the file is broken, not because the data is missing.
template <typename T>
bool failedInStorage(const Result<T> &result)
{
    return !result.ok() && result.error().code == ErrorCode::Storage && !result.error().message.isEmpty();
}

Result<FormDocument> buildForm(const std::shared_ptr<Database> &db, const QString &id, const FormRequest &request)
{
    const FormSpec *spec = findForm(id);
    REQUIRE(spec);
    return spec->build(FormContext{db, std::make_shared<FixedClock>(kToday), request});
}

// The demo's current semester, found through its timetable.
qint64 semesterOf(const std::shared_ptr<Database> &db)
{
    const auto week = TimetableRepository(db).occurrences(kToday.addDays(-6), kToday);
    REQUIRE(week);
    REQUIRE_FALSE(week->isEmpty());
    const auto slot = TimetableRepository(db).slot(week->first().slotId);
    REQUIRE(slot);
    return slot->semesterId;
}

} // namespace

TEST_CASE("without the rules table, every read of rules fails and says so", "[reads][rooms]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    const auto room = RoomRepository(db).find(u"资源教室"_s);
    REQUIRE(room);
    const qint64 semester = semesterOf(db);
    const auto sessions = SessionRepository(db).between(kToday.addDays(-14), kToday);
    REQUIRE(sessions);
    REQUIRE_FALSE(sessions->isEmpty());

    test::dropTable(*db, u"room_rules"_s);

    CHECK(failedInStorage(RoomRuleRepository(db).forRoom(room->id)));
    CHECK(failedInStorage(RoomRuleRepository(db).allByRoom()));
    CHECK(failedInStorage(TimetableRepository(db).conflicts(semester)));
    CHECK(failedInStorage(SessionRepository(db).signOffWarnings(sessions->first())));
    CHECK(failedInStorage(SessionRepository(db).signOffCheck(sessions->first())));
    CHECK(failedInStorage(trainingWarnings(db, FixedClock(kToday))));
    CHECK(failedInStorage(Inspector(db, std::make_shared<FixedClock>(kToday)).run(kToday.addDays(-30), kToday)));
    FormRequest poster;
    poster.roomId = room->id;
    CHECK(failedInStorage(buildForm(db, u"room-rules"_s, poster)));
    // Writes that read the rules refuse too, rather than pass a rule unread.
    CHECK(failedInStorage(SessionRepository(db).createFromTimetable(kToday.addDays(1))));
}

TEST_CASE("without the rooms table, the rooms are not an empty list", "[reads][rooms]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    test::dropTable(*db, u"rooms"_s);
    const RoomRepository rooms(db);
    CHECK(failedInStorage(rooms.all()));
    CHECK(failedInStorage(rooms.names()));
    CHECK(failedInStorage(rooms.byId(1)));
    CHECK(failedInStorage(rooms.find(u"资源教室"_s)));
}

TEST_CASE("without the slots' students, the timetable, its coverage and its forms fail", "[reads][timetable]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    const qint64 semester = semesterOf(db);

    test::dropTable(*db, u"timetable_slot_students"_s);

    const TimetableRepository timetable(db);
    CHECK(failedInStorage(timetable.slotsOf(semester)));
    CHECK(failedInStorage(timetable.occurrences(kToday.addDays(-6), kToday)));
    CHECK(failedInStorage(timetable.occurrencesOfWeek(semester, 3)));
    CHECK(failedInStorage(CoverageReport(db).forSemester(semester)));
    CHECK(failedInStorage(CoverageReport(db).forWeek(semester, 3)));
    FormRequest whole;
    whole.semesterId = semester;
    CHECK(failedInStorage(buildForm(db, u"timetable"_s, whole)));
    // A missing semester is a different answer: not found.
    const auto none = TimetableRepository(db).occurrencesOfWeek(semester + 100, 1);
    REQUIRE_FALSE(none);
    CHECK(none.error().code == ErrorCode::NotFound);
}

TEST_CASE("without the records' equipment rows, records, the usage log and their forms fail", "[reads][training]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    const auto room = RoomRepository(db).find(u"资源教室"_s);
    REQUIRE(room);
    const auto sessions = SessionRepository(db).between(kToday.addDays(-14), kToday);
    REQUIRE(sessions);
    REQUIRE_FALSE(sessions->isEmpty());
    const TrainingSession session = sessions->first();

    test::dropTable(*db, u"session_equipment"_s);

    const SessionRepository records(db);
    CHECK(failedInStorage(records.byId(session.id)));
    CHECK(failedInStorage(records.between(kToday.addDays(-14), kToday)));
    CHECK(failedInStorage(records.forStudent(session.students.first().studentId, kToday.addDays(-14), kToday)));
    CHECK(failedInStorage(records.unsignedUntil(kToday)));
    CHECK(failedInStorage(records.history(session.id)));
    CHECK(failedInStorage(records.previousRecord(session.students.first().studentId, kToday)));
    CHECK(failedInStorage(RoomUsageRepository(db).entries(kToday.addDays(-14), kToday)));
    FormRequest one;
    one.sessionId = session.id;
    CHECK(failedInStorage(buildForm(db, u"training-record"_s, one)));
    FormRequest usage;
    usage.roomId = room->id;
    usage.from = kToday.addDays(-14);
    usage.to = kToday;
    CHECK(failedInStorage(buildForm(db, u"room-usage"_s, usage)));
}

TEST_CASE("without the usage aids or the inspections' requirements, their lists fail", "[reads][usage][inspection]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    const Inspector inspector(db, std::make_shared<FixedClock>(kToday));
    auto result = inspector.run(kToday.addDays(-30), kToday);
    REQUIRE(result);
    auto saved = InspectionRepository(db).save(*result);
    REQUIRE(saved);

    test::dropTable(*db, u"room_usage_aids"_s);
    test::dropTable(*db, u"inspection_requirements"_s);

    CHECK(failedInStorage(RoomUsageRepository(db).manualEntries(kToday.addDays(-120), kToday.addDays(60))));
    CHECK(failedInStorage(InspectionRepository(db).byId(*saved)));
    CHECK(failedInStorage(InspectionRepository(db).latest()));
    FormRequest savedForm;
    savedForm.inspectionId = *saved;
    CHECK(failedInStorage(buildForm(db, u"inspection"_s, savedForm)));
    // The list of saved inspections reads no requirement: it still answers.
    const auto list = InspectionRepository(db).list();
    REQUIRE(list);
    CHECK(list->size() == 1);
}

TEST_CASE("a missing row is NotFound, naming what is missing", "[reads]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    for (const Error &error : {RoomRepository(db).byId(9999).error(), RoomRepository(db).find(u"无此室"_s).error(),
                               TimetableRepository(db).slot(9999).error(), TimetableRepository(db).change(9999).error(),
                               SessionRepository(db).byId(9999).error(), RoomUsageRepository(db).byId(9999).error(),
                               InspectionRepository(db).byId(9999).error()}) {
        CHECK(error.code == ErrorCode::NotFound);
        CHECK_FALSE(error.message.isEmpty());
    }
    CHECK(RoomRepository(db).find(u"无此室"_s).error().message.contains(u"无此室"_s));
    const auto none = SessionRepository(db).forOccurrence(9999, kToday);
    REQUIRE(none);
    CHECK_FALSE(*none);
}

TEST_CASE("a damaged page makes the CLI say 错误 and exit 1, with nothing listed", "[reads][cli]")
{
    QTemporaryDir keep;
    const QString file = keep.filePath(u"damaged.sqlite"_s);
    REQUIRE(writeDemoSchool(file, FixedClock(kToday)));
    test::damageTable(file, u"timetable_slots"_s);
    test::damageTable(file, u"rooms"_s);

    for (const QStringList &command : {QStringList{u"slots"_s, u"--db"_s, file}, QStringList{u"rooms"_s, u"--db"_s, file},
                                       QStringList{u"print"_s, u"timetable"_s, u"--db"_s, file, u"--out"_s,
                                                   keep.filePath(u"timetable.pdf"_s)},
                                       QStringList{u"inspect"_s, u"--db"_s, file, u"--from"_s, u"2026-11-01"_s,
                                                   u"--to"_s, u"2026-11-20"_s}}) {
        INFO(command.join(u' ').toStdString());
        const auto run = test::runCli(command);
        CHECK(run.exitCode == 1);
        CHECK(run.err.startsWith(u"错误："_s));
        CHECK(run.out.trimmed().isEmpty());
    }
    CHECK_FALSE(QFile::exists(keep.filePath(u"timetable.pdf"_s)));
}

TEST_CASE("the rows the resource-room areas write carry the action's time from the database's clock", "[training][usage]")
{
    const auto demo = test::openDemoSchool(kToday);
    const std::shared_ptr<Database> &db = demo->db;
    const QDateTime at(QDate(2026, 11, 23), QTime(16, 5, 7));
    db->setClock(std::make_shared<FixedClock>(at));
    const auto timeOf = [&db](const QString &sql, qint64 id) {
        const auto value = readValue(*db, sql, {{":id", id}});
        REQUIRE(value);
        return value->toString();
    };

    // A record made from the timetable, signed, then amended.
    const auto made = SessionRepository(db, std::make_shared<FixedClock>(at)).createFromTimetable(at.date());
    REQUIRE(made);
    REQUIRE_FALSE(made->created.isEmpty());
    const qint64 session = made->created.first();
    CHECK(timeOf(u"SELECT created_at FROM training_sessions WHERE id = :id"_s, session) == sqlDateTime(at));

    const auto room = RoomRepository(db).find(u"资源教室"_s);
    REQUIRE(room);
    RoomUsageEntry visit;
    visit.kind = UsageKind::Visit;
    visit.date = at.date();
    visit.start = QTime(15, 0);
    visit.end = QTime(15, 40);
    visit.roomId = room->id;
    visit.who = u"区教研室"_s;
    const auto use = RoomUsageRepository(db).add(visit);
    REQUIRE(use);
    CHECK(timeOf(u"SELECT recorded_at FROM room_usage WHERE id = :id"_s, *use) == sqlDateTime(at));

    auto result = Inspector(db, std::make_shared<FixedClock>(at)).run(kToday.addDays(-30), kToday);
    REQUIRE(result);
    const auto saved = InspectionRepository(db).save(*result);
    REQUIRE(saved);
    CHECK(timeOf(u"SELECT saved_at FROM inspections WHERE id = :id"_s, *saved) == sqlDateTime(at));

    const auto signedRecords = readIds(*db, u"SELECT id FROM training_sessions WHERE signed_at IS NOT NULL "
                                            "ORDER BY session_date DESC LIMIT 1"_s);
    REQUIRE(signedRecords);
    REQUIRE_FALSE(signedRecords->isEmpty());
    auto record = SessionRepository(db).byId(signedRecords->first());
    REQUIRE(record);
    TrainingSession corrected = *record;
    corrected.problems += u"（补记）"_s;
    const auto amended = SessionRepository(db).amend(corrected, u"补记存在问题"_s, u"马晓燕"_s, at.date());
    REQUIRE(amended);
    CHECK(timeOf(u"SELECT recorded_at FROM training_amendments WHERE session_id = :id ORDER BY sequence DESC LIMIT 1"_s,
                 record->id)
          == sqlDateTime(at));
}

TEST_CASE("a timetable meeting's draft: the meeting's time, room, instructor and service, its students present",
          "[training]")
{
    SlotOccurrence meeting;
    meeting.slotId = 7;
    meeting.date = QDate(2026, 11, 24);
    meeting.start = QTime(10, 0);
    meeting.end = QTime(10, 40);
    meeting.roomId = 2;
    meeting.instructorId = 3;
    meeting.studentIds = {11, 12};
    meeting.service = ServiceType::SensoryTraining;
    meeting.content = u"感统训练"_s;
    const TrainingSession draft = draftFromOccurrence(meeting);
    CHECK(draft.id == 0);
    CHECK(draft.slotId == 7);
    CHECK(draft.date == meeting.date);
    CHECK(draft.occurrenceDate == meeting.date);
    CHECK(draft.start == meeting.start);
    CHECK(draft.end == meeting.end);
    CHECK(draft.roomId == 2);
    CHECK(draft.instructorId == 3);
    CHECK(draft.kind == SessionKind::Group);
    CHECK(draft.service == ServiceType::SensoryTraining);
    CHECK(draft.topic == u"感统训练"_s);
    CHECK(draft.studentIds() == QList<qint64>{11, 12});
    CHECK(draft.presentStudentIds() == QList<qint64>{11, 12});
    CHECK_FALSE(draft.isSigned());

    meeting.studentIds = {11};
    CHECK(draftFromOccurrence(meeting).kind == SessionKind::Individual);
}
