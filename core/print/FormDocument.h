#pragma once
// What a printed form says, independent of where it goes (PDF file, printer,
// preview). Forms build one of these from the data; FormRenderer lays it out
// on A4 pages. Plain values only, so a form can be built and checked in tests
// without any paint device.
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <variant>

class QPainter;
class QRectF;

namespace rr {

enum class PageOrientation { Portrait, Landscape };

// One "label：value" of the line under the title (学校：…  填表日期：…).
struct HeaderField {
    QString label;
    QString value;
};

// A cell of a field grid. Labels are printed centred; an empty value prints as
// a blank cell to be filled in by hand. A photo cell shows the image, or an
// empty box marked 照片 where a photo gets glued.
struct GridCell {
    enum class Kind { Label, Value, Photo };
    Kind kind = Kind::Value;
    QString text;
    int columnSpan = 1;
    int rowSpan = 1;
    QByteArray image;   // Photo only: encoded image (JPEG, PNG); empty for an empty box

    static GridCell label(QString text, int columnSpan = 1) { return {Kind::Label, std::move(text), columnSpan, 1, {}}; }
    static GridCell value(QString text, int columnSpan = 1) { return {Kind::Value, std::move(text), columnSpan, 1, {}}; }
    static GridCell photo(QByteArray image, int rowSpan, int columnSpan = 1)
    {
        return {Kind::Photo, {}, columnSpan, rowSpan, std::move(image)};
    }
};

// Label/value cells in a bordered grid. Rows hold cells left to right; a cell
// spans columnSpan columns and rowSpan rows (as in an HTML table: later rows
// leave out the columns a cell above still covers). Column widths are
// proportional to the weights.
struct FieldGrid {
    QList<double> columnWeights;
    QList<QList<GridCell>> rows;
    double minRowHeightMm = 9.0;   // room to write by hand when a value is blank
};

// A bordered table. Breaks across pages between rows, with the header row
// repeated at the top of every continuation page.
struct FormTable {
    QString caption;               // optional full-width heading row above the header
    QStringList headers;
    QList<double> columnWeights;   // empty: equal widths
    QList<QStringList> rows;
    int minRows = 0;               // blank rows are added up to this count, to fill in by hand
    // 小五 (9 pt) text and lower rows: a wide list such as a roster, whose
    // many columns would otherwise wrap every cell.
    bool compact = false;
};

// A heading and a long text in a bordered box. The box breaks across pages
// between lines; the heading is repeated with （续） on the next page.
struct TextSection {
    QString heading;
    QString text;
    int minLines = 3;              // blank room to write when the text is short or empty
    // 0: the heading is a row above the text. Otherwise it is a column of
    // this width left of the text, lined up with the label column of a grid.
    double headingWidthMm = 0;
    // Lines printed at the bottom right inside the box, below the text and
    // its writing room, after a blank line to sign in: "校长签名：____
    // （学校盖章）" and the date of an opinion. They stay in the last piece
    // when the box breaks across pages.
    QString signOff{};
};

// One line per role: "<role>签名：________  日期：____年__月__日". With
// oneLine, the roles side by side and the date once at the right end, as at
// the foot of a list: "填表人签名：____  学校负责人签名：____  填报日期：…".
struct SignatureBlock {
    QStringList roles;
    QString date{};       // printed instead of the blank ____年__月__日 (2026年11月22日)
    QString dateLabel{};  // empty: 日期
    bool oneLine = false;
};

// Free text without a border: an explanation, a note under a table.
struct Paragraph {
    enum class Style { Normal, Note };
    QString text;
    Style style = Style::Normal;
};

struct FormFonts;

// A drawing (a progress chart) across the full width, `heightMm` high. It is
// never split by a page break. `paint` draws into the rectangle it is given
// (device units) with the form's fonts scaled for that device; everything it
// prints as text must be in `text`, so the PDF's text layer maps it back.
struct ChartBlock {
    std::function<void(QPainter &, const QRectF &, const FormFonts &)> paint;
    double heightMm = 80;
    QString text{};        // every character `paint` may print
    bool border{true};
};

using FormBlockContent = std::variant<FieldGrid, FormTable, TextSection, SignatureBlock, Paragraph, ChartBlock>;

struct FormBlock {
    FormBlockContent content;
    // Space above the block. 0 joins a bordered block to the one above, so
    // that grid, tables and sections read as one continuous form.
    double spaceBeforeMm = 4.0;
    // The block goes to a new page together with the start of the next one:
    // the heading grid of a chart stays above its chart.
    bool keepWithNext{false};
};

struct FormDocument {
    PageOrientation orientation = PageOrientation::Portrait;
    QString title;                 // 学生基本情况登记表
    QString subtitle;              // optional, under the title
    QList<HeaderField> header;     // the line under the title
    QList<FormBlock> blocks;
    // Printed at the top of every page: these forms hold minors' sensitive data.
    QString confidentialityMark = QStringLiteral("内部资料 注意保密");
    // Printed at the top left of every page after the first, so that loose
    // sheets can be put back together; empty: the title.
    QString runningHead;
    // 第N页 共M页 at the foot of every page; off for a notice on the wall.
    bool pageNumbers = true;

    template <typename Block>
    void add(Block block, double spaceBeforeMm = 4.0, bool keepWithNext = false)
    {
        blocks.append(FormBlock{FormBlockContent(std::move(block)), spaceBeforeMm, keepWithNext});
    }
};

} // namespace rr
