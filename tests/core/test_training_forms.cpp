// The resource-room forms built from the demo school and read back from
// their PDFs: 个别化训练记录表 (one session, a student's month), 资源教室使用
// 登记表, the rules poster of every room, the weekly timetable and the
// 个别化训练记录检查反馈表.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SemesterRepository.h"
#include "demo/DemoSchool.h"
#include "inspection/InspectionRepository.h"
#include "inspection/Inspector.h"
#include "print/FormRegistry.h"
#include "print/PdfExport.h"
#include "print/forms/InspectionForm.h"
#include "rooms/RoomRepository.h"
#include "rooms/RoomRuleRepository.h"
#include "school/SettingsRepository.h"
#include "students/StudentRepository.h"
#include "training/SessionRepository.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

QString runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// pdftotext puts line breaks and spaces where the layout had them.
QString flat(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

struct Demo {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    std::shared_ptr<const Clock> clock = std::make_shared<FixedClock>(kToday);
    Semester semester;

    qint64 student(const QString &name) const
    {
        auto found = StudentRepository(db).find(name);
        REQUIRE(found);
        return found->id;
    }
    qint64 room(const QString &name) const
    {
        const auto found = RoomRepository(db).find(name);
        REQUIRE(found);
        return found->id;
    }

    Result<FormDocument> build(const QString &form, const FormRequest &request) const
    {
        const FormSpec *spec = findForm(form);
        REQUIRE(spec);
        return spec->build(FormContext{db, clock, request});
    }

    struct Pdf {
        QString text;      // flattened
        int pages = 0;
        QString info;
        QString fonts;
    };
    Pdf pdf(const FormDocument &document, const QString &name) const
    {
        const QString path = dir.filePath(name + u".pdf"_s);
        auto pages = writeFormPdf(document, path);
        REQUIRE(pages);
        // RR_FORMS_DIR keeps a copy of each PDF, to look at.
        if (const QString keep = qEnvironmentVariable("RR_FORMS_DIR"); !keep.isEmpty()) {
            QFile::remove(keep + u'/' + name + u".pdf"_s);
            QFile::copy(path, keep + u'/' + name + u".pdf"_s);
        }
        return {flat(runTool(u"pdftotext"_s, {path, u"-"_s})), *pages, runTool(u"pdfinfo"_s, {path}),
                runTool(u"pdffonts"_s, {path})};
    }
};

std::unique_ptr<Demo> demo()
{
    auto d = std::make_unique<Demo>();
    const QString path = d->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(path, FixedClock(kToday)));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    d->db = *db;
    const auto semester = SemesterRepository(d->db).byId(SettingsRepository(d->db).profile()->currentSemesterId);
    REQUIRE(semester);
    d->semester = *semester;
    return d;
}

// Only the mainland (SC) Noto CJK faces are embedded.
void checkFonts(const QString &pdffonts)
{
    const QStringList lines = pdffonts.split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString &line : lines)
        CHECK(line.contains(QRegularExpression(u"^Noto(Sans|Serif)CJKsc-"_s)));
}

bool landscape(const QString &pdfinfo)
{
    const auto match = QRegularExpression(u"Page size:\\s+([\\d.]+) x ([\\d.]+)"_s).match(pdfinfo);
    return match.hasMatch() && match.captured(1).toDouble() > match.captured(2).toDouble();
}

} // namespace

TEST_CASE("the resource-room forms are registered with what they need to be told")
{
    const QList<std::pair<QString, FormScope>> expected{{u"training-record"_s, FormScope::StudentPeriod},
                                                        {u"room-usage"_s, FormScope::RoomPeriod},
                                                        {u"room-rules"_s, FormScope::Room},
                                                        {u"timetable"_s, FormScope::SemesterWeek},
                                                        {u"inspection"_s, FormScope::Inspection}};
    for (const auto &[id, scope] : expected) {
        const FormSpec *spec = findForm(id);
        REQUIRE(spec);
        CHECK(spec->scope == scope);
        CHECK_FALSE(spec->title.isEmpty());
    }
}

TEST_CASE("a training record prints every field, and its corrections")
{
    const auto d = demo();
    const SessionRepository sessions(d->db, d->clock);
    // The record the demo corrected after signing.
    std::optional<TrainingSession> amended;
    std::optional<TrainingSession> group;
    std::optional<std::pair<TrainingSession, SessionStudent>> leave;
    const QList<TrainingSession> recorded = sessions.between(d->semester.start, kToday).value();
    for (const TrainingSession &s : recorded) {
        if (s.version > 0)
            amended = s;
        if (s.kind == SessionKind::Group && s.isSigned() && !group)
            group = s;
        for (const SessionStudent &st : s.students)
            if (st.attendance == Attendance::Leave && !leave)
                leave = std::pair{s, st};
    }
    REQUIRE(amended);
    REQUIRE(group);
    REQUIRE(leave);

    FormRequest request;
    request.sessionId = amended->id;
    auto document = d->build(u"training-record"_s, request);
    REQUIRE(document);
    const auto pdf = d->pdf(*document, u"amended"_s);
    CHECK(pdf.pages == 1);
    checkFonts(pdf.fonts);
    for (const QString &label : {u"个别化训练记录表"_s, u"训练日期"_s, u"训练时间"_s, u"训练地点"_s, u"指导教师"_s,
                                 u"出勤"_s, u"到达时间"_s, u"离开时间"_s, u"交接给"_s, u"训练目标"_s, u"本次数据"_s,
                                 u"训练内容"_s, u"训练方法"_s, u"器材教具"_s, u"学生表现"_s, u"训练效果"_s,
                                 u"存在问题"_s, u"后续调整"_s, u"教师签字"_s, u"签字日期"_s})
        CHECK(pdf.text.contains(label));
    CHECK(pdf.text.contains(u"王浩然"_s));
    CHECK(pdf.text.contains(flat(amended->content)));
    CHECK(pdf.text.contains(u"班主任古丽娜尔·吐尔逊"_s));
    CHECK(pdf.text.contains(u"更正记录"_s));
    CHECK(pdf.text.contains(u"补记计时朗读情况"_s));
    CHECK(pdf.text.contains(u"已签字（有更正）"_s));
    for (const ObjectiveWork &w : amended->students.first().objectives)
        CHECK(pdf.text.contains(flat(w.objectiveText).left(12)));

    // A group session lists each student's part.
    request.sessionId = group->id;
    auto groupDoc = d->build(u"training-record"_s, request);
    REQUIRE(groupDoc);
    const auto groupPdf = d->pdf(*groupDoc, u"group"_s);
    CHECK(groupPdf.text.contains(u"小组训练"_s));
    CHECK(groupPdf.text.contains(u"李思雨"_s));
    CHECK(groupPdf.text.contains(u"刘子轩"_s));
    CHECK(groupPdf.text.count(u"学生表现"_s) == 2);

    // On leave: the reason, no performance to fill in.
    request.sessionId = leave->first.id;
    auto leaveDoc = d->build(u"training-record"_s, request);
    REQUIRE(leaveDoc);
    CHECK(d->pdf(*leaveDoc, u"leave"_s).text.contains(flat(u"请假："_s + leave->second.absenceReason)));

    request.sessionId = 999999;
    auto missing = d->build(u"training-record"_s, request);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == ErrorCode::NotFound);
}

TEST_CASE("a student's training records of a month, one after the other")
{
    const auto d = demo();
    const qint64 zhang = d->student(u"张小明"_s);
    FormRequest request;
    request.studentId = zhang;
    request.from = QDate(2026, 11, 1);
    request.to = QDate(2026, 11, 30);
    auto document = d->build(u"training-record"_s, request);
    REQUIRE(document);
    CHECK(document->subtitle == u"张小明 2026年11月"_s);
    const QList<TrainingSession> sessions =
        SessionRepository(d->db, d->clock).forStudent(zhang, *request.from, *request.to).value();
    REQUIRE(sessions.size() >= 8);   // twice a week of training and once of maths tutoring
    const auto pdf = d->pdf(*document, u"month"_s);
    CHECK(pdf.pages >= 3);
    CHECK(pdf.text.count(u"训练日期"_s) == sessions.size());
    CHECK(pdf.text.contains(u"本期间共有训练记录%1份"_s.arg(sessions.size())));
    CHECK(pdf.text.contains(u"数学辅导（10以内加法）"_s));
    CHECK(pdf.text.contains(u"杨帆"_s));
    CHECK(pdf.text.contains(u"资源教师签名"_s));
    checkFonts(pdf.fonts);

    // Without a period: the current month.
    request.from.reset();
    request.to.reset();
    auto current = d->build(u"training-record"_s, request);
    REQUIRE(current);
    CHECK(current->subtitle == u"张小明 2026年11月"_s);

    FormRequest nobody;
    auto refused = d->build(u"training-record"_s, nobody);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    request.from = QDate(2026, 11, 30);
    request.to = QDate(2026, 11, 1);
    auto backwards = d->build(u"training-record"_s, request);
    REQUIRE_FALSE(backwards);
    CHECK(backwards.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("the room usage register lists the sessions and the other uses of a room")
{
    const auto d = demo();
    FormRequest request;
    request.roomId = d->room(u"资源教室"_s);
    auto document = d->build(u"room-usage"_s, request);
    REQUIRE(document);
    CHECK(document->orientation == PageOrientation::Landscape);
    CHECK(document->title == u"资源教室使用登记表"_s);
    const auto pdf = d->pdf(*document, u"usage"_s);
    CHECK(landscape(pdf.info));
    checkFonts(pdf.fonts);
    for (const QString &text : {u"日期"_s, u"时间"_s, u"使用人"_s, u"用途（训练项目）"_s, u"学生人数"_s,
                                u"学生姓名／参加人员"_s, u"使用教具"_s, u"家长培训"_s, u"随班就读学生家长9人"_s,
                                u"会议"_s, u"训练记录已签字"_s, u"识字与阅读训练"_s, u"登记人签名"_s})
        CHECK(pdf.text.contains(text));
    CHECK_FALSE(pdf.text.contains(u"参观"_s));   // the visit was to the sensory room

    request.roomId = d->room(u"感统训练室"_s);
    request.from = QDate(2026, 9, 1);
    request.to = kToday;
    auto sensory = d->build(u"room-usage"_s, request);
    REQUIRE(sensory);
    CHECK(sensory->title == u"感统训练室使用登记表"_s);
    const auto sensoryPdf = d->pdf(*sensory, u"sensory"_s);
    CHECK(sensoryPdf.text.contains(u"参观"_s));
    CHECK(sensoryPdf.text.contains(u"训练记录未签字"_s));   // 赵欣怡's, planted

    FormRequest noRoom;
    auto refused = d->build(u"room-usage"_s, noRoom);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("each room's rules poster is one page in large type")
{
    const auto d = demo();
    const QList<Room> rooms = RoomRepository(d->db).all().value();
    REQUIRE(rooms.size() == 4);
    for (const Room &room : rooms) {
        INFO(room.name.toStdString());
        FormRequest request;
        request.roomId = room.id;
        auto document = d->build(u"room-rules"_s, request);
        REQUIRE(document);
        CHECK(document->confidentialityMark.isEmpty());
        const auto pdf = d->pdf(*document, u"rules"_s);
        CHECK(pdf.pages == 1);
        checkFonts(pdf.fonts);
        CHECK(pdf.text.contains(room.name + u"管理制度"_s));
        CHECK(pdf.text.contains(u"阳光实验小学（演示）"_s));
        const QList<RoomRule> rules = RoomRuleRepository(d->db).forRoom(room.id).value();
        REQUIRE_FALSE(rules.isEmpty());
        for (int i = 0; i < rules.size(); ++i)
            CHECK(pdf.text.contains(u"%1、"_s.arg(i + 1) + flat(rules.at(i).text)));
    }

    // A room with nearly twice the rules of the longest default set still
    // gets one page: the type shrinks.
    const qint64 room = d->room(u"个训室"_s);
    QList<RoomRule> many;
    for (int i = 0; i < 16; ++i)
        many.append({0, room, 0, u"第%1条：训练需在老师指导下进行，并注意安全；使用后按要求填写操作记录，离开前关锁门窗、切断电源。"_s.arg(i + 1),
                     RuleKind::TextOnly, 0});
    REQUIRE(RoomRuleRepository(d->db).replace(room, many));
    FormRequest request;
    request.roomId = room;
    auto crowded = d->build(u"room-rules"_s, request);
    REQUIRE(crowded);
    const auto pdf = d->pdf(*crowded, u"crowded"_s);
    CHECK(pdf.pages == 1);
    CHECK(pdf.text.contains(u"16、第16条"_s));
    CHECK(pdf.text.contains(u"1、第1条"_s));
}

TEST_CASE("the weekly timetable is landscape, for the semester or one dated week")
{
    const auto d = demo();
    FormRequest request;
    auto document = d->build(u"timetable"_s, request);
    REQUIRE(document);
    CHECK(document->orientation == PageOrientation::Landscape);
    const auto pdf = d->pdf(*document, u"timetable"_s);
    CHECK(landscape(pdf.info));
    checkFonts(pdf.fonts);
    for (const QString &text : {u"个别化训练周课表"_s, u"周一"_s, u"周二"_s, u"周三"_s, u"周四"_s, u"周五"_s,
                                u"08:50—09:30王浩然"_s, u"识字与阅读训练"_s, u"马晓燕·资源教室"_s, u"感统训练（小组）"_s,
                                u"李思雨、刘子轩"_s, u"送教上门"_s, u"全学期"_s, u"占用语文"_s,
                                u"学生每周训练时间"_s, u"不足20分钟"_s})
        CHECK(pdf.text.contains(text));
    CHECK_FALSE(pdf.text.contains(u"周六"_s));

    // National Day week: dates in the heading, the holidays marked, their lessons gone.
    request.teachingWeek = 6;
    auto week = d->build(u"timetable"_s, request);
    REQUIRE(week);
    const auto weekPdf = d->pdf(*week, u"week6"_s);
    CHECK(weekPdf.text.contains(u"第6周（10月5日—10月11日）"_s));
    CHECK(weekPdf.text.contains(u"10月5日（国庆节）"_s));
    CHECK(weekPdf.text.contains(u"10月9日"_s));
    CHECK_FALSE(weekPdf.text.contains(u"10:00—10:40张小明"_s));   // a Monday and Wednesday lesson

    request.teachingWeek = 40;
    auto tooLate = d->build(u"timetable"_s, request);
    REQUIRE_FALSE(tooLate);
    CHECK(tooLate.error().code == ErrorCode::InvalidInput);
}

TEST_CASE("the inspection feedback form reads like the school's 检查反馈")
{
    const auto d = demo();
    auto result = Inspector(d->db, d->clock).run(d->semester.start, kToday, u"何志强"_s);
    REQUIRE(result);
    // The demo's planted gaps: seven in the training records, two months without family contact.
    REQUIRE(result->problems.size() == 9);
    const FormDocument document = *inspectionFeedbackDocument(d->db, *result);
    const auto pdf = d->pdf(document, u"inspection"_s);
    CHECK(pdf.pages <= 3);
    checkFonts(pdf.fonts);
    for (const QString &text : {u"个别化训练记录检查反馈表"_s, u"2026年秋季学期"_s,
                                u"各年级组、各班主任、资源教室工作人员、个别化训练指导教师："_s,
                                u"现将检查情况、存在问题及整改要求反馈如下"_s, u"检查范围"_s, u"2026年9月1日至2026年11月22日"_s,
                                u"检查人何志强"_s, u"被检查人"_s, u"一、检查情况"_s, u"二、存在问题"_s, u"三、整改要求"_s,
                                u"四、检查意见"_s, u"检查人签名"_s, u"被检查人签名"_s, u"完成期限"_s, u"2026年11月29日"_s,
                                u"训练记录%1份"_s.arg(result->counts.sessions), u"共发现问题9项"_s})
        CHECK(pdf.text.contains(text));
    for (const InspectionProblem &p : result->problems) {
        CHECK(pdf.text.contains(flat(p.message).left(20)));
        CHECK(pdf.text.contains(p.studentName));
        CHECK(pdf.text.contains(p.instructorName));
    }
    for (ProblemKind kind : allProblemKinds())
        CHECK(pdf.text.contains(problemKindChinese(kind)));
    CHECK_FALSE(pdf.text.contains(u"上次检查问题整改情况"_s));

    // Saved, then some problems put right: the next inspection's form follows them up.
    auto saved = InspectionRepository(d->db).save(*result);
    REQUIRE(saved);
    const auto later = std::make_shared<FixedClock>(kToday.addDays(3));
    SessionRepository sessions(d->db, later);
    const InspectionProblem missing = result->problemsOf(ProblemKind::MissingFields).first();
    auto record = sessions.byId(missing.sessionId);
    REQUIRE(record);
    record->students.first().results = u"注意力集中时间较上次延长。"_s;
    REQUIRE(sessions.amend(*record, u"补填训练效果。"_s, u"马晓燕"_s, later->today()));
    auto next = Inspector(d->db, later).run(d->semester.start, kToday, u"何志强"_s);
    REQUIRE(next);
    CHECK(next->previousId == *saved);
    REQUIRE(next->resolved.size() == 1);
    FormRequest request;
    auto savedNext = InspectionRepository(d->db).save(*next);
    REQUIRE(savedNext);
    request.inspectionId = *savedNext;
    auto followUp = d->build(u"inspection"_s, request);
    REQUIRE(followUp);
    const auto followPdf = d->pdf(*followUp, u"follow-up"_s);
    for (const QString &text : {u"四、上次检查问题整改情况"_s, u"已整改1项"_s, u"已整改"_s, u"未整改"_s, u"仍未整改"_s,
                                u"五、检查意见"_s, u"状态"_s})
        CHECK(followPdf.text.contains(text));

    // From a date range, not saved; an unknown inspection is refused.
    FormRequest range;
    range.from = d->semester.start;
    range.to = kToday;
    auto ran = d->build(u"inspection"_s, range);
    REQUIRE(ran);
    CHECK(ran->title == u"个别化训练记录检查反馈表"_s);
    CHECK(InspectionRepository(d->db).list()->size() == 2);
    FormRequest unknown;
    unknown.inspectionId = 4711;
    auto refused = d->build(u"inspection"_s, unknown);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == ErrorCode::NotFound);
    auto nothing = d->build(u"inspection"_s, FormRequest{});
    REQUIRE_FALSE(nothing);
    CHECK(nothing.error().code == ErrorCode::InvalidInput);
}
