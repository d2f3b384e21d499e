// The access policy (security/Policy.h): each account role × reading and
// writing students, counselling, family contacts, guidance visits, the
// ledger, the settings and accounts — decided by the policy, enforced by
// Database::write and the repositories, obeyed by the printed forms.
#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "archive/ArchiveCompleteness.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyChecks.h"
#include "family/FamilyContactRepository.h"
#include "ledger/LedgerCategoryRepository.h"
#include "lrc/LrcRepository.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "print/forms/CounsellingForm.h"
#include "roster/Roster.h"
#include "school/SettingsRepository.h"
#include "schoolwork/GuidanceVisitRepository.h"
#include "security/Policy.h"
#include "security/StudentScope.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 20);

Principal account(QList<AccountRole> roles, qint64 staffId = 0)
{
    Principal p;
    p.accountId = 7;
    p.staffId = staffId;
    p.userName = u"user"_s;
    p.staffName = u"某老师"_s;
    p.roles = std::move(roles);
    return p;
}

// A school of two classes: 三年级2班 led by 李老师 (one student by the class
// on her list, one naming her as head teacher) and 四年级1班 led by 赵老师.
struct School {
    std::unique_ptr<test::TempDatabase> temp = test::makeTempDatabase();
    std::shared_ptr<Database> db = temp->db;
    qint64 resource = 0, li = 0, zhao = 0, chen = 0, sun = 0;
    qint64 ming = 0, hong = 0, gang = 0;
    qint64 chenSession = 0;

    School()
    {
        REQUIRE(db);
        db->setClock(std::make_shared<FixedClock>(kToday));
        resource = staff(StaffMember::withRole(u"王老师"_s, StaffRole::ResourceTeacher));
        StaffMember liMember = StaffMember::withRole(u"李老师"_s, StaffRole::HeadTeacher);
        liMember.classesLed = {u"三年级2班"_s};
        li = staff(liMember);
        StaffMember zhaoMember = StaffMember::withRole(u"赵老师"_s, StaffRole::HeadTeacher);
        zhaoMember.classesLed = {u"四年级1班"_s};
        zhao = staff(zhaoMember);
        chen = staff(StaffMember::withRole(u"陈老师"_s, StaffRole::Counsellor));
        sun = staff(StaffMember::withRole(u"孙老师"_s, StaffRole::Counsellor));
        ming = student(u"张明"_s, 3, u"2班"_s, 0);
        hong = student(u"李红"_s, 3, u"5班"_s, li);   // another class, but 李老师 is named as her head teacher
        gang = student(u"王刚"_s, 4, u"1班"_s, zhao);
        auto session = CounsellingRepository(db).add(counselling(ming, chen));
        REQUIRE(session);
        chenSession = *session;
        REQUIRE(FamilyContactRepository(db).add(contact(gang)));
    }
    qint64 staff(const StaffMember &m)
    {
        auto id = StaffRepository(db).add(m);
        REQUIRE(id);
        return *id;
    }
    qint64 student(const QString &name, int grade, const QString &className, qint64 headTeacher)
    {
        Student s;
        s.name = name;
        s.grade = grade;
        s.className = className;
        s.headTeacherId = headTeacher;
        auto id = StudentRepository(db).add(s);
        REQUIRE(id);
        return *id;
    }
    static CounsellingSession counselling(qint64 studentId, qint64 counsellor)
    {
        CounsellingSession s;
        s.studentId = studentId;
        s.date = QDate(2026, 11, 18);
        s.counsellorId = counsellor;
        s.topic = u"与同学冲突后的情绪"_s;
        s.observations = u"谈到父母离异时哭泣"_s;
        s.followUp = u"与班主任沟通座位"_s;
        return s;
    }
    static FamilyContact contact(qint64 studentId)
    {
        FamilyContact c;
        c.studentId = studentId;
        c.kind = ContactKind::Phone;
        c.date = QDate(2026, 11, 12);
        c.content = u"了解在家作息"_s;
        return c;
    }
    QStringList names() const
    {
        auto list = StudentRepository(db).summaries();
        REQUIRE(list);
        QStringList names;
        for (const StudentSummary &s : *list)
            names.append(s.name);
        names.sort();
        return names;
    }
};

// Every write the matrix tries, through the real repositories; each is one Action kind.
struct Attempts {
    School &school;
    Result<qint64> addStudent() const
    {
        Student s;
        s.name = u"新同学"_s;
        return StudentRepository(school.db).add(s);
    }
    Result<qint64> addCounselling(qint64 counsellor) const
    {
        return CounsellingRepository(school.db).add(School::counselling(school.ming, counsellor));
    }
    Result<qint64> addContact(qint64 studentId) const { return FamilyContactRepository(school.db).add(School::contact(studentId)); }
    Result<qint64> addGuidance() const
    {
        GuidanceVisit v;
        v.date = QDate(2026, 11, 3);
        v.visitor = u"周老师"_s;
        v.suggestions = u"课堂上给予提示卡"_s;
        return GuidanceVisitRepository(school.db).add(v);
    }
    Result<qint64> addLedgerCategory() const
    {
        LedgerCategory c;
        c.name = u"新类别%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        c.code = u"X"_s;
        return LedgerCategoryRepository(school.db).add(c);
    }
    Result<void> changeSetting() const { return SettingsRepository(school.db).setValue(u"policy.test"_s, u"1"_s); }
};

bool ok(const auto &result) { return result.ok(); }
bool forbidden(const auto &result) { return !result.ok() && result.error().code == ErrorCode::Forbidden; }

QString pdfText(const FormDocument &doc, const QString &path)
{
    REQUIRE(writeFormPdf(doc, path));
    QProcess process;
    process.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(process.waitForFinished(60000));
    return QString::fromUtf8(process.readAllStandardOutput()).remove(QRegularExpression(u"\\s+"_s));
}

Result<FormDocument> buildForm(const School &school, const QString &id, std::optional<qint64> studentId = {})
{
    const FormSpec *spec = findForm(id);
    REQUIRE(spec);
    FormRequest request;
    request.studentId = studentId;
    return spec->build(FormContext{school.db, std::make_shared<FixedClock>(kToday), request});
}

} // namespace

TEST_CASE("the policy's matrix: what each role may read and change", "[policy]")
{
    using R = AccountRole;
    struct Row {
        R role;
        bool students, ieps, counselling, contacts, guidance, ledger, settings, accounts;   // reads
    };
    const Row reads[] = {
        {R::Admin, true, true, true, true, true, true, true, true},
        {R::ResourceTeacher, true, true, true, true, true, true, true, false},
        {R::HeadTeacher, true, false, false, true, false, false, false, false},
        {R::Itinerant, true, true, false, true, true, true, true, false},
        {R::Counsellor, true, false, true, true, false, false, false, false},
        {R::Viewer, true, true, false, true, true, true, true, false},
    };
    for (const Row &row : reads) {
        CAPTURE(accountRoleCode(row.role));
        const Policy p(account({row.role}));
        CHECK(p.mayRead(DataArea::Students) == row.students);
        CHECK(p.mayRead(DataArea::Ieps) == row.ieps);
        CHECK(p.mayRead(DataArea::Counselling) == row.counselling);
        CHECK(p.mayRead(DataArea::FamilyContacts) == row.contacts);
        CHECK(p.mayRead(DataArea::Guidance) == row.guidance);
        CHECK(p.mayRead(DataArea::Ledger) == row.ledger);
        CHECK(p.mayRead(DataArea::Settings) == row.settings);
        CHECK(p.mayRead(DataArea::Accounts) == row.accounts);
        CHECK(p.readsAllStudents() == (row.role != R::HeadTeacher));
        CHECK(p.maySeeAnyCounsellingNotes() == (row.role == R::ResourceTeacher || row.role == R::Counsellor));
    }

    // Every Action kind the program writes, by area, and who may write it.
    const QStringList kinds = {u"student.create"_s, u"roster.import"_s, u"iep.save"_s, u"training.sign"_s,
                               u"family.contact.add"_s, u"family.contact.save"_s, u"family.counselling.add"_s,
                               u"guidance.add"_s, u"guidance.update"_s, u"guidance.remove"_s, u"ledger.item.add"_s,
                               u"ledger.stock.issue"_s, u"settings.set"_s, u"staff.add"_s, u"account.add"_s,
                               u"user.current"_s, u"backup.made"_s, u"audit.read"_s};
    const QHash<R, QStringList> allowed = {
        {R::Admin, {u"student.create"_s, u"roster.import"_s, u"iep.save"_s, u"training.sign"_s, u"family.contact.add"_s,
                    u"family.contact.save"_s, u"guidance.add"_s, u"guidance.update"_s, u"guidance.remove"_s,
                    u"ledger.item.add"_s, u"ledger.stock.issue"_s, u"settings.set"_s, u"staff.add"_s, u"account.add"_s,
                    u"user.current"_s, u"backup.made"_s, u"audit.read"_s}},
        {R::ResourceTeacher, {u"student.create"_s, u"roster.import"_s, u"iep.save"_s, u"training.sign"_s,
                              u"family.contact.add"_s, u"family.contact.save"_s, u"family.counselling.add"_s,
                              u"guidance.add"_s, u"guidance.update"_s, u"guidance.remove"_s, u"ledger.item.add"_s,
                              u"ledger.stock.issue"_s, u"settings.set"_s, u"staff.add"_s, u"user.current"_s, u"backup.made"_s, u"audit.read"_s}},
        {R::HeadTeacher, {u"family.contact.add"_s, u"user.current"_s, u"backup.made"_s, u"audit.read"_s}},
        {R::Itinerant, {u"guidance.add"_s, u"guidance.update"_s, u"user.current"_s, u"backup.made"_s, u"audit.read"_s}},
        {R::Counsellor, {u"family.counselling.add"_s, u"user.current"_s, u"backup.made"_s, u"audit.read"_s}},
        {R::Viewer, {u"user.current"_s, u"backup.made"_s, u"audit.read"_s}},
    };
    for (R role : allAccountRoles()) {
        const Policy p(account({role}));
        for (const QString &kind : kinds) {
            CAPTURE(accountRoleCode(role), kind);
            CHECK(p.mayWriteAction(kind) == allowed.value(role).contains(kind));
        }
    }
    // Several roles: the union.
    const Policy both(account({R::HeadTeacher, R::Itinerant}));
    CHECK(both.mayWriteAction(u"family.contact.add"_s));
    CHECK(both.mayWriteAction(u"guidance.add"_s));
    CHECK_FALSE(both.mayWriteAction(u"ledger.item.add"_s));
    CHECK(both.readsAllStudents());
    // The open principal (a file without accounts) may do everything, counselling notes included.
    const Policy open(Principal::open());
    for (const QString &kind : kinds)
        CHECK(open.mayWriteAction(kind));
    CHECK(open.maySeeCounsellingNotes(0));
    // An account without any role may do nothing.
    CHECK_FALSE(Policy(account({})).mayWriteAction(u"student.create"_s));
    CHECK_FALSE(Policy(account({})).mayRead(DataArea::Students));
}

TEST_CASE("Database::write refuses what the role may not do, in Chinese, and writes nothing", "[policy]")
{
    School school;
    const Attempts attempt{school};
    const int before = school.names().size();

    school.db->setPrincipal(account({AccountRole::Viewer}));
    const auto refused = attempt.addStudent();
    REQUIRE(forbidden(refused));
    // The sentence names the role and what it may not do (translated; the source is English).
    CHECK(refused.error().message.contains(accountRoleLabel(AccountRole::Viewer)));
    CHECK(refused.error().message == Policy(account({AccountRole::Viewer})).checkWrite(u"student.create"_s).error().message);
    CHECK(forbidden(attempt.addLedgerCategory()));
    CHECK(forbidden(attempt.changeSetting()));
    CHECK(forbidden(attempt.addGuidance()));
    CHECK(forbidden(attempt.addContact(school.ming)));
    CHECK(forbidden(attempt.addCounselling(school.chen)));
    school.db->setPrincipal(Principal::open());
    CHECK(school.names().size() == before);
}

TEST_CASE("each role's writes of students, counselling, contacts, guidance, ledger and settings", "[policy]")
{
    School school;
    const Attempts attempt{school};
    SECTION("管理员: everything but counselling, whose notes an administrator does not see")
    {
        school.db->setPrincipal(account({AccountRole::Admin}, school.resource));
        CHECK(ok(attempt.addStudent()));
        CHECK(ok(attempt.addContact(school.gang)));
        CHECK(ok(attempt.addGuidance()));
        CHECK(ok(attempt.addLedgerCategory()));
        CHECK(ok(attempt.changeSetting()));
        CHECK(forbidden(attempt.addCounselling(school.resource)));
    }
    SECTION("资源教师: everything but accounts")
    {
        school.db->setPrincipal(account({AccountRole::ResourceTeacher}, school.resource));
        CHECK(ok(attempt.addStudent()));
        CHECK(ok(attempt.addContact(school.gang)));
        CHECK(ok(attempt.addGuidance()));
        CHECK(ok(attempt.addLedgerCategory()));
        CHECK(ok(attempt.changeSetting()));
        CHECK(ok(attempt.addCounselling(school.chen)));
        CHECK(forbidden(school.db->write({u"account.add"_s, u"account added"_s}, [](Transaction &) { return Result<void>(); })));
    }
    SECTION("班主任: contacts of the students of their own classes, nothing else")
    {
        school.db->setPrincipal(account({AccountRole::HeadTeacher}, school.li));
        CHECK(ok(attempt.addContact(school.ming)));
        CHECK(ok(attempt.addContact(school.hong)));
        const auto other = attempt.addContact(school.gang);
        REQUIRE(forbidden(other));
        CHECK(other.error().message == Policy::studentNotInScope(school.gang).message);
        CHECK(forbidden(attempt.addStudent()));
        CHECK(forbidden(attempt.addCounselling(school.li)));
        CHECK(forbidden(attempt.addGuidance()));
        CHECK(forbidden(attempt.addLedgerCategory()));
        CHECK(forbidden(attempt.changeSetting()));
        // Adds, but does not change or remove, a contact.
        auto mine = FamilyContactRepository(school.db).forStudent(school.ming);
        REQUIRE(mine);
        REQUIRE(mine->size() == 1);
        FamilyContact changed = mine->first();
        changed.content = u"改过"_s;
        CHECK(forbidden(FamilyContactRepository(school.db).save(changed)));
        CHECK(forbidden(FamilyContactRepository(school.db).remove(changed.id)));
    }
    SECTION("巡回指导教师: guidance visits and their comments")
    {
        school.db->setPrincipal(account({AccountRole::Itinerant}, school.resource));
        auto visit = attempt.addGuidance();
        REQUIRE(ok(visit));
        auto stored = GuidanceVisitRepository(school.db).byId(*visit);
        REQUIRE(stored);
        GuidanceVisit commented = *stored;
        commented.followUpResult = u"已落实提示卡"_s;
        CHECK(ok(GuidanceVisitRepository(school.db).update(commented)));
        CHECK(forbidden(GuidanceVisitRepository(school.db).remove(*visit)));
        CHECK(forbidden(attempt.addStudent()));
        CHECK(forbidden(attempt.addContact(school.ming)));
        CHECK(forbidden(attempt.addLedgerCategory()));
        CHECK(forbidden(attempt.changeSetting()));
        CHECK(forbidden(attempt.addCounselling(school.chen)));
    }
    SECTION("心理辅导教师: their own sessions only, under their own name")
    {
        school.db->setPrincipal(account({AccountRole::Counsellor}, school.sun));
        CHECK(ok(attempt.addCounselling(school.sun)));
        CHECK(forbidden(attempt.addCounselling(school.chen)));
        // 陈老师's session: neither changed nor removed by 孙老师.
        CounsellingSession other = School::counselling(school.ming, school.chen);
        other.id = school.chenSession;
        CHECK(forbidden(CounsellingRepository(school.db).save(other)));
        CHECK(forbidden(CounsellingRepository(school.db).remove(school.chenSession)));
        school.db->setPrincipal(account({AccountRole::Counsellor}, school.chen));
        other.followUp = u"下周再谈"_s;
        CHECK(ok(CounsellingRepository(school.db).save(other)));
        CHECK(forbidden(attempt.addStudent()));
        CHECK(forbidden(attempt.addContact(school.ming)));
        CHECK(forbidden(attempt.addLedgerCategory()));
        CHECK(forbidden(attempt.changeSetting()));
    }
}

TEST_CASE("a head teacher reads the students of their own classes only", "[policy]")
{
    School school;
    CHECK(school.names() == QStringList{u"张明"_s, u"李红"_s, u"王刚"_s});
    school.db->setPrincipal(account({AccountRole::HeadTeacher}, school.li));
    CHECK(school.names() == QStringList{u"张明"_s, u"李红"_s});
    const StudentRepository students(school.db);
    CHECK(*students.count() == 2);
    CHECK(students.byId(school.ming));
    const auto other = students.byId(school.gang);
    REQUIRE(forbidden(other));
    CHECK_FALSE(other.error().message.isEmpty());
    // By name (the CLI's --student): another class's student is not found.
    CHECK(students.find(u"张明"_s));
    const auto byName = students.find(u"王刚"_s);
    REQUIRE_FALSE(byName);
    CHECK(byName.error().code == ErrorCode::NotFound);
    // The roster (student list and its search) and the family checks agree.
    const auto roster = loadRoster(school.db);
    REQUIRE(roster);
    CHECK(roster->size() == 2);
    const auto contacts = FamilyContactRepository(school.db).between(QDate(2026, 1, 1), kToday);
    REQUIRE(contacts);
    CHECK(contacts->isEmpty());   // 王刚's contact is not theirs
    CHECK(forbidden(FamilyContactRepository(school.db).forStudent(school.gang)));
    const auto archive = archiveCompleteness(school.db, 2026);
    REQUIRE(archive);
    CHECK(archive->size() == 2);
    CHECK(forbidden(archiveStatusOf(school.db, school.gang, 2026)));
    const auto checked = gatherFamilyCheck(school.db, QDate(2026, 11, 1), QDate(2026, 11, 30), kToday);
    REQUIRE(checked);
    CHECK(checked->students.size() == 2);

    // 赵老师 sees only 王刚; every other role sees everybody.
    school.db->setPrincipal(account({AccountRole::HeadTeacher}, school.zhao));
    CHECK(school.names() == QStringList{u"王刚"_s});
    for (AccountRole role : {AccountRole::Admin, AccountRole::ResourceTeacher, AccountRole::Itinerant,
                             AccountRole::Counsellor, AccountRole::Viewer}) {
        school.db->setPrincipal(account({role}, school.zhao));
        CHECK(school.names().size() == 3);
    }
}

TEST_CASE("counselling notes: the resource teacher and the session's counsellor only", "[policy]")
{
    School school;
    const CounsellingRepository counselling(school.db);
    const auto notesSeenBy = [&](const Principal &p) {
        school.db->setPrincipal(p);
        const auto one = counselling.byId(school.chenSession);
        REQUIRE(one);
        const auto all = counselling.sessionsForStudent(school.ming);
        REQUIRE(all);
        REQUIRE(all->size() == 1);
        CHECK(all->first().notesWithheld == one->notesWithheld);
        if (one->notesWithheld) {
            CHECK(one->topic.isEmpty());
            CHECK(one->observations.isEmpty());
            CHECK(one->followUp.isEmpty());
            CHECK(all->first().observations.isEmpty());
        } else {
            CHECK(one->observations == u"谈到父母离异时哭泣"_s);
        }
        // The list holds no text for anybody; the dates are the same.
        const auto summaries = counselling.summariesForStudent(school.ming);
        REQUIRE(summaries);
        CHECK(summaries->size() == 1);
        return !one->notesWithheld;
    };
    CHECK(notesSeenBy(Principal::open()));
    CHECK(notesSeenBy(account({AccountRole::ResourceTeacher}, school.resource)));
    CHECK(notesSeenBy(account({AccountRole::Counsellor}, school.chen)));
    CHECK_FALSE(notesSeenBy(account({AccountRole::Counsellor}, school.sun)));
    CHECK_FALSE(notesSeenBy(account({AccountRole::Admin}, school.resource)));
    CHECK_FALSE(notesSeenBy(account({AccountRole::HeadTeacher}, school.li)));
    CHECK_FALSE(notesSeenBy(account({AccountRole::Itinerant}, school.resource)));
    CHECK_FALSE(notesSeenBy(account({AccountRole::Viewer}, school.resource)));
    CHECK(notesSeenBy(account({AccountRole::Admin, AccountRole::ResourceTeacher}, school.resource)));
    // A head teacher of another class does not even see that sessions exist.
    school.db->setPrincipal(account({AccountRole::HeadTeacher}, school.zhao));
    CHECK(forbidden(counselling.summariesForStudent(school.ming)));
    CHECK(forbidden(counselling.byId(school.chenSession)));
}

TEST_CASE("a head teacher's printed forms cover only their students and show no counselling notes", "[policy][print]")
{
    School school;
    QTemporaryDir dir;
    // Every student applied for 随班就读: the printed roster lists them all.
    for (qint64 id : {school.ming, school.hong, school.gang}) {
        LrcEvent applied;
        applied.studentId = id;
        applied.step = LrcStep::Applied;
        applied.date = QDate(2026, 9, 10);
        applied.actor = u"家长"_s;
        REQUIRE(LrcRepository(school.db, std::make_shared<FixedClock>(kToday)).addStep(applied));
    }
    const auto everyone = buildForm(school, u"roster"_s);
    REQUIRE(everyone);
    CHECK(pdfText(*everyone, dir.filePath(u"all.pdf"_s)).contains(u"王刚"_s));

    school.db->setPrincipal(account({AccountRole::HeadTeacher}, school.li));
    const auto roster = buildForm(school, u"roster"_s);
    REQUIRE(roster);
    const QString rosterText = pdfText(*roster, dir.filePath(u"roster.pdf"_s));
    CHECK(rosterText.contains(u"张明"_s));
    CHECK(rosterText.contains(u"李红"_s));
    CHECK_FALSE(rosterText.contains(u"王刚"_s));
    // A batch of per-student forms: the print page offers the students the
    // repository gives, and each builds; another class's student is refused.
    const auto mine = StudentRepository(school.db).summaries();
    REQUIRE(mine);
    QStringList printed;
    for (const StudentSummary &s : *mine) {
        const auto info = buildForm(school, u"student-info"_s, s.id);
        REQUIRE(info);
        printed.append(s.name);
    }
    CHECK(printed.size() == 2);
    const auto other = buildForm(school, u"student-info"_s, school.gang);
    REQUIRE(forbidden(other));

    const auto info = buildForm(school, u"student-info"_s, school.ming);
    REQUIRE(info);
    const QString infoText = pdfText(*info, dir.filePath(u"info.pdf"_s));
    CHECK(infoText.contains(u"张明"_s));
    CHECK_FALSE(infoText.contains(u"王刚"_s));

    // Forms of areas a 班主任 may not read are refused, whatever the student.
    const auto counsellingRecord = buildForm(school, u"counselling"_s, school.ming);
    REQUIRE(forbidden(counsellingRecord));
    CHECK(forbidden(buildForm(school, u"iep"_s, school.ming)));
    CHECK(forbidden(buildForm(school, u"ledger"_s)));
    CHECK(Policy(school.db->principal()).mayPrintForm(u"contacts"_s));
    int printable = 0;
    for (const FormSpec &form : allForms())
        printable += Policy(school.db->principal()).mayPrintForm(form.id) ? 1 : 0;
    CHECK(printable == 6);   // student-info, lrc-application, family-history, roster, home-visit, contacts
}

TEST_CASE("a counselling record printed by a counsellor shows another counsellor's notes as withheld", "[policy][print]")
{
    School school;
    QTemporaryDir dir;
    const Student ming = *StudentRepository(school.db).byId(school.ming);
    school.db->setPrincipal(account({AccountRole::Counsellor}, school.sun));
    const auto sessions = CounsellingRepository(school.db).sessionsForStudent(school.ming);
    REQUIRE(sessions);
    REQUIRE(sessions->size() == 1);
    Semester semester;
    semester.name = u"2026年秋季学期"_s;
    const QString text = pdfText(counsellingDocument(ming, semester, *sessions, u"星光小学"_s), dir.filePath(u"c.pdf"_s));
    CHECK_FALSE(text.contains(u"父母离异"_s));
    CHECK(text.contains(u"内容保密"_s));
    school.db->setPrincipal(account({AccountRole::Counsellor}, school.chen));
    const auto own = CounsellingRepository(school.db).sessionsForStudent(school.ming);
    REQUIRE(own);
    CHECK(pdfText(counsellingDocument(ming, semester, *own, u"星光小学"_s), dir.filePath(u"d.pdf"_s)).contains(u"父母离异"_s));
}

TEST_CASE("the demo school under each role", "[policy][demo]")
{
    auto demo = test::openDemoSchool(kToday);
    const auto db = demo->db;
    const auto everyone = StudentRepository(db).summaries();
    REQUIRE(everyone);
    const auto staff = StaffRepository(db).all();
    REQUIRE(staff);
    // A head teacher with a class: the demo names them on its students.
    const auto head = std::find_if(staff->cbegin(), staff->cend(), [](const StaffMember &m) {
        return m.hasRole(StaffRole::HeadTeacher) && !m.classesLed.isEmpty();
    });
    REQUIRE(head != staff->cend());
    QSet<qint64> expected;
    for (const StudentSummary &s : *everyone) {
        const auto full = StudentRepository(db).byId(s.id);
        REQUIRE(full);
        if (full->headTeacherId == head->id || head->classesLed.contains(classText(s.grade, s.className)))
            expected.insert(s.id);
    }
    REQUIRE_FALSE(expected.isEmpty());
    REQUIRE(expected.size() < everyone->size());

    db->setPrincipal(account({AccountRole::HeadTeacher}, head->id));
    const auto theirs = StudentRepository(db).summaries();
    REQUIRE(theirs);
    QSet<qint64> seen;
    for (const StudentSummary &s : *theirs)
        seen.insert(s.id);
    CHECK(seen == expected);
    // No counselling text reaches them, for any of their students.
    for (qint64 id : std::as_const(seen)) {
        const auto sessions = CounsellingRepository(db).sessionsForStudent(id);
        REQUIRE(sessions);
        for (const CounsellingSession &c : *sessions) {
            CHECK(c.notesWithheld);
            CHECK(c.observations.isEmpty());
        }
    }
    // A 查阅 account reads everybody and changes nothing.
    db->setPrincipal(account({AccountRole::Viewer}));
    const auto all = StudentRepository(db).summaries();
    REQUIRE(all);
    CHECK(all->size() == everyone->size());
    Student changed = *StudentRepository(db).byId(everyone->first().id);
    changed.notes = u"改过"_s;
    CHECK(forbidden(StudentRepository(db).update(changed)));
    CHECK(forbidden(SettingsRepository(db).setValue(u"policy.test"_s, u"1"_s)));
}

TEST_CASE("every ledger form belongs to the ledger's area", "[policy][print]")
{
    // A form missing from the policy's table falls under school work, which a
    // role without the ledger could then print.
    int ledgerForms = 0;
    for (const FormSpec &form : allForms()) {
        const bool isLedger = form.id == u"ledger"_s || form.id == u"loans"_s || form.id == u"maintenance"_s
                              || form.id == u"scrap"_s || form.id.startsWith(u"stocktake"_s) || form.id == u"medicine"_s;
        if (!isLedger)
            continue;
        CAPTURE(form.id.toStdString());
        CHECK(dataAreaOfForm(form.id) == DataArea::Ledger);
        ++ledgerForms;
    }
    CHECK(ledgerForms == 7);
}
