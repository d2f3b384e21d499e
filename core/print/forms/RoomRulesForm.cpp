#include "print/forms/RoomRulesForm.h"

#include "calendar/ChineseDate.h"
#include "print/FormFonts.h"
#include "print/forms/RoomUsageForm.h"
#include "print/layout/TextBox.h"
#include "rooms/RoomRuleRepository.h"
#include "school/SettingsRepository.h"

#include <QPaintDevice>
#include <QPainter>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// The poster fills the page's text area (257 mm less the bands' margin).
constexpr double kPosterHeightMm = 228;
constexpr double kLargestRulePt = 24;
// Small print rather than rules cut off: a room with this many rules
// should rather split them over two notices.
constexpr double kSmallestRulePt = 6;

struct Poster {
    QString title;
    QStringList rules;      // numbered already
    QString footer;         // the school
    QString madeOn;         // 制定日期：2026年9月1日, under the school
};

QFont sized(QFont font, double points)
{
    font.setPointSizeF(points);
    return font;
}

// Height of `rules` set at `points` in a column `width` wide, with the
// numbers hanging left of the text.
double rulesHeight(QPainter &painter, const QFont &font, const QStringList &rules, double width, double numberWidth,
                   double gap)
{
    painter.setFont(font);
    double height = 0;
    for (const QString &rule : rules) {
        const QString text = rule.section(u'、', 1);
        height += printing::TextBox(text, font, painter.device(), width - numberWidth).totalHeight() + gap;
    }
    return height - gap;
}

void paintPoster(QPainter &painter, const QRectF &area, const FormFonts &fonts, const Poster &poster)
{
    painter.save();
    const double mm = painter.device()->logicalDpiY() / 25.4;
    // A double frame, as printed notices on school walls have.
    QPen thick(Qt::black);
    thick.setWidthF(1.2 * mm);
    painter.setPen(thick);
    painter.drawRect(area.adjusted(mm, mm, -mm, -mm));
    QPen thin(Qt::black);
    thin.setWidthF(0.3 * mm);
    painter.setPen(thin);
    painter.drawRect(area.adjusted(3 * mm, 3 * mm, -3 * mm, -3 * mm));

    const QRectF inner = area.adjusted(14 * mm, 16 * mm, -14 * mm, -14 * mm);
    const QFont title = sized(fonts.title, 34);
    painter.setFont(title);
    const QRectF titleRect = painter.boundingRect(QRectF(inner.left(), inner.top(), inner.width(), 1e6),
                                                  Qt::AlignHCenter | Qt::TextWordWrap, poster.title);
    painter.drawText(titleRect, Qt::AlignHCenter | Qt::TextWordWrap, poster.title);

    const QFont footerFont = sized(fonts.subtitle, 16);
    painter.setFont(footerFont);
    const double lineHeight = painter.fontMetrics().height();
    // The school, and under it the day the rules were made, at the foot as a notice is signed.
    const QRectF dateRect(inner.left(), inner.bottom() - lineHeight, inner.width(), lineHeight);
    const QRectF footerRect(inner.left(), dateRect.top() - lineHeight * 1.2, inner.width(), lineHeight);
    painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, poster.footer);
    painter.drawText(dateRect, Qt::AlignRight | Qt::AlignVCenter, poster.madeOn);

    // The largest type, in half points, at which every rule fits between title and footer.
    const double top = titleRect.bottom() + 14 * mm;
    const double room = footerRect.top() - 10 * mm - top;
    double points = kLargestRulePt;
    QFont body = sized(fonts.body, points);
    auto numberWidth = [&](const QFont &font) {
        painter.setFont(font);
        return painter.fontMetrics().horizontalAdvance(u"10、"_s);
    };
    auto gapFor = [&](double pt) { return pt * 0.6 * mm * 25.4 / 72; };
    while (points > kSmallestRulePt
           && rulesHeight(painter, body, poster.rules, inner.width(), numberWidth(body), gapFor(points)) > room) {
        points -= 0.5;
        body = sized(fonts.body, points);
    }
    const QFont number = sized(fonts.bold, points);
    const double indent = numberWidth(body);
    const double gap = gapFor(points);
    // What is left over goes between the rules, up to one more line each, so
    // a short list does not huddle under the title.
    const double used = rulesHeight(painter, body, poster.rules, inner.width(), indent, gap);
    const double spare = poster.rules.size() > 1 ? std::min((room - used) / (poster.rules.size() - 1), points * mm * 25.4 / 72 * 1.2)
                                                 : 0;
    double y = top;
    for (const QString &rule : poster.rules) {
        const QString label = rule.section(u'、', 0, 0) + u"、"_s;
        const QString text = rule.section(u'、', 1);
        // The engine's line breaking: no line starts with a mark, none ends with a lone character.
        const printing::TextBox box(text, body, painter.device(), inner.width() - indent);
        const QRectF textRect(inner.left() + indent, y, inner.width() - indent, box.totalHeight());
        box.draw(painter, textRect.topLeft(), 0, box.lineCount(), Qt::AlignLeft);
        painter.setFont(number);
        painter.drawText(QRectF(inner.left(), y, indent, textRect.height()), Qt::AlignLeft | Qt::AlignTop, label);
        y = textRect.bottom() + gap + std::max(0.0, spare);
    }
    painter.restore();
}

} // namespace

Result<FormDocument> buildRoomRulesForm(const FormContext &context)
{
    auto room = requestedRoom(context);
    if (!room)
        return room.error();
    Poster poster;
    poster.title = room->name + u"管理制度"_s;
    const auto rules = RoomRuleRepository(context.db).forRoom(room->id);
    if (!rules)
        return rules.error();
    for (int i = 0; i < rules->size(); ++i)
        poster.rules << u"%1、%2"_s.arg(i + 1).arg(rules->at(i).text.trimmed());
    if (poster.rules.isEmpty())
        poster.rules << u"1、（本室尚未制定管理制度）"_s;
    const auto profile = SettingsRepository(context.db).profile();
    if (!profile)
        return profile.error();
    poster.footer = profile->schoolName;
    const auto madeOn = RoomRuleRepository(context.db).madeOn(room->id);
    if (!madeOn)
        return madeOn.error();
    // Rules never edited since the data file was made carry no date: a blank to write it in.
    poster.madeOn = u"制定日期："_s + (*madeOn ? chineseDate(**madeOn) : u"______年____月____日"_s);

    FormDocument doc;
    doc.runningHead = poster.title;
    // A notice for the wall: no confidentiality stamp, no page number, the title inside the frame.
    doc.confidentialityMark.clear();
    doc.poster = true;   // on the wall: no binding margin, no page numbers
    ChartBlock block;
    block.heightMm = kPosterHeightMm;
    block.border = false;
    block.text = poster.title + poster.rules.join(QString()) + poster.footer + poster.madeOn + u"、0123456789"_s;
    block.paint = [poster](QPainter &painter, const QRectF &rect, const FormFonts &fonts) {
        paintPoster(painter, rect, fonts, poster);
    };
    doc.add(block, 0);
    return doc;
}

} // namespace rr
