#include "demo/DemoSchoolWork.h"

#include "schoolwork/FundingRepository.h"
#include "schoolwork/GuidanceVisitRepository.h"
#include "schoolwork/SchoolActivityRepository.h"
#include "schoolwork/SchoolDocumentRepository.h"
#include "schoolwork/SchoolOrganisationRepository.h"
#include "storage/Database.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// A small picture standing in for a photo or a scanned page.
QByteArray fakePicture(int seed, bool photo)
{
    QImage image(photo ? 320 : 210, photo ? 240 : 297, QImage::Format_RGB32);
    image.fill(photo ? QColor(200, 225, 240) : QColor(245, 245, 245));
    QPainter painter(&image);
    painter.setPen(QColor(90, 110, 130));
    if (photo) {
        painter.setBrush(QColor(120, 170, 90));
        painter.drawRect(0, 170, 320, 70);
        for (int i = 0; i < 5; ++i)
            painter.drawEllipse(40 + i * 55, 110 - (seed * 7 + i * 13) % 25, 30, 60);
    } else {
        painter.drawRect(15, 20, 180, 257);
        for (int y = 40 + seed % 7; y < 270; y += 14)
            painter.drawLine(25, y, 185 - (y * seed) % 60, y);
    }
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, photo ? "JPEG" : "PNG");
    return bytes;
}

} // namespace

Result<void> addDemoSchoolWork(Transaction &tx, const QHash<QString, qint64> &staff, const Semester &current,
                               const Semester &previous, const QDate &today)
{
    // A day `offset` days into the current semester if that has passed, else into the previous one.
    auto day = [&](int offset) {
        const QDate inCurrent = current.start.addDays(offset);
        return inCurrent <= today ? std::pair{inCurrent, current.id} : std::pair{previous.start.addDays(offset), previous.id};
    };

    const QList<GuidanceVisit> visits{
        {0, day(20).first, u"周敏"_s, u"市特殊教育资源中心"_s, {GuidanceTopic::IepWriting, GuidanceTopic::FamilyEducation},
         u"部分个别化教育计划的长期目标表述笼统，难以评估；家长对训练目标了解不够。"_s,
         u"长期目标按“条件＋行为＋标准”改写为可测量的短期目标；在下次家长会上逐一说明目标。"_s,
         u"两周内修订张小明、李思雨的个别化教育计划，报中心审阅。"_s, u"已修订并经中心审阅通过。"_s},
        {0, day(55).first, u"周敏"_s, u"市特殊教育资源中心"_s, {GuidanceTopic::ClassroomTeaching, GuidanceTopic::Rehabilitation},
         u"随班就读学生在语文课上参与少，座位远离教师。"_s, u"调整座位到前排；课堂上分层提问，每节至少一次。"_s,
         u"班主任调整座位，任课教师试行分层提问一个月。"_s, QString()},
    };
    for (const GuidanceVisit &v : visits)
        if (auto added = GuidanceVisitRepository::add(tx, v); !added)
            return added.error();

    const QDate groupStart(previous.start.year(), previous.start.month(), 1);
    const QList<GroupMember> members{
        {0, SchoolGroup::Leadership, staff.value(u"何志强"_s), {}, u"副组长（分管副校长）"_s, groupStart, {}},
        {0, SchoolGroup::Leadership, staff.value(u"马晓燕"_s), {}, u"组员（资源教师）"_s, groupStart, {}},
        {0, SchoolGroup::Leadership, staff.value(u"王丽"_s), {}, u"组员（班主任代表）"_s, groupStart, {}},
        {0, SchoolGroup::Working, staff.value(u"马晓燕"_s), {}, u"联络员"_s, groupStart, {}},
        {0, SchoolGroup::Working, staff.value(u"孙静"_s), {}, u"康复训练"_s, groupStart, {}},
        {0, SchoolGroup::Working, staff.value(u"赵春梅"_s), {}, u"健康档案"_s, groupStart, {}},
    };
    for (const GroupMember &m : members)
        if (auto added = SchoolOrganisationRepository::addMember(tx, m); !added)
            return added.error();
    const QList<SchoolContact> contacts{
        {0, PartnerKind::Centre, u"市特殊教育资源中心"_s, u"周敏"_s, u"0999-8012345"_s, u"巡回指导教师"_s},
        {0, PartnerKind::Federation, u"市残疾人联合会"_s, u"康复科"_s, u"0999-8023456"_s, u"残疾人证办理、康复补贴"_s},
        {0, PartnerKind::Hospital, u"市妇幼保健院儿童保健科"_s, u"门诊"_s, u"0999-8034567"_s, u"发育评估、诊断证明"_s},
    };
    for (const SchoolContact &c : contacts)
        if (auto added = SchoolOrganisationRepository::addContact(tx, c); !added)
            return added.error();

    const auto research = day(30);
    const auto inclusion = day(40);
    const QList<std::pair<SchoolActivity, int>> activities{
        {{0, ActivityKind::Research, research.first, research.second, u"如何把个别化教育计划目标融入语文课堂"_s,
          u"马晓燕、王丽、李建国、古丽娜尔·吐尔逊"_s, {},
          u"王丽执教研讨课《秋天》，课后围绕分层目标和提问方式评课。"_s,
          u"形成语文课分层目标模板一份，下月在数学课推广。"_s, {}},
         0},
        {{0, ActivityKind::Inclusion, inclusion.first, inclusion.second, u"“手拉手”融合运动会"_s, u"全校一至三年级师生、家长代表"_s,
          u"设置两人三足、接力等合作项目，每组包含一名随班就读学生。"_s, {},
          u"随班就读学生全部参加，合作项目完成顺利；家长反映孩子回家主动说起同伴。"_s, {}},
         2},
    };
    int seed = 1;
    for (const auto &[activity, photoCount] : activities) {
        QList<std::pair<QString, QByteArray>> photos;
        for (int i = 1; i <= photoCount; ++i)
            photos.append({u"融合运动会-%1.jpg"_s.arg(i), fakePicture(seed++, true)});
        if (auto added = SchoolActivityRepository::add(tx, activity, photos); !added)
            return added.error();
    }

    const QList<FundingEntry> funding{
        {0, day(10).first, 2'000'000, u"特殊教育专项经费"_s, u"资源教室感统器材"_s, u"市教育局批复〔专项〕第12号"_s, QString()},
        {0, day(35).first, 360'000, u"随班就读学生补助"_s, u"学具及评估量表"_s, u"学校经费领导小组审批"_s, QString()},
        {0, day(60).first, 150'050, u"学校公用经费"_s, u"教研活动及资料印制"_s, u"校长审批"_s, QString()},
    };
    for (const FundingEntry &e : funding)
        if (auto added = FundingRepository::add(tx, e); !added)
            return added.error();

    const auto plan = day(5);
    const auto rules = day(12);
    const auto construction = day(25);
    const QList<std::pair<SchoolDocument, QStringList>> documents{
        {{0, DocumentCategory::PlansAndSummaries, u"随班就读工作学期计划"_s, plan.first, plan.second, u"校务会审议通过"_s, {}},
         {u"学期计划.png"_s}},
        {{0, DocumentCategory::Policies, u"资源教室管理制度"_s, rules.first, rules.second, {}, {}}, {u"资源教室管理制度.png"_s}},
        {{0, DocumentCategory::RoomConstruction, u"资源教室设备清单及照片"_s, construction.first, construction.second, {}, {}},
         {u"设备清单.png"_s, u"资源教室全景.jpg"_s}},
    };
    for (const auto &[document, names] : documents) {
        QList<std::pair<QString, QByteArray>> files;
        for (const QString &name : names)
            files.append({name, fakePicture(seed++, name.endsWith(u".jpg"_s))});
        if (auto added = SchoolDocumentRepository::add(tx, document, files); !added)
            return added.error();
    }
    return {};
}

} // namespace rr
