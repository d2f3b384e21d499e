#include "demo/DemoRecords.h"

#include "archive/AttachmentRepository.h"
#include "lrc/LrcRepository.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

struct Step {
    LrcStep step;
    QDate date;
    const char16_t *actor;
    const char16_t *note;
};

// Confirmed in an earlier school year, the usual way through.
QList<Step> confirmedIn(int year)
{
    return {{LrcStep::Applied, QDate(year, 9, 2), u"家长", u"孩子学习跟不上，希望在本校随班就读并接受资源教室辅导。"},
            {LrcStep::SchoolOpinion, QDate(year, 9, 9), u"何志强", u"同意申报，学校将为其制定个别化教育计划。"},
            {LrcStep::Reported, QDate(year, 9, 20), u"马晓燕", u"已随年度名单上报市特殊教育资源中心。"},
            {LrcStep::Confirmed, QDate(year, 10, 25), u"市特殊教育资源中心", u"经评估，同意确认为随班就读学生。"}};
}

// A small grey page standing in for a scanned paper original.
QByteArray fakeScan(int seed)
{
    QImage page(210, 297, QImage::Format_Grayscale8);
    page.fill(245);
    QPainter painter(&page);
    painter.setPen(QColor(120, 120, 120));
    painter.drawRect(15, 20, 180, 257);
    for (int y = 40 + seed % 7; y < 270; y += 14)
        painter.drawLine(25, y, 185 - (y * seed) % 60, y);
    painter.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    page.save(&buffer, "PNG");
    return bytes;
}

} // namespace

Result<void> addDemoLrcSteps(Transaction &tx, const QHash<QString, qint64> &students, int schoolYear, const Clock &clock)
{
    const QDate today = clock.today();
    QHash<QString, QList<Step>> plan;
    for (const QString &name : {u"张小明"_s, u"陈佳怡"_s, u"阿依古丽·努尔兰"_s, u"赵欣怡"_s})
        plan.insert(name, confirmedIn(schoolYear - 2));
    for (const QString &name : {u"李思雨"_s, u"买买提·艾力"_s, u"吴梓涵"_s})
        plan.insert(name, confirmedIn(schoolYear - 1));
    // Still on its way to the centre this year: reported, waiting for the school, just applied.
    plan.insert(u"王浩然"_s, {{LrcStep::Applied, today.addDays(-40), u"家长", u"孩子识字困难，申请随班就读。"},
                              {LrcStep::SchoolOpinion, today.addDays(-33), u"何志强", u"同意申报。"},
                              {LrcStep::Reported, today.addDays(-25), u"马晓燕", u"补报至市特殊教育资源中心。"}});
    plan.insert(u"周宇航"_s, {{LrcStep::Applied, today.addDays(-30), u"家长", u"孩子情绪问题影响学习，申请随班就读支持。"},
                              {LrcStep::SchoolOpinion, today.addDays(-21), u"何志强", u"同意申报，待补充心理评估报告后上报。"}});
    plan.insert(u"刘子轩"_s, {{LrcStep::Applied, today.addDays(-6), u"家长", u"一年级新生，医院诊断为注意缺陷多动障碍。"}});
    plan.insert(u"杨一诺"_s, {{LrcStep::Applied, QDate(schoolYear - 1, 9, 5), u"家长", u"孩子心脏手术后体弱，申请照顾。"},
                              {LrcStep::SchoolOpinion, QDate(schoolYear - 1, 9, 12), u"何志强", u"同意申报。"},
                              {LrcStep::Reported, QDate(schoolYear - 1, 9, 22), u"马晓燕", u"已上报。"},
                              {LrcStep::NotConfirmed, QDate(schoolYear - 1, 10, 28), u"市特殊教育资源中心",
                               u"学习能力正常，不属于随班就读对象，建议学校做好健康照护与体育课调整。"}});
    QList<Step> revoked = confirmedIn(schoolYear - 3);
    revoked.append({LrcStep::Revoked, QDate(schoolYear, 6, 28), u"市特殊教育资源中心",
                    u"经复评，学习能力已达到年级水平，撤销随班就读。"});
    plan.insert(u"黄子豪"_s, revoked);

    for (auto it = plan.cbegin(); it != plan.cend(); ++it) {
        for (const Step &step : it.value()) {
            LrcEvent event;
            event.studentId = students.value(it.key());
            event.step = step.step;
            event.date = step.date;
            event.actor = QString::fromUtf16(step.actor);
            // The centre's words are the reason of a decision against the family.
            if (needsReason(step.step))
                event.reason = QString::fromUtf16(step.note);
            else
                event.note = QString::fromUtf16(step.note);
            if (auto added = LrcRepository::addStep(tx, event); !added)
                return added.error();
        }
    }
    return {};
}

Result<void> addDemoArchiveFiles(Transaction &tx, const QHash<QString, qint64> &students, int schoolYear)
{
    struct File {
        const char16_t *student;
        ArchiveItem item;
        const char16_t *name;
    };
    // About half of the archive is there: what a real teacher has mid-year.
    const QList<File> files{
        {u"张小明", ArchiveItem::EnrolmentForm, u"张小明-入学登记表.png"},
        {u"张小明", ArchiveItem::AssessmentReports, u"张小明-韦氏智力测验报告.png"},
        {u"张小明", ArchiveItem::MedicalReports, u"张小明-妇幼保健院诊断证明.png"},
        {u"张小明", ArchiveItem::GrowthPortfolio, u"张小明-手工作品.png"},
        {u"李思雨", ArchiveItem::EnrolmentForm, u"李思雨-入学登记表.png"},
        {u"李思雨", ArchiveItem::MedicalReports, u"李思雨-孤独症诊断书.png"},
        {u"陈佳怡", ArchiveItem::EnrolmentForm, u"陈佳怡-入学登记表.png"},
        {u"陈佳怡", ArchiveItem::MedicalReports, u"陈佳怡-听力检查报告.png"},
        {u"陈佳怡", ArchiveItem::AdaptiveAssessment, u"陈佳怡-适应行为评估.png"},
        {u"买买提·艾力", ArchiveItem::EnrolmentForm, u"买买提·艾力-入学登记表.png"},
        {u"买买提·艾力", ArchiveItem::AssessmentReports, u"买买提·艾力-构音评估.png"},
        {u"阿依古丽·努尔兰", ArchiveItem::MedicalReports, u"阿依古丽·努尔兰-眼科检查.png"},
        {u"吴梓涵", ArchiveItem::EnrolmentForm, u"吴梓涵-入学登记表.png"},
        {u"吴梓涵", ArchiveItem::MedicalReports, u"吴梓涵-康复医院评估.png"},
    };
    int seed = 1;
    for (const File &f : files) {
        Attachment meta;
        meta.studentId = students.value(QString::fromUtf16(f.student));
        meta.archiveItem = int(f.item);
        meta.schoolYear = isOnceOnly(f.item) ? schoolYear - 2 : schoolYear;
        meta.fileName = QString::fromUtf16(f.name);
        meta.mimeType = u"image/png"_s;
        meta.note = u"纸质原件扫描件"_s;
        if (auto added = AttachmentRepository::add(tx, meta, fakeScan(seed++)); !added)
            return added.error();
    }
    return {};
}

} // namespace rr
