<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>rr::AboutDialog</name>
    <message>
        <source>About ResourceRoom</source>
        <translation>关于资源教室管理系统</translation>
    </message>
    <message>
        <source>ResourceRoom</source>
        <translation>资源教室管理系统</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>Keeps the student archives, education plans, training records and forms of a school's resource room for children learning in regular classrooms.</source>
        <translation>为随班就读学生管理学校资源教室的学生档案、个别化教育计划、训练记录和各类表格。</translation>
    </message>
    <message>
        <source>All data stays on this computer, in the data file named in the status bar. ResourceRoom does not use the network.</source>
        <translation>所有数据只保存在本机状态栏所示的数据文件中，本程序不使用网络。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>自由软件，依据 GNU 通用公共许可证第 3 版或更高版本（GPL-3.0-or-later）发布。</translation>
    </message>
</context>
<context>
    <name>rr::AppController</name>
    <message>
        <source>ResourceRoom data files (*.sqlite *.db);;All files (*)</source>
        <translation>资源教室数据文件 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>ResourceRoom</source>
        <translation>资源教室管理系统</translation>
    </message>
    <message>
        <source>You can open another data file, or quit.</source>
        <translation>您可以打开其他数据文件，或退出程序。</translation>
    </message>
    <message>
        <source>Open another file…</source>
        <translation>打开其他文件…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>打开数据文件</translation>
    </message>
    <message>
        <source>Open demo school</source>
        <translation>打开演示学校</translation>
    </message>
</context>
<context>
    <name>rr::AppOptions</name>
    <message>
        <source>ResourceRoom: resource room management for inclusive schools.</source>
        <translation>资源教室管理系统：普通学校融合教育资源教室管理。</translation>
    </message>
    <message>
        <source>Open a fresh copy of the demo school.</source>
        <translation>打开一份全新的演示学校数据。</translation>
    </message>
    <message>
        <source>Open the data file &lt;path&gt;.</source>
        <translation>打开数据文件 &lt;路径&gt;。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
</context>
<context>
    <name>rr::Archive</name>
    <message>
        <source>Enrolment form</source>
        <translation>入学登记表</translation>
    </message>
    <message>
        <source>LRC application and confirmation</source>
        <translation>随班就读申报确认表</translation>
    </message>
    <message>
        <source>IQ and assessment reports</source>
        <translation>智力测量及评估报告</translation>
    </message>
    <message>
        <source>Medical reports</source>
        <translation>医学检查报告</translation>
    </message>
    <message>
        <source>Family, growth and treatment history</source>
        <translation>家庭情况及成长史、治疗教育史</translation>
    </message>
    <message>
        <source>IEP and its records</source>
        <translation>个别化教育计划及实施记录</translation>
    </message>
    <message>
        <source>Exam analysis</source>
        <translation>考试情况分析表</translation>
    </message>
    <message>
        <source>Development evaluation</source>
        <translation>发展评价表</translation>
    </message>
    <message>
        <source>Growth portfolio</source>
        <translation>成长记录袋</translation>
    </message>
    <message>
        <source>Adaptive and social skills assessment</source>
        <translation>适应性行为和社会交往能力评估</translation>
    </message>
    <message>
        <source>The file is no longer in the archive.</source>
        <translation>该文件已不在档案中。</translation>
    </message>
    <message>
        <source>The file needs a name.</source>
        <translation>文件需要有名称。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>文件超过 %1 MB。</translation>
    </message>
    <message>
        <source>Unknown archive item.</source>
        <translation>未知的档案项目。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rr::ArchiveChecklistModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation><numerusform>%n 个文件</numerusform></translation>
    </message>
    <message>
        <source>Archive item</source>
        <translation>档案项目</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>是否齐全</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
</context>
<context>
    <name>rr::ArchivePanel</name>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>删除文件</translation>
    </message>
    <message>
        <source>Remove the selected file from the archive?</source>
        <translation>确定从档案中删除所选文件吗？</translation>
    </message>
    <message>
        <source>Archive item:</source>
        <translation>档案项目：</translation>
    </message>
    <message>
        <source>School year %1—%2: %3 of %4 items present</source>
        <translation>%1—%2学年：%4项中已有%3项</translation>
    </message>
    <message>
        <source>File added.</source>
        <translation>文件已添加。</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>File removed.</source>
        <translation>文件已删除。</translation>
    </message>
    <message>
        <source>Add a file to the archive</source>
        <translation>向档案添加文件</translation>
    </message>
    <message>
        <source>Scans and documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;All files (*)</source>
        <translation>扫描件和文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save the file as</source>
        <translation>文件另存为</translation>
    </message>
</context>
<context>
    <name>rr::Areas</name>
    <message>
        <source>Overview</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>The school, the semester and what needs doing next.</source>
        <translation>学校、学期和近期待办事项。</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生档案</translation>
    </message>
    <message>
        <source>Each student's archive: enrolment, needs, assessments, family and history.</source>
        <translation>每名学生的档案：入学信息、特殊需要、评估、家庭情况及成长史。</translation>
    </message>
    <message>
        <source>IEPs</source>
        <translation>个别化教育计划</translation>
    </message>
    <message>
        <source>Individual education plans per student and semester: present levels, goals, services, accommodations and their evaluation.</source>
        <translation>每名学生每学期的个别化教育计划：现有能力水平、长短期目标、服务安排、调整措施及评估。</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Individual training plans and a record of every training session, signed and traceable.</source>
        <translation>个别化训练方案及每次训练的记录，签名确认、可追溯。</translation>
    </message>
    <message>
        <source>Resource room</source>
        <translation>资源教室</translation>
    </message>
    <message>
        <source>The functional rooms, their rules, the timetable and the log of every use.</source>
        <translation>各功能室、管理制度、课表及每次使用记录。</translation>
    </message>
    <message>
        <source>Equipment ledger</source>
        <translation>物资台账</translation>
    </message>
    <message>
        <source>Devices, teaching aids, books and medicines: registration, loans, checks, repairs, stocktaking and scrapping.</source>
        <translation>训练器材、教具学具、图书和药品：登记、借还、检查、维修、盘点和报废。</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>家校联系</translation>
    </message>
    <message>
        <source>Home visits, phone calls, parent meetings and guidance for training at home.</source>
        <translation>家访、电话联系、家长会及家庭训练指导。</translation>
    </message>
    <message>
        <source>School archive</source>
        <translation>学校档案</translation>
    </message>
    <message>
        <source>The leadership group, rules, semester plans and summaries, inspections, funding and research.</source>
        <translation>领导小组、规章制度、学期计划与总结、检查考评、经费投入和教科研。</translation>
    </message>
    <message>
        <source>Printing and reports</source>
        <translation>打印与报表</translation>
    </message>
    <message>
        <source>Print the forms of the archive or save them as PDF.</source>
        <translation>打印档案表格，或导出为 PDF。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>The school profile, the semesters and the language.</source>
        <translation>学校信息、学期设置和界面语言。</translation>
    </message>
</context>
<context>
    <name>rr::Assessment</name>
    <message>
        <source>The assessment needs a date.</source>
        <translation>评估需要填写日期。</translation>
    </message>
    <message>
        <source>The student or the attached report does not exist.</source>
        <translation>学生或所附报告不存在。</translation>
    </message>
    <message>
        <source>There is no such assessment.</source>
        <translation>没有该评估记录。</translation>
    </message>
    <message>
        <source>WISC-IV (Chinese edition)</source>
        <translation>韦氏儿童智力量表第四版中文版</translation>
    </message>
    <message>
        <source>Combined Raven's Test (CRT)</source>
        <translation>联合型瑞文测验（CRT）</translation>
    </message>
    <message>
        <source>Social life abilities scale (S-M)</source>
        <translation>婴儿-初中学生社会生活能力量表（S-M）</translation>
    </message>
    <message>
        <source>Adaptive behaviour scale</source>
        <translation>儿童适应行为评定量表</translation>
    </message>
    <message>
        <source>Sensory integration rating scale</source>
        <translation>儿童感觉统合能力发展评定量表</translation>
    </message>
    <message>
        <source>Articulation assessment</source>
        <translation>构音评估</translation>
    </message>
    <message>
        <source>Academic test</source>
        <translation>学业测试</translation>
    </message>
    <message>
        <source>Other assessment</source>
        <translation>其他评估</translation>
    </message>
    <message>
        <source>Every result needs a name.</source>
        <translation>每项结果都需要名称。</translation>
    </message>
    <message>
        <source>The assessment has no results.</source>
        <translation>该评估没有结果。</translation>
    </message>
    <message>
        <source>%1 has no result named "%2".</source>
        <translation>%1没有名为“%2”的结果项。</translation>
    </message>
    <message>
        <source>The result "%1" is required.</source>
        <translation>必须填写结果“%1”。</translation>
    </message>
    <message>
        <source>The result "%1" must be a number.</source>
        <translation>结果“%1”必须是数字。</translation>
    </message>
    <message>
        <source>The result "%1" must lie between %2 and %3.</source>
        <translation>结果“%1”必须在 %2 至 %3 之间。</translation>
    </message>
    <message>
        <source>The score cannot exceed the full marks.</source>
        <translation>得分不能超过满分。</translation>
    </message>
    <message>
        <source>Correct and wrong initials together cannot exceed 21.</source>
        <translation>正确与错误的声母数合计不能超过21个。</translation>
    </message>
</context>
<context>
    <name>rr::AttachmentListModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Archive item</source>
        <translation>档案项目</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
</context>
<context>
    <name>rr::Calendar</name>
    <message>
        <source>%1 y %2 m</source>
        <translation>%1岁%2个月</translation>
    </message>
</context>
<context>
    <name>rr::CalendarReminders</name>
    <message>
        <source>The LRC report to the resource centre is due today.</source>
        <translation>今天是向特殊教育资源中心上报随班就读学生名单的截止日。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left until the LRC report to the resource centre is due (%1).</source>
        <translation><numerusform>距向特殊教育资源中心上报随班就读名单截止（%1）还有 %n 天。</numerusform></translation>
    </message>
    <message>
        <source>Today lies outside the current semester: add the next semester in Settings and make it the current one.</source>
        <translation>今天不在当前学期内：请在“设置”中添加新学期并设为当前学期。</translation>
    </message>
    <message numerus="yes">
        <source>The semester ends in %n day(s): time for the evaluations and the semester summary.</source>
        <translation><numerusform>本学期还有 %n 天结束，请着手期末评估和学期总结。</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::Cli</name>
    <message>
        <source>write the demo school to a new data file</source>
        <translation>将演示学校写入新的数据文件</translation>
    </message>
    <message>
        <source>check a data file's integrity and version</source>
        <translation>检查数据文件的完整性和版本</translation>
    </message>
    <message>
        <source>list the semesters, oldest first</source>
        <translation>列出学期（按时间先后）</translation>
    </message>
    <message>
        <source>list the students (ID numbers masked)</source>
        <translation>列出学生（身份证号已遮盖）</translation>
    </message>
    <message>
        <source>import students from a roster; one line per row</source>
        <translation>从花名册导入学生，逐行报告结果</translation>
    </message>
    <message>
        <source>export the LRC roster for the centre</source>
        <translation>导出报送资源中心的随班就读学生花名册</translation>
    </message>
    <message>
        <source>render a printed form to PDF</source>
        <translation>将表格输出为PDF</translation>
    </message>
    <message>
        <source>ResourceRoom command line (resourceroom-cli %1)</source>
        <translation>资源教室管理系统 命令行（resourceroom-cli %1）</translation>
    </message>
    <message>
        <source>Usage: resourceroom-cli COMMAND [options]</source>
        <translation>用法：resourceroom-cli 命令 [选项]</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Usage error: %1</source>
        <translation>用法错误：%1</translation>
    </message>
    <message>
        <source>Usage: resourceroom-cli %1</source>
        <translation>用法：resourceroom-cli %1</translation>
    </message>
    <message>
        <source>--db FILE is required.</source>
        <translation>需要 --db 数据文件。</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>the data file</source>
        <translation>数据文件</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>Data version: %1 (program: %2)</source>
        <translation>数据版本：%1（程序：%2）</translation>
    </message>
    <message>
        <source>Upgraded; the previous file was kept as %1</source>
        <translation>已升级；原文件保留为 %1</translation>
    </message>
    <message>
        <source>Students: %1</source>
        <translation>学生：%1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Result: sound</source>
        <translation>结果：正常</translation>
    </message>
    <message numerus="yes">
        <source>Result: %n problem(s)</source>
        <translation><numerusform>结果：发现 %n 个问题</numerusform></translation>
    </message>
    <message>
        <source>the new data file</source>
        <translation>新的数据文件</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>文件已存在时覆盖</translation>
    </message>
    <message>
        <source>--out FILE is required.</source>
        <translation>需要 --out 文件。</translation>
    </message>
    <message>
        <source>%1 exists already; add --force to replace it.</source>
        <translation>%1 已存在；如需覆盖请加 --force。</translation>
    </message>
    <message>
        <source>Could not replace %1.</source>
        <translation>无法替换 %1。</translation>
    </message>
    <message>
        <source>Demo school written to %1</source>
        <translation>演示学校已写入 %1</translation>
    </message>
    <message>
        <source>list the forms</source>
        <translation>列出所有表格</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>要写入的PDF文件</translation>
    </message>
    <message>
        <source>the student's number or name</source>
        <translation>学生编号或姓名</translation>
    </message>
    <message>
        <source>the semester's number or name</source>
        <translation>学期编号或名称</translation>
    </message>
    <message>
        <source>the form's id</source>
        <translation>表格编号</translation>
    </message>
    <message>
        <source>name exactly one form (see print --list).</source>
        <translation>请指定一个表格（见 print --list）。</translation>
    </message>
    <message>
        <source>--db FILE and --out FILE are required.</source>
        <translation>需要 --db 数据文件和 --out 输出文件。</translation>
    </message>
    <message>
        <source>There is no form "%1" (see print --list).</source>
        <translation>没有表格“%1”（见 print --list）。</translation>
    </message>
    <message>
        <source>the form %1 needs --student.</source>
        <translation>表格 %1 需要 --student。</translation>
    </message>
    <message>
        <source>There is no semester "%1" (see semesters).</source>
        <translation>没有学期“%1”（见 semesters）。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n page(s) written to %2</source>
        <translation><numerusform>%1：共 %n 页，已写入 %2</numerusform></translation>
    </message>
    <message>
        <source>ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>有问题，未导入</translation>
    </message>
    <message>
        <source>check every row, import nothing</source>
        <translation>逐行检查，不导入</translation>
    </message>
    <message>
        <source>the roster to import</source>
        <translation>要导入的花名册</translation>
    </message>
    <message>
        <source>name one roster file and --db FILE.</source>
        <translation>请指定一个花名册文件和 --db 数据文件。</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第%1行</translation>
    </message>
    <message>
        <source>would import</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>已导入</translation>
    </message>
    <message>
        <source>Dry run: %1 rows could be imported, %2 would be skipped; nothing was written.</source>
        <translation>试运行：%1 行可导入，%2 行将跳过；未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 students, skipped %2 rows.</source>
        <translation>已导入 %1 名学生，跳过 %2 行。</translation>
    </message>
    <message>
        <source>the file to write</source>
        <translation>要写入的文件</translation>
    </message>
    <message>
        <source>include ID numbers, certificate numbers and medical history</source>
        <translation>包含身份证号、残疾人证号和医疗史</translation>
    </message>
    <message>
        <source>%1 students written to %2</source>
        <translation>%1 名学生已写入 %2</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>共%1周</translation>
    </message>
    <message>
        <source>current</source>
        <translation>当前</translation>
    </message>
</context>
<context>
    <name>rr::ComingPage</name>
    <message>
        <source>This area is being built and will come with a later version of ResourceRoom.</source>
        <translation>此功能正在建设中，将在后续版本中提供。</translation>
    </message>
</context>
<context>
    <name>rr::CompletenessModel</name>
    <message>
        <source>Missing</source>
        <translation>缺项数</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
</context>
<context>
    <name>rr::CompletenessView</name>
    <message numerus="yes">
        <source>School year %1—%2: %3 of %n student(s) have a complete archive.</source>
        <translation><numerusform>%1—%2学年：%n 名学生中有 %3 名档案齐全。</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::Database</name>
    <message>
        <source>No data file was given.</source>
        <translation>未指定数据文件。</translation>
    </message>
    <message>
        <source>Could not keep a copy of %1 before upgrading it; it was left unchanged.</source>
        <translation>升级前无法保留 %1 的备份，未作任何改动。</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 belongs to another program; it was left unchanged.</source>
        <translation>%1 属于其他程序，未作任何改动。</translation>
    </message>
    <message>
        <source>Could not prepare the data file: %1</source>
        <translation>无法准备数据文件：%1</translation>
    </message>
    <message>
        <source>Could not start saving: %1</source>
        <translation>无法开始保存：%1</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>无法保存更改：%1</translation>
    </message>
    <message>
        <source>Upgrading the data file to version %1 failed: %2</source>
        <translation>数据文件升级到版本 %1 失败：%2</translation>
    </message>
    <message>
        <source>The database rejected a statement: %1</source>
        <translation>数据库拒绝了一条语句：%1</translation>
    </message>
    <message>
        <source>The database could not save the change: %1</source>
        <translation>数据库无法保存更改：%1</translation>
    </message>
    <message>
        <source>The data file %1 does not exist.</source>
        <translation>数据文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The folder for %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The folder for %1 cannot be written to.</source>
        <translation>%1 所在的文件夹不可写入。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is not a ResourceRoom data file; it was left unchanged.</source>
        <translation>%1 不是资源教室管理系统的数据文件，未作任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of ResourceRoom (data version %2; this program reads up to %3). Please update the program; the file was left unchanged.</source>
        <translation>%1 由更新版本的资源教室管理系统创建（数据版本 %2，本程序最高支持 %3）。请升级程序；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is read-only, or its folder is; it was left unchanged.</source>
        <translation>%1 或其所在文件夹是只读的，未作任何改动。</translation>
    </message>
    <message>
        <source>Data version %1 differs from the program's %2.</source>
        <translation>数据版本 %1 与程序版本 %2 不一致。</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <source>Broken reference in table %1, row %2</source>
        <translation>表 %1 第 %2 行的关联记录缺失</translation>
    </message>
</context>
<context>
    <name>rr::Demo</name>
    <message>
        <source>%1 exists already.</source>
        <translation>%1 已存在。</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo school.</source>
        <translation>无法为演示学校创建临时文件夹。</translation>
    </message>
</context>
<context>
    <name>rr::ExportDialog</name>
    <message>
        <source>Export roster</source>
        <translation>导出花名册</translation>
    </message>
    <message>
        <source>LRC roster</source>
        <translation>随班就读学生花名册</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Include ID numbers and medical information (sensitive)</source>
        <translation>包含身份证号和医疗信息（敏感）</translation>
    </message>
    <message>
        <source>These are sensitive personal data of minors. Include them only when the resource centre asks for them, hand the file over in person or encrypted, and delete copies you no longer need.</source>
        <translation>这些是未成年人的敏感个人信息。仅在资源中心要求时才包含，请当面或加密移交文件，不再需要的副本请及时删除。</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>File (.xlsx or .csv):</source>
        <translation>文件（.xlsx 或 .csv）：</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Choose a file name ending in .xlsx or .csv.</source>
        <translation>请选择以 .xlsx 或 .csv 结尾的文件名。</translation>
    </message>
</context>
<context>
    <name>rr::FirstRunDialog</name>
    <message>
        <source>Welcome to ResourceRoom</source>
        <translation>欢迎使用资源教室管理系统</translation>
    </message>
    <message>
        <source>Before you start, tell ResourceRoom which school it works for and which semester is running. You can change all of this later under Settings.</source>
        <translation>开始之前，请填写学校信息和当前学期。以后可以在“设置”中修改。</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Current semester</source>
        <translation>当前学期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始使用</translation>
    </message>
    <message>
        <source>Please enter the name of the school.</source>
        <translation>请填写学校名称。</translation>
    </message>
</context>
<context>
    <name>rr::FormListModel</name>
    <message>
        <source>The school</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>One student</source>
        <translation>单个学生</translation>
    </message>
    <message>
        <source>One semester</source>
        <translation>单个学期</translation>
    </message>
    <message>
        <source>One student in one semester</source>
        <translation>单个学生、单个学期</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>For</source>
        <translation>适用于</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
</context>
<context>
    <name>rr::GoalBank</name>
    <message>
        <source>This objective has no place for a criterion; edit it by hand.</source>
        <translation>此目标没有填写标准的位置，请手动编辑。</translation>
    </message>
    <message>
        <source>Enter the criterion for this child, for example 80% or 3 times.</source>
        <translation>请填写该生的具体标准，例如 80% 或 3 次。</translation>
    </message>
    <message>
        <source>"%1" cannot be measured; give a number (80%, 3 times, 5 minutes) or a prompt level.</source>
        <translation>“%1”无法测量；请填写数字（80%、3次、5分钟）或提示等级。</translation>
    </message>
    <message>
        <source>Goal bank line %1: %2</source>
        <translation>目标库第%1行：%2</translation>
    </message>
    <message>
        <source>expected 6 tab-separated fields, found %1.</source>
        <translation>应有6个制表符分隔的字段，实际为%1个。</translation>
    </message>
    <message>
        <source>unknown domain "%1".</source>
        <translation>未知领域“%1”。</translation>
    </message>
    <message>
        <source>the sub-area and the long-term goal are required.</source>
        <translation>子领域和长期目标必须填写。</translation>
    </message>
    <message>
        <source>the objective must hold the placeholder {标准} exactly once.</source>
        <translation>短期目标中必须恰好包含一个占位符 {标准}。</translation>
    </message>
    <message>
        <source>unknown scale "%1".</source>
        <translation>未知的测量方式“%1”。</translation>
    </message>
    <message>
        <source>unknown direction "%1".</source>
        <translation>未知的变化方向“%1”。</translation>
    </message>
    <message>
        <source>Cognition</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>Language and communication</source>
        <translation>语言与沟通</translation>
    </message>
    <message>
        <source>Perception and motor (gross)</source>
        <translation>感知觉与运动（粗大）</translation>
    </message>
    <message>
        <source>Perception and motor (fine)</source>
        <translation>感知觉与运动（精细）</translation>
    </message>
    <message>
        <source>Self-care</source>
        <translation>生活自理</translation>
    </message>
    <message>
        <source>Social interaction</source>
        <translation>社会交往</translation>
    </message>
    <message>
        <source>Emotion and behaviour</source>
        <translation>情绪与行为</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>语文</translation>
    </message>
    <message>
        <source>Mathematics</source>
        <translation>数学</translation>
    </message>
</context>
<context>
    <name>rr::GuardianEditor</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Add guardian</source>
        <translation>添加监护人</translation>
    </message>
    <message>
        <source>Remove guardian</source>
        <translation>删除监护人</translation>
    </message>
</context>
<context>
    <name>rr::Iep</name>
    <message>
        <source>There is no IEP with number %1.</source>
        <translation>没有编号为 %1 的个别化教育计划。</translation>
    </message>
    <message>
        <source>The IEP is "%1": only a draft can be edited; change a plan in effect by a revision with a reason.</source>
        <translation>该计划状态为“%1”：只有草稿可以直接编辑；已生效的计划须通过修订并说明原因来更改。</translation>
    </message>
    <message>
        <source>The student already has an IEP for this semester.</source>
        <translation>该生本学期已有个别化教育计划。</translation>
    </message>
    <message>
        <source>The student or the semester does not exist.</source>
        <translation>学生或学期不存在。</translation>
    </message>
    <message>
        <source>An IEP in the state "%1" cannot change any more.</source>
        <translation>状态为“%1”的计划不能再更改。</translation>
    </message>
    <message>
        <source>An IEP in the state "%1" cannot become "%2"; it can only become: %3.</source>
        <translation>状态为“%1”的计划不能变为“%2”，只能变为：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The IEP cannot take effect yet:
%1</source>
        <translation>该计划暂不能生效：
%1</translation>
    </message>
    <message>
        <source>Only an IEP in effect is revised; this one is "%1".</source>
        <translation>只有已生效的计划才需修订；该计划状态为“%1”。</translation>
    </message>
    <message>
        <source>A revision needs a date, a reason and who made it.</source>
        <translation>修订需要填写日期、原因和修订人。</translation>
    </message>
    <message>
        <source>The revised IEP is incomplete:
%1</source>
        <translation>修订后的计划不完整：
%1</translation>
    </message>
    <message>
        <source>Results are recorded during the end-of-semester evaluation; this IEP is "%1".</source>
        <translation>达成情况在期末评估时记录；该计划状态为“%1”。</translation>
    </message>
    <message>
        <source>Objective %1 is not part of this IEP.</source>
        <translation>目标 %1 不属于该计划。</translation>
    </message>
    <message>
        <source>The GAS level is from -2 to +2.</source>
        <translation>GAS 等级为 -2 至 +2。</translation>
    </message>
    <message>
        <source>These objectives have no end-of-semester mark yet: %1.</source>
        <translation>以下目标尚无期末评估结果：%1。</translation>
    </message>
    <message>
        <source>There is no such semester.</source>
        <translation>没有该学期。</translation>
    </message>
    <message>
        <source>The student has no IEP of an earlier semester to copy.</source>
        <translation>该生没有以前学期的计划可供复制。</translation>
    </message>
    <message>
        <source>The team has no members.</source>
        <translation>尚未填写计划制定小组成员。</translation>
    </message>
    <message>
        <source>There is no long-term goal.</source>
        <translation>尚无长期目标。</translation>
    </message>
    <message>
        <source>Goal %1 has no short-term objective.</source>
        <translation>长期目标 %1 下没有短期目标。</translation>
    </message>
    <message>
        <source>Objective %1.%2 has no criterion.</source>
        <translation>短期目标 %1.%2 没有评量标准。</translation>
    </message>
    <message>
        <source>Objective %1.%2 has no deadline.</source>
        <translation>短期目标 %1.%2 没有完成期限。</translation>
    </message>
    <message>
        <source>There is no complete short-term objective.</source>
        <translation>没有完整的短期目标。</translation>
    </message>
    <message>
        <source>Every team member needs a name.</source>
        <translation>每位小组成员都需要填写姓名。</translation>
    </message>
    <message>
        <source>A present level needs a description.</source>
        <translation>现有能力水平需要填写描述。</translation>
    </message>
    <message>
        <source>Goal %1 has no text.</source>
        <translation>长期目标 %1 没有内容。</translation>
    </message>
    <message>
        <source>Objective %1 has no behaviour.</source>
        <translation>短期目标 %1 没有填写目标行为。</translation>
    </message>
    <message>
        <source>Objective %1: the evaluation methods are O, W, T, V and P.</source>
        <translation>短期目标 %1：评量方式只能是 O、W、T、V、P。</translation>
    </message>
    <message>
        <source>Objective %1 ends before it starts.</source>
        <translation>短期目标 %1 的结束日期早于开始日期。</translation>
    </message>
    <message>
        <source>Objective %1: the GAS level is from -2 to +2.</source>
        <translation>短期目标 %1：GAS 等级为 -2 至 +2。</translation>
    </message>
    <message>
        <source>A service needs its minutes per week (1 to 3000).</source>
        <translation>服务需要填写每周分钟数（1至3000）。</translation>
    </message>
    <message>
        <source>An accommodation needs a description.</source>
        <translation>调整措施需要填写描述。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>In effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>End-of-semester evaluation</source>
        <translation>期末评估</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>An objective with recorded data cannot be removed; mark it as dropped (D) at the evaluation instead.</source>
        <translation>已有监测数据的目标不能删除；请在期末评估时标记为放弃（D）。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Itinerant teacher</source>
        <translation>巡回指导教师</translation>
    </message>
    <message>
        <source>Resource teacher</source>
        <translation>资源教师</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>康复治疗师</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Subject teacher</source>
        <translation>任课教师</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>家长</translation>
    </message>
    <message>
        <source>The student</source>
        <translation>学生本人</translation>
    </message>
    <message>
        <source>Individual training</source>
        <translation>个别化训练</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>康复训练</translation>
    </message>
    <message>
        <source>Subject tutoring</source>
        <translation>学科辅导</translation>
    </message>
    <message>
        <source>Counselling</source>
        <translation>心理辅导</translation>
    </message>
    <message>
        <source>Sensory integration training</source>
        <translation>感统训练</translation>
    </message>
    <message>
        <source>Speech training</source>
        <translation>言语训练</translation>
    </message>
    <message>
        <source>In class</source>
        <translation>课堂</translation>
    </message>
    <message>
        <source>Homework</source>
        <translation>作业</translation>
    </message>
    <message>
        <source>Exams</source>
        <translation>考试</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Work sample</source>
        <translation>作品</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测验</translation>
    </message>
    <message>
        <source>Oral answer</source>
        <translation>口头</translation>
    </message>
    <message>
        <source>Performance task</source>
        <translation>实作</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Simplified</source>
        <translation>简化</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>加深</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>Mostly achieved</source>
        <translation>基本达成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>IEP review due on %1.</source>
        <translation>个别化教育计划应于%1复查。</translation>
    </message>
    <message>
        <source>The objective "%1" passed its deadline (%2) without any data.</source>
        <translation>目标“%1”已过期限（%2），但没有任何监测数据。</translation>
    </message>
    <message>
        <source>No IEP in effect for %1.</source>
        <translation>%1本学期没有已生效的个别化教育计划。</translation>
    </message>
    <message>
        <source>The last %1 is more than a year old (%2).</source>
        <translation>最近一次%1已超过一年（%2）。</translation>
    </message>
    <message>
        <source>There is no such objective.</source>
        <translation>没有该目标。</translation>
    </message>
    <message>
        <source>Data are recorded only while the IEP is in effect; it is "%1".</source>
        <translation>只有在计划生效期间才能记录数据；该计划状态为“%1”。</translation>
    </message>
    <message>
        <source>A data point needs a date.</source>
        <translation>数据点需要日期。</translation>
    </message>
    <message>
        <source>There is no such data point.</source>
        <translation>没有该数据点。</translation>
    </message>
    <message>
        <source>A phase change needs a date.</source>
        <translation>阶段变更需要日期。</translation>
    </message>
</context>
<context>
    <name>rr::IepPage</name>
    <message numerus="yes">
        <source>%1: %2 of %n student(s) have an IEP</source>
        <translation><numerusform>%1：%n 名学生中已有 %2 名制定了个别化教育计划</numerusform></translation>
    </message>
    <message>
        <source>No current semester: set it under Settings.</source>
        <translation>未设当前学期：请在“设置”中设定。</translation>
    </message>
    <message>
        <source>Choose a student on the left to see their IEP.</source>
        <translation>请在左侧选择学生，查看其个别化教育计划。</translation>
    </message>
    <message>
        <source>%1 · %2 — IEP: %3</source>
        <translation>%1 · %2 — 个别化教育计划：%3</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>No IEP for this semester yet.</source>
        <translation>本学期尚未制定个别化教育计划。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>制定小组</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>Present levels</source>
        <translation>现有能力水平</translation>
    </message>
    <message>
        <source>This IEP has no short-term objectives yet.</source>
        <translation>该计划尚无短期目标。</translation>
    </message>
    <message>
        <source>Choose an objective to see its progress chart.</source>
        <translation>请选择一个短期目标，查看其进步曲线。</translation>
    </message>
    <message>
        <source>No data recorded for this objective yet.</source>
        <translation>该目标尚无监测数据。</translation>
    </message>
</context>
<context>
    <name>rr::IepStudentListModel</name>
    <message>
        <source>No IEP</source>
        <translation>未制定</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>计划状态</translation>
    </message>
</context>
<context>
    <name>rr::ImportDialog</name>
    <message>
        <source>Import roster</source>
        <translation>导入花名册</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file with one student per row and a header row.</source>
        <translation>.xlsx 或 .csv 文件：第一行为表头，每行一名学生。</translation>
    </message>
    <message>
        <source>Columns (correct the mapping if a column was not recognised)</source>
        <translation>列对应关系（如有列未被识别，请手动更正）</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a roster file</source>
        <translation>选择花名册文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>电子表格 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第%1列</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation><numerusform>文件共 %n 行：</numerusform></translation>
    </message>
    <message>
        <source>%1 ready, %2 with problems, %3 already on file.</source>
        <translation>可导入 %1 行，有问题 %2 行，已在档案中 %3 行。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n student(s)</source>
        <translation><numerusform>导入 %n 名学生</numerusform></translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation><numerusform>已导入 %n 名学生</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation><numerusform>跳过 %n 行</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n head teacher(s) added to the staff list</source>
        <translation><numerusform>已将 %n 名班主任加入教职工名单</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ImportPreviewModel</name>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>有问题</translation>
    </message>
    <message>
        <source>Already on file</source>
        <translation>已在档案中</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>rr::Lrc</name>
    <message>
        <source>Parent applied</source>
        <translation>家长申请</translation>
    </message>
    <message>
        <source>School's opinion</source>
        <translation>学校意见</translation>
    </message>
    <message>
        <source>Reported to the centre</source>
        <translation>上报中心</translation>
    </message>
    <message>
        <source>Confirmed by the centre</source>
        <translation>中心确认</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>不予确认</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>未申请</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>已申请</translation>
    </message>
    <message>
        <source>To be reported</source>
        <translation>待上报</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>"%1" cannot follow the state "%2"; the next step can only be: %3.</source>
        <translation>当前状态为“%2”，不能进行“%1”；下一步只能是：%3。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Each step needs a date.</source>
        <translation>每一步都需要填写日期。</translation>
    </message>
    <message>
        <source>The step cannot be dated before the previous step (%1).</source>
        <translation>日期不能早于上一步（%1）。</translation>
    </message>
    <message>
        <source>That is not a day of the year.</source>
        <translation>这不是有效的日期。</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>撤销</translation>
    </message>
</context>
<context>
    <name>rr::LrcHistoryModel</name>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
</context>
<context>
    <name>rr::LrcPanel</name>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>记录此步骤</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>下一步：</translation>
    </message>
    <message>
        <source>Current status: %1</source>
        <translation>当前状态：%1</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>已记录：%1</translation>
    </message>
</context>
<context>
    <name>rr::LrcReminders</name>
    <message numerus="yes">
        <source>%1: the LRC application is %n day(s) overdue for the report to the centre (due %2).</source>
        <translation><numerusform>%1：随班就读申请已超过上报截止日期（%2）%n 天，请尽快上报资源中心。</numerusform></translation>
    </message>
    <message>
        <source>%1: the LRC application must be reported to the centre today.</source>
        <translation>%1：随班就读申请须于今天上报资源中心。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left to report the LRC application to the centre (due %2).</source>
        <translation><numerusform>%1：距随班就读申请上报资源中心截止（%2）还有 %n 天。</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>打开数据文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;demo school</source>
        <translation>打开演示学校(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>导航(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About ResourceRoom</source>
        <translation>关于资源教室管理系统(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>ResourceRoom</source>
        <translation>资源教室管理系统</translation>
    </message>
    <message>
        <source>No current semester</source>
        <translation>未设当前学期</translation>
    </message>
    <message>
        <source>Week %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>outside the semester</source>
        <translation>不在学期内</translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
</context>
<context>
    <name>rr::NeedBreakdown</name>
    <message>
        <source>No students recorded yet.</source>
        <translation>尚未录入学生。</translation>
    </message>
    <message>
        <source>No need recorded</source>
        <translation>未记录需要类别</translation>
    </message>
</context>
<context>
    <name>rr::NeedListEditor</name>
    <message>
        <source>Add need</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>No grade</source>
        <translation>无等级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>rr::Needs</name>
    <message>
        <source>Visual impairment</source>
        <translation>视力残疾</translation>
    </message>
    <message>
        <source>Hearing impairment</source>
        <translation>听力残疾</translation>
    </message>
    <message>
        <source>Speech impairment</source>
        <translation>言语残疾</translation>
    </message>
    <message>
        <source>Physical disability</source>
        <translation>肢体残疾</translation>
    </message>
    <message>
        <source>Intellectual disability</source>
        <translation>智力残疾</translation>
    </message>
    <message>
        <source>Mental disability</source>
        <translation>精神残疾</translation>
    </message>
    <message>
        <source>Multiple disabilities</source>
        <translation>多重残疾</translation>
    </message>
    <message>
        <source>Autism spectrum disorder</source>
        <translation>孤独症谱系障碍</translation>
    </message>
    <message>
        <source>Learning disability</source>
        <translation>学习障碍</translation>
    </message>
    <message>
        <source>ADHD</source>
        <translation>注意缺陷多动障碍</translation>
    </message>
    <message>
        <source>Emotional and behavioural disorder</source>
        <translation>情绪与行为障碍</translation>
    </message>
    <message>
        <source>Chronic illness</source>
        <translation>慢性病</translation>
    </message>
    <message>
        <source>Other need</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>rr::ObjectiveTableModel</name>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Short-term objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>评量尺度</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>完成期限</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>数据点</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最近一次</translation>
    </message>
    <message>
        <source>Four-point rule</source>
        <translation>四点法则</translation>
    </message>
</context>
<context>
    <name>rr::OverviewPage</name>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Teaching week</source>
        <translation>教学周</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <source>Students by need</source>
        <translation>按需要类别统计</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Resource teacher: %1</source>
        <translation>资源教师：%1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Week %1 of %2</source>
        <translation>第%1周 / 共%2周</translation>
    </message>
    <message>
        <source>Outside the semester</source>
        <translation>不在学期内</translation>
    </message>
    <message>
        <source>No current semester</source>
        <translation>未设当前学期</translation>
    </message>
    <message>
        <source>Choose one in Settings.</source>
        <translation>请在“设置”中选择。</translation>
    </message>
    <message>
        <source>in the care of the resource room</source>
        <translation>名资源教室服务学生</translation>
    </message>
</context>
<context>
    <name>rr::Print</name>
    <message>
        <source>Printing needs the graphical font system, which was not started.</source>
        <translation>打印需要图形字体系统，但它未启动。</translation>
    </message>
    <message>
        <source>The font "%1" is not installed, so forms cannot be printed. Install the Noto CJK fonts (package fonts-noto-cjk).</source>
        <translation>未安装字体“%1”，无法打印表格。请安装思源/Noto CJK字体（软件包 fonts-noto-cjk）。</translation>
    </message>
    <message>
        <source>The paper is too small to print this form.</source>
        <translation>纸张太小，无法打印此表。</translation>
    </message>
    <message>
        <source>Printing could not start.</source>
        <translation>无法开始打印。</translation>
    </message>
    <message>
        <source>Printing stopped at page %1.</source>
        <translation>打印在第%1页中断。</translation>
    </message>
    <message>
        <source>Printing could not be finished.</source>
        <translation>打印未能完成。</translation>
    </message>
    <message>
        <source>No data file is open.</source>
        <translation>尚未打开数据文件。</translation>
    </message>
    <message>
        <source>Choose the student whose form is to be printed.</source>
        <translation>请选择要打印表格的学生。</translation>
    </message>
    <message>
        <source>There is no student with number %1.</source>
        <translation>没有编号为 %1 的学生。</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>无法写入PDF文件 %1：%2</translation>
    </message>
    <message>
        <source>There is no semester with number %1.</source>
        <translation>没有编号为 %1 的学期。</translation>
    </message>
    <message>
        <source>%1 has no IEP for %2.</source>
        <translation>%1没有%2的个别化教育计划。</translation>
    </message>
    <message>
        <source>Choose the semester to print.</source>
        <translation>请选择要打印的学期。</translation>
    </message>
</context>
<context>
    <name>rr::PrintPage</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出PDF…</translation>
    </message>
    <message>
        <source>Printed forms hold sensitive data of minors: keep paper copies and PDF files locked away.</source>
        <translation>打印的表格含有未成年人的敏感信息，纸质件和 PDF 文件请妥善保管。</translation>
    </message>
    <message>
        <source>Choose a form on the left.</source>
        <translation>请在左侧选择表格。</translation>
    </message>
    <message>
        <source>Choose a form first.</source>
        <translation>请先选择表格。</translation>
    </message>
    <message>
        <source>There are no students to print this form for yet.</source>
        <translation>还没有可打印此表的学生。</translation>
    </message>
    <message>
        <source>Add a semester in Settings first.</source>
        <translation>请先在“设置”中添加学期。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>打印预览：%1</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation><numerusform>已发送 %n 页到打印机。</numerusform></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) to %1.</source>
        <translation><numerusform>已保存 %n 页到 %1。</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::ProfileEditor</name>
    <message>
        <source>e.g. the full name on the school's seal</source>
        <translation>如：学校公章上的全称</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>选填</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Resource teacher</source>
        <translation>资源教师</translation>
    </message>
    <message>
        <source>District</source>
        <translation>所属区县</translation>
    </message>
</context>
<context>
    <name>rr::Progress</name>
    <message>
        <source>The aim line needs three baseline probes first.</source>
        <translation>目标线需要先有三次基线测量。</translation>
    </message>
    <message>
        <source>The goal's deadline must come after the baseline (%1).</source>
        <translation>目标期限必须晚于基线（%1）。</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Change the teaching</source>
        <translation>调整教学</translation>
    </message>
    <message>
        <source>Raise the goal</source>
        <translation>提高目标</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>数据不足</translation>
    </message>
    <message>
        <source>There are %1 probes after the baseline in this phase; the four-point rule needs at least %2.</source>
        <translation>本阶段基线之后有 %1 个数据点，四点法则至少需要 %2 个。</translation>
    </message>
    <message>
        <source>The last 4 probes are all below the aim line: progress is too slow to reach the goal in time.</source>
        <translation>最近4个数据点都在目标线以下：进步太慢，无法按期达成目标。</translation>
    </message>
    <message>
        <source>The last 4 probes are all above the aim line: the behaviour is not decreasing fast enough to reach the goal in time.</source>
        <translation>最近4个数据点都在目标线以上：行为减少得不够快，无法按期达成目标。</translation>
    </message>
    <message>
        <source>The last 4 probes are all above the aim line: the child is ahead of plan and the goal can be raised.</source>
        <translation>最近4个数据点都在目标线以上：学生进步快于计划，可以提高目标。</translation>
    </message>
    <message>
        <source>The last 4 probes are all below the aim line: the behaviour is decreasing faster than planned and the goal can be raised.</source>
        <translation>最近4个数据点都在目标线以下：行为减少快于计划，可以提高目标。</translation>
    </message>
    <message>
        <source>The last 4 probes lie on both sides of the aim line: keep the current teaching.</source>
        <translation>最近4个数据点分布在目标线两侧：继续当前教学。</translation>
    </message>
    <message>
        <source>Goal attainment scaling needs at least one rated objective.</source>
        <translation>目标达成量表（GAS）至少需要一个已评定的目标。</translation>
    </message>
    <message>
        <source>There are %1 ratings but %2 weights.</source>
        <translation>有 %1 个评定，但有 %2 个权重。</translation>
    </message>
    <message>
        <source>The correlation ρ must be at least 0 and below 1.</source>
        <translation>相关系数 ρ 必须大于等于0且小于1。</translation>
    </message>
    <message>
        <source>A goal attainment level must be between -2 and +2; %1 was given.</source>
        <translation>目标达成等级必须在 -2 至 +2 之间；输入的是 %1。</translation>
    </message>
    <message>
        <source>Every weight must be a positive number.</source>
        <translation>每个权重都必须是正数。</translation>
    </message>
    <message>
        <source>Accuracy (%)</source>
        <translation>正确率（%）</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Prompt level</source>
        <translation>提示等级</translation>
    </message>
    <message>
        <source>Attainment (0–4)</source>
        <translation>达成度（0–4）</translation>
    </message>
    <message>
        <source>Independent</source>
        <translation>独立</translation>
    </message>
    <message>
        <source>Verbal prompt</source>
        <translation>口头提示</translation>
    </message>
    <message>
        <source>Visual prompt</source>
        <translation>视觉提示</translation>
    </message>
    <message>
        <source>Modelling</source>
        <translation>示范</translation>
    </message>
    <message>
        <source>Physical assistance</source>
        <translation>肢体辅助</translation>
    </message>
    <message>
        <source>Full assistance</source>
        <translation>完全辅助</translation>
    </message>
    <message>
        <source>%1 cannot be below %2; %3 was entered.</source>
        <translation>%1不能小于%2；输入的是%3。</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 was entered.</source>
        <translation>%1必须在%2至%3之间；输入的是%4。</translation>
    </message>
    <message>
        <source>%1 takes whole levels only; %2 was entered.</source>
        <translation>%1只能是整数等级；输入的是%2。</translation>
    </message>
</context>
<context>
    <name>rr::ReminderList</name>
    <message>
        <source>Nothing to remind you of.</source>
        <translation>暂无提醒。</translation>
    </message>
</context>
<context>
    <name>rr::Rooms</name>
    <message>
        <source>Resource room</source>
        <translation>资源教室</translation>
    </message>
    <message>
        <source>Sensory integration room</source>
        <translation>感统训练室</translation>
    </message>
    <message>
        <source>Individual training room</source>
        <translation>个训室</translation>
    </message>
    <message>
        <source>Rehabilitation room</source>
        <translation>康复训练室</translation>
    </message>
    <message>
        <source>Equipment training room</source>
        <translation>器械训练室</translation>
    </message>
    <message>
        <source>Montessori room</source>
        <translation>蒙台梭利室</translation>
    </message>
    <message>
        <source>Other room</source>
        <translation>其他功能室</translation>
    </message>
    <message>
        <source>A room needs a name.</source>
        <translation>功能室需要名称。</translation>
    </message>
</context>
<context>
    <name>rr::Roster</name>
    <message>
        <source>The file is neither UTF-8 nor GB18030 text.</source>
        <translation>该文件既不是UTF-8也不是GB18030（GBK）编码的文本。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Grade and class</source>
        <translation>年级班级</translation>
    </message>
    <message>
        <source>Disability or need</source>
        <translation>残疾类别/特殊需要</translation>
    </message>
    <message>
        <source>Disability grade</source>
        <translation>残疾等级</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>家长姓名</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>与学生关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>家庭住址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>医疗史</translation>
    </message>
    <message>
        <source>(do not import)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Could not write %1: the folder is not writable.</source>
        <translation>无法写入 %1：该文件夹不可写。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The roster can be saved as .xlsx or .csv.</source>
        <translation>花名册只能保存为 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>The ID number was stored by Excel as a number and has lost digits; format the column as text.</source>
        <translation>身份证号被Excel存成了数字，末几位已丢失；请将该列设为“文本”格式后重新录入。</translation>
    </message>
    <message>
        <source>The ID number %1 is not valid (length, date or check digit).</source>
        <translation>身份证号 %1 无效（位数、出生日期或校验位有误）。</translation>
    </message>
    <message>
        <source>The birth date "%1" is not a possible date.</source>
        <translation>出生日期“%1”不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date does not agree with the ID number.</source>
        <translation>出生日期与身份证号不符。</translation>
    </message>
    <message>
        <source>The gender "%1" is not 男 or 女.</source>
        <translation>性别“%1”不是“男”或“女”。</translation>
    </message>
    <message>
        <source>The class "%1" is not understood.</source>
        <translation>无法识别班级“%1”。</translation>
    </message>
    <message>
        <source>The grade "%1" is not understood.</source>
        <translation>无法识别年级“%1”。</translation>
    </message>
    <message>
        <source>The need "%1" is not a known category.</source>
        <translation>“%1”不是已知的残疾类别或特殊需要类型。</translation>
    </message>
    <message>
        <source>%1 needs a grade (一级 to 四级).</source>
        <translation>%1需要填写残疾等级（一级至四级）。</translation>
    </message>
    <message>
        <source>The placement "%1" is not understood.</source>
        <translation>无法识别安置方式“%1”。</translation>
    </message>
    <message>
        <source>No header row was found: the first rows should name the columns (姓名, 性别, 出生日期 …).</source>
        <translation>未找到表头行：表格前几行应包含列名（姓名、性别、出生日期……）。</translation>
    </message>
    <message>
        <source>No column holds the students' names (姓名).</source>
        <translation>没有“姓名”列。</translation>
    </message>
    <message>
        <source>Same ID number as row %1 of this file.</source>
        <translation>与本文件第%1行的身份证号相同。</translation>
    </message>
    <message>
        <source>Same name and birth date as row %1 of this file.</source>
        <translation>与本文件第%1行的姓名和出生日期相同。</translation>
    </message>
    <message>
        <source>Already on file; skipped.</source>
        <translation>该学生已在档案中，已跳过。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是Excel工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>The workbook has no readable worksheet.</source>
        <translation>该工作簿中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>The worksheet is damaged: %1</source>
        <translation>工作表已损坏：%1</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be imported (an old .xls file can be saved as .xlsx in Excel or WPS).</source>
        <translation>只能导入 .xlsx 和 .csv 文件（旧版 .xls 文件可在Excel或WPS中另存为 .xlsx）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>rr::RosterFilterBar</name>
    <message>
        <source>All needs</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All LRC states</source>
        <translation>全部认定状态</translation>
    </message>
    <message>
        <source>All placements</source>
        <translation>全部安置方式</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部年级</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>全部班级</translation>
    </message>
    <message>
        <source>Name or pinyin initials</source>
        <translation>姓名或拼音首字母</translation>
    </message>
</context>
<context>
    <name>rr::SemesterDialog</name>
    <message>
        <source>Add semester</source>
        <translation>添加学期</translation>
    </message>
    <message>
        <source>Make it the current semester</source>
        <translation>设为当前学期</translation>
    </message>
</context>
<context>
    <name>rr::SemesterEditor</name>
    <message>
        <source>Autumn semester</source>
        <translation>秋季学期</translation>
    </message>
    <message>
        <source>Spring semester</source>
        <translation>春季学期</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message numerus="yes">
        <source>%n teaching week(s)</source>
        <translation><numerusform>共 %n 个教学周</numerusform></translation>
    </message>
</context>
<context>
    <name>rr::SemesterListModel</name>
    <message>
        <source>Current</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>周数</translation>
    </message>
</context>
<context>
    <name>rr::Semesters</name>
    <message>
        <source>A semester named "%1" exists already.</source>
        <translation>已有名为“%1”的学期。</translation>
    </message>
    <message>
        <source>The semester needs a name.</source>
        <translation>学期需要名称。</translation>
    </message>
    <message>
        <source>The semester must end after it starts.</source>
        <translation>学期的结束日期必须晚于开始日期。</translation>
    </message>
    <message>
        <source>A semester cannot be longer than 250 days.</source>
        <translation>一个学期不能超过250天。</translation>
    </message>
    <message>
        <source>The holiday "%1" must lie inside the semester.</source>
        <translation>假期“%1”必须在学期之内。</translation>
    </message>
</context>
<context>
    <name>rr::Settings</name>
    <message>
        <source>The school's name is required.</source>
        <translation>必须填写学校名称。</translation>
    </message>
</context>
<context>
    <name>rr::SettingsPage</name>
    <message>
        <source>School profile</source>
        <translation>学校信息</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language of menus and screens, remembered for you on this computer. Printed forms stay in Chinese.</source>
        <translation>菜单和界面的语言，在本机为您保存。打印的表格始终为中文。</translation>
    </message>
    <message>
        <source>Semesters</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Add semester…</source>
        <translation>添加学期…</translation>
    </message>
    <message>
        <source>Make current</source>
        <translation>设为当前学期</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>rr::Staff</name>
    <message>
        <source>Resource teacher</source>
        <translation>资源教师</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Subject teacher</source>
        <translation>任课教师</translation>
    </message>
    <message>
        <source>Itinerant teacher</source>
        <translation>巡回指导教师</translation>
    </message>
    <message>
        <source>Therapist</source>
        <translation>康复治疗师</translation>
    </message>
    <message>
        <source>School doctor</source>
        <translation>校医</translation>
    </message>
    <message>
        <source>School leader</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
</context>
<context>
    <name>rr::StudentDetailPage</name>
    <message>
        <source>← Back to the roster</source>
        <translation>← 返回花名册</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>LRC status</source>
        <translation>随班就读认定</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>个人档案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>入学日期</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <source> (contact)</source>
        <translation>（联系人）</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Growth history</source>
        <translation>成长史</translation>
    </message>
    <message>
        <source>Treatment and education history</source>
        <translation>治疗及教育史</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>医疗史</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::StudentDialog</name>
    <message>
        <source>Edit student</source>
        <translation>编辑学生信息</translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <source>Basic information</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Needs and guardians</source>
        <translation>特殊需要与监护人</translation>
    </message>
    <message>
        <source>Family and history</source>
        <translation>家庭情况及成长史</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>e.g. 汉族</source>
        <translation>如：汉族</translation>
    </message>
    <message>
        <source>e.g. 3班</source>
        <translation>如：3班</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Leave empty when the student has no disability certificate</source>
        <translation>没有残疾人证时请留空</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>年级</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Enrolment date</source>
        <translation>入学日期</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾人证号</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>特殊需要</translation>
    </message>
    <message>
        <source>Guardians</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>Family situation</source>
        <translation>家庭情况</translation>
    </message>
    <message>
        <source>Growth history</source>
        <translation>成长史</translation>
    </message>
    <message>
        <source>Treatment and education history</source>
        <translation>治疗及教育史</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>医疗史</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 of 18 characters</source>
        <translation>已输入 %1 位，共 18 位</translation>
    </message>
    <message>
        <source>Not a valid citizen ID number (the date or the check character is wrong).</source>
        <translation>不是有效的身份证号（出生日期或校验位有误）。</translation>
    </message>
    <message>
        <source>The birth date differs from the ID number (%1).</source>
        <translation>出生日期与身份证号不符（%1）。</translation>
    </message>
    <message>
        <source>The gender differs from the ID number (%1).</source>
        <translation>性别与身份证号不符（%1）。</translation>
    </message>
    <message>
        <source>Valid ID number.</source>
        <translation>身份证号有效。</translation>
    </message>
</context>
<context>
    <name>rr::StudentListModel</name>
    <message>
        <source>, </source>
        <extracomment>Separates the needs of one student in the roster</extracomment>
        <translation>、</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年龄</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需要类别</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>安置方式</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>LRC status</source>
        <translation>认定状态</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
</context>
<context>
    <name>rr::Students</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Special class</source>
        <translation>特教班</translation>
    </message>
    <message>
        <source>Home-delivered teaching</source>
        <translation>送教上门</translation>
    </message>
    <message>
        <source>Regular class (LRC)</source>
        <translation>随班就读</translation>
    </message>
    <message>
        <source>The certificate number should be the 18-character ID number followed by the category digit (1–7) and the grade digit (1–4).</source>
        <translation>残疾人证号应为18位身份证号，后接类别数字（1–7）和等级数字（1–4）。</translation>
    </message>
    <message>
        <source>The certificate number does not start with a valid ID number.</source>
        <translation>残疾人证号的前18位不是有效的身份证号。</translation>
    </message>
    <message>
        <source>The certificate number does not start with the student's ID number.</source>
        <translation>残疾人证号的前18位与该生身份证号不一致。</translation>
    </message>
    <message>
        <source>The certificate is for %1, which is not among the student's recorded needs.</source>
        <translation>残疾人证上的类别为“%1”，与该生记录的残疾类别不符。</translation>
    </message>
    <message>
        <source>The certificate gives grade %1 for %2, but the record says otherwise.</source>
        <translation>残疾人证上%2的等级为%1级，与记录不符。</translation>
    </message>
    <message>
        <source>There is no student with number %1.</source>
        <translation>没有编号为 %1 的学生。</translation>
    </message>
    <message>
        <source>There is no student named %1.</source>
        <translation>没有名为 %1 的学生。</translation>
    </message>
    <message>
        <source>%1 students are named %2; give the student's number instead.</source>
        <translation>有 %1 名学生叫 %2，请改用学生编号。</translation>
    </message>
    <message>
        <source>The student's name is required.</source>
        <translation>必须填写学生姓名。</translation>
    </message>
    <message>
        <source>The ID number %1 is not a valid citizen ID number.</source>
        <translation>身份证号 %1 不是有效的公民身份号码。</translation>
    </message>
    <message>
        <source>The birth date does not agree with the ID number.</source>
        <translation>出生日期与身份证号不符。</translation>
    </message>
    <message>
        <source>A disability category needs a grade from 1 to 4.</source>
        <translation>残疾类别需要填写等级（一级至四级）。</translation>
    </message>
    <message>
        <source>A student with this ID number exists already.</source>
        <translation>已有使用该身份证号的学生。</translation>
    </message>
</context>
<context>
    <name>rr::StudentsPage</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation><numerusform>共 %n 名学生</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) shown</source>
        <translation><numerusform>显示 %1 名，共 %n 名学生</numerusform></translation>
    </message>
    <message>
        <source>Add student</source>
        <translation>新增学生</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>导入花名册…</translation>
    </message>
    <message>
        <source>Export roster…</source>
        <translation>导出花名册…</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Archive completeness</source>
        <translation>档案完整性</translation>
    </message>
    <message>
        <source>Student added.</source>
        <translation>已新增学生。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) exported to %1</source>
        <translation><numerusform>已将 %n 名学生导出到 %1</numerusform></translation>
    </message>
</context>
</TS>