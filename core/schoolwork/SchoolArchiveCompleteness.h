#pragma once
// How complete a semester's school archive is against the items of 附件6
// (一、三、四、五): for each item the documents filed under it and the records
// the program keeps for it (the leadership group, activity records, funding).
#include "common/Result.h"
#include "schoolwork/SchoolWork.h"

#include <memory>

namespace rr {

class Database;
struct Semester;

enum class SchoolArchiveItem {
    Organisation,       // 组织和领导
    Policies,           // 文件和制度
    PlansAndSummaries,  // 学期计划和总结
    Inspections,        // 检查与考评
    RoomConstruction,   // 资源教室建设
    Funding,            // 经费投入
    Research,           // 教科研
    Inclusion,          // 普特融合活动
    Themed,             // 专题活动
    Community,          // 社区互动
    Honours,            // 荣誉
};

struct SchoolArchiveItemState {
    SchoolArchiveItem item = SchoolArchiveItem::Organisation;
    int documents = 0;   // archive documents filed under the item
    int records = 0;     // the program's own records for it
    bool expected = true;   // honours come when they come: not expected every semester
    bool present() const { return documents + records > 0; }
    bool operator==(const SchoolArchiveItemState &) const = default;
};

struct SchoolArchiveCompleteness {
    QList<SchoolArchiveItemState> items;   // in the order of 附件6
    int expectedCount() const;
    int presentExpectedCount() const;
    QList<SchoolArchiveItem> missing() const;   // expected and absent
};

QList<SchoolArchiveItem> allSchoolArchiveItems();
SchoolArchiveItem schoolArchiveItemOf(DocumentCategory category);
QString schoolArchiveItemChinese(SchoolArchiveItem item);
QString schoolArchiveItemLabel(SchoolArchiveItem item);

Result<SchoolArchiveCompleteness> schoolArchiveCompleteness(const std::shared_ptr<Database> &db, const Semester &semester);

} // namespace rr
