#include <catch2/catch.hpp>

#include "DemoFile.h"
#include "TestSupport.h"
#include "alerts/AlertSources.h"
#include "common/Clock.h"
#include "iep/IepReminders.h"

#include <QTemporaryDir>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

TEST_CASE("alerts gather every source, most urgent first, and carry the IEP reminders")
{
    const QDate today(2026, 11, 17);
    auto demo = test::openDemoSchool(today);
    const FixedClock clock(today);
    const auto alerts = collectAlerts(demo->db, clock);
    REQUIRE(alerts);
    const auto reminders = iepReminders(demo->db, clock);
    REQUIRE(reminders);
    REQUIRE_FALSE(reminders->isEmpty());
    int fromIep = 0;
    for (const Alert &a : *alerts)
        fromIep += a.area == u"iep"_s;
    CHECK(fromIep == reminders->size());
    for (const IepReminder &r : *reminders) {
        INFO(r.text.toStdString());
        CHECK(std::any_of(alerts->begin(), alerts->end(),
                          [&](const Alert &a) { return a.text == r.text && a.subject == r.studentName; }));
    }
    for (qsizetype i = 1; i < alerts->size(); ++i) {
        const Alert &before = alerts->at(i - 1);
        const Alert &after = alerts->at(i);
        CHECK(int(before.urgency) >= int(after.urgency));
        if (before.urgency == after.urgency)
            CHECK(before.date <= after.date);
    }
}

TEST_CASE("alerts fail when a source cannot read, instead of saying there are none")
{
    auto demo = test::openDemoSchool(QDate(2026, 11, 17));
    test::dropTable(*demo->db, u"ieps"_s);
    const auto alerts = collectAlerts(demo->db, FixedClock(QDate(2026, 11, 17)));
    CHECK_FALSE(alerts);
}

TEST_CASE("the CLI lists one alert per line, exits 0, and fails with a Chinese reason on a broken file")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"d.sqlite"_s);
    REQUIRE(test::runCli({u"demo"_s, u"--out"_s, db}).exitCode == 0);
    const auto run = test::runCli({u"alerts"_s, u"--db"_s, db});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    for (qsizetype i = 0; i + 1 < lines.size(); ++i)
        CHECK(lines.at(i).count(u'\t') == 4);
    CHECK(lines.last() == u"共 %1 条提醒"_s.arg(lines.size() - 1));

    const auto missing = test::runCli({u"alerts"_s, u"--db"_s, dir.filePath(u"none.sqlite"_s)});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.startsWith(u"错误："_s));
}
