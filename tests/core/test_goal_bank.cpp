#include <catch2/catch.hpp>

#include "goalbank/FillObjective.h"
#include "goalbank/GoalBank.h"

#include <QFile>
#include <QSet>

using namespace rr;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString kPlaceholder = QString::fromUtf16(kCriterionPlaceholder);

BankGoal additionGoal()
{
    return BankGoal{GoalDomain::Mathematics, u"加减法"_s, u"掌握10以内加减法"_s,
                    u"在口头提示下，能独立完成10以内加法，正确率达{标准}"_s,
                    MeasurementScale::Accuracy, Direction::Increase, false};
}
} // namespace

TEST_CASE("the shipped goal bank is large, spread over every domain and well formed")
{
    const GoalBank &bank = GoalBank::shipped();
    CHECK(&bank == &GoalBank::shipped());   // loaded once
    REQUIRE(bank.goals().size() >= 150);
    for (const GoalDomain domain : allGoalDomains()) {
        INFO(goalDomainChinese(domain).toStdString());
        CHECK(bank.inDomain(domain).size() >= 15);
        CHECK(bank.areas(domain).size() >= 5);
    }

    QSet<QString> templates;
    QSet<QString> pairs;
    for (const BankGoal &goal : bank.goals()) {
        INFO(goal.objectiveTemplate.toStdString());
        CHECK(goal.objectiveTemplate.count(kPlaceholder) == 1);
        CHECK(goal.objectiveTemplate.count(u'{') == 1);
        CHECK_FALSE(goal.area.isEmpty());
        CHECK_FALSE(goal.longTermText.isEmpty());
        CHECK_FALSE(goal.custom);
        // A problem behaviour counted per lesson must go down; a percentage up.
        if (goal.scale == MeasurementScale::Accuracy || goal.scale == MeasurementScale::PromptLevel
            || goal.scale == MeasurementScale::Attainment)
            CHECK(goal.direction == Direction::Increase);
        if (goal.objectiveTemplate.contains(u"不超过{标准}"_s))
            CHECK(goal.direction == Direction::Decrease);
        CHECK_FALSE(templates.contains(goal.objectiveTemplate));
        templates.insert(goal.objectiveTemplate);
        pairs.insert(goal.longTermText + u'\t' + goal.objectiveTemplate);
    }
    CHECK(templates.size() == bank.goals().size());
    CHECK(pairs.size() == bank.goals().size());
}

TEST_CASE("every line of the shipped file names a known domain, scale and direction")
{
    QFile file(u":/goalbank/goals_zh.tsv"_s);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    int goals = 0;
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        INFO(line.toStdString());
        const QStringList fields = line.split(u'\t');
        REQUIRE(fields.size() == 6);
        GoalDomain domain = GoalDomain::Cognition;
        MeasurementScale scale = MeasurementScale::Accuracy;
        Direction direction = Direction::Increase;
        CHECK(goalDomainFromKey(fields[0], &domain));
        CHECK(scaleFromKey(fields[4], &scale));
        CHECK(directionFromKey(fields[5], &direction));
        ++goals;
    }
    CHECK(goals == GoalBank::shipped().goals().size());
}

TEST_CASE("parse refuses a broken bank and names the line")
{
    const QString good = u"# comment\nmathematics\t加减法\t掌握加法\t正确率达{标准}\taccuracy\tincrease\n"_s;
    const Result<GoalBank> parsed = GoalBank::parse(good);
    REQUIRE(parsed.ok());
    REQUIRE(parsed->goals().size() == 1);
    CHECK(parsed->goals().first().domain == GoalDomain::Mathematics);
    CHECK(parsed->goals().first().scale == MeasurementScale::Accuracy);

    CHECK_FALSE(GoalBank::parse(u"\nmaths\t加减法\t掌握加法\t正确率达{标准}\taccuracy\tincrease"_s).ok());
    CHECK(GoalBank::parse(u"\nmaths\t加减法\t掌握加法\t正确率达{标准}\taccuracy\tincrease"_s).error().message.contains(u'2'));
    CHECK_FALSE(GoalBank::parse(u"mathematics\t加减法\t掌握加法\t正确率达80%\taccuracy\tincrease"_s).ok());
    CHECK_FALSE(GoalBank::parse(u"mathematics\t加减法\t掌握加法\t{标准}到{标准}\taccuracy\tincrease"_s).ok());
    CHECK_FALSE(GoalBank::parse(u"mathematics\t加减法\t掌握加法\t正确率达{标准}\tpercent\tincrease"_s).ok());
    CHECK_FALSE(GoalBank::parse(u"mathematics\t加减法\t掌握加法\t正确率达{标准}\taccuracy\tup"_s).ok());
    CHECK_FALSE(GoalBank::parse(u"mathematics\t加减法\t正确率达{标准}\taccuracy\tincrease"_s).ok());
}

TEST_CASE("fillObjective puts the child's criterion in and refuses vague ones")
{
    const BankGoal goal = additionGoal();
    const Result<QString> filled = fillObjective(goal, u" 80% "_s);
    REQUIRE(filled.ok());
    CHECK(*filled == u"在口头提示下，能独立完成10以内加法，正确率达80%"_s);
    CHECK(*fillObjective(goal, u"８０％"_s) == u"在口头提示下，能独立完成10以内加法，正确率达８０％"_s);
    CHECK(fillObjective(goal, u"百分之八十"_s).ok());

    BankGoal prompt = goal;
    prompt.objectiveTemplate = u"能按七步洗手法步骤图完成洗手，在{标准}下完成"_s;
    CHECK(*fillObjective(prompt, u"口头提示"_s) == u"能按七步洗手法步骤图完成洗手，在口头提示下完成"_s);

    for (const QString &vague : {u""_s, u"   "_s, u"较好"_s, u"有所提高"_s, u"一些"_s, u"基本掌握"_s, u"明显进步"_s,
                                 u"{标准}"_s}) {
        INFO(vague.toStdString());
        const Result<QString> refused = fillObjective(goal, vague);
        CHECK_FALSE(refused.ok());
        if (!refused.ok())
            CHECK_FALSE(refused.error().message.isEmpty());
    }
    // A number makes it measurable even next to a soft word.
    CHECK(fillObjective(goal, u"基本达到80%"_s).ok());

    BankGoal noPlace = goal;
    noPlace.objectiveTemplate = u"正确率达80%"_s;
    CHECK_FALSE(fillObjective(noPlace, u"90%"_s).ok());

    // Every shipped template takes a criterion.
    for (const BankGoal &shipped : GoalBank::shipped().goals())
        CHECK(fillObjective(shipped, u"3"_s).ok());
}

TEST_CASE("domains and custom goals")
{
    CHECK(allGoalDomains().size() == 9);
    CHECK(goalDomainChinese(GoalDomain::GrossMotor) == u"感知觉与运动（粗大）"_s);
    CHECK(goalDomainChinese(GoalDomain::FineMotor) == u"感知觉与运动（精细）"_s);
    CHECK(goalDomainChinese(GoalDomain::Communication) == u"语言与沟通"_s);
    for (const GoalDomain domain : allGoalDomains()) {
        GoalDomain parsed = GoalDomain::Cognition;
        REQUIRE(goalDomainFromKey(goalDomainKey(domain), &parsed));
        CHECK(parsed == domain);
        CHECK_FALSE(goalDomainLabel(domain).isEmpty());
    }
    BankGoal own = additionGoal();
    own.custom = true;
    CHECK_FALSE(own == additionGoal());
    CHECK(*fillObjective(own, u"90%"_s) == u"在口头提示下，能独立完成10以内加法，正确率达90%"_s);
}
