#include <catch2/catch.hpp>

#include "TestSupport.h"
#include "ledger/ItemEvent.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

// The ledger's events, schedules, loans and stocktakes from the CLI, on a
// school that starts empty.

namespace {

test::CliRun run(const QStringList &arguments)
{
    const auto result = test::runCli(arguments);
    INFO(QString(arguments.join(u' ') + u"\n"_s + result.out + result.err).toStdString());
    return result;
}

QStringList lines(const QString &out) { return out.split(u'\n', Qt::SkipEmptyParts); }

// The id a writing command reports last on its line ("… (event 3).").
qint64 lastNumber(const QString &out)
{
    const auto match = QRegularExpression(u"(\\d+)\\D*$"_s).match(out.trimmed());
    return match.hasMatch() ? match.captured(1).toLongLong() : 0;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// A refusal: exit 1, a Chinese reason, and the data file as it was.
void checkRefused(const QString &db, const QStringList &arguments, const QString &reasonPart)
{
    const QByteArray before = fileHash(db);
    const auto refused = run(arguments);
    INFO(QString(arguments.join(u' ') + u"\n"_s + refused.err).toStdString());
    CHECK(refused.exitCode == 1);
    CHECK(refused.err.startsWith(u"错误："_s));
    CHECK(refused.err.contains(reasonPart));
    CHECK(fileHash(db) == before);
}

struct School {
    QTemporaryDir dir;
    QString db = dir.filePath(u"school.sqlite"_s);
    School()
    {
        REQUIRE(run({u"init"_s, u"--db"_s, db, u"--school"_s, u"星光小学"_s, u"--teacher"_s, u"马晓燕"_s, u"--semester"_s,
                     u"2026年秋季学期"_s, u"--from"_s, u"2026-09-01"_s, u"--to"_s, u"2027-01-22"_s, u"--no-protect"_s})
                    .exitCode == 0);
        REQUIRE(run({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"资源教室二"_s, u"--type"_s, u"资源教室"_s}).exitCode == 0);
        REQUIRE(run({u"rooms"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"个训室一"_s, u"--type"_s, u"个训室"_s}).exitCode == 0);
        REQUIRE(run({u"staff"_s, u"add"_s, u"--db"_s, db, u"--name"_s, u"王老师"_s, u"--role"_s, u"任课教师"_s}).exitCode == 0);
    }
    QStringList ledger(const QString &sub, const QStringList &rest) const
    {
        return QStringList{u"ledger"_s} + sub.split(u' ') + QStringList{u"--db"_s, db} + rest;
    }
};

} // namespace

TEST_CASE("ledger events, schedules, loans and a stocktake from the CLI on a new school", "[ledger][cli]")
{
    School s;
    REQUIRE(run(s.ledger(u"add"_s, {u"--name"_s, u"平衡板"_s, u"--category"_s, u"感统器材"_s, u"--quantity"_s, u"2"_s,
                                   u"--price"_s, u"120.50"_s, u"--unit"_s, u"块"_s, u"--room"_s, u"资源教室二"_s,
                                   u"--date"_s, u"2026-09-01"_s}))
                .exitCode == 0);
    REQUIRE(run(s.ledger(u"add"_s, {u"--name"_s, u"益智积木"_s, u"--category"_s, u"教具"_s, u"--room"_s, u"资源教室二"_s,
                                   u"--date"_s, u"2026-09-01"_s}))
                .exitCode == 0);

    // 检查, and a monthly maintenance whose due date keeps the end of the month.
    REQUIRE(run(s.ledger(u"check"_s, {u"--item"_s, u"GT-001"_s, u"--date"_s, u"2026-09-05"_s, u"--result"_s, u"完好"_s})).exitCode == 0);
    CHECK(run(s.ledger(u"check"_s, {u"--item"_s, u"GT-001"_s, u"--result"_s, u" "_s})).exitCode == 2);
    checkRefused(s.db, s.ledger(u"check"_s, {u"--item"_s, u"GT-001"_s, u"--date"_s, u"2026-13-45"_s, u"--result"_s, u"完好"_s}),
                 u"2026-13-45"_s);
    auto scheduled = run(s.ledger(u"schedule add"_s, {u"--item"_s, u"GT-001"_s, u"--kind"_s, u"maintenance"_s, u"--every"_s,
                                                  u"1"_s, u"--unit"_s, u"month"_s, u"--from"_s, u"2026-10-31"_s}));
    REQUIRE(scheduled.exitCode == 0);
    CHECK(scheduled.out.contains(u"2026-10-31"_s));
    auto schedules = run(s.ledger(u"schedules"_s, {u"--item"_s, u"GT-001"_s}));
    REQUIRE(schedules.exitCode == 0);
    REQUIRE(lines(schedules.out).size() == 1);
    CHECK(lines(schedules.out).at(0).split(u'\t').at(6) == u"2026-10-31"_s);
    REQUIRE(run(s.ledger(u"maintain"_s, {u"--item"_s, u"GT-001"_s, u"--date"_s, u"2026-10-31"_s, u"--what"_s, u"紧固螺丝"_s,
                                        u"--cost"_s, u"30"_s, u"--by"_s, u"王老师"_s, u"--schedule"_s,
                                        lines(schedules.out).at(0).section(u'\t', 0, 0)}))
                .exitCode == 0);
    const QStringList afterMaintenance = lines(run(s.ledger(u"schedules"_s, {})).out);
    REQUIRE(afterMaintenance.size() == 1);
    CHECK(afterMaintenance.at(0).split(u'\t').at(5) == u"2026-10-31"_s);
    CHECK(afterMaintenance.at(0).split(u'\t').at(6) == u"2026-11-30"_s);
    checkRefused(s.db, s.ledger(u"schedule add"_s, {u"--item"_s, u"GT-001"_s, u"--kind"_s, u"maintenance"_s, u"--every"_s,
                                                u"0"_s, u"--unit"_s, u"month"_s, u"--from"_s, u"2026-10-31"_s}),
                 u"1"_s);

    // 损坏 with compensation, paid once.
    auto damaged = run(s.ledger(u"damage"_s, {u"--item"_s, u"GT-001"_s, u"--date"_s, u"2026-11-02"_s, u"--cause"_s, u"学生踩裂"_s,
                                             u"--responsible"_s, u"王老师"_s, u"--compensation"_s, u"120.50"_s}));
    REQUIRE(damaged.exitCode == 0);
    const QString damageId = QString::number(lastNumber(damaged.out));
    REQUIRE(run(s.ledger(u"paid"_s, {u"--event"_s, damageId, u"--date"_s, u"2026-11-05"_s})).exitCode == 0);
    checkRefused(s.db, s.ledger(u"paid"_s, {u"--event"_s, damageId, u"--date"_s, u"2026-11-06"_s}), u"已"_s);

    // 报废: requested, then approved; one of the two boards leaves the ledger.
    auto scrapped = run(s.ledger(u"scrap"_s, {u"--item"_s, u"GT-001"_s, u"--date"_s, u"2026-11-06"_s, u"--reason"_s,
                                             u"破损无法修复"_s, u"--quantity"_s, u"1"_s}));
    REQUIRE(scrapped.exitCode == 0);
    const QString scrapId = QString::number(lastNumber(scrapped.out));
    CHECK(run(s.ledger(u"approve-scrap"_s, {u"--event"_s, scrapId, u"--date"_s, u"2026-11-07"_s})).exitCode == 2);
    REQUIRE(run(s.ledger(u"approve-scrap"_s, {u"--event"_s, scrapId, u"--by"_s, u"李校长"_s, u"--date"_s, u"2026-11-07"_s})).exitCode == 0);
    checkRefused(s.db, s.ledger(u"approve-scrap"_s, {u"--event"_s, scrapId, u"--by"_s, u"李校长"_s, u"--date"_s, u"2026-11-08"_s}),
                 u"已"_s);
    CHECK(run(s.ledger(u"approve-scrap"_s, {u"--event"_s, damageId, u"--by"_s, u"李校长"_s})).exitCode == 1);

    // 调拨 into the 个训室; from there it may not be lent, and the rule is quoted.
    REQUIRE(run(s.ledger(u"transfer"_s, {u"--item"_s, u"GT-001"_s, u"--room"_s, u"个训室一"_s, u"--date"_s, u"2026-11-08"_s})).exitCode == 0);
    const QStringList inRoom = lines(run({u"ledger"_s, u"--db"_s, s.db, u"--room"_s, u"个训室一"_s}).out);
    REQUIRE(inRoom.size() == 1);
    CHECK(inRoom.at(0).contains(u"平衡板"_s));
    CHECK(inRoom.at(0).split(u'\t').at(5).startsWith(u"1"_s));
    checkRefused(s.db, s.ledger(u"transfer"_s, {u"--item"_s, u"GT-001"_s, u"--room"_s, u"个训室一"_s}), u"已"_s);
    checkRefused(s.db, s.ledger(u"transfer"_s, {u"--item"_s, u"GT-001"_s, u"--room"_s, u"没有的房间"_s}), u"没有的房间"_s);
    checkRefused(s.db, s.ledger(u"loan"_s, {u"--item"_s, u"GT-001"_s, u"--borrower"_s, u"王老师"_s, u"--due"_s, u"2026-12-30"_s}),
                 u"不得带离该室"_s);

    // Loans: one overdue.
    REQUIRE(run(s.ledger(u"loan"_s, {u"--item"_s, u"JJ-001"_s, u"--borrower"_s, u"王老师"_s, u"--date"_s, u"2026-09-10"_s,
                                    u"--due"_s, u"2026-09-20"_s}))
                .exitCode == 0);
    const QStringList overdue = lines(run(s.ledger(u"loans"_s, {u"--overdue"_s})).out);
    REQUIRE(overdue.size() == 1);
    CHECK(overdue.at(0).contains(u"益智积木"_s));
    CHECK(overdue.at(0).contains(u"王老师"_s));
    CHECK(overdue.at(0).contains(u"2026-09-20"_s));

    // 盘点 of the 个训室: the board is not found; confirmed with a reason.
    auto started = run(s.ledger(u"stocktake start"_s, {u"--room"_s, u"个训室一"_s, u"--date"_s, u"2026-11-10"_s}));
    REQUIRE(started.exitCode == 0);
    const QStringList stocktakes = lines(run(s.ledger(u"stocktake"_s, {})).out);
    REQUIRE(stocktakes.size() == 1);
    const QString stocktakeId = stocktakes.at(0).section(u'\t', 0, 0);
    REQUIRE(stocktakeId.toLongLong() > 0);
    REQUIRE(run(s.ledger(u"stocktake count"_s, {u"--stocktake"_s, stocktakeId, u"--item"_s, u"GT-001"_s, u"--quantity"_s, u"0"_s}))
                .exitCode == 0);
    const QStringList report = lines(run(s.ledger(u"stocktake report"_s, {u"--stocktake"_s, stocktakeId})).out);
    REQUIRE(report.size() == 1);
    CHECK(report.at(0).split(u'\t').mid(3, 3) == QStringList{u"1"_s, u"0"_s, u"-1"_s});
    checkRefused(s.db, s.ledger(u"stocktake confirm"_s, {u"--stocktake"_s, stocktakeId}), u"原因"_s);
    checkRefused(s.db, s.ledger(u"stocktake tick"_s, {u"--stocktake"_s, stocktakeId, u"--item"_s, u"JJ-001"_s}), u"盘点"_s);
    REQUIRE(run(s.ledger(u"stocktake confirm"_s, {u"--stocktake"_s, stocktakeId, u"--reason"_s, u"GT-001=训练后未归位，遗失"_s,
                                          u"--date"_s, u"2026-11-11"_s}))
                .exitCode == 0);
    CHECK(run(s.ledger(u"stocktake report"_s, {u"--stocktake"_s, stocktakeId})).out.contains(u"遗失"_s));
    checkRefused(s.db, s.ledger(u"stocktake count"_s, {u"--stocktake"_s, stocktakeId, u"--item"_s, u"GT-001"_s, u"--quantity"_s, u"1"_s}),
                 u"确认"_s);
    CHECK(lines(run(s.ledger(u"stocktake"_s, {})).out).size() == 1);
    CHECK(lines(run({u"ledger"_s, u"--db"_s, s.db, u"--room"_s, u"个训室一"_s}).out).at(0).split(u'\t').at(5).startsWith(u"0"_s));

    // The history lists it all, oldest first.
    auto history = run(s.ledger(u"history"_s, {u"--item"_s, u"GT-001"_s}));
    REQUIRE(history.exitCode == 0);
    const QStringList entries = lines(history.out);
    CHECK(entries.size() == 8);   // 入库, 检查, 保养, 损坏, 报废 and its movement, 调拨, 盘点调整
    QStringList kinds;
    for (const QString &entry : entries)
        kinds << entry.section(u'\t', 1, 1);
    for (EventKind kind : {EventKind::Inspection, EventKind::Maintenance, EventKind::Damage, EventKind::Scrap, EventKind::Transfer})
        CHECK(kinds.contains(eventKindChinese(kind)));
    CHECK(history.out.contains(u"学生踩裂"_s));
    CHECK(history.out.contains(u"李校长"_s));
    CHECK(history.out.contains(u"遗失"_s));
    CHECK(history.out.contains(u"2026-11-05"_s));   // the payment
    for (qsizetype i = 1; i < entries.size(); ++i)
        CHECK(entries.at(i - 1).section(u'\t', 2, 2) <= entries.at(i).section(u'\t', 2, 2));
}
