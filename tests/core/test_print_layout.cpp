// The layout rules of the print engine, for every form: Chinese line
// breaking (禁则), whole names, no lone last character, records and
// signatures kept together, continued tables and records marked, the binding
// margin. First on the engine's own pieces, then on every form of the demo
// school read back from its PDF page by page.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "calendar/SemesterRepository.h"
#include "demo/DemoSchool.h"
#include "print/FormRegistry.h"
#include "print/FormRenderer.h"
#include "print/PdfExport.h"
#include "print/layout/LayoutContext.h"
#include "print/layout/LineBreaking.h"
#include "print/layout/TextBands.h"
#include "print/layout/TextBox.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "staff/StaffRepository.h"
#include "students/StudentRepository.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace rr::printing;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDate kToday(2026, 11, 22);

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString squeezed(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

// The text of each page: -layout keeps a form's rows on their lines.
QStringList pageTexts(const QString &path, int pages, bool layout)
{
    QStringList texts;
    for (int page = 1; page <= pages; ++page) {
        QStringList args{u"-f"_s, QString::number(page), u"-l"_s, QString::number(page)};
        if (layout)
            args << u"-layout"_s;
        texts.append(runTool(u"pdftotext"_s, args << path << u"-"_s));
    }
    return texts;
}

// A device like the one forms are printed on, for the engine's own pieces.
struct Device {
    QBuffer buffer;
    std::unique_ptr<QPdfWriter> writer;
    LayoutContext context;

    Device()
    {
        buffer.open(QIODevice::WriteOnly);
        writer = std::make_unique<QPdfWriter>(&buffer);
        writer->setResolution(300);
        auto fonts = formFonts(writer.get());
        REQUIRE(fonts);
        context.fonts = *fonts;
        context.device = writer.get();
        context.dotsPerMm = writer->logicalDpiY() / 25.4;
        context.width = context.mm(170);
        context.bodyHeight = context.mm(257);
    }
    TextBox box(const QString &text, double widthMm, const QStringList &names = {}) const
    {
        return TextBox(text, context.fonts.body, writer.get(), context.mm(widthMm), names);
    }
};

const QString kNoStart = u"，。、；：？！）》」"_s;
const QString kNoEnd = u"（《「"_s;

int realCharacters(const QString &line)
{
    int n = 0;
    for (QChar c : line)
        n += isPunctuationMark(c) ? 0 : 1;
    return n;
}

} // namespace

TEST_CASE("no line starts with a closing mark or ends with an opening one, at any width", "[print][layout]")
{
    Device d;
    const QString text = u"学生能在提示下完成任务，表现良好。教师签字后存档；家长（监护人）确认：同意！《训练记录》"
                         u"「按时填写」，记录真实、完整、可追溯？是的。"_s.repeated(3);
    int lines = 0;
    for (double width = 12; width <= 90; width += 0.7) {
        const TextBox box = d.box(text, width);
        REQUIRE(box.lineCount() > 1);
        for (int i = 0; i < box.lineCount(); ++i) {
            const QString line = box.lineText(i);
            REQUIRE_FALSE(line.isEmpty());
            INFO(width << "mm, line " << i << ": " << line.toStdString());
            if (i > 0)
                CHECK_FALSE(kNoStart.contains(line.front()));
            if (i + 1 < box.lineCount())
                CHECK_FALSE(kNoEnd.contains(line.back()));
            ++lines;
        }
        // Nothing lost or doubled by choosing the breaks.
        QString joined;
        for (int i = 0; i < box.lineCount(); ++i)
            joined += box.lineText(i);
        CHECK(joined == text);
    }
    CHECK(lines > 1000);
}

TEST_CASE("a name never breaks inside, a minority name with its dot included", "[print][layout]")
{
    Device d;
    const QStringList names{u"阿依古丽·努尔兰"_s, u"古丽娜尔·吐尔逊"_s, u"努尔兰·别克"_s, u"张小明"_s, u"马晓燕"_s};
    const QString text = u"参加人员：阿依古丽·努尔兰、古丽娜尔·吐尔逊（班主任）、努尔兰·别克（家长）、张小明、马晓燕。"_s;
    // From the width of the longest name with its mark (a narrower cell shrinks its type first).
    for (double width = 36; width <= 120; width += 0.9) {
        for (bool told : {true, false}) {
            // Without the list, the dot alone keeps a minority name whole.
            const TextBox box = d.box(text, width, told ? QStringList{u"张小明"_s, u"马晓燕"_s} : QStringList{});
            QStringList lines;
            for (int i = 0; i < box.lineCount(); ++i)
                lines << box.lineText(i);
            INFO(width << "mm: " << lines.join(u" | "_s).toStdString());
            for (const QString &name : names) {
                if (!told && !name.contains(u'·'))
                    continue;
                int whole = 0;
                for (const QString &line : std::as_const(lines))
                    whole += int(line.count(name));
                CHECK(whole == 1);
            }
            for (int i = 1; i < lines.size(); ++i)
                CHECK_FALSE(lines.at(i).startsWith(u'·'));
        }
    }
    CHECK(unbreakableRuns(u"负责人阿依古丽·努尔兰"_s, {}).size() == 1);
    CHECK(unbreakableRuns(u"负责人阿依古丽·努尔兰"_s, {}).first().start == 3);
}

TEST_CASE("a cell too narrow for a name shrinks its type, then wraps between names", "[print][layout]")
{
    Device d;
    const BandCell narrow = d.context.textCell(u"阿依古丽·努尔兰"_s, d.context.fonts.body, 0, d.context.mm(24), true,
                                               Qt::AlignCenter);
    CHECK(narrow.text->lineCount() == 1);
    CHECK(narrow.text->lineText(0) == u"阿依古丽·努尔兰"_s);
    const BandCell wide = d.context.textCell(u"阿依古丽·努尔兰"_s, d.context.fonts.body, 0, d.context.mm(60), true,
                                             Qt::AlignCenter);
    CHECK(wide.text->lineCount() == 1);
    CHECK(narrow.text->height(0, 1) < wide.text->height(0, 1));   // smaller type

    const BandCell two = d.context.textCell(u"古丽娜尔·吐尔逊、努尔兰·别克"_s, d.context.fonts.body, 0, d.context.mm(34),
                                            true, Qt::AlignCenter);
    REQUIRE(two.text->lineCount() == 2);
    CHECK(two.text->lineText(0) == u"古丽娜尔·吐尔逊、"_s);
    CHECK(two.text->lineText(1) == u"努尔兰·别克"_s);
}

TEST_CASE("a paragraph never ends with a lone character on its last line", "[print][layout]")
{
    Device d;
    const QStringList texts{u"随班就读学生的个别化训练记录需按时填写并由资源教师签字后存档复核"_s,
                            u"本室物品摆放整齐，用后归还原处，保持室内整洁、温馨。"_s,
                            u"课堂离座行为减少至每周不超过2次（由班主任观察记录，连续4周）"_s};
    int paragraphs = 0;
    for (const QString &text : texts) {
        for (double width = 14; width <= 110; width += 0.5) {
            const TextBox box = d.box(text, width);
            if (box.lineCount() < 2)
                continue;
            INFO(width << "mm: " << box.lineText(box.lineCount() - 2).toStdString() << " | "
                       << box.lineText(box.lineCount() - 1).toStdString());
            CHECK(realCharacters(box.lineText(box.lineCount() - 1)) >= 2);
            ++paragraphs;
        }
    }
    CHECK(paragraphs > 150);
}

TEST_CASE("signature lines are one unbroken line each", "[print][layout]")
{
    Device d;
    const QList<SignatureBlock> blocks{
        {{u"资源教师"_s, u"审阅人"_s}, QString(), u"审阅日期"_s, true},
        {{u"填表人"_s, u"学校负责人"_s, u"资源教室负责人"_s}, u"2026年11月22日"_s, u"填报日期"_s, true},
        {{u"资源教师"_s, u"家长"_s}},
        {{u"特殊教育资源中心负责人"_s, u"家长或其他监护人"_s}},
    };
    for (const SignatureBlock &block : blocks) {
        const QList<Band> bands = signatureBands(block, d.context);
        REQUIRE_FALSE(bands.isEmpty());
        QString all;
        for (const Band &band : bands) {
            CHECK(band.signature);
            CHECK(band.keepGroup != 0);
            for (const BandCell &cell : band.cells) {
                REQUIRE(cell.text);
                CHECK(cell.text->lineCount() == 1);
                CHECK(cell.rect.right() <= d.context.width + 0.5);
                all += cell.text->text();
            }
        }
        for (const QString &role : block.roles)
            CHECK(all.contains(signatureLabel(role)));
        CHECK(all.contains(signatureDateText(block)));
    }
}

namespace {

// Records of grid rows "开始N" … "结束N"; record 9 is longer than a page.
FormDocument recordDocument(int records)
{
    FormDocument doc;
    doc.title = u"记录分页测试表"_s;
    doc.add(Paragraph{u"按日期排列的训练记录。"_s, Paragraph::Style::Normal});
    for (int n = 1; n <= records; ++n) {
        doc.beginRecord(u"学生甲 第%1次 训练记录"_s.arg(n));
        FieldGrid grid;
        grid.columnWeights = {1, 3};
        const int rows = n == 9 ? 40 : 4 + n % 5;
        grid.rows.append({GridCell::label(u"训练日期"_s), GridCell::value(u"开始第%1号"_s.arg(n))});
        for (int r = 0; r < rows; ++r)
            grid.rows.append({GridCell::label(u"训练内容"_s), GridCell::value(u"第%1次第%2行"_s.arg(n).arg(r))});
        doc.add(grid, 8, true);
        FormTable table;
        table.headers = {u"序号"_s, u"目标"_s};
        table.rows = {{u"1"_s, u"目标甲"_s}, {u"2"_s, u"目标乙"_s}};
        doc.add(table, 0);
        FieldGrid tail;
        tail.columnWeights = {1, 3};
        tail.rows.append({GridCell::label(u"教师签字"_s), GridCell::value(u"结束第%1号"_s.arg(n))});
        doc.add(tail, 0);
        doc.endRecord();
    }
    doc.add(SignatureBlock{{u"资源教师"_s, u"审阅人"_s}, QString(), u"审阅日期"_s, true}, 6);
    return doc;
}

} // namespace

TEST_CASE("a record moves whole to the next page, a longer one says （续） with its identity", "[print][layout]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"records.pdf"_s);
    const auto pages = writeFormPdf(recordDocument(14), path);
    REQUIRE(pages);
    REQUIRE(*pages >= 4);
    const QStringList texts = pageTexts(path, *pages, false);
    int continued = 0;
    for (int p = 0; p < texts.size(); ++p) {
        const QString page = squeezed(texts.at(p));
        INFO("page " << p + 1);
        for (int n = 1; n <= 14; ++n) {
            const bool starts = page.contains(u"开始第%1号"_s.arg(n));
            const bool ends = page.contains(u"结束第%1号"_s.arg(n));
            if (n == 9)
                continue;
            if (starts)
                CHECK(ends);
            if (ends)
                CHECK(page.contains(u"开始第%1号"_s.arg(n)));
        }
        if (page.contains(u"学生甲第9次训练记录（续）"_s))
            ++continued;
    }
    CHECK(continued >= 1);
    // The long record: its rows all there, its end after its continuation.
    const QString all = squeezed(texts.join(QString()));
    for (int r = 0; r < 40; ++r)
        CHECK(all.contains(u"第9次第%1行"_s.arg(r)));
}

TEST_CASE("a first page never holds the title alone: a record too tall for the rest of it breaks there", "[print][layout]")
{
    // Somewhere between these sizes the record fits a page of its own but
    // not the space under the title; it must start under the title anyway.
    QTemporaryDir dir;
    for (int rows = 20; rows <= 44; rows += 2) {
        FormDocument doc;
        doc.title = u"首页测试表"_s;
        doc.header = {{u"学生"_s, u"学生甲"_s}};
        doc.beginRecord(u"学生甲 目标1 监测记录"_s);
        FieldGrid grid;
        grid.columnWeights = {1, 3};
        grid.rows.append({GridCell::label(u"目标"_s), GridCell::value(u"开始第1号"_s)});
        for (int r = 0; r < rows; ++r)
            grid.rows.append({GridCell::label(u"数据"_s), GridCell::value(u"第%1行"_s.arg(r))});
        doc.add(grid, 4, true);
        doc.endRecord();
        const QString path = dir.filePath(u"first%1.pdf"_s.arg(rows));
        const auto pages = writeFormPdf(doc, path);
        REQUIRE(pages);
        INFO(rows << " rows, " << *pages << " pages");
        CHECK(squeezed(pageTexts(path, *pages, false).first()).contains(u"开始第1号"_s));
    }
}

TEST_CASE("a continued table repeats its header under （续表）; a table never starts with its header alone", "[print][layout]")
{
    FormDocument doc;
    doc.title = u"续表测试"_s;
    FieldGrid filler;
    filler.columnWeights = {1};
    for (int i = 0; i < 24; ++i)
        filler.rows.append({GridCell::value(u"占位行%1"_s.arg(i))});
    doc.add(filler);
    FormTable table;
    table.caption = u"原始数据"_s;
    table.headers = {u"序号"_s, u"日期"_s, u"数据"_s};
    for (int i = 1; i <= 60; ++i)
        table.rows.append({QString::number(i), u"2026年10月%1日"_s.arg(i % 28 + 1), u"数值%1"_s.arg(i)});
    doc.add(table);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"table.pdf"_s);
    const auto pages = writeFormPdf(doc, path);
    REQUIRE(pages);
    REQUIRE(*pages >= 3);
    const QStringList texts = pageTexts(path, *pages, false);
    bool started = false;
    int continued = 0;
    for (int p = 0; p < texts.size(); ++p) {
        const QString page = squeezed(texts.at(p));
        INFO("page " << p + 1);
        if (!started && page.contains(u"原始数据"_s)) {
            // The table starts here: not with its header alone, with its first two rows.
            started = true;
            CHECK_FALSE(page.contains(u"（续表）"_s));
            CHECK(page.contains(u"数值1"_s));
            CHECK(page.contains(u"数值2"_s));
        } else if (started) {
            CHECK(page.contains(u"原始数据（续表）序号日期数据"_s));
            ++continued;
        }
    }
    CHECK(started);
    CHECK(continued >= 1);
    CHECK(squeezed(texts.join(QString())).contains(u"数值60"_s));
}

TEST_CASE("archive forms have a binding margin on the left, posters none and no page number", "[print][layout]")
{
    FormDocument doc;
    doc.title = u"装订线测试"_s;
    doc.add(Paragraph{u"正文。"_s, Paragraph::Style::Normal});
    for (bool poster : {false, true}) {
        doc.poster = poster;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        REQUIRE(paintForm(doc, writer));
        const QMarginsF margins = writer.pageLayout().margins(QPageLayout::Millimeter);
        CHECK(margins.left() == Approx(poster ? 20 : 25));
        CHECK(margins.right() == Approx(poster ? 20 : 15));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"margin.pdf"_s);
        REQUIRE(writeFormPdf(doc, path));
        CHECK(squeezed(pageTexts(path, 1, false).first()).contains(u"第1页共1页"_s) == !poster);
    }
}

namespace {

struct DemoFile {
    QTemporaryDir dir;
    std::shared_ptr<Database> db;
    std::shared_ptr<const Clock> clock = std::make_shared<FixedClock>(kToday);
    Semester semester;
    QStringList names;   // every student, staff member and guardian
};

std::unique_ptr<DemoFile> demoFile()
{
    auto d = std::make_unique<DemoFile>();
    const QString path = d->dir.filePath(u"demo.sqlite"_s);
    REQUIRE(writeDemoSchool(path, FixedClock(kToday)));
    auto db = Database::open(path, OpenMode::OpenExisting);
    REQUIRE(db);
    d->db = *db;
    const auto semester = SemesterRepository(d->db).byId(SettingsRepository(d->db).profile()->currentSemesterId);
    REQUIRE(semester);
    d->semester = *semester;
    const StudentRepository students(d->db);
    const auto summaries = students.summaries();
    REQUIRE(summaries);
    for (const StudentSummary &s : *summaries) {
        d->names << s.name;
        const auto student = students.byId(s.id);
        REQUIRE(student);
        for (const Guardian &g : student->guardians)
            d->names << g.name;
    }
    const auto staff = StaffRepository(d->db).all();
    REQUIRE(staff);
    for (const StaffMember &m : *staff)
        d->names << m.name;
    d->names.removeDuplicates();
    return d;
}

struct Rendered {
    QString label;
    FormDocument document;
    QStringList layout;   // pdftotext -layout, per page
    QStringList plain;    // pdftotext, per page
};

// Lines of a page that are not its marks (running head, 保密 box, page number).
QStringList contentLines(const QString &page, const FormDocument &doc)
{
    static const QRegularExpression footer(u"第\\d+页\\s*共\\d+页"_s);
    const QString head = doc.runningHead.isEmpty() ? doc.title : doc.runningHead;
    QStringList lines;
    for (const QString &line : page.split(u'\n')) {
        const QString flat = squeezed(line);
        if (flat.isEmpty() || flat.contains(footer) || flat.contains(squeezed(head)) || flat == u"内部资料注意保密"_s)
            continue;
        lines << line;
    }
    return lines;
}

void checkPages(const Rendered &r, const QStringList &names)
{
    INFO(r.label.toStdString());
    for (int p = 0; p < r.layout.size(); ++p) {
        INFO("page " << p + 1);
        // No line, and no cell line of a table row, starts with a closing mark.
        for (const QString &line : r.plain.at(p).split(u'\n')) {
            const QString t = line.trimmed();
            if (!t.isEmpty()) {
                INFO(t.toStdString());
                CHECK_FALSE(kNoStart.contains(t.front()));
                CHECK_FALSE(t.startsWith(u'·'));
            }
        }
        // Every name whole: each one the squeezed page holds is also on one line.
        const QString flat = squeezed(r.plain.at(p));
        for (const QString &name : names) {
            const int all = int(flat.count(name));
            if (all == 0)
                continue;
            int onLines = 0;
            for (const QString &line : r.plain.at(p).split(u'\n'))
                onLines += int(squeezed(line).count(name));
            INFO(name.toStdString());
            CHECK(onLines == all);
        }
        // Signatures stay with what they sign: never the first thing on a page.
        const QStringList content = contentLines(r.layout.at(p), r.document);
        REQUIRE_FALSE(content.isEmpty());
        INFO(content.first().toStdString());
        CHECK_FALSE(content.first().contains(u"签名："_s));
        // Nor is the note above them with only the signatures below.
        const QString above = squeezed(content.join(QString())).section(u"签名："_s, 0, 0);
        if (squeezed(content.join(QString())).contains(u"签名："_s))
            CHECK_FALSE((above.startsWith(u"说明："_s) || above.startsWith(u"注："_s)));
    }
}

} // namespace

TEST_CASE("every form, for much data, little data and a long minority name, keeps the layout rules", "[print][layout][forms]")
{
    const auto d = demoFile();
    const QList<QString> students{u"张小明"_s, u"王浩然"_s, u"阿依古丽·努尔兰"_s};
    // RR_FORMS_DIR keeps a copy of each PDF, to look at.
    const QString keep = qEnvironmentVariable("RR_FORMS_DIR");
    QList<Rendered> all;
    auto render = [&](const QString &form, const FormRequest &request, const QString &label) {
        const FormSpec *spec = findForm(form);
        REQUIRE(spec);
        auto document = spec->build(FormContext{d->db, d->clock, request});
        INFO(label.toStdString());
        REQUIRE(document);
        const QString path = d->dir.filePath(label + u".pdf"_s);
        const auto pages = writeFormPdf(*document, path);
        REQUIRE(pages);
        if (!keep.isEmpty()) {
            QFile::remove(keep + u'/' + label + u".pdf"_s);
            QFile::copy(path, keep + u'/' + label + u".pdf"_s);
        }
        all.append({label, *document, pageTexts(path, *pages, true), pageTexts(path, *pages, false)});
    };
    for (const QString &name : students) {
        const qint64 id = StudentRepository(d->db).find(name)->id;
        for (const QString &form : {u"student-info"_s, u"lrc-application"_s, u"family-history"_s, u"iep"_s,
                                    u"iep-meeting"_s, u"progress"_s, u"assessment-summary"_s}) {
            FormRequest request;
            request.studentId = id;
            request.semesterId = d->semester.id;
            render(form, request, form + u"-"_s + name);
        }
        FormRequest month;
        month.studentId = id;
        month.from = QDate(2026, 10, 1);
        month.to = QDate(2026, 10, 31);
        render(u"training-record"_s, month, u"training-record-"_s + name);
    }
    // 杨一诺's goal is 100 %, at the top of the scale: the chart keeps it whole.
    FormRequest top;
    top.studentId = StudentRepository(d->db).find(u"杨一诺"_s)->id;
    top.semesterId = d->semester.id;
    render(u"progress"_s, top, u"progress-杨一诺"_s);
    FormRequest semester;
    semester.semesterId = d->semester.id;
    render(u"roster"_s, semester, u"roster"_s);
    FormRequest week = semester;
    week.teachingWeek = 5;
    render(u"timetable"_s, week, u"timetable-week5"_s);
    FormRequest inspection;
    inspection.from = d->semester.start;
    inspection.to = kToday;
    render(u"inspection"_s, inspection, u"inspection"_s);
    const auto rooms = RoomRepository(d->db).all();
    REQUIRE(rooms);
    for (const Room &room : *rooms) {
        FormRequest usage;
        usage.roomId = room.id;
        usage.from = d->semester.start;
        usage.to = kToday;
        render(u"room-usage"_s, usage, u"room-usage-"_s + room.name);
        FormRequest rules;
        rules.roomId = room.id;
        render(u"room-rules"_s, rules, u"room-rules-"_s + room.name);
    }
    CHECK(all.size() == 3 * 8 + 1 + 3 + 2 * 4);

    for (const Rendered &r : std::as_const(all))
        checkPages(r, d->names);

    // 张小明's October records: each record that starts on a page ends there,
    // or the next page goes on with "张小明 <date> 训练记录（续）".
    const Rendered *training = nullptr;
    for (const Rendered &r : std::as_const(all))
        if (r.label == u"training-record-张小明"_s)
            training = &r;
    REQUIRE(training);
    int records = 0;
    for (int p = 0; p < training->layout.size(); ++p) {
        INFO("page " << p + 1);
        const QString page = squeezed(training->layout.at(p));
        int open = 0;
        bool tailFirst = false;
        for (const QString &line : training->layout.at(p).split(u'\n')) {
            if (line.contains(u"训练日期"_s)) {
                ++open;
                ++records;
            }
            if (line.contains(u"教师签字"_s)) {
                if (open == 0)
                    tailFirst = true;
                else
                    --open;
            }
        }
        if (tailFirst)
            CHECK(page.contains(u"训练记录（续）"_s));
        CHECK(open <= 1);
        if (open == 1) {
            REQUIRE(p + 1 < training->layout.size());
            CHECK(squeezed(training->layout.at(p + 1)).contains(u"训练记录（续）"_s));
        }
    }
    CHECK(records >= 10);

    // Posters carry no page number; archive forms do on every page.
    for (const Rendered &r : std::as_const(all)) {
        INFO(r.label.toStdString());
        const bool poster = r.label.startsWith(u"room-rules"_s);
        for (int p = 0; p < r.plain.size(); ++p)
            CHECK(squeezed(r.plain.at(p)).contains(u"第%1页共%2页"_s.arg(p + 1).arg(r.plain.size())) == !poster);
    }
}
