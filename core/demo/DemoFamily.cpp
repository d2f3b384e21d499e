#include "demo/DemoFamily.h"

#include "calendar/SchoolCalendar.h"
#include "family/CounsellingRepository.h"
#include "family/FamilyContactRepository.h"
#include "family/MonthlyFamilyCheck.h"

#include <algorithm>
#include <array>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString demoStudentWithoutContact()
{
    return u"王浩然"_s;
}

namespace {

struct ContactText {
    ContactKind kind;
    const char16_t *present;
    const char16_t *content;
    const char16_t *views;
    const char16_t *followUp;   // empty: none agreed
    int dueDays;
};

// The first contact of the term is a home visit; the others follow in turn.
constexpr std::array<ContactText, 6> kTexts{{
    {ContactKind::HomeVisit, u"母亲、祖母", u"了解孩子在家的作息与学习环境，介绍本学期个别化教育计划的目标和训练安排。",
     u"家中有独立书桌；父亲在外地工作，平时由母亲和祖母照看。家长赞同训练目标，希望多练习识字。",
     u"每天睡前亲子阅读15分钟，一周后电话了解执行情况。", 7},
    {ContactKind::Phone, u"母亲", u"反馈本周个训课表现，询问家庭阅读的执行情况。", u"家长表示已坚持5天，孩子愿意跟读。",
     u"继续亲子阅读，增加指读。", 14},
    {ContactKind::Message, u"父亲", u"通过微信发送本月训练小结和家庭练习视频。", u"家长回复收到，会按视频在家练习。", u"", 0},
    {ContactKind::TrainingGuidance, u"母亲", u"在资源教室示范数的分解练习，指导家长用实物在家练习。",
     u"家长反映孩子在家注意力难以集中，练习时间以10分钟为宜。", u"每天用实物练习10分钟，记录正确次数。", 14},
    {ContactKind::ParentMeeting, u"母亲", u"参加资源教室家长会，介绍期中评估结果和下阶段目标。", u"家长对进步表示满意，希望加强社交训练。",
     u"下阶段增加同伴游戏训练。", 30},
    {ContactKind::ParentTraining, u"父亲、母亲", u"参加家长培训《在家如何使用正向强化》。", u"家长认为方法实用，准备在家试用代币制。", u"", 0},
}};

// A school day near the middle of the month, different for each student.
QDate contactDay(const Semester &semester, const QDate &month, int offset)
{
    for (int d = 8 + offset % 12; d <= month.daysInMonth(); ++d) {
        const QDate day(month.year(), month.month(), d);
        if (semester.contains(day) && isSchoolDay(semester, day))
            return day;
    }
    return {};
}

} // namespace

Result<void> addDemoFamily(Transaction &tx, const DemoIds &ids, const Semester &semester, const QDate &today,
                           const QList<PlannedSession> &sessions)
{
    const qint64 teacher = ids.staff.value(u"马晓燕"_s);
    const qint64 forgotten = ids.students.value(demoStudentWithoutContact());
    const auto months = familyCheckMonths({semester});
    // The last two months of school that have ended (one early in a term).
    QList<QDate> silent;
    for (const FamilyCheckMonth &m : months)
        if (m.deadline < today)
            silent << m.first;
    silent = silent.mid(std::max<qsizetype>(0, silent.size() - 2));
    int offset = 0;
    QList<qint64> students = ids.students.values();
    std::sort(students.begin(), students.end());
    for (qint64 student : std::as_const(students)) {
        ++offset;
        int turn = 0;
        for (const FamilyCheckMonth &m : months) {
            if (student == forgotten && silent.contains(m.first))
                continue;
            const QDate day = contactDay(semester, m.first, offset);
            if (!day.isValid() || day > today)
                continue;
            const ContactText &t = kTexts.at(turn++ % kTexts.size());
            FamilyContact c;
            c.studentId = student;
            c.kind = t.kind;
            c.date = day;
            c.time = t.kind == ContactKind::HomeVisit ? QTime(16, 30) : QTime(12, 20);
            c.staffId = teacher;
            c.familyPresent = QString::fromUtf16(t.present);
            c.content = QString::fromUtf16(t.content);
            c.familyViews = QString::fromUtf16(t.views);
            c.followUp = QString::fromUtf16(t.followUp);
            if (t.dueDays > 0)
                c.followUpDue = day.addDays(t.dueDays);
            if (auto id = FamilyContactRepository::add(tx, c); !id)
                return id.error();
        }
    }
    // The notes of the counselling sessions held: the same meetings, kept apart under 保密.
    static const std::array<const char16_t *, 3> topics{u"遇到挫折时的情绪表达", u"与同学发生冲突后的处理", u"用深呼吸让自己平静"};
    int n = 0;
    for (const PlannedSession &s : sessions) {
        if (s.service != ServiceType::Counselling || s.fate == PlannedSession::Fate::Unrecorded || s.date > today)
            continue;
        for (const PlannedAttendance &a : s.students) {
            if (a.attendance != Attendance::Present)
                continue;
            CounsellingSession c;
            c.studentId = a.studentId;
            c.date = s.date;
            c.time = s.start;
            c.counsellorId = s.instructorId;
            c.topic = QString::fromUtf16(topics.at(n % topics.size()));
            c.observations = u"谈话开始时回避目光，用情绪卡片说出“生气”和“委屈”；讨论后能说出一种平静下来的办法。"_s;
            c.followUp = u"与班主任沟通，在班级冷静角张贴深呼吸步骤图。"_s;
            if (auto id = CounsellingRepository::add(tx, c); !id)
                return id.error();
            ++n;
        }
    }
    return {};
}

} // namespace rr
