#include "demo/DemoLedger.h"

#include "ledger/CareScheduleRepository.h"
#include "ledger/ItemEventRepository.h"
#include "ledger/LedgerCategoryRepository.h"
#include "ledger/LedgerItemRepository.h"
#include "ledger/LoanRepository.h"
#include "ledger/StockRepository.h"
#include "ledger/StocktakeRepository.h"
#include "storage/Database.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

struct ItemSeed {
    const char16_t *name;
    const char16_t *category;
    const char16_t *room;    // empty: kept in the resource room's office cupboard
    int quantity;
    int priceYuan;
    const char16_t *unit;
    const char16_t *model;
};

// What a resource room bought with its special funds (专项经费), as schools list it.
constexpr ItemSeed kItems[] = {
    {u"悬吊系统（含吊架）", u"感统器材", u"感统训练室", 1, 6800, u"套", u"YLD-XD01"},
    {u"大陀螺", u"感统器材", u"感统训练室", 2, 380, u"个", u"直径80cm"},
    {u"平衡台", u"感统器材", u"感统训练室", 2, 260, u"个", u"60×60cm"},
    {u"平衡步道", u"感统器材", u"感统训练室", 1, 980, u"套", u"8件组合"},
    {u"滑板车（俯卧式）", u"感统器材", u"感统训练室", 4, 150, u"辆", u"45×35cm"},
    {u"滑梯（配滑板）", u"感统器材", u"感统训练室", 1, 2600, u"套", u"2.4m"},
    {u"羊角球", u"感统器材", u"感统训练室", 6, 45, u"个", u"直径55cm"},
    {u"触觉球", u"感统器材", u"感统训练室", 10, 18, u"个", u"直径10cm"},
    {u"大龙球", u"感统器材", u"感统训练室", 2, 220, u"个", u"直径100cm"},
    {u"独脚椅", u"感统器材", u"感统训练室", 4, 60, u"把", u"可调高度"},
    {u"平衡踩踏车", u"感统器材", u"感统训练室", 3, 120, u"台", u"四轮"},
    {u"跳床（蹦床）", u"感统器材", u"感统训练室", 1, 1500, u"台", u"直径1.2m"},
    {u"S形平衡木", u"感统器材", u"感统训练室", 1, 880, u"套", u"4段"},
    {u"布袋跳袋", u"感统器材", u"感统训练室", 6, 30, u"个", u"儿童款"},
    {u"阳光隧道", u"感统器材", u"感统训练室", 1, 320, u"个", u"3m"},
    {u"软体组合（攀爬）", u"感统器材", u"感统训练室", 1, 3200, u"套", u"12件"},
    {u"保护软垫", u"感统器材", u"感统训练室", 8, 160, u"块", u"200×100×5cm"},
    {u"彩虹伞", u"感统器材", u"感统训练室", 1, 150, u"把", u"直径3m"},
    {u"吊缆（圆筒吊缆）", u"感统器材", u"感统训练室", 1, 900, u"个", u"配悬吊系统"},
    {u"平衡触觉板", u"感统器材", u"感统训练室", 6, 55, u"块", u"10块一组"},
    {u"上肢康复训练器", u"康复训练设备", u"资源教室", 1, 2400, u"台", u"SZ-201"},
    {u"可调式站立架", u"康复训练设备", u"资源教室", 1, 3600, u"台", u"儿童型"},
    {u"手功能训练箱", u"康复训练设备", u"资源教室", 2, 680, u"套", u"OT-32件"},
    {u"言语矫治仪", u"康复训练设备", u"资源教室", 1, 9800, u"台", u"YY-3000"},
    {u"构音训练工具", u"康复训练设备", u"资源教室", 2, 420, u"套", u"压舌板、口肌棒等"},
    {u"认知训练软件", u"康复训练设备", u"资源教室", 1, 3800, u"套", u"单机版"},
    {u"注意力训练仪", u"康复训练设备", u"资源教室", 1, 4600, u"台", u"ZY-100"},
    {u"助行器", u"康复训练设备", u"资源教室", 1, 560, u"台", u"儿童四轮"},
    {u"沙盘（含沙具）", u"康复训练设备", u"个训室", 1, 5200, u"套", u"72×57×7cm"},
    {u"情绪宣泄人", u"康复训练设备", u"个训室", 1, 980, u"个", u"立式"},
    {u"蒙氏教具（感官区）", u"教具", u"个训室", 1, 2600, u"套", u"38件"},
    {u"蒙氏教具（数学区）", u"教具", u"个训室", 1, 2300, u"套", u"32件"},
    {u"几何形体嵌板", u"教具", u"个训室", 2, 85, u"套", u"10种"},
    {u"数字配对板", u"教具", u"个训室", 3, 40, u"套", u"1-20"},
    {u"益智积木", u"教具", u"个训室", 4, 120, u"盒", u"100粒"},
    {u"串珠", u"教具", u"个训室", 6, 28, u"盒", u"大号"},
    {u"拼图（分级）", u"教具", u"个训室", 10, 35, u"盒", u"12-48片"},
    {u"时钟教具", u"教具", u"资源教室", 2, 45, u"个", u"可拨动"},
    {u"人民币学具", u"教具", u"资源教室", 4, 25, u"套", u"仿真"},
    {u"图片认知卡", u"教具", u"资源教室", 5, 60, u"盒", u"12类"},
    {u"沟通图卡（PECS）", u"教具", u"资源教室", 2, 180, u"套", u"含沟通册"},
    {u"情绪表情卡", u"教具", u"资源教室", 3, 36, u"盒", u"48张"},
    {u"磁性白板", u"教具", u"资源教室", 2, 260, u"块", u"90×60cm"},
    {u"计数器", u"学具", u"资源教室", 8, 12, u"个", u"十档"},
    {u"小棒（计数棒）", u"学具", u"资源教室", 10, 6, u"捆", u"100根"},
    {u"握笔器", u"学具", u"资源教室", 20, 3, u"个", u"三指"},
    {u"田字格写字板", u"学具", u"资源教室", 10, 15, u"块", u"可擦写"},
    {u"加粗铅笔", u"学具", u"资源教室", 30, 2, u"支", u"三角杆"},
    {u"安全剪刀", u"学具", u"资源教室", 10, 5, u"把", u"圆头"},
    {u"放大镜（阅读）", u"学具", u"资源教室", 2, 80, u"个", u"3倍带灯"},
    {u"《特殊儿童个别化教育》", u"图书资料", u"资源教室", 2, 48, u"本", u"华东师大版"},
    {u"《融合教育教师手册》", u"图书资料", u"资源教室", 2, 56, u"本", u""},
    {u"《感觉统合训练指导》", u"图书资料", u"资源教室", 1, 42, u"本", u""},
    {u"绘本（情绪管理系列）", u"图书资料", u"资源教室", 1, 360, u"套", u"20册"},
    {u"绘本（社交故事系列）", u"图书资料", u"资源教室", 1, 280, u"套", u"16册"},
    {u"《培智学校课程标准》", u"图书资料", u"资源教室", 1, 65, u"本", u"2016版"},
    {u"韦氏儿童智力量表（WISC-IV）", u"评估工具", u"资源教室", 1, 3200, u"套", u"中文版"},
    {u"儿童适应行为评定量表", u"评估工具", u"资源教室", 1, 260, u"套", u"含记录表"},
    {u"感觉统合能力发展评定量表", u"评估工具", u"资源教室", 1, 120, u"套", u""},
    {u"婴儿-初中生社会生活能力量表（S-M）", u"评估工具", u"资源教室", 1, 180, u"套", u""},
    {u"语言发育迟缓检查（S-S法）", u"评估工具", u"资源教室", 1, 1800, u"套", u"含图卡"},
    {u"台式电脑", u"办公设备", u"资源教室", 2, 4500, u"台", u"联想 启天M430"},
    {u"笔记本电脑", u"办公设备", u"资源教室", 1, 5600, u"台", u"联想 昭阳K4"},
    {u"激光打印机", u"办公设备", u"资源教室", 1, 1600, u"台", u"HP M126a"},
    {u"投影仪", u"办公设备", u"资源教室", 1, 3900, u"台", u"爱普生 CB-X06"},
    {u"文件柜", u"办公设备", u"资源教室", 3, 850, u"个", u"钢制 五节"},
    {u"学生课桌椅（可调）", u"办公设备", u"资源教室", 8, 420, u"套", u"可调高度"},
    {u"数码相机", u"办公设备", u"资源教室", 1, 2600, u"台", u"佳能 G7X"},
    {u"录音笔", u"办公设备", u"资源教室", 2, 360, u"支", u"索尼 UX570"},
    {u"碘伏消毒液", u"药品", u"资源教室", 2, 12, u"瓶", u"100ml"},
    {u"医用创可贴", u"药品", u"资源教室", 3, 9, u"盒", u"100片"},
    {u"云南白药气雾剂", u"药品", u"资源教室", 1, 38, u"瓶", u"85g+30g"},
    {u"医用酒精", u"药品", u"资源教室", 2, 8, u"瓶", u"75% 500ml"},
    {u"A4打印纸", u"低值易耗品", u"资源教室", 10, 25, u"包", u"70g 500张"},
    {u"一次性手套", u"低值易耗品", u"感统训练室", 6, 18, u"盒", u"100只"},
    {u"彩色卡纸", u"低值易耗品", u"资源教室", 5, 15, u"包", u"A4 100张"},
    {u"白板笔", u"低值易耗品", u"资源教室", 20, 3, u"支", u"黑色"},
    {u"消毒湿巾", u"低值易耗品", u"感统训练室", 12, 10, u"包", u"80抽"},
    {u"强化物（贴纸）", u"低值易耗品", u"个训室", 10, 8, u"包", u"卡通"},
    {u"电池（5号）", u"低值易耗品", u"资源教室", 20, 2, u"节", u"碱性"},
};

} // namespace

Result<void> addDemoLedger(Transaction &tx, const QHash<QString, qint64> &staff, const QHash<QString, qint64> &rooms,
                           const QDate &today)
{
    auto categories = LedgerCategoryRepository::all(tx);
    if (!categories)
        return categories.error();
    QHash<QString, qint64> categoryIds;
    for (const LedgerCategory &c : std::as_const(*categories))
        categoryIds.insert(c.name, c.id);
    const QString teacher = u"马晓燕"_s;
    const QDate bought = today.addDays(-400);
    const QDate received = today.addDays(-120);
    QHash<QString, qint64> ids;
    for (const ItemSeed &seed : kItems) {
        LedgerItem item;
        item.name = QString::fromUtf16(seed.name);
        item.categoryId = categoryIds.value(QString::fromUtf16(seed.category));
        item.roomId = rooms.value(QString::fromUtf16(seed.room));
        item.unit = QString::fromUtf16(seed.unit);
        item.model = QString::fromUtf16(seed.model);
        item.unitPriceCents = qint64(seed.priceYuan) * 100;
        item.purchaseDate = bought;
        item.fundingSource = seed.priceYuan >= 100 ? u"专项经费"_s : u"公用经费"_s;
        item.supplier = u"市教育装备公司"_s;
        item.keeperId = staff.value(teacher);
        item.place = item.roomId == rooms.value(u"资源教室"_s) ? u"器材柜"_s : QString();
        if (item.categoryId == categoryIds.value(u"药品"_s)) {
            item.batch = u"2025%1"_s.arg(ids.size(), 4, 10, QLatin1Char('0'));
            item.storageCondition = u"阴凉干燥处，避光保存"_s;
            item.expiryDate = today.addDays(365);
            item.loanable = false;
            item.place = u"医药箱"_s;
        }
        if (item.categoryId == categoryIds.value(u"低值易耗品"_s)) {
            item.reorderLevel = std::max(2, seed.quantity / 3);
            item.loanable = false;
        }
        auto id = LedgerItemRepository::add(tx, item, seed.quantity, received, teacher);
        if (!id)
            return id.error();
        ids.insert(item.name, *id);
    }

    // Medicines: one expired, one expiring within the month.
    auto setExpiry = [&](const QString &name, const QDate &expiry) {
        return run(tx, u"UPDATE ledger_items SET expiry_date = :e WHERE id = :id"_s,
                   {{":e", isoDate(expiry)}, {":id", ids.value(name)}});
    };
    if (auto done = setExpiry(u"医用酒精"_s, today.addDays(-12)); !done)
        return done;
    if (auto done = setExpiry(u"云南白药气雾剂"_s, today.addDays(20)); !done)
        return done;

    // Consumables handed out; the paper falls below its reorder level.
    auto issue = [&](const QString &name, int quantity, int daysAgo, const QString &why) {
        return StockRepository::record(tx, StockMovement{0, ids.value(name), MovementKind::Issue, -quantity,
                                                         today.addDays(-daysAgo), teacher, why});
    };
    for (auto [name, quantity, daysAgo, why] :
         {std::tuple{u"A4打印纸"_s, 8, 60, u"打印训练记录和评估表"_s}, std::tuple{u"白板笔"_s, 6, 50, u"个训课使用"_s},
          std::tuple{u"一次性手套"_s, 2, 40, u"感统课卫生"_s}, std::tuple{u"强化物（贴纸）"_s, 3, 30, u"代币制强化"_s}})
        if (auto done = issue(name, quantity, daysAgo, why); !done)
            return done;

    // Schedules: the suspension system's monthly check and the trampoline's
    // maintenance, which is overdue.
    if (auto s = CareScheduleRepository::add(tx, CareSchedule{0, ids.value(u"悬吊系统（含吊架）"_s), CareKind::Inspection,
                                                              u"检查吊点、挂钩和绳索磨损"_s, 1, IntervalUnit::Month,
                                                              today.addDays(-95), {}, {}});
        !s)
        return s.error();
    else {
        for (int back : {95, 64, 33, 3}) {
            ItemEvent check;
            check.itemId = ids.value(u"悬吊系统（含吊架）"_s);
            check.kind = EventKind::Inspection;
            check.date = today.addDays(-back);
            check.person = teacher;
            check.result = u"吊点牢固，绳索无明显磨损"_s;
            check.scheduleId = *s;
            if (auto done = ItemEventRepository::record(tx, check, std::nullopt); !done)
                return done.error();
        }
    }
    if (auto s = CareScheduleRepository::add(tx, CareSchedule{0, ids.value(u"跳床（蹦床）"_s), CareKind::Maintenance,
                                                              u"检查弹簧与防护网，紧固螺丝"_s, 3, IntervalUnit::Month,
                                                              today.addDays(-10), {}, {}});
        !s)
        return s.error();
    if (auto s = CareScheduleRepository::add(tx, CareSchedule{0, ids.value(u"台式电脑"_s), CareKind::Maintenance,
                                                              u"清理灰尘、系统更新、备份"_s, 6, IntervalUnit::Month,
                                                              today.addDays(40), {}, {}});
        !s)
        return s.error();

    // A stocktake of the sensory room a month ago, one touch ball missing.
    auto stocktake = StocktakeRepository::start(tx, u"感统训练室期中盘点"_s, rooms.value(u"感统训练室"_s),
                                                today.addDays(-30), teacher);
    if (!stocktake)
        return stocktake.error();
    auto session = StocktakeRepository::byId(tx, *stocktake);
    if (!session)
        return session.error();
    QList<StocktakeLine> counted = session->lines;
    for (StocktakeLine &line : counted) {
        line.counted = line.expected;
        if (line.itemId == ids.value(u"触觉球"_s)) {
            line.counted = line.expected - 1;
            line.reason = u"训练中遗失，未找到"_s;
        }
    }
    if (auto done = StocktakeRepository::setCounts(tx, *stocktake, counted); !done)
        return done;
    if (auto done = StocktakeRepository::confirm(tx, *stocktake, today.addDays(-29), teacher); !done)
        return done;

    // A damage waiting for its compensation, and an approved scrapping.
    ItemEvent damage;
    damage.itemId = ids.value(u"大龙球"_s);
    damage.kind = EventKind::Damage;
    damage.date = today.addDays(-15);
    damage.person = teacher;
    damage.details = u"学生用剪刀扎破，漏气无法修补"_s;
    damage.responsible = u"学生家长"_s;
    damage.compensationCents = 22000;
    if (auto done = ItemEventRepository::record(tx, damage, std::nullopt); !done)
        return done.error();
    ItemEvent scrap;
    scrap.itemId = ids.value(u"录音笔"_s);
    scrap.kind = EventKind::Scrap;
    scrap.date = today.addDays(-25);
    scrap.person = teacher;
    scrap.details = u"电池鼓包，厂家已停产无法维修"_s;
    scrap.quantity = 1;
    scrap.approvedBy = u"何志强"_s;
    scrap.approvedOn = today.addDays(-20);
    if (auto done = ItemEventRepository::record(tx, scrap, std::nullopt); !done)
        return done.error();

    // Loans: one overdue, one due in two days.
    ItemLoan overdue;
    overdue.itemId = ids.value(u"图片认知卡"_s);
    overdue.borrowerId = staff.value(u"王丽"_s);
    overdue.lentBy = teacher;
    overdue.lentOn = today.addDays(-21);
    overdue.dueOn = today.addDays(-7);
    overdue.purpose = u"班级随班就读学生课堂辅助"_s;
    if (auto done = LoanRepository::lend(tx, overdue); !done)
        return done.error();
    ItemLoan soon = overdue;
    soon.itemId = ids.value(u"笔记本电脑"_s);
    soon.borrowerId = staff.value(u"李建国"_s);
    soon.lentOn = today.addDays(-5);
    soon.dueOn = today.addDays(2);
    soon.purpose = u"家长会展示训练成果"_s;
    if (auto done = LoanRepository::lend(tx, soon); !done)
        return done.error();
    ItemLoan returned = soon;
    returned.itemId = ids.value(u"数码相机"_s);
    returned.lentOn = today.addDays(-40);
    returned.dueOn = today.addDays(-33);
    auto back = LoanRepository::lend(tx, returned);
    if (!back)
        return back.error();
    return LoanRepository::giveBack(tx, *back, today.addDays(-34), teacher, u"完好"_s);
}

} // namespace rr
