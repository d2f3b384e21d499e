#include "bench/BenchPeople.h"

#include "demo/DemoPeople.h"

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

const QStringList &surnames()
{
    static const QStringList names = u"王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹"_s.split(u' ');
    return names;
}

const QStringList &givenNames()
{
    static const QStringList names =
        u"子涵 欣怡 浩然 梓轩 一诺 雨桐 宇航 思远 佳怡 子豪 诗涵 俊杰 若曦 明轩 可欣 嘉懿 晨阳 语嫣 博文 梦琪 "
        "天佑 静怡 泽宇 雅琪 皓轩 心怡 承志 欣然 昊天 紫萱 文博 佳琪 睿泽 雨欣 志强 思彤 家豪 梓萌 铭泽 婉清"_s.split(u' ');
    return names;
}

} // namespace

QList<BenchStudent> benchStudents(int count, int firstYear, int lastYear)
{
    const QList<Student> templates = demoStudents(lastYear);
    const QStringList heads{u"王丽"_s, u"李建国"_s, u"古丽娜尔·吐尔逊"_s, u"陈红"_s, u"刘芳"_s, u"张伟"_s};
    const int years = lastYear - firstYear + 1;
    const int span = std::min(6, years);
    // Enrolments start from span−1 years before the first year up to the last
    // year, so the first and last years are as full as the middle ones.
    const int starts = years + span - 1;
    QList<BenchStudent> students;
    students.reserve(count);
    for (int i = 0; i < count; ++i) {
        BenchStudent b;
        const int start = firstYear - (span - 1) + i % starts;
        b.firstYear = std::max(firstYear, start);
        b.lastYear = std::min(lastYear, start + span - 1);
        const int startGrade = 1 + (i / starts) % 3;
        const int grade = std::min(9, startGrade + (b.lastYear - start));

        Student s = templates.at(i % templates.size());
        s.id = 0;
        const int g = i / surnames().size();
        s.name = surnames().at(i % surnames().size()) + givenNames().at(g % givenNames().size());
        if (g >= givenNames().size())   // past 1,200 names: a third character keeps them apart
            s.name += givenNames().at((g / givenNames().size()) % givenNames().size()).left(1);
        s.gender = i % 2 == 0 ? Gender::Male : Gender::Female;
        // Born in the year that fits the grade in the last enrolled year.
        s.birthDate = QDate(b.lastYear - 5 - grade, 1 + i % 12, 1 + i % 28);
        // Sequence parity carries the sex: odd for boys.
        const int sequence = 2 * (i % 499) + (s.gender == Gender::Male ? 1 : 2);
        s.idNumber = makeCitizenId(u"6540"_s + u"%1"_s.arg(2 + (i / 499) % 98, 2, 10, QLatin1Char('0')), s.birthDate, sequence);
        s.grade = grade;
        s.className = u"%1班"_s.arg(1 + i % 6);
        s.headTeacherId = 0;
        s.headTeacherName = heads.at(i % heads.size());
        s.enrolmentDate = QDate(std::max(start, firstYear - 5), 9, 1);
        s.certificateNumber.clear();   // a certificate must match the ID; these children have none
        s.photo.clear();
        for (Guardian &guardian : s.guardians)
            guardian.name = surnames().at(i % surnames().size()) + guardian.name.mid(1);
        b.student = s;
        students.append(b);
    }
    return students;
}

} // namespace rr
