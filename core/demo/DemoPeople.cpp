#include "demo/DemoPeople.h"

#include <QHash>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QString makeCitizenId(const QString &region, const QDate &birth, int sequence)
{
    const QString first17 = region + birth.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + citizenIdCheckChar(first17);
}

SchoolProfile demoProfile(qint64 currentSemesterId)
{
    return SchoolProfile{u"阳光实验小学（演示）"_s, u"马晓燕"_s, u"伊宁市"_s, currentSemesterId};
}

QList<StaffMember> demoStaff()
{
    const auto member = [](const QString &name, Gender gender, QList<StaffRole> roles, const QString &phone,
                           const QStringList &subjects, const QString &note) {
        StaffMember m = StaffMember::withRole(name, StaffRole::Other);
        m.gender = gender;
        m.roles = roles;
        m.phone = phone;
        m.subjects = subjects;
        m.note = note;
        return m;
    };
    using R = StaffRole;
    const Gender f = Gender::Female;
    const Gender m = Gender::Male;
    // The classes the head teachers lead come from their students (DemoSchool).
    return {
        member(u"马晓燕"_s, f, {R::ResourceTeacher, R::Counsellor}, u"13899001122"_s, {u"语文"_s}, u"专职资源教师"_s),
        member(u"王丽"_s, f, {R::HeadTeacher, R::SubjectTeacher}, u"13899002233"_s, {u"语文"_s}, {}),
        member(u"李建国"_s, m, {R::HeadTeacher, R::SubjectTeacher}, u"13899003344"_s, {u"数学"_s}, {}),
        member(u"古丽娜尔·吐尔逊"_s, f, {R::HeadTeacher}, u"13899004455"_s, {u"语文"_s}, {}),
        member(u"陈红"_s, f, {R::HeadTeacher}, u"13899005566"_s, {u"英语"_s}, {}),
        member(u"刘芳"_s, f, {R::HeadTeacher}, u"13899006677"_s, {u"语文"_s}, {}),
        member(u"张伟"_s, m, {R::HeadTeacher}, u"13899007788"_s, {u"数学"_s}, {}),
        member(u"何志强"_s, m, {R::Leader}, u"13899008899"_s, {}, u"分管副校长，随班就读工作领导小组副组长"_s),
        member(u"周敏"_s, f, {R::ItinerantTeacher}, u"13899009900"_s, {}, u"市特殊教育资源中心"_s),
        member(u"孙静"_s, f, {R::Therapist, R::Counsellor}, u"13899001010"_s, {}, u"言语及感统训练，兼心理辅导"_s),
        member(u"赵春梅"_s, f, {R::SchoolDoctor}, u"13899002020"_s, {}, {}),
        member(u"杨帆"_s, m, {R::SubjectTeacher}, u"13899003030"_s, {u"数学"_s}, {}),
    };
}

QList<Room> demoRooms()
{
    return {
        {0, u"资源教室"_s, RoomType::ResourceRoom, 8, u"教学楼一楼东侧 103室"_s},
        {0, u"感统训练室"_s, RoomType::SensoryIntegration, 6, u"综合楼一楼 105室"_s},
        {0, u"个训室"_s, RoomType::IndividualTraining, 2, u"教学楼一楼东侧 104室"_s},
        // Not a room: 吴梓涵's home, where her training is delivered; its
        // sessions are recorded and checked like those in the rooms.
        {0, u"送教上门"_s, RoomType::Other, 1, u"学生家中"_s},
    };
}

namespace {

// Birth dates fit the grade in the given school year (grade 1 = born Sep six
// years before to Aug five years before the school year starts).
QDate birthFor(int schoolYear, int grade, int month, int day)
{
    const int year = schoolYear - 6 - grade + (month >= 9 ? 0 : 1);
    return QDate(year, month, day);
}

struct Seed {
    const char16_t *name;
    Gender gender;
    const char16_t *ethnicity;
    int grade;
    const char16_t *className;
    int month;
    int day;
    int sequence;
    QList<Need> needs;
    bool certificate;
    Placement placement;
    const char16_t *headTeacher;
    QList<Guardian> guardians;
    const char16_t *family;
    const char16_t *growth;
    const char16_t *treatment;
    const char16_t *medical;
};

Guardian parent(const QString &name, const QString &relation, const QString &phone, bool contact)
{
    return Guardian{name, relation, phone, u"伊宁市解放路"_s + QString::number(phone.right(2).toInt() + 10) + u"号"_s, contact, {}, {}};
}

// 文化程度 and 工作单位及职业 as families tell them (the family-history form prints them).
void addGuardianDetails(Guardian &g)
{
    static const QHash<QString, std::pair<const char16_t *, const char16_t *>> details{
        {u"张建军"_s, {u"高中", u"个体经营（解放路便民超市）"}},
        {u"刘梅"_s, {u"初中", u"无业（全职照顾家庭）"}},
        {u"李强"_s, {u"大学本科", u"伊犁电力公司 工程师"}},
        {u"王芳"_s, {u"大专", u"伊宁市第一商场 会计"}},
        {u"王军"_s, {u"初中", u"物流公司 货车司机"}},
        {u"陈海"_s, {u"高中", u"伊宁市自来水公司 维修工"}},
        {u"孙丽"_s, {u"中专", u"社区卫生服务站 护士"}},
        {u"刘洋"_s, {u"大学本科", u"伊宁市第三中学 教师"}},
        {u"赵敏"_s, {u"大学本科", u"农业银行伊宁分行 职员"}},
        {u"艾力·买买提"_s, {u"初中", u"个体经营（馕店）"}},
        {u"阿依努尔·阿不都"_s, {u"高中", u"无业（全职照顾家庭）"}},
        {u"努尔兰·别克"_s, {u"小学", u"牧民"}},
        {u"赵刚"_s, {u"大专", u"伊宁市公交公司 驾驶员"}},
        {u"周霞"_s, {u"高中", u"无业（全职照顾家庭）"}},
        {u"周磊"_s, {u"初中", u"建筑公司 外地务工"}},
        {u"吴斌"_s, {u"大专", u"伊宁市电信公司 线路维护员"}},
        {u"黄燕"_s, {u"高中", u"无业（全职照料孩子）"}},
        {u"黄涛"_s, {u"初中", u"个体经营（餐馆）"}},
        {u"杨帅"_s, {u"硕士研究生", u"伊犁州人民医院 医生"}},
        {u"冯婷"_s, {u"大学本科", u"伊宁市税务局 公务员"}},
    };
    const auto it = details.constFind(g.name);
    if (it == details.cend())
        return;
    g.education = QString::fromUtf16(it->first);
    g.occupation = QString::fromUtf16(it->second);
}

QList<Seed> seeds()
{
    using G = Gender;
    using P = Placement;
    return {
        {u"张小明", G::Male, u"汉族", 3, u"2班", 3, 12, 13, {{NeedCategory::Intellectual, 4, {}}}, true, P::RegularClass, u"王丽",
         {parent(u"张建军"_s, u"父亲"_s, u"13709991201"_s, true), parent(u"刘梅"_s, u"母亲"_s, u"13709991202"_s, false)},
         u"三口之家，父亲经营小超市，母亲全职照顾家庭，家长配合度高，每天陪孩子完成家庭训练。",
         u"足月顺产，1岁半会走，3岁才开始说简单句子，入园后发现理解和记忆明显落后于同龄儿童。",
         u"5岁起在市残联康复中心接受认知训练两年；一年级起在本校资源教室接受个别化训练。",
         u"2023年经市妇幼保健院评估为轻度智力障碍，无其他重大疾病。"},
        {u"李思雨", G::Female, u"汉族", 2, u"1班", 11, 5, 24, {{NeedCategory::Autism, 0, u"社交沟通困难，刻板行为"_s}}, false, P::RegularClass, u"李建国",
         {parent(u"李强"_s, u"父亲"_s, u"13809992301"_s, false), parent(u"王芳"_s, u"母亲"_s, u"13809992302"_s, true)},
         u"父母均在企业工作，平时由外婆接送，家庭关系和睦。",
         u"2岁时对呼名反应少，喜欢排列玩具，3岁确诊孤独症谱系障碍。",
         u"3—6岁在康复机构接受ABA训练，目前每周六参加社交小组课。",
         u"对噪音敏感，无癫痫史。"},
        {u"王浩然", G::Male, u"汉族", 4, u"3班", 6, 20, 35, {{NeedCategory::Learning, 0, u"阅读障碍"_s}}, false, P::RegularClass, u"古丽娜尔·吐尔逊",
         {parent(u"王军"_s, u"父亲"_s, u"13909993501"_s, true)},
         u"父母离异，随父亲和祖父母生活，祖母负责日常生活照料。",
         u"语言发展正常，入学后识字困难明显，抄写常出现镜像字。",
         u"二年级起接受资源教室识字与阅读训练。",
         u"视力、听力检查正常。"},
        {u"陈佳怡", G::Female, u"汉族", 5, u"1班", 9, 18, 46, {{NeedCategory::Hearing, 3, u"双耳佩戴助听器"_s}}, true, P::RegularClass, u"陈红",
         {parent(u"陈海"_s, u"父亲"_s, u"13609994601"_s, true), parent(u"孙丽"_s, u"母亲"_s, u"13609994602"_s, false)},
         u"家庭经济条件一般，父母重视教育，母亲会简单手语。",
         u"1岁时发现听力损失，2岁验配助听器，语言发展较同龄人迟缓。",
         u"2—6岁在听力语言康复中心接受听觉口语训练。",
         u"双耳感音神经性听力损失，较好耳平均听力损失70dB HL，每学期复查助听器。"},
        {u"刘子轩", G::Male, u"汉族", 1, u"2班", 12, 2, 57, {{NeedCategory::Adhd, 0, {}}}, false, P::RegularClass, u"刘芳",
         {parent(u"刘洋"_s, u"父亲"_s, u"13509995701"_s, false), parent(u"赵敏"_s, u"母亲"_s, u"13509995702"_s, true)},
         u"双职工家庭，有一个姐姐，家长对孩子的注意问题较为焦虑。",
         u"幼儿园阶段活动量大，难以安坐，经常离开座位。",
         u"入学后开始在资源教室接受注意力训练。",
         u"2025年经儿童医院诊断为注意缺陷多动障碍（混合型），暂未服药。"},
        {u"买买提·艾力", G::Male, u"维吾尔族", 3, u"1班", 4, 8, 67, {{NeedCategory::Speech, 4, u"构音障碍"_s}}, true, P::RegularClass, u"王丽",
         {parent(u"艾力·买买提"_s, u"父亲"_s, u"13399996701"_s, true), parent(u"阿依努尔·阿不都"_s, u"母亲"_s, u"13399996702"_s, false)},
         u"家中日常使用维吾尔语，父母支持孩子学习国家通用语言。",
         u"说话较晚，舌根音、卷舌音发音不清，同学有时听不懂。",
         u"一年级起接受言语康复训练，每周两次。",
         u"听力正常，口腔结构检查无异常。"},
        {u"阿依古丽·努尔兰", G::Female, u"哈萨克族", 4, u"2班", 1, 25, 78, {{NeedCategory::Vision, 4, u"低视力"_s}}, true, P::RegularClass, u"古丽娜尔·吐尔逊",
         {parent(u"努尔兰·别克"_s, u"父亲"_s, u"13299997801"_s, true)},
         u"父亲为牧民，母亲在外务工，孩子平时住在伊宁市的姑姑家。",
         u"学龄前发现看远处物体需贴近，入学体检发现视力低下。",
         u"佩戴矫正眼镜，使用大字课本和放大镜。",
         u"先天性眼球震颤，较好眼矫正视力0.2。"},
        {u"赵欣怡", G::Female, u"汉族", 6, u"2班", 10, 30, 88, {{NeedCategory::Physical, 3, u"右侧偏瘫"_s}}, true, P::RegularClass, u"张伟",
         {parent(u"赵刚"_s, u"父亲"_s, u"13199998801"_s, false), parent(u"周霞"_s, u"母亲"_s, u"13199998802"_s, true)},
         u"家住学校附近，母亲每天接送，家庭对孩子的生活自理要求较高。",
         u"早产，出生时缺氧，1岁时诊断为脑性瘫痪（右侧偏瘫型）。",
         u"长期在市康复医院接受运动康复，现每周在本校康复训练两次。",
         u"脑性瘫痪，右手精细动作受限，可独立行走。"},
        {u"周宇航", G::Male, u"回族", 2, u"3班", 2, 14, 91, {{NeedCategory::Emotional, 0, u"情绪失控、攻击行为"_s}}, false, P::RegularClass, u"李建国",
         {parent(u"周磊"_s, u"父亲"_s, u"13009999101"_s, true)},
         u"父亲长期在外地工作，由祖父母照顾，教养方式以溺爱为主。",
         u"幼儿园时常与同伴冲突，遇到挫折容易哭闹、摔东西。",
         u"一年级下学期起接受心理辅导与情绪管理训练。",
         u"无器质性疾病。"},
        {u"吴梓涵", G::Female, u"汉族", 5, u"3班", 7, 7, 102, {{NeedCategory::Multiple, 2, u"智力与肢体"_s}}, true, P::HomeDelivery, u"陈红",
         {parent(u"吴斌"_s, u"父亲"_s, u"13609990201"_s, false), parent(u"黄燕"_s, u"母亲"_s, u"13609990202"_s, true)},
         u"行动不便，无法到校，母亲全职照料，家中有独立学习空间。",
         u"出生后发育迟缓，3岁仍不能独立行走。",
         u"每周由资源教师和康复治疗师送教上门两次。",
         u"脑性瘫痪伴中度智力障碍，需定期复查。"},
        {u"黄子豪", G::Male, u"汉族", 5, u"2班", 8, 3, 121, {{NeedCategory::Learning, 0, u"数学学习困难"_s}}, false, P::RegularClass, u"陈红",
         {parent(u"黄涛"_s, u"父亲"_s, u"13909992101"_s, true)},
         u"父母经营餐馆，工作繁忙，晚间作业由姐姐辅导。",
         u"发育正常，一、二年级数学成绩明显落后，计算常出错。",
         u"三年级起接受资源教室数学辅导，四年级末复评已达到年级水平。",
         u"无。"},
        {u"杨一诺", G::Female, u"汉族", 1, u"1班", 5, 16, 114, {{NeedCategory::Chronic, 0, u"先天性心脏病术后"_s}}, false, P::RegularClass, u"刘芳",
         {parent(u"杨帅"_s, u"父亲"_s, u"13809991401"_s, true), parent(u"冯婷"_s, u"母亲"_s, u"13809991402"_s, false)},
         u"家庭经济条件较好，父母对孩子保护较多。",
         u"出生后确诊室间隔缺损，2岁时手术修补。",
         u"无需特殊训练，体育活动需调整强度。",
         u"先天性心脏病（室间隔缺损）术后，避免剧烈运动，随身携带就医卡。"},
    };
}

} // namespace

QList<Student> demoStudents(int schoolYear)
{
    QList<Student> students;
    for (const Seed &seed : seeds()) {
        Student s;
        s.name = QString::fromUtf16(seed.name);
        s.gender = seed.gender;
        s.ethnicity = QString::fromUtf16(seed.ethnicity);
        s.grade = seed.grade;
        s.className = QString::fromUtf16(seed.className);
        s.birthDate = birthFor(schoolYear, seed.grade, seed.month, seed.day);
        // Sequence parity carries the gender (odd = male).
        const int sequence = seed.sequence * 2 + (seed.gender == Gender::Male ? 1 : 0);
        s.idNumber = makeCitizenId(u"654002"_s, s.birthDate, sequence);
        s.needs = seed.needs;
        if (seed.certificate && !s.needs.isEmpty())
            s.certificateNumber = s.idNumber + QString::number(certificateDigit(s.needs.first().category))
                + QString::number(s.needs.first().grade);
        s.placement = seed.placement;
        s.headTeacherName = QString::fromUtf16(seed.headTeacher);
        s.enrolmentDate = QDate(schoolYear - seed.grade + 1, 9, 1);
        s.guardians = seed.guardians;
        for (Guardian &g : s.guardians)
            addGuardianDetails(g);
        s.familySituation = QString::fromUtf16(seed.family);
        s.growthHistory = QString::fromUtf16(seed.growth);
        s.treatmentHistory = QString::fromUtf16(seed.treatment);
        s.medicalHistory = QString::fromUtf16(seed.medical);
        students.append(s);
    }
    return students;
}

} // namespace rr
