// The first hour's text conventions in core: typed times, the one screen date
// style, list sorting keys and punctuation joins, in Chinese and English.
#include "calendar/ScreenDate.h"
#include "common/LenientTime.h"
#include "common/ListText.h"
#include "common/SortKey.h"

#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
// Switches the default locale (the interface language) for one test section.
struct LocaleScope {
    QLocale saved;
    explicit LocaleScope(const QString &name) { QLocale::setDefault(QLocale(name)); }
    ~LocaleScope() { QLocale::setDefault(saved); }
};
} // namespace

TEST_CASE("typed times are read the way teachers write them", "[time]")
{
    for (const QString &text : {u"0900"_s, u"900"_s, u"9:00"_s, u"9.00"_s, u"09:00"_s, u"9：00"_s, u"９：００"_s,
                                u"9点"_s, u"9"_s, u" 9:00 "_s, u"9时00分"_s})
        CHECK(parseLenientTime(text) == QTime(9, 0));
    CHECK(parseLenientTime(u"1430"_s) == QTime(14, 30));
    CHECK(parseLenientTime(u"14.05"_s) == QTime(14, 5));
    CHECK(parseLenientTime(u"7:45"_s) == QTime(7, 45));
    CHECK(parseLenientTime(u"0"_s) == QTime(0, 0));
    CHECK(parseLenientTime(u"23:59"_s) == QTime(23, 59));
    // Not a time: out of range, unfinished, or not digits.
    for (const QString &text : {u"2400"_s, u"0960"_s, u"25:00"_s, u"9:5"_s, u"9:123"_s, u"abc"_s, u""_s,
                                u"12345"_s, u"9::00"_s})
        CHECK_FALSE(parseLenientTime(text).isValid());
}

TEST_CASE("a time field keeps text that can still become a time", "[time]")
{
    for (const QString &text : {u""_s, u"0"_s, u"09"_s, u"090"_s, u"9:"_s, u"9:3"_s, u"9."_s, u"2"_s, u"23:5"_s})
        CHECK(isTimePrefix(text));
    for (const QString &text : {u"x"_s, u"99999"_s, u"9:60"_s, u"25:"_s, u"9:000"_s, u"0960"_s})
        CHECK_FALSE(isTimePrefix(text));
}

TEST_CASE("screens show one date style per language", "[date]")
{
    const QDate date(2026, 3, 2);
    SECTION("Chinese")
    {
        LocaleScope zh(u"zh_CN"_s);
        CHECK(screenDate(date) == u"2026年3月2日"_s);
        CHECK(screenShortDate(date) == u"3月2日"_s);
        CHECK(screenDateTime(QDateTime(date, QTime(14, 5))) == u"2026年3月2日 14:05"_s);
        CHECK(screenDateRange(date, QDate(2026, 3, 8)) == u"2026年3月2日—3月8日"_s);
        CHECK(screenDateRange(QDate(2025, 12, 29), QDate(2026, 1, 4)) == u"2025年12月29日—2026年1月4日"_s);
        CHECK(date.toString(screenDateFormat()) == u"2026年3月2日"_s);
        CHECK(QDate::fromString(u"2026年3月2日"_s, screenDateFormat()) == date);
    }
    SECTION("English")
    {
        LocaleScope en(u"en_GB"_s);
        CHECK(screenDate(date) == u"2026-03-02"_s);
        CHECK(screenShortDate(date) == u"03-02"_s);
        CHECK(screenDateTime(QDateTime(date, QTime(14, 5))) == u"2026-03-02 14:05"_s);
        CHECK(screenDateRange(date, QDate(2026, 3, 8)) == u"2026-03-02 – 2026-03-08"_s);
        CHECK(date.toString(screenDateFormat()) == u"2026-03-02"_s);
    }
    CHECK(screenDate(QDate()).isEmpty());
}

TEST_CASE("list cells sort as dates, numbers and text", "[sort]")
{
    LocaleScope zh(u"zh_CN"_s);
    // Dates shown as text: by date, not by characters ("10月" after "9月").
    CHECK(compareCellTexts(u"2026年9月30日"_s, u"2026年10月1日"_s) < 0);
    CHECK(compareCellTexts(u"2026年10月1日 08:00"_s, u"2026年10月1日 14:00"_s) < 0);
    CHECK(compareCellTexts(u"2026-09-30"_s, u"2026-10-01"_s) < 0);
    CHECK(compareCellTexts(u"2026年3月2日—3月8日"_s, u"2026年3月9日—3月15日"_s) < 0);
    // Numbers, with units: by value.
    CHECK(compareCellTexts(u"9"_s, u"10"_s) < 0);
    CHECK(compareCellTexts(u"80%"_s, u"100%"_s) < 0);
    CHECK(compareCellTexts(u"40 分钟"_s, u"120 分钟"_s) < 0);
    CHECK(compareCellTexts(u"2.5 KB"_s, u"10 KB"_s) < 0);
    CHECK(compareCellTexts(u"10"_s, u"10"_s) == 0);
    // Empty cells last; text in pinyin order (李 li < 王 wang < 张 zhang).
    CHECK(compareCellTexts(u"张三"_s, u""_s) < 0);
    CHECK(compareCellTexts(u""_s, u"张三"_s) > 0);
    CHECK(compareCellTexts(u"李四"_s, u"王五"_s) < 0);
    CHECK(compareCellTexts(u"王五"_s, u"张三"_s) < 0);
    // Typed values.
    CHECK(compareCellValues(QDate(2026, 9, 30), QDate(2026, 10, 1)) < 0);
    CHECK(compareCellValues(9, 10) < 0);
    CHECK(compareCellValues(2.5, 2.25) > 0);
}

TEST_CASE("joined messages use the language's punctuation", "[punctuation]")
{
    SECTION("Chinese")
    {
        LocaleScope zh(u"zh_CN"_s);
        CHECK(joinSentences({u"缺少姓名。"_s, u"智力残疾需要等级（一级至四级）。"_s})
              == u"缺少姓名；智力残疾需要等级（一级至四级）。"_s);
        CHECK(joinSentences({u"缺少姓名。"_s}) == u"缺少姓名。"_s);
        CHECK(joinSentences({u"文件 2 个"_s, u"有训练记录"_s}) == u"文件 2 个；有训练记录"_s);
        CHECK(joinSentences({}).isEmpty());
        CHECK(joinClauses({u"导入 12 名学生"_s, u"跳过 1 行"_s}) == u"导入 12 名学生，跳过 1 行"_s);
        CHECK(joinItems({u"张三"_s, u""_s, u"李四"_s}) == u"张三、李四"_s);
        CHECK(labelSeparator() == u"："_s);
        for (const QString &joined : {joinSentences({u"甲。"_s, u"乙。"_s}), joinClauses({u"甲"_s, u"乙"_s})})
            CHECK_FALSE(joined.contains(QRegularExpression(u"[;,.:]"_s)));
    }
    SECTION("English")
    {
        LocaleScope en(u"en_GB"_s);
        CHECK(joinSentences({u"The name is missing."_s, u"The grade is not understood."_s})
              == u"The name is missing; The grade is not understood."_s);
        CHECK(joinClauses({u"12 imported"_s, u"1 skipped"_s}) == u"12 imported, 1 skipped"_s);
        CHECK(joinItems({u"A"_s, u"B"_s}) == u"A, B"_s);
    }
}
