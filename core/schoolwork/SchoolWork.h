#pragma once
// The school's side of the archive (附件6 一、三、四、五): the records and their
// fixed vocabularies. Plain values; the repositories load and save them.
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace rr {

// What the centre's visiting teacher guided (巡回指导内容).
enum class GuidanceTopic { IepWriting, ClassroomTeaching, FamilyEducation, Rehabilitation };

// 巡回指导: one visit of the resource centre's teacher to the school.
struct GuidanceVisit {
    qint64 id = 0;
    QDate date;
    QString visitor;          // the visiting teacher
    QString centre;           // 资源中心 the teacher came from
    QList<GuidanceTopic> topics;
    QString problems;         // 发现的问题
    QString suggestions;      // 指导建议
    QString followUp;         // 整改跟进
    QString followUpResult;   // 跟进结果
    bool operator==(const GuidanceVisit &) const = default;
};

enum class SchoolGroup { Leadership, Working };   // 领导小组 / 工作小组

// A staff member in the leadership or working group, with a role and period.
struct GroupMember {
    qint64 id = 0;
    SchoolGroup group = SchoolGroup::Leadership;
    qint64 staffId = 0;
    QString staffName;        // read from the staff list, not stored
    QString role;             // 组长, 副组长, 组员, 联络员 …
    QDate from;
    QDate to;                 // invalid while serving
    bool operator==(const GroupMember &) const = default;
    bool servingOn(const QDate &day) const
    {
        return (!from.isValid() || from <= day) && (!to.isValid() || day <= to);
    }
};

enum class PartnerKind { Centre, Federation, Hospital, Other };   // 资源中心 / 残联 / 医院 / 其他

struct SchoolContact {
    qint64 id = 0;
    PartnerKind kind = PartnerKind::Centre;
    QString organisation;
    QString person;
    QString phone;
    QString note;
    bool operator==(const SchoolContact &) const = default;
};

// The categories of the school's archive in 附件6 (教科研 split in four).
enum class DocumentCategory {
    Policies,            // 文件和制度
    PlansAndSummaries,   // 学期计划和总结
    Inspections,         // 检查与考评
    RoomConstruction,    // 资源教室建设
    Funding,             // 经费投入
    ResearchRecords,     // 教科研·活动记录
    DemoLessons,         // 教科研·研讨课
    CaseStudies,         // 教科研·个案研究
    SchoolMaterials,     // 教科研·校本教材
    Inclusion,           // 普特融合活动
    Themed,              // 专题活动
    Community,           // 社区互动
    Honours,             // 荣誉
};

struct SchoolFile {
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QDateTime addedAt;
    bool operator==(const SchoolFile &) const = default;
};

struct SchoolDocument {
    qint64 id = 0;
    DocumentCategory category = DocumentCategory::Policies;
    QString title;
    QDate date;
    qint64 semesterId = 0;
    QString note;
    QList<SchoolFile> files;   // read with the document; written one by one
    bool operator==(const SchoolDocument &) const = default;
};

enum class ActivityKind { Research, Inclusion, Themed };   // 教研活动 / 普特融合活动 / 专题活动

struct SchoolActivity {
    qint64 id = 0;
    ActivityKind kind = ActivityKind::Research;
    QDate date;
    qint64 semesterId = 0;
    QString topic;          // 主题 (教研) or 活动名称
    QString participants;
    QString plan;           // 活动方案 (融合、专题)
    QString content;        // 活动内容 / 过程
    QString outcome;        // 成效 (教研) or 活动小结
    QList<SchoolFile> photos;
    bool operator==(const SchoolActivity &) const = default;
};

// 经费投入: an amount in fen (whole numbers, no rounding in totals).
struct FundingEntry {
    qint64 id = 0;
    QDate date;
    qint64 amountFen = 0;
    QString source;        // 来源: 专项经费, 残联补助 …
    QString purpose;       // 用途
    QString approval;      // 批复 (文号, 批准人)
    QString note;
    bool operator==(const FundingEntry &) const = default;
};

QList<GuidanceTopic> allGuidanceTopics();
QString guidanceTopicKey(GuidanceTopic topic);
bool guidanceTopicFromKey(const QString &key, GuidanceTopic *topic);
QString guidanceTopicChinese(GuidanceTopic topic);
QString guidanceTopicLabel(GuidanceTopic topic);

QString schoolGroupKey(SchoolGroup group);
bool schoolGroupFromKey(const QString &key, SchoolGroup *group);
QString schoolGroupChinese(SchoolGroup group);
QString schoolGroupLabel(SchoolGroup group);

QList<PartnerKind> allPartnerKinds();
QString partnerKindKey(PartnerKind kind);
bool partnerKindFromKey(const QString &key, PartnerKind *kind);
QString partnerKindChinese(PartnerKind kind);
QString partnerKindLabel(PartnerKind kind);

QList<DocumentCategory> allDocumentCategories();
QString documentCategoryKey(DocumentCategory category);
bool documentCategoryFromKey(const QString &key, DocumentCategory *category);
QString documentCategoryChinese(DocumentCategory category);   // 教科研·个案研究
QString documentCategoryLabel(DocumentCategory category);

QList<ActivityKind> allActivityKinds();
QString activityKindKey(ActivityKind kind);
bool activityKindFromKey(const QString &key, ActivityKind *kind);
QString activityKindChinese(ActivityKind kind);
QString activityKindLabel(ActivityKind kind);

} // namespace rr
