// The print engine: layout across pages, fonts, the PDF text layer, atomic files.
#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "print/FormRegistry.h"
#include "print/FormRenderer.h"
#include "print/PdfExport.h"
#include "print/PdfTextMapFix.h"

#include <QBuffer>
#include <algorithm>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {

QString runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    return runTool(u"pdftotext"_s, args << path << u"-"_s);
}

// pdftotext puts line breaks and spaces where the layout had them.
QString squeezed(QString text)
{
    return text.remove(QRegularExpression(u"\\s+"_s));
}

int pdfPages(const QString &path)
{
    const QString info = runTool(u"pdfinfo"_s, {path});
    const auto match = QRegularExpression(u"Pages:\\s+(\\d+)"_s).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

const QString kEnd = u"全文完"_s;

FormDocument longDocument()
{
    FormDocument doc;
    doc.title = u"长文档分页测试表"_s;
    doc.subtitle = u"学生 骨 户"_s;
    doc.header = {{u"学校"_s, u"第一实验小学"_s}, {u"学期"_s, u"2026年春季学期"_s}, {u"填表日期"_s, u"2026年3月2日"_s}};

    FieldGrid grid;
    grid.columnWeights = {1, 2, 1, 2, 1.4};
    grid.rows = {{GridCell::label(u"姓名"_s), GridCell::value(u"王小户"_s), GridCell::label(u"性别"_s),
                  GridCell::value(u"男"_s), GridCell::photo({}, 2)},
                 {GridCell::label(u"身份证号"_s), GridCell::value(u"11010520150312001X"_s, 3)}};
    doc.add(grid);

    FormTable table;
    table.caption = u"训练记录"_s;
    table.headers = {u"序号"_s, u"项目名称"_s, u"说明"_s};
    table.columnWeights = {0.6, 1.5, 4};
    for (int i = 1; i <= 70; ++i)
        table.rows.append({QString::number(i), u"骨骼发育训练"_s, u"学生在资源教室完成第%1次个别化训练，表现良好。"_s.arg(i)});
    // One cell taller than a whole page: it must be split, not cut off.
    QString huge;
    for (int i = 0; i < 160; ++i)
        huge += u"户外活动记录第%1段：学生能在提示下完成任务。"_s.arg(i);
    table.rows.append({u"71"_s, u"超长单元格"_s, huge + kEnd});
    doc.add(table);

    QString story;
    for (int i = 0; i < 60; ++i)
        story += u"该生成长过程中得到家庭的悉心照顾，骨骼发育正常。"_s;
    doc.add(TextSection{u"成长史"_s, story, 3});
    doc.add(SignatureBlock{{u"填表人"_s, u"班主任"_s}}, 8);
    return doc;
}

} // namespace

TEST_CASE("a long document breaks across pages with the header repeated", "[print]")
{
    const FormDocument doc = longDocument();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(300);
    const auto painted = paintForm(doc, writer);
    REQUIRE(painted.ok());
    CHECK(*painted > 2);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.pdf"_s);
    const auto written = writeFormPdf(doc, path);
    REQUIRE(written.ok());
    CHECK(*written == *painted);
    REQUIRE(QFileInfo::exists(path));
    CHECK(pdfPages(path) == *written);

    // The table header is repeated on the page after the first table page.
    CHECK(squeezed(pdfText(path, 2)).contains(u"项目名称"_s));
    const QString all = squeezed(pdfText(path));
    CHECK(all.count(u"项目名称"_s) >= 2);
    CHECK(all.contains(u"成长史（续）"_s));
    CHECK(all.contains(u"户外活动记录第159段"_s));
    CHECK(all.contains(kEnd));
    CHECK(all.contains(u"第70次个别化训练"_s));
    CHECK(all.contains(u"内部资料注意保密"_s));
    CHECK(all.contains(u"第1页共%1页"_s.arg(*written)));
    CHECK(all.contains(u"第%1页共%1页"_s.arg(*written)));
}

TEST_CASE("the PDF uses only the simplified Chinese Noto fonts and reads back correctly", "[print]")
{
    FormDocument doc;
    doc.title = u"学生基本情况登记表"_s;
    doc.header = {{u"学校"_s, u"实验小学"_s}};
    FieldGrid grid;
    grid.columnWeights = {1, 3};
    grid.rows = {{GridCell::label(u"身份证号"_s), GridCell::value(u"11010520150312001X"_s)},
                 {GridCell::label(u"说明"_s), GridCell::value(u"学生 骨 户 一二三 日月 胶 ADHD 1级"_s)}};
    doc.add(grid);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"fonts.pdf"_s);
    const auto written = writeFormPdf(doc, path);
    REQUIRE(written.ok());
    REQUIRE(*written == 1);

    const QStringList fontLines = runTool(u"pdffonts"_s, {path}).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fontLines.isEmpty());
    for (const QString &line : fontLines) {
        INFO(line.toStdString());
        CHECK(line.contains(u"CJKsc"_s));
    }

    const QString text = pdfText(path);
    CHECK(text.contains(u"学生 骨 户 一二三 日月 胶 ADHD 1级"_s));
    CHECK(text.contains(u"11010520150312001X"_s));
    CHECK(text.contains(u"学生基本情况登记表"_s));
    CHECK(text.contains(u"第1页 共1页"_s));
    // Nothing from the radical blocks or control characters is left.
    CHECK(std::none_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) || (c.unicode() < 0x20 && c != u'\n' && c != u'\f');
    }));
}

TEST_CASE("an unusable path gives an error and leaves no file", "[print]")
{
    FormDocument doc;
    doc.title = u"测试"_s;
    QTemporaryDir dir;
    const QString missingFolder = dir.filePath(u"no-such-folder/form.pdf"_s);
    const auto result = writeFormPdf(doc, missingFolder);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::FileUnusable);
    CHECK_FALSE(result.error().message.isEmpty());
    CHECK_FALSE(QFileInfo::exists(missingFolder));

    // A folder where the file should go.
    const auto onFolder = writeFormPdf(doc, dir.path());
    CHECK_FALSE(onFolder.ok());
    CHECK(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST_CASE("the text-map fix touches destination codes only, at equal length", "[print]")
{
    const QByteArray before = "stream\n/CIDInit /ProcSet findresource begin\nbegincmap\n"
                              "2 beginbfrange\n<0000> <0000> <0000>\n<0001> <0004> [<5B66> <2F63> <0009> <2EE3> ]\n"
                              "<2F63> <2F63> <2F63>\n<0010> <0012> <2F00>\nendbfrange\n"
                              "1 beginbfchar\n<2F63> <2F63>\n<0020> <0009>\nendbfchar\nendcmap\nendstream\n"
                              "<2F63> outside any cmap\n";
    const auto fake = [](char16_t code) -> char16_t {
        switch (code) {
        case 0x2F63: return 0x751F;
        case 0x2EE3: return 0x9AA8;
        case 0x0009: return 0x0020;
        case 0x2F00: return 0x4E00;
        default: return code;
        }
    };
    const QByteArray after = fixPdfTextMaps(before, fake);
    CHECK(after.size() == before.size());
    CHECK(after.contains("<0001> <0004> [<5B66> <751F> <0020> <9AA8> ]"));
    CHECK(after.contains("<2F63> <2F63> <751F>"));      // single-code range: source kept
    CHECK(after.contains("<0010> <0012> <2F00>"));      // linear range: left alone
    CHECK(after.contains("<2F63> <751F>\n<0020> <0020>"));
    CHECK(after.contains("<2F63> outside any cmap"));
    CHECK(after.contains("<0000> <0000> <0000>"));
}

TEST_CASE("the resolver finds the printed character behind a radical", "[print]")
{
    QFont font(u"Noto Sans CJK SC"_s);
    const TextMapResolver resolver({QRawFont::fromFont(font)}, u"学生 骨 户 胶"_s);
    CHECK(resolver.resolve(0x2F63) == 0x751F);   // ⽣ → 生
    CHECK(resolver.resolve(0x2EE3) == 0x9AA8);   // ⻣ → 骨
    CHECK(resolver.resolve(0x2F3E) == 0x6237);   // ⼾ → 户
    CHECK(resolver.resolve(0x0009) == 0x0020);
    CHECK(resolver.resolve(0x3B35) == 0x80F6);   // 㬵 shares its glyph with 胶
    CHECK(resolver.resolve(0x5B66) == 0x5B66);
    // Not printed: found through the ideograph ranges.
    CHECK(resolver.resolve(0x2F00) == 0x4E00);
    CHECK(isSuspectTextMapCode(0x2F00));
    CHECK_FALSE(isSuspectTextMapCode(0x4E00));
}

TEST_CASE("the form registry lists the student form first", "[print]")
{
    REQUIRE_FALSE(allForms().isEmpty());
    CHECK(allForms().first().id == u"student-info"_s);
    CHECK(allForms().first().title == u"学生基本情况登记表"_s);
    CHECK(allForms().first().scope == FormScope::Student);
    REQUIRE(findForm(u"student-info"_s) != nullptr);
    CHECK(findForm(u"no-such-form"_s) == nullptr);
}
