// The roster as schools' files really are: errors skip a row, warnings
// import it and flag the student 待核对; one name rule everywhere; the CLI
// reports 已导入 only after the commit.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "common/Clock.h"
#include "roster/Roster.h"
#include "roster/RosterImport.h"
#include "roster/RosterValues.h"
#include "storage/Migrations.h"
#include "students/PersonName.h"
#include "students/ReviewFlagRepository.h"
#include "students/StudentRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const FixedClock kClock(QDate(2026, 9, 7));

ImportPreview heldOut(const std::shared_ptr<Database> &db, const QString &fixture)
{
    auto table = readTableFile(test::testDataPath(fixture));
    REQUIRE(table);
    auto preview = buildImportPreview(db, *table);
    REQUIRE(preview);
    preview->source = fixture;
    return *preview;
}

const ImportRow &row(const ImportPreview &p, int n)   // n: the 序号 of the held-out file
{
    REQUIRE(n - 1 < p.rows.size());
    return p.rows.at(n - 1);
}

bool hasWarning(const ImportRow &r, ReviewKind kind)
{
    return std::any_of(r.warnings.cbegin(), r.warnings.cend(), [kind](const ImportWarning &w) { return w.kind == kind; });
}

} // namespace

TEST_CASE("one name rule: spaces between Han characters go, middle dots become U+00B7")
{
    CHECK(normalisePersonName(u"李 思"_s) == u"李思"_s);
    CHECK(normalisePersonName(u"  李　思 "_s) == u"李思"_s);          // ideographic space, padding
    CHECK(normalisePersonName(u"欧阳 小 明"_s) == u"欧阳小明"_s);
    for (const char16_t dot : {u'\u2022', u'\u2027', u'\u30FB', u'\uFF65', u'\u0387', u'\u00B7', u'\u2219', u'\u22C5'}) {
        INFO(int(dot));
        CHECK(normalisePersonName(u"买买提"_s + QChar(dot) + u"艾力"_s) == u"买买提·艾力"_s);
    }
    CHECK(normalisePersonName(u"买买提 • 艾力"_s) == u"买买提·艾力"_s);
    CHECK(normalisePersonName(u"Anna  Li"_s) == u"Anna Li"_s);      // Latin names keep one space
    CHECK(normalisePersonName(u"𠀋 一"_s) == u"𠀋一"_s);             // a name beyond the BMP
    CHECK(normalisePersonName(u"   "_s).isEmpty());

    CHECK(isPlausiblePhone(u"13909981101"_s));
    CHECK(isPlausiblePhone(u"139 0998 1101"_s));
    CHECK(isPlausiblePhone(u"+86 139-0998-1101"_s));
    CHECK(isPlausiblePhone(u"0991-2345678"_s));
    CHECK(isPlausiblePhone(u"(010) 62345678转123"_s));
    CHECK(isPlausiblePhone(u"13909981101/0991-2345678"_s));
    CHECK_FALSE(isPlausiblePhone(u"1234"_s));
    CHECK_FALSE(isPlausiblePhone(u"12345678901"_s));
    CHECK_FALSE(isPlausiblePhone(u"1390998110"_s));
    CHECK_FALSE(isPlausiblePhone(u"无"_s));
}

TEST_CASE("the held-out roster: errors skip, warnings import and flag, names are normalised")
{
    for (const QString &fixture : {u"roster_heldout.csv"_s, u"roster_heldout.xlsx"_s}) {
        INFO(fixture.toStdString());
        auto temp = test::makeTempDatabase();
        const ImportPreview p = heldOut(temp->db, fixture);
        REQUIRE(p.rows.size() == 7);

        // Row 1: the certificate says 视力, the record 听力 — imported and flagged.
        CHECK(row(p, 1).status == ImportRowStatus::Flagged);
        CHECK(row(p, 1).problems.isEmpty());
        CHECK(hasWarning(row(p, 1), ReviewKind::Certificate));
        CHECK(row(p, 1).warningTexts().join(u' ').contains(u"残疾人证"_s));
        // Rows 2 and 3: names as Excel users type them.
        CHECK(row(p, 2).status == ImportRowStatus::Ready);
        CHECK(row(p, 2).student.name == u"李思"_s);
        CHECK(row(p, 3).status == ImportRowStatus::Ready);
        CHECK(row(p, 3).student.name == u"买买提·艾力"_s);
        CHECK(row(p, 3).student.name.contains(QChar(0x00B7)));
        // Row 4 is skipped for its grade; row 5, the same child corrected, is
        // not a "duplicate" of a row that was itself skipped.
        CHECK(row(p, 4).status == ImportRowStatus::Invalid);
        CHECK(row(p, 4).problems.join(u' ').contains(u"十三年级"_s));
        CHECK(row(p, 5).status == ImportRowStatus::Ready);
        CHECK(row(p, 5).problems.isEmpty());
        // Row 6: an invalid ID number is an error.
        CHECK(row(p, 6).status == ImportRowStatus::Invalid);
        CHECK(row(p, 6).problems.join(u' ').contains(u"身份证号"_s));
        // Row 7: 女 against an ID number of a boy, and a phone number "1234".
        CHECK(row(p, 7).status == ImportRowStatus::Flagged);
        CHECK(hasWarning(row(p, 7), ReviewKind::GenderId));
        CHECK(hasWarning(row(p, 7), ReviewKind::Phone));
        CHECK(row(p, 7).student.gender == Gender::Female);   // the file's word is kept, the doubt flagged

        CHECK(p.readyCount() == 5);
        CHECK(p.countOf(ImportRowStatus::Flagged) == 2);
        CHECK(p.countOf(ImportRowStatus::Invalid) == 2);
        CHECK(p.warningCount() == 3);

        auto outcome = commitImport(temp->db, p, kClock);
        REQUIRE(outcome);
        CHECK(outcome->imported == 5);
        CHECK(outcome->flagged == 2);
        CHECK(outcome->skipped == 2);
        CHECK(outcome->importedLines == QSet<int>{row(p, 1).line, row(p, 2).line, row(p, 3).line, row(p, 5).line, row(p, 7).line});

        StudentRepository students(temp->db);
        CHECK(*students.count() == 5);
        REQUIRE(students.find(u"李思"_s));
        CHECK(students.find(u"李 思"_s)->name == u"李思"_s);
        REQUIRE(students.find(u"买买提·艾力"_s));
        CHECK(students.find(u"买买提•艾力"_s)->id == students.find(u"买买提·艾力"_s)->id);
        CHECK(students.find(u"周杰"_s)->grade == 4);

        // The warnings are kept per student, dated by the clock, with their source.
        ReviewFlagRepository flags(temp->db);
        const qint64 gulimila = students.find(u"古丽米拉"_s)->id;
        const QList<ReviewFlag> first = *flags.forStudent(gulimila);
        REQUIRE(first.size() == 1);
        CHECK(first.first().kind == ReviewKind::Certificate);
        CHECK(first.first().createdOn == kClock.today());
        CHECK(first.first().source.contains(fixture));
        CHECK(first.first().source.contains(QString::number(row(p, 1).line)));
        CHECK(first.first().isOpen());
        CHECK(flags.forStudent(students.find(u"何雨"_s)->id)->size() == 2);
        CHECK(flags.pending()->size() == 3);
        CHECK(flags.studentsWithOpenFlags()->size() == 2);

        // Marking as checked records who and when; it cannot be done twice.
        REQUIRE(flags.resolve(first.first().id, u"刘老师"_s, QDate(2026, 9, 8)));
        const ReviewFlag checked = flags.forStudent(gulimila)->first();
        CHECK(checked.resolvedOn == QDate(2026, 9, 8));
        CHECK(checked.resolvedBy == u"刘老师"_s);
        CHECK_FALSE(flags.resolve(first.first().id, u"刘老师"_s, QDate(2026, 9, 8)));
        CHECK_FALSE(flags.resolve(0, u""_s, QDate(2026, 9, 8)));
        CHECK(flags.pending()->size() == 2);

        // Search uses the same rule: typed with a bullet or a space, or as pinyin.
        const QList<RosterEntry> roster = *loadRoster(temp->db);
        auto found = [&](const QString &query) {
            RosterFilter filter;
            filter.query = query;
            return std::count_if(roster.cbegin(), roster.cend(), [&](const RosterEntry &e) { return filter.matches(e); });
        };
        CHECK(found(u"买买提•艾力"_s) == 1);
        CHECK(found(u"买买提・艾力"_s) == 1);
        CHECK(found(u"李 思"_s) == 1);
        CHECK(found(u"mmt"_s) == 1);

        // A second import of the same file adds nobody and flags nothing new.
        const ImportPreview again = heldOut(temp->db, fixture);
        CHECK(again.readyCount() == 0);
        CHECK(row(again, 1).status == ImportRowStatus::Duplicate);
        REQUIRE(commitImport(temp->db, again, kClock));
        CHECK(*students.count() == 5);
        CHECK(flags.pending()->size() == 2);
    }
}

TEST_CASE("a corrected cell is checked again: the row becomes importable")
{
    auto temp = test::makeTempDatabase();
    auto table = readTableFile(test::testDataPath(u"roster_heldout.csv"_s));
    REQUIRE(table);
    auto before = buildImportPreview(temp->db, *table);
    REQUIRE(before);
    const ImportRow &invalid = before->rows.at(5);
    REQUIRE(invalid.status == ImportRowStatus::Invalid);
    const int idColumn = int(before->mapping.indexOf(RosterField::IdNumber));
    REQUIRE(idColumn >= 0);
    QFile fixed(test::testDataPath(u"roster_heldout_fixed_id.txt"_s));
    REQUIRE(fixed.open(QIODevice::ReadOnly));
    correctTableCell(*table, invalid.tableRow, idColumn, QString::fromLatin1(fixed.readAll()).trimmed());
    auto after = buildImportPreview(temp->db, *table);
    REQUIRE(after);
    CHECK(after->rows.at(5).status == ImportRowStatus::Ready);
    CHECK(after->readyCount() == 6);
}

TEST_CASE("names are normalised by the forms' write path and duplicates found under the rule")
{
    auto temp = test::makeTempDatabase();
    StudentRepository students(temp->db);
    Student s;
    s.name = u" 李 思 "_s;
    s.birthDate = QDate(2017, 8, 23);
    auto id = students.add(s);
    REQUIRE(id);
    CHECK(students.byId(*id)->name == u"李思"_s);
    Student again;
    again.name = u"李思"_s;
    again.birthDate = QDate(2017, 8, 23);
    CHECK(*students.findDuplicate(again) == *id);
    CHECK(StudentRepository::duplicateIndex(*temp->db)->find(again) == *id);
    Student dotted = *students.byId(*id);
    dotted.name = u"阿依古丽•买买提"_s;
    REQUIRE(students.update(dotted));
    CHECK(students.byId(*id)->name == u"阿依古丽·买买提"_s);
}

TEST_CASE("the duplicate rule looks rows up in a hash: a large file against a large school is quick")
{
    auto temp = test::makeTempDatabase();
    const int n = 3000;
    REQUIRE(temp->db->write({u"test.seed"_s, u"students"_s}, [&](Transaction &tx) -> Result<void> {
        for (int i = 0; i < n; ++i) {
            Student s;
            s.name = u"学生%1"_s.arg(i);
            s.birthDate = QDate(2015, 1, 1).addDays(i % 700);
            if (auto added = StudentRepository::add(tx, s); !added)
                return added.error();
        }
        return {};
    }));
    TableData table;
    table.rows.append({u"姓名"_s, u"出生日期"_s, u"性别"_s});
    for (int i = 0; i < n; ++i)
        table.rows.append({u"学生%1"_s.arg(i * 2), QDate(2015, 1, 1).addDays((i * 2) % 700).toString(Qt::ISODate), u"男"_s});
    QElapsedTimer timer;
    timer.start();
    auto preview = buildImportPreview(temp->db, table);
    REQUIRE(preview);
    CHECK(preview->countOf(ImportRowStatus::Duplicate) == n / 2);
    CHECK(preview->readyCount() == n / 2);
    CHECK(timer.elapsed() < 5000);
}

TEST_CASE("a commit that fails writes nothing and says so")
{
    auto temp = test::makeTempDatabase();
    const ImportPreview p = heldOut(temp->db, u"roster_heldout.csv"_s);
    // The fourth student inserted is refused: the whole import must go.
    QSqlQuery trigger(temp->db->connection());
    REQUIRE(trigger.exec(u"CREATE TRIGGER test_refuse AFTER INSERT ON students WHEN (SELECT count(*) FROM students) > 3 "
                         "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END"_s));
    auto outcome = commitImport(temp->db, p, kClock);
    REQUIRE_FALSE(outcome);
    CHECK(outcome.error().message.contains(u"未写入"_s));
    CHECK(*StudentRepository(temp->db).count() == 0);
    CHECK(ReviewFlagRepository(temp->db).pending()->isEmpty());
}

TEST_CASE("the CLI says 已导入 only after the commit, and a failed commit wrote nothing")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    {
        auto created = Database::open(db, OpenMode::CreateIfMissing);
        REQUIRE(created);
    }
    const QString roster = test::testDataPath(u"roster_heldout.xlsx"_s);

    auto dry = test::runCli({u"import-roster"_s, roster, u"--db"_s, db, u"--dry-run"_s});
    CHECK(dry.exitCode == 0);
    CHECK_FALSE(dry.out.contains(u"已导入"_s));
    CHECK(dry.out.contains(u"将导入，待核对"_s));
    CHECK(dry.out.contains(u"未写入任何数据"_s));

    // Another program is in the middle of saving: our commit cannot happen.
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-writer"_s);
        other.setDatabaseName(db);
        REQUIRE(other.open());
        QSqlQuery begin(other);
        REQUIRE(begin.exec(u"BEGIN IMMEDIATE"_s));
        auto blocked = test::runCli({u"import-roster"_s, roster, u"--db"_s, db});
        CHECK(blocked.exitCode == 1);
        INFO(blocked.err.toStdString());
        CHECK(blocked.err.contains(u"未写入"_s));
        CHECK_FALSE(blocked.out.contains(u"已导入"_s));
        QSqlQuery(other).exec(u"ROLLBACK"_s);
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-writer"_s);
    CHECK(test::runCli({u"students"_s, u"--db"_s, db}).out.trimmed().isEmpty());

    auto real = test::runCli({u"import-roster"_s, roster, u"--db"_s, db});
    CHECK(real.exitCode == 0);
    const QStringList lines = real.out.trimmed().split(u'\n');
    REQUIRE(lines.size() == 8);
    CHECK(lines.at(0).contains(u"已导入，待核对"_s));
    CHECK(lines.at(1).contains(u"李思"_s));
    CHECK(lines.at(3).contains(u"有错误，未导入"_s));
    CHECK(lines.last().contains(u"已导入 5 名学生"_s));
}

TEST_CASE("an older file's names are brought to the name rule by the upgrade")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"old.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-v8"_s);
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        REQUIRE(migrate(raw, 8));
        QSqlQuery q(raw);
        REQUIRE(q.exec(u"INSERT INTO students(name) VALUES ('李 思'), ('买买提•艾力'), ('Anna Li')"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw-v8"_s);
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    QStringList names;
    const auto onRoster = StudentRepository(*db).summaries();
    REQUIRE(onRoster);
    for (const StudentSummary &s : *onRoster)
        names << s.name;
    names.sort();
    CHECK(names == QStringList{u"Anna Li"_s, u"买买提·艾力"_s, u"李思"_s});
}
