<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>全部保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>全部是(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>全部否(&amp;O)</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>恢复默认值</translation>
    </message>
</context>
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
    <name>rr::AccommodationEditor</name>
    <message>
        <source>One accommodation per line.</source>
        <translation>每行一项调整措施。</translation>
    </message>
</context>
<context>
    <name>rr::AccountRole</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Resource teacher</source>
        <translation>资源教师</translation>
    </message>
    <message>
        <source>Head teacher</source>
        <translation>班主任</translation>
    </message>
    <message>
        <source>Itinerant teacher</source>
        <translation>巡回指导教师</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>心理辅导教师</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查阅</translation>
    </message>
</context>
<context>
    <name>rr::Accounts</name>
    <message>
        <source>Only an administrator can manage accounts.</source>
        <translation>只有管理员可以管理账户。</translation>
    </message>
    <message>
        <source>The account no longer exists.</source>
        <translation>该账户已不存在。</translation>
    </message>
    <message>
        <source>Please enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>A user name may have at most %1 characters.</source>
        <translation>用户名最多 %1 个字符。</translation>
    </message>
    <message>
        <source>A user name may not contain spaces or control characters.</source>
        <translation>用户名不能包含空格或控制字符。</translation>
    </message>
    <message>
        <source>An account needs at least one role.</source>
        <translation>账户至少要有一个角色。</translation>
    </message>
    <message>
        <source>The staff member of the account no longer exists.</source>
        <translation>该账户所属的教职工已不存在。</translation>
    </message>
    <message>
        <source>%1 has left and cannot get an account.</source>
        <translation>%1 已离职，不能开设账户。</translation>
    </message>
    <message>
        <source>The user name %1 is taken.</source>
        <translation>用户名 %1 已被使用。</translation>
    </message>
    <message>
        <source>%1 is the last administrator who can sign in and cannot be disabled.</source>
        <translation>%1 是最后一个可以登录的管理员，不能停用。</translation>
    </message>
    <message>
        <source>The lock comes after %1 to %2 idle minutes.</source>
        <translation>自动锁定时间应为 %1 至 %2 分钟。</translation>
    </message>
    <message>
        <source>The password could not be protected: not enough memory.</source>
        <translation>无法保护密码：内存不足。</translation>
    </message>
    <message>
        <source>No recovery code could be made.</source>
        <translation>无法生成恢复码。</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>恢复码不正确。</translation>
    </message>
    <message>
        <source>The recovery code resets an administrator's password; %1 is no administrator's user name.</source>
        <translation>恢复码只能重设管理员的密码；%1 不是管理员的用户名。</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>用户名或密码不正确。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Please wait %n second(s) and try again.</source>
        <translation>
            <numerusform>密码错误次数过多，请等待 %n 秒后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>The account %1 is disabled. Please ask the administrator.</source>
        <translation>账户 %1 已停用，请联系管理员。</translation>
    </message>
    <message>
        <source>This data file is not protected by accounts.</source>
        <translation>此数据文件未启用账户保护。</translation>
    </message>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有人登录。</translation>
    </message>
</context>
<context>
    <name>rr::AccountsPanel</name>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>开设账户(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Disable / enable</source>
        <translation>停用/启用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>修改我的密码(&amp;C)…</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes:</source>
        <translation>无操作多少分钟后自动锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>Only an administrator manages accounts.</source>
        <translation>只有管理员可以管理账户。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>The account was added.</source>
        <translation>账户已开设。</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>请先选择一个账户。</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 可以重新登录了。</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 已不能登录。</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>A new password for %1. Tell it to %2 in person.</source>
        <translation>为 %1 设置新密码。请当面告诉 %2。</translation>
    </message>
    <message>
        <source>The password of %1 is reset.</source>
        <translation>%1 的密码已重设。</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <source>Your new password, at least 8 characters.</source>
        <translation>你的新密码，至少 8 个字符。</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>你的密码已修改。</translation>
    </message>
    <message numerus="yes">
        <source>The program locks after %n idle minute(s).</source>
        <translation>
            <numerusform>无操作 %n 分钟后程序将自动锁定。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ActivationProblemsDialog</name>
    <message>
        <source>The IEP cannot take effect yet</source>
        <translation>个别化教育计划尚不能生效</translation>
    </message>
    <message>
        <source>%1 cannot take effect until these %2 items are filled in:</source>
        <translation>%1须补齐以下%2项后才能生效：</translation>
    </message>
    <message>
        <source>Fill them in on the tabs of the plan, save, and put it into effect again.</source>
        <translation>请在计划的各页中补齐，保存后再次点击“生效”。</translation>
    </message>
</context>
<context>
    <name>rr::ActivityDialog</name>
    <message>
        <source>Edit activity record</source>
        <translation>编辑活动记录</translation>
    </message>
    <message>
        <source>Record an activity</source>
        <translation>登记活动</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>活动方案</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>Outcome or summary</source>
        <translation>成效或小结</translation>
    </message>
</context>
<context>
    <name>rr::ActivityListModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>rr::AdHocSessionDialog</name>
    <message>
        <source>Ad hoc session</source>
        <translation>临时训练</translation>
    </message>
    <message>
        <source>A session that is not on the timetable. Its draft record is made at once; fill it in afterwards.</source>
        <translation>不在课表上的训练课。将立即生成其草稿记录，之后再补填。</translation>
    </message>
    <message>
        <source>(no instructor)</source>
        <translation>（无指导教师）</translation>
    </message>
    <message>
        <source>e.g. 数学补课</source>
        <translation>例如：数学补课</translation>
    </message>
    <message>
        <source>Find a student by name</source>
        <translation>按姓名查找学生</translation>
    </message>
    <message>
        <source>Create record</source>
        <translation>创建记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
</context>
<context>
    <name>rr::AddAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>教职工(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>开设账户</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>rr::AmendmentDialog</name>
    <message>
        <source>Amend a signed record</source>
        <translation>更正已签字的记录</translation>
    </message>
    <message>
        <source>The record was signed: the correction is kept as a dated amendment with its reason, and the signed version stays in the record's history.</source>
        <translation>此记录已签字：修改将作为注明日期和原因的更正保存，已签字的版本保留在记录的历史中。</translation>
    </message>
    <message>
        <source>e.g. 离开时间记录有误</source>
        <translation>例如：离开时间记录有误</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Amended by</source>
        <translation>更正人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <source>Say who amends the record.</source>
        <translation>请填写更正人。</translation>
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
    <message>
        <source>Data file in use</source>
        <translation>数据文件正在使用中</translation>
    </message>
    <message>
        <source>You can open it read-only, to look things up and print, or cancel.</source>
        <translation>可以以只读方式打开（用于查阅和打印），或取消。</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <source>Damaged data file</source>
        <translation>数据文件已损坏</translation>
    </message>
    <message>
        <source>You can open it anyway: the changes beyond the damage are then lost from the file (the copy kept aside still has them). Or cancel and restore a backup.</source>
        <translation>仍可打开：损坏处之后的修改将从文件中丢失（另存的副本中仍保留着它们）。也可以取消，从备份恢复。</translation>
    </message>
    <message>
        <source>Open anyway</source>
        <translation>仍然打开</translation>
    </message>
    <message>
        <source>Open the data file again</source>
        <translation>重新打开数据文件</translation>
    </message>
    <message>
        <source>The window then shows what %1 holds now. What it shows at the moment (the old file) can no longer be saved as a new file afterwards.</source>
        <translation>窗口随后显示 %1 现在的内容。当前显示的内容（旧文件）之后将无法再另存为新文件。</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Data file missing</source>
        <translation>数据文件不见了</translation>
    </message>
    <message>
        <source>The data file %1 that this computer used before is not there any more (deleted, moved or renamed?).</source>
        <translation>这台电脑以前使用的数据文件 %1 已不在原处（被删除、移动或改名了？）。</translation>
    </message>
    <message>
        <source>Open the file where it is now, or restore it from a backup. Only set up a new school if the old data is really gone.</source>
        <translation>请打开它现在所在位置的文件，或从备份恢复。只有确认旧数据确实已不存在时，才新建学校。</translation>
    </message>
    <message>
        <source>Set up a new school</source>
        <translation>新建学校</translation>
    </message>
    <message>
        <source>Another data file appeared at %1 meanwhile; it was left as it is.</source>
        <translation>在此期间 %1 处出现了另一个数据文件，已保持原样。</translation>
    </message>
    <message>
        <source>The new school could not be saved as %1.</source>
        <translation>无法把新学校保存为 %1。</translation>
    </message>
    <message>
        <source>There is no data file at %1 now. Save what the window shows as a new file, or open another data file.</source>
        <translation>%1 处现在没有数据文件。请把窗口中显示的内容另存为新文件，或打开另一个数据文件。</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>正在从备份恢复……</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>The data file could not be closed for the restore; nothing was restored.</source>
        <translation>无法为恢复关闭数据文件，没有进行恢复。</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>已从备份恢复。</translation>
    </message>
    <message>
        <source>The data file as it was before is kept as %1.</source>
        <translation>恢复前的数据文件已另存为 %1。</translation>
    </message>
    <message>
        <source>The data file was not changed.</source>
        <translation>数据文件没有改变。</translation>
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
    <message>
        <source>This file holds %1 MB, more than ResourceRoom ever stores (%2 MB); the data file was changed by another program.</source>
        <translation>这个文件有 %1 MB，超过了本程序保存文件的上限（%2 MB）；数据文件曾被其他程序改动过。</translation>
    </message>
</context>
<context>
    <name>rr::ArchiveChecklistModel</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个文件</numerusform>
        </translation>
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
    <name>rr::ArchiveRecordDialog</name>
    <message>
        <source>Add file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
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
    <message>
        <source>School work</source>
        <translation>学校工作</translation>
    </message>
    <message>
        <source>Guidance visits received, the leadership group and contacts, the school's archive documents, activity records and funding.</source>
        <translation>接受巡回指导、领导小组及联络单位、学校档案、活动记录和经费投入。</translation>
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
    <message>
        <source>The attached report does not exist.</source>
        <translation>附件中的报告不存在。</translation>
    </message>
</context>
<context>
    <name>rr::AssessmentDialog</name>
    <message>
        <source>Edit assessment</source>
        <translation>编辑评估</translation>
    </message>
    <message>
        <source>Add assessment</source>
        <translation>添加评估</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Add result</source>
        <translation>添加结果</translation>
    </message>
    <message>
        <source>Left empty: the interpretation of the results.</source>
        <translation>留空：结果的解释。</translation>
    </message>
    <message>
        <source>No scanned report</source>
        <translation>无扫描报告</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>评估工具</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Interpretation: %1</source>
        <translation>解释：%1</translation>
    </message>
    <message>
        <source>Band: %1 — %2</source>
        <translation>等级：%1 — %2</translation>
    </message>
</context>
<context>
    <name>rr::AssessmentListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>评估工具</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
</context>
<context>
    <name>rr::AssessmentPanel</name>
    <message>
        <source>Add assessment…</source>
        <translation>添加评估…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Assessment saved.</source>
        <translation>评估已保存。</translation>
    </message>
    <message>
        <source>Remove assessment</source>
        <translation>删除评估</translation>
    </message>
    <message>
        <source>Remove the selected assessment and its results?</source>
        <translation>删除所选评估及其结果吗？</translation>
    </message>
    <message>
        <source>Assessment removed.</source>
        <translation>评估已删除。</translation>
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
    <name>rr::Audit</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型代码</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation>改动行数</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>花名册</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>档案附件</translation>
    </message>
    <message>
        <source>LRC status</source>
        <translation>随班就读认定</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>个别化教育计划</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>训练方案</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>课表</translation>
    </message>
    <message>
        <source>Room usage</source>
        <translation>资源教室使用</translation>
    </message>
    <message>
        <source>Record inspection</source>
        <translation>训练记录检查</translation>
    </message>
    <message>
        <source>Family and counselling</source>
        <translation>家校联系与心理辅导</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>物资台账</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>校历</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Guidance visit</source>
        <translation>巡回指导</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>工作小组</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系单位</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费</translation>
    </message>
    <message>
        <source>Goal bank</source>
        <translation>目标库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Current user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Demo school</source>
        <translation>示例学校</translation>
    </message>
    <message>
        <source>Benchmark school</source>
        <translation>测试学校</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>amended</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>更正</translation>
    </message>
    <message>
        <source>step recorded</source>
        <translation>记录步骤</translation>
    </message>
    <message>
        <source>student page opened</source>
        <translation>打开学生页面</translation>
    </message>
    <message>
        <source>counselling notes shown</source>
        <translation>查看心理辅导记录</translation>
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
        <source>Date of birth</source>
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
        <source>Certificate number</source>
        <translation>残疾证号</translation>
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
        <source>Treatment history</source>
        <translation>康复治疗史</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>病史</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Signed at</source>
        <translation>签名时间</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>签名人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>顺序</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Employer and occupation</source>
        <translation>工作单位及职业</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察记录</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Family present</source>
        <translation>在场家人</translation>
    </message>
    <message>
        <source>Family's views</source>
        <translation>家长意见</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>提示信息</translation>
    </message>
    <message>
        <source>File contents</source>
        <translation>文件内容</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>障碍类别</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>IEP goal</source>
        <translation>个别化教育计划目标</translation>
    </message>
    <message>
        <source>Training record student</source>
        <translation>训练记录中的学生</translation>
    </message>
    <message>
        <source>Counselling record</source>
        <translation>心理辅导记录</translation>
    </message>
    <message>
        <source>Family contact</source>
        <translation>家校联系记录</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>The retention period must be between %1 and %2 years.</source>
        <translation>保留期限须在 %1 至 %2 年之间。</translation>
    </message>
    <message>
        <source>Deleting a student's records cannot be undone; it needs an explicit confirmation.</source>
        <translation>删除学生的全部记录后无法恢复，须明确确认。</translation>
    </message>
    <message numerus="yes">
        <source>Student number %1 has not left more than %n year(s) ago; their records are kept.</source>
        <translation>
            <numerusform>编号 %1 的学生离校未满 %n 年，其记录予以保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AuditChangeModel</name>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <source>(hidden, changed)</source>
        <translation>（已隐藏，已修改）</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>（已隐藏）</translation>
    </message>
    <message numerus="yes">
        <source>%n other field(s)</source>
        <translation>
            <numerusform>其他 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>rr::AuditEntryModel</name>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Rows changed</source>
        <translation>改动行数</translation>
    </message>
</context>
<context>
    <name>rr::AuditHistoryDialog</name>
    <message>
        <source>History: %1</source>
        <translation>历史：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s), the most recent first.</source>
        <translation>
            <numerusform>共 %n 项操作，最近的在前。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::AuditPanel</name>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <source>To</source>
        <translation>止</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>The most recent %1 actions are shown; narrow the filter or export to see all.</source>
        <translation>只显示最近的 %1 项操作；缩小筛选范围或导出可查看全部。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>共 %n 项操作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 项操作导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>audit-trail.xlsx</source>
        <translation>审计日志.xlsx</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
</context>
<context>
    <name>rr::AuditTrailView</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2：%3</translation>
    </message>
</context>
<context>
    <name>rr::AutoBackup</name>
    <message>
        <source>Password for the automatic backups</source>
        <translation>自动备份的密码</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>关闭前正在备份……</translation>
    </message>
    <message>
        <source>Making the daily backup…</source>
        <translation>正在进行每日备份……</translation>
    </message>
    <message>
        <source>Automatic backup made and checked.</source>
        <translation>自动备份已完成并通过检查。</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1 Your data is safe in the data file; make a backup under File › Backup and restore when the folder is available.</source>
        <translation>自动备份失败：%1 数据仍完好地保存在数据文件中；备份文件夹可用时，请在“文件 › 备份与恢复”中进行备份。</translation>
    </message>
</context>
<context>
    <name>rr::Backup</name>
    <message>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>(not set up)</source>
        <translation>（尚未设置）</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>IEPs</source>
        <translation>个别化教育计划</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Data version</source>
        <translation>数据版本</translation>
    </message>
    <message>
        <source>Made by program version</source>
        <translation>程序版本</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>无法启动加密程序库。</translation>
    </message>
    <message>
        <source>Writing the backup failed (is the disk or USB drive full?).</source>
        <translation>写入备份失败（磁盘或 U 盘是否已满？）。</translation>
    </message>
    <message>
        <source>The password is wrong. Check it (Caps Lock, the input method) and try again.</source>
        <translation>密码不正确。请检查密码（大写锁定键、输入法）后再试。</translation>
    </message>
    <message>
        <source>The password must have at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>密码最多 %1 个字符。</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>计算机内存不足。</translation>
    </message>
    <message>
        <source>There is not enough free memory to work out the key of the encrypted backup (it needs %1 MB). Close other programs and try again.</source>
        <translation>可用内存不足，无法计算加密备份的密钥（需要 %1 MB）。请关闭其他程序后再试。</translation>
    </message>
    <message>
        <source>The school's name is too long for a backup.</source>
        <translation>学校名称太长，无法写入备份。</translation>
    </message>
    <message>
        <source>%1 is not a ResourceRoom backup.</source>
        <translation>%1 不是资源教室管理系统的备份。</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Writing the restored data failed (is the disk full?).</source>
        <translation>写入恢复的数据失败（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>This backup is encrypted; its password is needed.</source>
        <translation>此备份已加密，需要输入密码。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The data inside the backup %1 failed its check; it cannot be restored.</source>
        <translation>备份 %1 中的数据未通过检查，无法恢复。</translation>
    </message>
    <message>
        <source>No temporary folder could be made to check the backup.</source>
        <translation>无法创建检查备份用的临时文件夹。</translation>
    </message>
    <message>
        <source>The backup folder %1 does not exist (is the USB drive plugged in?).</source>
        <translation>备份文件夹 %1 不存在（U 盘是否已插好？）。</translation>
    </message>
    <message>
        <source>The backup file is incomplete (it was cut short, perhaps while being copied or when a USB drive was pulled out). It cannot be restored.</source>
        <translation>备份文件不完整（可能在复制时或拔出 U 盘时被截断），无法恢复。</translation>
    </message>
    <message>
        <source>The backup file is damaged (its contents were changed after it was made). It cannot be restored.</source>
        <translation>备份文件已损坏（制作后内容被改动过），无法恢复。</translation>
    </message>
    <message>
        <source>This file is not a ResourceRoom backup.</source>
        <translation>此文件不是资源教室管理系统的备份。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of ResourceRoom (backup format %1). Please update the program to restore it.</source>
        <translation>此备份由更新版本的资源教室管理系统制作（备份格式 %1）。请先升级程序再恢复。</translation>
    </message>
    <message>
        <source>The backup file could not be read (a disk or USB drive problem?).</source>
        <translation>无法读取备份文件（磁盘或 U 盘有问题？）。</translation>
    </message>
    <message>
        <source>Daily backups to keep must be between 1 and %1.</source>
        <translation>保留的每日备份数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>Weekly backups to keep must be between 0 and %1.</source>
        <translation>保留的每周备份数须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>The backup folder's path is too long (at most %1 characters).</source>
        <translation>备份文件夹的路径太长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>This data file has never been backed up. Choose a backup folder under File › Backup and restore.</source>
        <translation>这个数据文件从未备份过。请在“文件 › 备份与恢复”中选择备份文件夹。</translation>
    </message>
    <message numerus="yes">
        <source>The last good backup is %n days old. Make a backup now (File › Backup and restore).</source>
        <translation>
            <numerusform>上次成功的备份已是 %n 天前。请立即备份（文件 › 备份与恢复）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Never backed up</source>
        <translation>从未备份</translation>
    </message>
    <message>
        <source>Last backup: today %1</source>
        <translation>上次备份：今天 %1</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>上次备份：%1</translation>
    </message>
    <message>
        <source>Cancelled; no file was changed.</source>
        <translation>已取消，没有改动任何文件。</translation>
    </message>
    <message>
        <source>The backup file is larger than %1 MB; it is not checked in memory.</source>
        <translation>备份文件大于 %1 MB，不在内存中检查。</translation>
    </message>
    <message>
        <source>The restored data could not be upgraded.</source>
        <translation>无法升级恢复的数据。</translation>
    </message>
    <message>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be written to; nothing was restored.</source>
        <translation>%1 所在的文件夹不可写入，没有进行恢复。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a data file.</source>
        <translation>%1 是文件夹，不是数据文件。</translation>
    </message>
    <message>
        <source>There is not enough free space beside %1 for the restore (%2 needed, %3 free); nothing was restored.</source>
        <translation>%1 所在磁盘的剩余空间不足以恢复（需要 %2，剩余 %3），没有进行恢复。</translation>
    </message>
    <message>
        <source>This restore was already done.</source>
        <translation>此次恢复已经完成。</translation>
    </message>
    <message>
        <source>No safety copy of %1 could be kept, so nothing was restored: %2</source>
        <translation>无法保留 %1 的安全副本，因此没有进行恢复：%2</translation>
    </message>
    <message>
        <source>Another program still has %1 open; close it and restore again. Nothing was restored.</source>
        <translation>另一个程序仍打开着 %1；请关闭它后重新恢复。没有进行恢复。</translation>
    </message>
    <message>
        <source>The copy of the data could not be read back.</source>
        <translation>无法读回数据的副本。</translation>
    </message>
    <message>
        <source>The encrypted backup did not read back as written (a disk or USB drive problem?); it was not kept.</source>
        <translation>加密备份读回的内容与写入的不一致（磁盘或 U 盘有问题？），未保留该备份。</translation>
    </message>
    <message>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 已存在，请换一个名称。</translation>
    </message>
    <message>
        <source>No temporary folder could be made for the backup.</source>
        <translation>无法为备份创建临时文件夹。</translation>
    </message>
    <message>
        <source>The copy of the data failed its check, so no backup was kept. Run "check" on the data file.</source>
        <translation>数据副本未通过检查，因此没有保留备份。请对数据文件运行“check”检查。</translation>
    </message>
    <message>
        <source>No backup folder has been chosen.</source>
        <translation>尚未选择备份文件夹。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not make %1 private.</source>
        <translation>无法将 %1 设为仅本人可读写。</translation>
    </message>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 不是文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1 to the disk.</source>
        <translation>无法把 %1 写入磁盘。</translation>
    </message>
    <message>
        <source>Could not put %1 in place.</source>
        <translation>无法将 %1 放到位。</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Copying %1 failed (is the disk full?).</source>
        <translation>复制 %1 失败（磁盘是否已满？）。</translation>
    </message>
    <message>
        <source>Reading the data file</source>
        <translation>读取数据文件</translation>
    </message>
    <message>
        <source>Copying the data</source>
        <translation>复制数据</translation>
    </message>
    <message>
        <source>The data file is not open.</source>
        <translation>数据文件没有打开。</translation>
    </message>
    <message>
        <source>This backup was made by a newer version of ResourceRoom (data version %1; this program reads up to %2). Please update the program to restore it.</source>
        <translation>此备份由更新版本的资源教室管理系统制作（数据版本 %1；本程序最高支持 %2）。请先升级程序再恢复。</translation>
    </message>
    <message>
        <source>%1 has unfinished changes in %2 beside it: it is a data file that was in use or whose saving was interrupted, not a finished backup. Both were left as they are.</source>
        <translation>%1 旁边的 %2 中还有未完成的更改：这是一个正在使用或保存被中断的数据文件，而不是完整的备份。两个文件都保持原样，未作改动。</translation>
    </message>
    <message>
        <source>Opening the backup</source>
        <translation>打开备份</translation>
    </message>
    <message>
        <source>There is not enough free memory to check the backup.</source>
        <translation>可用内存不足，无法检查备份。</translation>
    </message>
    <message>
        <source>%1 failed its check: %2. It cannot be used.</source>
        <translation>%1 未通过检查：%2。无法使用。</translation>
    </message>
    <message>
        <source>damaged pages (%1)</source>
        <translation>数据页损坏（%1）</translation>
    </message>
</context>
<context>
    <name>rr::BackupDialog</name>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Backup folder and rules</source>
        <translation>备份文件夹和规则</translation>
    </message>
    <message>
        <source>Not chosen yet — a USB drive or another disk is best</source>
        <translation>尚未选择——最好是 U 盘或另一块磁盘</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>选择文件夹…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>选择备份文件夹</translation>
    </message>
    <message>
        <source>Back up when the program closes</source>
        <translation>关闭程序时自动备份</translation>
    </message>
    <message>
        <source>Back up once a day</source>
        <translation>每天自动备份一次</translation>
    </message>
    <message>
        <source>Encrypt backups with a password</source>
        <translation>用密码加密备份</translation>
    </message>
    <message>
        <source>The password is asked once per session and never stored. Without it a backup cannot be opened.</source>
        <translation>每次运行程序时询问一次密码，密码不会被保存。没有密码就无法打开备份。</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>备份文件夹：</translation>
    </message>
    <message>
        <source>Keep daily backups of the last</source>
        <translation>保留最近</translation>
    </message>
    <message>
        <source>days and weekly backups of the last</source>
        <translation>天的每日备份，以及最近</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周的每周备份（各取当天、当周最新的一份）</translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation>文件夹中的备份</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Check and show contents…</source>
        <translation>检查并查看内容…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Restore from this backup…</source>
        <translation>从所选备份恢复…</translation>
    </message>
    <message>
        <source>Restore from another file…</source>
        <translation>从其他备份文件恢复…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <source>ResourceRoom backups (*.sqlite *.rrbackup);;All files (*)</source>
        <translation>资源教室管理系统备份 (*.sqlite *.rrbackup);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The backup settings were saved.</source>
        <translation>备份设置已保存。</translation>
    </message>
    <message>
        <source>Choose a backup folder first.</source>
        <translation>请先选择备份文件夹。</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>正在备份……</translation>
    </message>
    <message>
        <source>The backup was cancelled; nothing was written to the folder.</source>
        <translation>备份已取消，没有向文件夹写入任何内容。</translation>
    </message>
    <message>
        <source>This window has the data file read-only, so the time of this backup was not recorded in it.</source>
        <translation>此窗口以只读方式打开数据文件，因此本次备份的时间没有记录在数据文件中。</translation>
    </message>
    <message>
        <source>Backup made and checked: %1 (%2).</source>
        <translation>已完成备份并通过检查：%1（%2）。</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed by the rules.</source>
        <translation>
            <numerusform>已按保留规则删除 %n 份旧备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening the backup…</source>
        <translation>正在打开备份……</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>正在检查备份……</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>检查已取消。</translation>
    </message>
    <message>
        <source>The backup is sound and can be restored: %1.</source>
        <translation>备份完好，可以恢复：%1。</translation>
    </message>
    <message>
        <source>Checking the backup before restoring…</source>
        <translation>恢复前正在检查备份……</translation>
    </message>
    <message>
        <source>The restore was cancelled; the data file was not changed.</source>
        <translation>恢复已取消，数据文件没有改变。</translation>
    </message>
    <message>
        <source>The data file was not changed.</source>
        <translation>数据文件没有改变。</translation>
    </message>
</context>
<context>
    <name>rr::BackupListModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Cannot be used</source>
        <translation>无法使用</translation>
    </message>
    <message>
        <source>Password needed to see what it holds</source>
        <translation>需要密码才能查看内容</translation>
    </message>
    <message>
        <source>Data version %1</source>
        <translation>数据版本 %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>IEPs</source>
        <translation>个别化教育计划</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>加密</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rr::BackupPasswordDialog</name>
    <message>
        <source>Password for the encrypted backup</source>
        <translation>加密备份的密码</translation>
    </message>
    <message>
        <source>Password of the backup</source>
        <translation>备份的密码</translation>
    </message>
    <message>
        <source>The backup will be encrypted with this password. Without it nobody can open the backup — not even you: write it down and keep it apart from the USB drive.</source>
        <translation>备份将用这个密码加密。没有密码，任何人都无法打开备份——包括您自己：请把密码记下来，与 U 盘分开保管。</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter its password.</source>
        <translation>%1 已加密，请输入它的密码。</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>再输一次：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>至少 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>rr::BackupStatusLabel</name>
    <message>
        <source>Backup state unknown</source>
        <translation>备份状态未知</translation>
    </message>
    <message numerus="yes">
        <source>No backup for %n days</source>
        <translation>
            <numerusform>已 %n 天没有备份</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups: File › Backup and restore</source>
        <translation>备份：文件 › 备份与恢复</translation>
    </message>
</context>
<context>
    <name>rr::Bench</name>
    <message>
        <source>The number of students must be between 1 and %1.</source>
        <translation>学生人数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>The number of years must be between 1 and %1.</source>
        <translation>学年数须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>%1 exists already; it is never replaced.</source>
        <translation>%1 已存在；不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>≤ 200 MB</source>
        <translation>≤ 200 MB</translation>
    </message>
    <message>
        <source>the school to measure (made by resourceroom-cli bench-data)</source>
        <translation>要测量的学校数据文件（由 resourceroom-cli bench-data 生成）</translation>
    </message>
    <message>
        <source>also write the report to this Markdown file</source>
        <translation>同时把报告写入此 Markdown 文件</translation>
    </message>
    <message>
        <source>repetitions of each measure (1 to 50, default 5)</source>
        <translation>每项测量的重复次数（1 到 50，默认 5）</translation>
    </message>
    <message>
        <source>Error: --runs must be a whole number from 1 to 50.</source>
        <translation>错误：--runs 须为 1 到 50 之间的整数。</translation>
    </message>
    <message>
        <source>Error: %1 does not exist.</source>
        <translation>错误：%1 不存在。</translation>
    </message>
    <message>
        <source>Error: could not create a temporary folder.</source>
        <translation>错误：无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Measuring start-up…</source>
        <translation>正在测量启动时间…</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Measuring screens and forms…</source>
        <translation>正在测量界面和表格…</translation>
    </message>
    <message>
        <source>Measuring imports…</source>
        <translation>正在测量导入…</translation>
    </message>
    <message>
        <source>Peak memory, program started on the file</source>
        <translation>内存峰值：程序打开该文件</translation>
    </message>
    <message>
        <source>Peak memory, screens, forms and inspection</source>
        <translation>内存峰值：界面、表格和检查</translation>
    </message>
    <message>
        <source>Peak memory, import of 20,000 rows</source>
        <translation>内存峰值：导入 20000 行</translation>
    </message>
    <message>
        <source>Data file size</source>
        <translation>数据文件大小</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n core(s) · Qt %2 · platform %3 · %4</source>
        <translation>
            <numerusform>%1 · %n 核 · Qt %2 · 平台 %3 · %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Data file: %1</source>
        <translation>数据文件：%1</translation>
    </message>
    <message>
        <source>Error: could not write %1.</source>
        <translation>错误：无法写入 %1。</translation>
    </message>
    <message>
        <source>not measured: %1</source>
        <translation>未测得：%1</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>测量项</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>是否达标</translation>
    </message>
    <message>
        <source>met</source>
        <translation>达标</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>未达标</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>median %1, p95 %2 (n = %3)</source>
        <translation>中位数 %1，p95 %2（n = %3）</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>could not copy %1</source>
        <translation>无法复制 %1</translation>
    </message>
    <message>
        <source>import-roster exited with %1: %2</source>
        <translation>import-roster 退出，退出码 %1：%2</translation>
    </message>
    <message>
        <source>%1 of %2 rows were imported</source>
        <translation>%2 行中只导入了 %1 行</translation>
    </message>
    <message>
        <source>Import of 2,000 rows</source>
        <translation>导入 2000 行</translation>
    </message>
    <message>
        <source>Import of 20,000 rows</source>
        <translation>导入 20000 行</translation>
    </message>
    <message>
        <source>≤ 12 × the 2,000-row import</source>
        <translation>≤ 导入 2000 行用时的 12 倍</translation>
    </message>
    <message>
        <source>; %1 × the 2,000-row import</source>
        <translation>；为导入 2000 行用时的 %1 倍</translation>
    </message>
    <message>
        <source>Roster load</source>
        <translation>花名册加载</translation>
    </message>
    <message>
        <source>the window was not shown</source>
        <translation>窗口未能显示</translation>
    </message>
    <message numerus="yes">
        <source>Roster load (%n students)</source>
        <translation>
            <numerusform>花名册加载（%n 名学生）</numerusform>
        </translation>
    </message>
    <message>
        <source>Search keystroke to filtered roster</source>
        <translation>搜索按键到花名册筛选完成</translation>
    </message>
    <message>
        <source>p95 ≤ 16 ms</source>
        <translation>p95 ≤ 16 毫秒</translation>
    </message>
    <message>
        <source>the search did not filter the roster</source>
        <translation>搜索未能筛选花名册</translation>
    </message>
    <message>
        <source>Opening a student's page</source>
        <translation>打开学生页面</translation>
    </message>
    <message>
        <source>≤ 50 ms</source>
        <translation>≤ 50 毫秒</translation>
    </message>
    <message>
        <source>no student has a plan this semester</source>
        <translation>本学期没有学生有个别化教育计划</translation>
    </message>
    <message>
        <source>IEP PDF (个别化教育计划表)</source>
        <translation>个别化教育计划表 PDF</translation>
    </message>
    <message>
        <source>≤ 100 ms</source>
        <translation>≤ 100 毫秒</translation>
    </message>
    <message>
        <source>A student's month of training records (PDF)</source>
        <translation>一名学生一个月的训练记录（PDF）</translation>
    </message>
    <message>
        <source>Inspection of the semester, whole school</source>
        <translation>全校本学期训练记录检查</translation>
    </message>
    <message>
        <source>≤ 2 s</source>
        <translation>≤ 2 秒</translation>
    </message>
    <message numerus="yes">
        <source>; %n problems found</source>
        <translation>
            <numerusform>；发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exited with %2: %3</source>
        <translation>%1 退出，退出码 %2：%3</translation>
    </message>
    <message>
        <source>%1 could not be started</source>
        <translation>无法启动 %1</translation>
    </message>
    <message>
        <source>Start to main window shown</source>
        <translation>启动到主窗口显示</translation>
    </message>
    <message>
        <source>≤ 1.5 × bare window</source>
        <translation>≤ 空白窗口的 1.5 倍</translation>
    </message>
    <message>
        <source>Bare Qt window shown</source>
        <translation>空白 Qt 窗口显示</translation>
    </message>
    <message>
        <source>; %1 × the bare window</source>
        <translation>；为空白窗口的 %1 倍</translation>
    </message>
    <message>
        <source>without --db: build a school of N students first (default 600)</source>
        <translation>不给 --db 时：先建一所 N 名学生的学校（默认 600）</translation>
    </message>
    <message>
        <source>without --db: over Y school years (default 10)</source>
        <translation>不给 --db 时：共 Y 个学年（默认 10）</translation>
    </message>
    <message>
        <source>Building a school of %1 students over %2 years…</source>
        <translation>正在建立一所 %1 名学生、%2 个学年的学校……</translation>
    </message>
    <message>
        <source>Error: the school to measure could not be built.</source>
        <translation>错误：无法建立要测量的学校。</translation>
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
    <name>rr::CalendarDayDialog</name>
    <message>
        <source>Edit calendar entry</source>
        <translation>编辑校历条目</translation>
    </message>
    <message>
        <source>Add calendar entry</source>
        <translation>添加校历条目</translation>
    </message>
    <message>
        <source>e.g. 国庆节, 运动会, 期中考试</source>
        <translation>例如：国庆节、运动会、期中考试</translation>
    </message>
    <message>
        <source>Make-up workday (调休上班): school is held on these days</source>
        <translation>调休上班：这些日子照常上课</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
</context>
<context>
    <name>rr::CalendarDayListModel</name>
    <message>
        <source>Make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
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
        <translation>
            <numerusform>距向特殊教育资源中心上报随班就读名单截止（%1）还有 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Today lies outside the current semester: add the next semester in Settings and make it the current one.</source>
        <translation>今天不在当前学期内：请在“设置”中添加新学期并设为当前学期。</translation>
    </message>
    <message numerus="yes">
        <source>The semester ends in %n day(s): time for the evaluations and the semester summary.</source>
        <translation>
            <numerusform>本学期还有 %n 天结束，请着手期末评估和学期总结。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::CategoriesPanel</name>
    <message>
        <source>The school's own categories. The code starts the automatic ledger numbers (KF → KF-001).</source>
        <translation>本校自己的物资类别。“代码”是自动台账编号的前缀（编号形如“代码-001”）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Add category…</source>
        <translation>添加类别…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>The category %1 was saved.</source>
        <translation>类别“%1”已保存。</translation>
    </message>
    <message>
        <source>Delete category</source>
        <translation>删除类别</translation>
    </message>
    <message>
        <source>Delete the category %1?</source>
        <translation>删除类别“%1”？</translation>
    </message>
    <message>
        <source>The category %1 was deleted.</source>
        <translation>类别“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>rr::CategoryDialog</name>
    <message>
        <source>Edit category</source>
        <translation>编辑类别</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>letters, e.g. SJ; empty: made for you</source>
        <translation>英文字母；留空则自动生成</translation>
    </message>
    <message>
        <source>Consumables are issued from stock; medicines also carry a batch and an expiry date. The kind stays while items use the category.</source>
        <translation>低值易耗品从库存领用；药品另有批号和有效期。类别下已有物品时，类型不能改。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
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
        <translation>
            <numerusform>结果：发现 %n 个问题</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%1: %n page(s) written to %2</source>
        <translation>
            <numerusform>%1：共 %n 页，已写入 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>有错误，未导入</translation>
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
    <message>
        <source>inspect the training records of a period; one line per problem</source>
        <translation>检查某一时段的训练记录；每个问题一行</translation>
    </message>
    <message>
        <source>the first day to inspect</source>
        <translation>检查的第一天</translation>
    </message>
    <message>
        <source>the last day to inspect</source>
        <translation>检查的最后一天</translation>
    </message>
    <message>
        <source>who inspects</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>the feedback form (PDF) to write</source>
        <translation>要生成的反馈表（PDF）</translation>
    </message>
    <message>
        <source>keep the result, for the next inspection to follow up</source>
        <translation>保存结果，供下次检查跟进</translation>
    </message>
    <message>
        <source>unexpected argument "%1".</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--db FILE, --from DATE and --to DATE are required.</source>
        <translation>必须指定 --db FILE、--from DATE 和 --to DATE。</translation>
    </message>
    <message>
        <source>"%1" is not a date.</source>
        <translation>“%1”不是日期。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>时段开始于 %1，晚于其最后一天 %2。</translation>
    </message>
    <message>
        <source>Inspected %1 to %2: %3 record(s) of %4 student(s), %5 timetabled session(s).</source>
        <translation>已检查 %1 至 %2：%4 名学生的 %3 份记录，%5 节排课训练课。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found</source>
        <translation>
            <numerusform>发现 %n 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fixed since the last inspection</source>
        <translation>
            <numerusform>自上次检查以来已整改 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved as inspection %1.</source>
        <translation>已保存为第 %1 次检查。</translation>
    </message>
    <message>
        <source>a teaching week of the semester</source>
        <translation>学期中的某个教学周</translation>
    </message>
    <message>
        <source>the room's number or name</source>
        <translation>功能室编号或名称</translation>
    </message>
    <message>
        <source>the training record's number</source>
        <translation>训练记录的编号</translation>
    </message>
    <message>
        <source>the first day of the period</source>
        <translation>时段的第一天</translation>
    </message>
    <message>
        <source>the last day of the period</source>
        <translation>时段的最后一天</translation>
    </message>
    <message>
        <source>a calendar month as the period</source>
        <translation>以某个自然月为时段</translation>
    </message>
    <message>
        <source>the saved inspection's number</source>
        <translation>已保存检查的编号</translation>
    </message>
    <message>
        <source>the form %1 needs --session or --student.</source>
        <translation>表单 %1 需要 --session 或 --student。</translation>
    </message>
    <message>
        <source>the form %1 needs --room.</source>
        <translation>表单 %1 需要 --room。</translation>
    </message>
    <message>
        <source>give either --month or --from and --to.</source>
        <translation>请指定 --month，或同时指定 --from 和 --to。</translation>
    </message>
    <message>
        <source>--from and --to go together.</source>
        <translation>--from 和 --to 必须同时使用。</translation>
    </message>
    <message>
        <source>the form %1 needs --inspection, or --from and --to.</source>
        <translation>表单 %1 需要 --inspection，或 --from 和 --to。</translation>
    </message>
    <message>
        <source>"%1" is not a month (YYYY-MM).</source>
        <translation>“%1”不是月份（YYYY-MM）。</translation>
    </message>
    <message>
        <source>"%1" is not a record number.</source>
        <translation>“%1”不是记录编号。</translation>
    </message>
    <message>
        <source>"%1" is not a teaching week.</source>
        <translation>“%1”不是教学周。</translation>
    </message>
    <message>
        <source>the school's name</source>
        <translation>学校名称</translation>
    </message>
    <message>
        <source>the resource teacher's name</source>
        <translation>资源教师姓名</translation>
    </message>
    <message>
        <source>the current semester's name</source>
        <translation>当前学期名称</translation>
    </message>
    <message>
        <source>the semester's first day</source>
        <translation>学期第一天</translation>
    </message>
    <message>
        <source>the semester's last day</source>
        <translation>学期最后一天</translation>
    </message>
    <message>
        <source>the district (optional)</source>
        <translation>所属区县（可选）</translation>
    </message>
    <message>
        <source>--%1 is required.</source>
        <translation>必须提供 --%1。</translation>
    </message>
    <message>
        <source>%1 exists already; nothing was changed.</source>
        <translation>%1 已存在，未作任何更改。</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a date.</source>
        <translation>--%1 “%2”不是有效日期。</translation>
    </message>
    <message>
        <source>Set up %1 in %2: semester %3, resource teacher %4 (the current user).</source>
        <translation>已在 %2 中建立%1：学期 %3，资源教师 %4（当前用户）。</translation>
    </message>
    <message>
        <source>left %1</source>
        <translation>%1 离职</translation>
    </message>
    <message>
        <source>current user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>Unknown role "%1"; the roles are %2.</source>
        <translation>未知职务“%1”；可用职务：%2。</translation>
    </message>
    <message>
        <source>--gender is 男 or 女, not "%1".</source>
        <translation>--gender 应为“男”或“女”，而不是“%1”。</translation>
    </message>
    <message>
        <source>Added %1 (%2) as number %3.</source>
        <translation>已新增%1（%2），编号 %3。</translation>
    </message>
    <message>
        <source>--date "%1" is not a date.</source>
        <translation>--date “%1”不是有效日期。</translation>
    </message>
    <message>
        <source>%1 left on %2; the records keep the name.</source>
        <translation>已登记%1于 %2 离职；记录中保留其姓名。</translation>
    </message>
    <message>
        <source>the staff member's name</source>
        <translation>教职工姓名</translation>
    </message>
    <message>
        <source>a role (Chinese or key); repeatable</source>
        <translation>职务（中文名称或代码）；可重复</translation>
    </message>
    <message>
        <source>a class led or taught; repeatable</source>
        <translation>担任班主任或任教的班级；可重复</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>男 or 女</source>
        <translation>男或女</translation>
    </message>
    <message>
        <source>the staff member's name or number</source>
        <translation>教职工姓名或编号</translation>
    </message>
    <message>
        <source>the day they left</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>unexpected "%1".</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>可容纳 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n 条管理制度</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown room type "%1"; the types are %2.</source>
        <translation>未知功能室类型“%1”；可用类型：%2。</translation>
    </message>
    <message>
        <source>--capacity "%1" is not a number.</source>
        <translation>--capacity “%1”不是数字。</translation>
    </message>
    <message numerus="yes">
        <source>Added %1 (%2) as number %3 with %n default rule(s).</source>
        <translation>
            <numerusform>已新增%1（%2），编号 %3，附带 %n 条默认管理制度。</numerusform>
        </translation>
    </message>
    <message>
        <source>the room's name</source>
        <translation>功能室名称</translation>
    </message>
    <message>
        <source>the room type (Chinese or key)</source>
        <translation>功能室类型（中文名称或代码）</translation>
    </message>
    <message>
        <source>how many students at once</source>
        <translation>同时可容纳的学生人数</translation>
    </message>
    <message>
        <source>set a school up in a new data file; the teacher becomes the current user</source>
        <translation>在新数据文件中建立学校；该教师成为当前用户</translation>
    </message>
    <message>
        <source>list the students with their LRC status (ID numbers masked)</source>
        <translation>列出学生及其随班就读认定状态（身份证号已遮蔽）</translation>
    </message>
    <message>
        <source>list, add or retire staff</source>
        <translation>列出、新增教职工或登记离职</translation>
    </message>
    <message>
        <source>list the rooms, or add one with its type's default rules</source>
        <translation>列出功能室，或按类型新增功能室（附带默认管理制度）</translation>
    </message>
    <message>
        <source>add a semester with the statutory holidays inside it</source>
        <translation>添加学期，并加入学期内的法定节假日</translation>
    </message>
    <message>
        <source>list the semester's holidays and make-up workdays, one per line</source>
        <translation>列出学期的假期和调休上班日，每行一条</translation>
    </message>
    <message>
        <source>add a holiday, or with --workday a make-up workday, to the school calendar</source>
        <translation>向校历添加假期（加 --workday 为调休上班日）</translation>
    </message>
    <message>
        <source>add the statutory holidays that fall inside the semester</source>
        <translation>添加学期内的法定节假日</translation>
    </message>
    <message>
        <source>add a weekly timetable slot; hard conflicts are refused</source>
        <translation>添加每周课程；严重冲突将被拒绝</translation>
    </message>
    <message>
        <source>end a slot on its last day; its earlier meetings stay</source>
        <translation>课程在最后一天结束，此前的课次保留</translation>
    </message>
    <message>
        <source>list the timetable slots with their validity period, one per line</source>
        <translation>列出课表中的课程及其有效期，每行一条</translation>
    </message>
    <message>
        <source>a student's LRC workflow: history, next step, correction of a mistaken step</source>
        <translation>学生的随班就读认定：查看历史、记录下一步、更正误录的步骤</translation>
    </message>
    <message>
        <source>the semester's number or name (default: the current one)</source>
        <translation>学期编号或名称（默认当前学期）</translation>
    </message>
    <message>
        <source>make-up workday</source>
        <translation>调休上班</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>放假</translation>
    </message>
    <message>
        <source>the first day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>the last day (default: the first)</source>
        <translation>最后一天（默认与第一天相同）</translation>
    </message>
    <message>
        <source>e.g. 国庆节, 运动会</source>
        <translation>例如：国庆节、运动会</translation>
    </message>
    <message>
        <source>a make-up workday (调休上班) instead of a day off</source>
        <translation>调休上班日，而非放假</translation>
    </message>
    <message>
        <source>Added %1 (%2 to %3, %4) as number %5.</source>
        <translation>已添加“%1”（%2至%3，%4），编号 %5。</translation>
    </message>
    <message>
        <source>Added %1 statutory entries to %2; %3 were there already.</source>
        <translation>已向%2添加 %1 条法定节假日，另有 %3 条已存在。</translation>
    </message>
    <message>
        <source>[corrected on %1 by %2: %3]</source>
        <translation>【已更正：%1，%2，%3】</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the step: its key or its Chinese name</source>
        <translation>步骤：键名或中文名称</translation>
    </message>
    <message>
        <source>the date of the step</source>
        <translation>步骤日期</translation>
    </message>
    <message>
        <source>who handled it</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>why (required for 不予确认 and 撤销)</source>
        <translation>原因（不予确认和撤销必填）</translation>
    </message>
    <message>
        <source>a note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>"%1" is not a workflow step (家长申请, 学校意见, 上报中心, 中心确认, 不予确认, 撤销).</source>
        <translation>“%1”不是认定步骤（家长申请、学校意见、上报中心、中心确认、不予确认、撤销）。</translation>
    </message>
    <message>
        <source>Recorded step %1: %2, %3, %4; the status is now %5.</source>
        <translation>已记录步骤%1：%2，%3，%4；当前状态：%5。</translation>
    </message>
    <message>
        <source>the number of the step to correct</source>
        <translation>要更正的步骤编号</translation>
    </message>
    <message>
        <source>why the step is corrected</source>
        <translation>更正原因</translation>
    </message>
    <message>
        <source>%1 has no workflow step %2.</source>
        <translation>%1没有编号为%2的认定步骤。</translation>
    </message>
    <message>
        <source>Step %1 is corrected (void); the status of %2 is now %3.</source>
        <translation>步骤%1已更正（作废）；%2的当前状态：%3。</translation>
    </message>
    <message>
        <source>would import, flagged for review</source>
        <translation>将导入，待核对</translation>
    </message>
    <message>
        <source>imported, flagged for review</source>
        <translation>已导入，待核对</translation>
    </message>
    <message>
        <source>to check: %1</source>
        <translation>待核对：%1</translation>
    </message>
    <message>
        <source>Dry run: %1 rows could be imported (%2 of them flagged for review), %3 would be skipped; nothing was written.</source>
        <translation>试运行：可导入 %1 行（其中 %2 行待核对），将跳过 %3 行；未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported %1 students (%2 flagged for review), skipped %3 rows.</source>
        <translation>已导入 %1 名学生（其中 %2 名待核对），跳过 %3 行。</translation>
    </message>
    <message>
        <source>e.g. 2026年秋季学期</source>
        <translation>例如：2026年秋季学期</translation>
    </message>
    <message>
        <source>make it the current semester</source>
        <translation>设为当前学期</translation>
    </message>
    <message>
        <source>leave out the statutory holidays</source>
        <translation>不添加法定节假日</translation>
    </message>
    <message>
        <source>--name NAME, --from DATE and --to DATE are required.</source>
        <translation>必须给出 --name 名称、--from 日期和 --to 日期。</translation>
    </message>
    <message>
        <source>Added semester %1 (%2 to %3) as number %4, with %5 calendar entries.</source>
        <translation>已添加学期“%1”（%2至%3），编号 %4，含校历条目 %5 条。</translation>
    </message>
    <message>
        <source>the student's number or name (repeat for a group)</source>
        <translation>学生编号或姓名（小组课可重复给出）</translation>
    </message>
    <message>
        <source>the instructor's number or name</source>
        <translation>任课教师的编号或姓名</translation>
    </message>
    <message>
        <source>1 = Monday … 7 = Sunday</source>
        <translation>1 = 星期一 … 7 = 星期日</translation>
    </message>
    <message>
        <source>start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>end time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>in effect from (default: today, or the semester's first day)</source>
        <translation>生效日期（默认今天；学期尚未开始时为学期第一天）</translation>
    </message>
    <message>
        <source>in effect until (default: the semester's last day)</source>
        <translation>有效期至（默认学期最后一天）</translation>
    </message>
    <message>
        <source>the service type's key or Chinese name</source>
        <translation>服务类型的代码或中文名称</translation>
    </message>
    <message>
        <source>e.g. 数学个训</source>
        <translation>例如：数学个训</translation>
    </message>
    <message>
        <source>--weekday takes 1 (Monday) to 7 (Sunday).</source>
        <translation>--weekday 取 1（星期一）至 7（星期日）。</translation>
    </message>
    <message>
        <source>--start and --end take a time such as 09:00.</source>
        <translation>--start 和 --end 须为时间，例如 09:00。</translation>
    </message>
    <message>
        <source>There is no service type "%1".</source>
        <translation>没有服务类型“%1”。</translation>
    </message>
    <message>
        <source>Added slot %1, in effect from %2 to %3.</source>
        <translation>已添加课程 %1，有效期 %2 至 %3。</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>提醒：%1</translation>
    </message>
    <message>
        <source>the slot's number (see slots)</source>
        <translation>课程编号（见 slots）</translation>
    </message>
    <message>
        <source>the slot's last day</source>
        <translation>课程的最后一天</translation>
    </message>
    <message>
        <source>--slot takes the slot's number.</source>
        <translation>--slot 须为课程编号。</translation>
    </message>
    <message>
        <source>Slot %1 ends on %2; its earlier meetings stay.</source>
        <translation>课程 %1 于 %2 结束，此前的课次保留。</translation>
    </message>
    <message>
        <source>do not enter the statutory holidays inside the semester</source>
        <translation>不录入学期内的法定节假日</translation>
    </message>
    <message>
        <source>cancel or move one meeting of a slot, replacing that date's change, or undo it</source>
        <translation>取消或调整某一天的课（替换当天已有的调课），或撤销调课</translation>
    </message>
    <message>
        <source>--slot ID and --date DATE are required.</source>
        <translation>必须给出 --slot 编号和 --date 日期。</translation>
    </message>
    <message>
        <source>Give --cancel, or where the meeting moves (--to-date, --start, --end, --room, --instructor).</source>
        <translation>请给出 --cancel，或调课后的安排（--to-date、--start、--end、--room、--instructor）。</translation>
    </message>
    <message>
        <source>the meeting does not take place</source>
        <translation>当天停课</translation>
    </message>
    <message>
        <source>the date it moves to</source>
        <translation>调到的日期</translation>
    </message>
    <message>
        <source>e.g. 运动会</source>
        <translation>例如：运动会</translation>
    </message>
    <message>
        <source>undo the change of that date</source>
        <translation>撤销当天的调课</translation>
    </message>
    <message>
        <source>the date the slot meets on</source>
        <translation>课程上课的日期</translation>
    </message>
    <message>
        <source>Slot %1 meets on %2 as the timetable says.</source>
        <translation>课程 %1 在 %2 按课表上课。</translation>
    </message>
    <message>
        <source>Slot %1 does not meet on %2 (change %3).</source>
        <translation>课程 %1 在 %2 停课（调课 %3）。</translation>
    </message>
    <message>
        <source>Slot %1 of %2 moved (change %3).</source>
        <translation>课程 %1 在 %2 的课已调整（调课 %3）。</translation>
    </message>
    <message>
        <source>slot takes add, end or change.</source>
        <translation>slot 后须跟 add、end 或 change。</translation>
    </message>
    <message>
        <source>back the data file up (also while the program has it open), check the copy; into a folder with rotation; the password is asked for</source>
        <translation>备份数据文件（程序打开着文件时也可以），并检查备份；备份到文件夹时按保留规则轮换；密码会另行询问</translation>
    </message>
    <message>
        <source>check a backup whole and show what it holds</source>
        <translation>完整检查一个备份并显示其内容</translation>
    </message>
    <message>
        <source>restore a backup over a data file, all or nothing, keeping a safety copy of the file</source>
        <translation>用备份替换数据文件，要么全部完成，要么不作改动；替换前保留原文件的安全副本</translation>
    </message>
    <message>
        <source>list the backups in a folder with what they hold, newest first</source>
        <translation>列出文件夹中的备份及其内容，最新的在前</translation>
    </message>
    <message>
        <source>show or set where and when backups are made, and when the last good one was</source>
        <translation>显示或设置备份的位置和时间，以及上次成功备份的时间</translation>
    </message>
    <message>
        <source>No password was given on standard input (one line, at most %1 characters).</source>
        <translation>标准输入中没有密码（一行，最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Password of the backup: </source>
        <translation>备份密码：</translation>
    </message>
    <message>
        <source>No password was entered.</source>
        <translation>没有输入密码。</translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>再输入一次密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was written.</source>
        <translation>两次输入的密码不一致，没有写入任何内容。</translation>
    </message>
    <message>
        <source>the backup file, or a folder for a named and rotated backup (default: the folder of the backup policy)</source>
        <translation>备份文件，或文件夹（自动命名并按规则轮换；默认为备份设置中的文件夹）</translation>
    </message>
    <message>
        <source>encrypt the backup with a password (asked for)</source>
        <translation>用密码加密备份（密码另行询问）</translation>
    </message>
    <message>
        <source>No backup folder is set; give --out FILE|FOLDER, or set one with backup-policy --folder.</source>
        <translation>没有设置备份文件夹；请给出 --out FILE|FOLDER，或用 backup-policy --folder 设置。</translation>
    </message>
    <message>
        <source>Backup written and checked: %1 (%2)</source>
        <translation>备份已写入并检查：%1（%2）</translation>
    </message>
    <message>
        <source>Older backup removed by the rotation: %1</source>
        <translation>按保留规则删除了旧备份：%1</translation>
    </message>
    <message>
        <source>Note: another program has the data file open, so the time of this backup was not recorded in it.</source>
        <translation>注意：另一个程序正打开着这个数据文件，因此本次备份的时间没有记录在其中。</translation>
    </message>
    <message>
        <source>the folder to list</source>
        <translation>要列出的文件夹</translation>
    </message>
    <message>
        <source>list the folder of this data file's backup policy</source>
        <translation>列出该数据文件备份设置中的文件夹</translation>
    </message>
    <message>
        <source>--folder FOLDER or --db FILE is required.</source>
        <translation>需要 --folder FOLDER 或 --db FILE。</translation>
    </message>
    <message>
        <source>No backup folder is set for this data file.</source>
        <translation>这个数据文件没有设置备份文件夹。</translation>
    </message>
    <message>
        <source>unusable: %1</source>
        <translation>无法使用：%1</translation>
    </message>
    <message>
        <source>encrypted (its contents need the password)</source>
        <translation>已加密（查看内容需要密码）</translation>
    </message>
    <message>
        <source>%1, %2 students, %3 IEPs, %4 training records, %5 attached files, data version %6</source>
        <translation>%1，%2 名学生，%3 份个别化教育计划，%4 条训练记录，%5 个附件，数据版本 %6</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Backup folder: %1</source>
        <translation>备份文件夹：%1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Daily backups kept: %1</source>
        <translation>保留的每日备份：%1</translation>
    </message>
    <message>
        <source>Weekly backups kept: %1</source>
        <translation>保留的每周备份：%1</translation>
    </message>
    <message>
        <source>Backup when the program closes: %1</source>
        <translation>关闭程序时备份：%1</translation>
    </message>
    <message>
        <source>Backup once a day: %1</source>
        <translation>每天备份一次：%1</translation>
    </message>
    <message>
        <source>Encrypt automatic backups: %1</source>
        <translation>加密自动备份：%1</translation>
    </message>
    <message>
        <source>where backups go (a USB drive, say)</source>
        <translation>备份存放的位置（例如 U 盘）</translation>
    </message>
    <message>
        <source>daily backups to keep</source>
        <translation>保留的每日备份数</translation>
    </message>
    <message>
        <source>weekly backups to keep</source>
        <translation>保留的每周备份数</translation>
    </message>
    <message>
        <source>back up when the program closes</source>
        <translation>关闭程序时备份</translation>
    </message>
    <message>
        <source>back up once a day</source>
        <translation>每天备份一次</translation>
    </message>
    <message>
        <source>encrypt automatic backups</source>
        <translation>加密自动备份</translation>
    </message>
    <message>
        <source>--%1 needs a number, not "%2".</source>
        <translation>--%1 需要一个数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>--%1 is yes or no, not "%2".</source>
        <translation>--%1 只能是 yes 或 no，而不是“%2”。</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <source>the data file to replace (or create)</source>
        <translation>要替换（或新建）的数据文件</translation>
    </message>
    <message>
        <source>--from BACKUP and --db FILE are required.</source>
        <translation>需要 --from BACKUP 和 --db FILE。</translation>
    </message>
    <message>
        <source>Restored into %1.</source>
        <translation>已恢复到 %1。</translation>
    </message>
    <message>
        <source>The file as it was before is kept as %1.</source>
        <translation>恢复前的文件已另存为 %1。</translation>
    </message>
    <message>
        <source>the backup to check</source>
        <translation>要检查的备份</translation>
    </message>
    <message>
        <source>Give one backup file.</source>
        <translation>请给出一个备份文件。</translation>
    </message>
    <message>
        <source>Result: the backup %1 is sound and can be restored.</source>
        <translation>结果：备份 %1 完好，可以恢复。</translation>
    </message>
    <message>
        <source>write a large school for the benchmark (at most 5000 students, 20 years) to a new file</source>
        <translation>为性能测试生成一所大规模学校，写入新文件（最多 5000 名学生、20 个学年）</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from 1 to %2.</source>
        <translation>--%1 须为 1 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>how many students</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <source>how many school years</source>
        <translation>学年数</translation>
    </message>
    <message>
        <source>add a scanned file per student and year</source>
        <translation>每名学生每学年附一份扫描件</translation>
    </message>
    <message>
        <source>%1 exists already; bench-data never replaces a file.</source>
        <translation>%1 已存在；bench-data 不会覆盖已有文件。</translation>
    </message>
    <message>
        <source>%1 of %2 students written</source>
        <translation>已写入 %1/%2 名学生</translation>
    </message>
    <message>
        <source>Benchmark school written to %1</source>
        <translation>性能测试学校已写入 %1</translation>
    </message>
    <message>
        <source>%1 students, %2 semesters, %3 IEPs, %4 training records, %5 progress points, %6 assessments, %7 attachments</source>
        <translation>%1 名学生，%2 个学期，%3 份个别化教育计划，%4 条训练记录，%5 个进展数据点，%6 次评估，%7 个附件</translation>
    </message>
    <message>
        <source>Took %1 s, file size %2 MB</source>
        <translation>用时 %1 秒，文件大小 %2 MB</translation>
    </message>
    <message>
        <source>list what is due or overdue (IEP reviews and every other area), one per line, most urgent first</source>
        <translation>列出到期或逾期的事项（个别化教育计划复核及其他各方面），每行一条，最紧急的在前</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>即将到期</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s)</source>
        <translation>
            <numerusform>共 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>list or record contacts with families (家校联系); set how many a month</source>
        <translation>列出或记录家校联系；设置每月联系次数</translation>
    </message>
    <message>
        <source>a student's counselling sessions (masked unless --with-sensitive), or record one</source>
        <translation>列出学生的心理辅导记录（除非 --with-sensitive，否则隐去内容），或记录一次辅导</translation>
    </message>
    <message>
        <source>%1 contacts in %2</source>
        <translation>%2共 %1 条家校联系记录</translation>
    </message>
    <message>
        <source>Unknown kind of contact "%1"; the kinds are %2.</source>
        <translation>未知的联系方式“%1”；可用的方式：%2。</translation>
    </message>
    <message>
        <source>--time "%1" is not a time.</source>
        <translation>--time “%1”不是有效的时间。</translation>
    </message>
    <message>
        <source>--due "%1" is not a date.</source>
        <translation>--due “%1”不是有效的日期。</translation>
    </message>
    <message>
        <source>Recorded %1 with the family of %2 on %3 as number %4.</source>
        <translation>已记录%2家庭的%1（%3），编号 %4。</translation>
    </message>
    <message>
        <source>--per-month "%1" is not a number.</source>
        <translation>--per-month “%1”不是数字。</translation>
    </message>
    <message>
        <source>The monthly contact check is off.</source>
        <translation>已关闭每月家校联系检查。</translation>
    </message>
    <message>
        <source>Each family is to be contacted at least %1 times a month.</source>
        <translation>每个家庭每月至少联系 %1 次。</translation>
    </message>
    <message>
        <source>contacts a month with each family (0: no check)</source>
        <translation>每月与每个家庭的联系次数（0：不检查）</translation>
    </message>
    <message>
        <source>家访, 电话, 家长会, 家庭训练指导, 家长培训 or 微信/短信</source>
        <translation>家访、电话、家长会、家庭训练指导、家长培训或微信/短信</translation>
    </message>
    <message>
        <source>the day of the contact</source>
        <translation>联系日期</translation>
    </message>
    <message>
        <source>the time of the contact</source>
        <translation>联系时间</translation>
    </message>
    <message>
        <source>who made the contact (name or number)</source>
        <translation>联系教师（姓名或编号）</translation>
    </message>
    <message>
        <source>the family members present</source>
        <translation>参与的家庭成员</translation>
    </message>
    <message>
        <source>what the contact was about</source>
        <translation>联系内容</translation>
    </message>
    <message>
        <source>the family's situation and views</source>
        <translation>家庭情况及家长意见</translation>
    </message>
    <message>
        <source>the follow-up agreed</source>
        <translation>商定的后续措施</translation>
    </message>
    <message>
        <source>when the follow-up is due</source>
        <translation>后续措施的期限</translation>
    </message>
    <message>
        <source>note on file (confidential)</source>
        <translation>已有记录（保密）</translation>
    </message>
    <message>
        <source>%1 counselling sessions for %2</source>
        <translation>%2共 %1 次心理辅导记录</translation>
    </message>
    <message>
        <source>Recorded a counselling session with %1 on %2 as number %3.</source>
        <translation>已记录%1的心理辅导（%2），编号 %3。</translation>
    </message>
    <message>
        <source>show the topics and notes (confidential)</source>
        <translation>显示辅导主题和记录内容（保密）</translation>
    </message>
    <message>
        <source>the day of the session</source>
        <translation>辅导日期</translation>
    </message>
    <message>
        <source>the time of the session</source>
        <translation>辅导时间</translation>
    </message>
    <message>
        <source>the counsellor (name or number)</source>
        <translation>辅导教师（姓名或编号）</translation>
    </message>
    <message>
        <source>the topic of the session</source>
        <translation>辅导主题</translation>
    </message>
    <message>
        <source>what was observed</source>
        <translation>观察与记录</translation>
    </message>
    <message>
        <source>the follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>the school's archive: guidance visits, groups, contacts, documents, activities, funding</source>
        <translation>学校档案：巡回指导、领导小组、联络单位、档案、活动、经费</translation>
    </message>
    <message>
        <source>the equipment and materials ledger: items, loans, stock, events, schedules, stocktakes, import, export</source>
        <translation>物资管理台账：物品、借用、库存、检查维修等记录、定期保养、盘点、导入、导出</translation>
    </message>
    <message>
        <source>the category's name</source>
        <translation>类别名称</translation>
    </message>
    <message>
        <source>the prefix of its ledger numbers</source>
        <translation>台账编号的前缀</translation>
    </message>
    <message>
        <source>equipment, consumable or medicine</source>
        <translation>设备、耗材或药品（equipment、consumable、medicine）</translation>
    </message>
    <message>
        <source>Unknown kind "%1"; the kinds are equipment, consumable and medicine.</source>
        <translation>未知的种类“%1”；可用的种类为 equipment（设备）、consumable（耗材）和 medicine（药品）。</translation>
    </message>
    <message>
        <source>Added the category %1 (%2) as number %3.</source>
        <translation>已新增类别%1（%2），编号 %3。</translation>
    </message>
    <message>
        <source>Nobody is the current user; say who with --by NAME.</source>
        <translation>尚未设置当前用户；请用 --by 姓名 说明经办人。</translation>
    </message>
    <message>
        <source>only the items of this room (id or name)</source>
        <translation>只列出该功能室的物资（编号或名称）</translation>
    </message>
    <message>
        <source>only this category (id, name or code)</source>
        <translation>只列出该类别（编号、名称或代码）</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>未放在功能室</translation>
    </message>
    <message>
        <source>%1 on loan</source>
        <translation>借出 %1</translation>
    </message>
    <message>
        <source>see the synopsis</source>
        <translation>见用法说明</translation>
    </message>
    <message>
        <source>the item is never lent</source>
        <translation>该物资不外借</translation>
    </message>
    <message>
        <source>--quantity "%1" is not a number.</source>
        <translation>--quantity “%1”不是数字。</translation>
    </message>
    <message>
        <source>--reorder "%1" is not a number.</source>
        <translation>--reorder “%1”不是数字。</translation>
    </message>
    <message>
        <source>--price "%1" is not an amount in yuan.</source>
        <translation>--price “%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Added %1 %2 as number %3 (%4 %5).</source>
        <translation>已登记 %1 %2，编号 %3（%4%5）。</translation>
    </message>
    <message>
        <source>check the rows only; write nothing</source>
        <translation>只检查各行，不写入</translation>
    </message>
    <message>
        <source>the day of the first 入库 (today unless given)</source>
        <translation>首次入库日期（默认今天）</translation>
    </message>
    <message>
        <source>who receives (the current user unless given)</source>
        <translation>入库经办人（默认当前用户）</translation>
    </message>
    <message>
        <source>give exactly one file to import.</source>
        <translation>请指定一个要导入的文件。</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <source>Columns not used: %1</source>
        <translation>未使用的列：%1</translation>
    </message>
    <message>
        <source>Checked only: %1 rows would be imported, %2 skipped.</source>
        <translation>仅检查：将导入 %1 行，跳过 %2 行。</translation>
    </message>
    <message>
        <source>Imported %1 items, %2 rows skipped.</source>
        <translation>已导入 %1 项物资，跳过 %2 行。</translation>
    </message>
    <message>
        <source>Wrote %1 items to %2.</source>
        <translation>已将 %1 项物资写入 %2。</translation>
    </message>
    <message>
        <source>the item (id or ledger number)</source>
        <translation>物资（编号或台账编号）</translation>
    </message>
    <message>
        <source>the staff member who borrows it</source>
        <translation>借用人（教职工）</translation>
    </message>
    <message>
        <source>the day it is due back</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>how many (1 unless given)</source>
        <translation>数量（默认 1）</translation>
    </message>
    <message>
        <source>what it is borrowed for</source>
        <translation>借用用途</translation>
    </message>
    <message>
        <source>the day of the loan (today unless given)</source>
        <translation>借出日期（默认今天）</translation>
    </message>
    <message>
        <source>who lends it (the current user unless given)</source>
        <translation>经办人（默认当前用户）</translation>
    </message>
    <message>
        <source>Lent %1 %2 to %3 until %4 (loan %5).</source>
        <translation>已将 %1 %2 借给%3，应于%4归还（借用记录 %5）。</translation>
    </message>
    <message>
        <source>the day it came back (today unless given)</source>
        <translation>归还日期（默认今天）</translation>
    </message>
    <message>
        <source>who took it back (the current user unless given)</source>
        <translation>接收人（默认当前用户）</translation>
    </message>
    <message>
        <source>its state on return</source>
        <translation>归还时的状况</translation>
    </message>
    <message>
        <source>%1 %2 returned on %3 (loan %4).</source>
        <translation>%1 %2 已于%3归还（借用记录 %4）。</translation>
    </message>
    <message>
        <source>how many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>the day (today unless given)</source>
        <translation>日期（默认今天）</translation>
    </message>
    <message>
        <source>who (the current user unless given)</source>
        <translation>经办人（默认当前用户）</translation>
    </message>
    <message>
        <source>%1 %2: %3 %4 in stock.</source>
        <translation>%1 %2：库存 %3%4。</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a number.</source>
        <translation>--%1 “%2”不是编号。</translation>
    </message>
    <message>
        <source>Unknown category "%1"; the categories are %2.</source>
        <translation>未知类别“%1”；类别有：%2。</translation>
    </message>
    <message>
        <source>file %1: %2 (%3 bytes)</source>
        <translation>文件 %1：%2（%3 字节）</translation>
    </message>
    <message>
        <source>Filed "%1" under %2 as number %3 with %4 file(s).</source>
        <translation>已将“%1”归入%2，编号 %3，附件 %4 个。</translation>
    </message>
    <message>
        <source>Kept %1 with document %2 as file %3.</source>
        <translation>已将%1保存到档案 %2，文件编号 %3。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>--kind is research, inclusion or themed, not "%1".</source>
        <translation>--kind 应为 research（教研活动）、inclusion（普特融合活动）或 themed（专题活动），不能是“%1”。</translation>
    </message>
    <message>
        <source>%1 photo(s)</source>
        <translation>照片 %1 张</translation>
    </message>
    <message>
        <source>Recorded the %1 "%2" as number %3.</source>
        <translation>已登记%1“%2”，编号 %3。</translation>
    </message>
    <message>
        <source>the day of the visit</source>
        <translation>指导日期</translation>
    </message>
    <message>
        <source>the visiting teacher</source>
        <translation>巡回指导教师</translation>
    </message>
    <message>
        <source>the resource centre the teacher came from</source>
        <translation>指导教师所属资源中心</translation>
    </message>
    <message>
        <source>what was guided: iep, classroom, family, rehabilitation (or Chinese); repeatable</source>
        <translation>指导内容：iep、classroom、family、rehabilitation（或中文），可重复</translation>
    </message>
    <message>
        <source>the problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>the suggestions</source>
        <translation>指导建议</translation>
    </message>
    <message>
        <source>the agreed follow-up</source>
        <translation>商定的整改跟进</translation>
    </message>
    <message>
        <source>the result of the follow-up</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>leadership (领导小组) or working (工作小组)</source>
        <translation>leadership（领导小组）或 working（工作小组）</translation>
    </message>
    <message>
        <source>the role in the group, e.g. 组长</source>
        <translation>在小组中的职务，例如组长</translation>
    </message>
    <message>
        <source>serving from</source>
        <translation>任职起始日期</translation>
    </message>
    <message>
        <source>serving until</source>
        <translation>任职结束日期</translation>
    </message>
    <message>
        <source>centre, federation, hospital or other (or Chinese)</source>
        <translation>centre、federation、hospital 或 other（或中文）</translation>
    </message>
    <message>
        <source>the organisation</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>the contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>only this category (key or Chinese)</source>
        <translation>只列此类别（键名或中文）</translation>
    </message>
    <message>
        <source>the category (key or Chinese)</source>
        <translation>类别（键名或中文）</translation>
    </message>
    <message>
        <source>the document's title</source>
        <translation>档案名称</translation>
    </message>
    <message>
        <source>the document's date</source>
        <translation>档案日期</translation>
    </message>
    <message>
        <source>a file to keep with the document; repeatable</source>
        <translation>随档案保存的文件，可重复</translation>
    </message>
    <message>
        <source>the document's number</source>
        <translation>档案编号</translation>
    </message>
    <message>
        <source>the stored file's number</source>
        <translation>已存文件的编号</translation>
    </message>
    <message>
        <source>where to write the file</source>
        <translation>文件写入位置</translation>
    </message>
    <message>
        <source>research, inclusion or themed (or Chinese)</source>
        <translation>research、inclusion 或 themed（或中文）</translation>
    </message>
    <message>
        <source>the day of the activity</source>
        <translation>活动日期</translation>
    </message>
    <message>
        <source>the topic or name of the activity</source>
        <translation>活动主题或名称</translation>
    </message>
    <message>
        <source>who took part</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>the plan</source>
        <translation>活动方案</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>活动内容</translation>
    </message>
    <message>
        <source>the outcome or summary</source>
        <translation>成效或小结</translation>
    </message>
    <message>
        <source>a photo to keep with the record; repeatable</source>
        <translation>随记录保存的照片，可重复</translation>
    </message>
    <message>
        <source>also the total of this calendar year</source>
        <translation>同时显示该年度合计</translation>
    </message>
    <message>
        <source>the day of the entry</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>the amount in yuan, e.g. 1200.50</source>
        <translation>金额（元），例如 1200.50</translation>
    </message>
    <message>
        <source>where the money comes from</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>what the money is for</source>
        <translation>经费用途</translation>
    </message>
    <message>
        <source>the approval (document number, who approved)</source>
        <translation>审批（文号、批准人）</translation>
    </message>
    <message>
        <source>No semester holds %1; give --semester.</source>
        <translation>没有学期包含 %1，请用 --semester 指定。</translation>
    </message>
    <message>
        <source>unknown area "%1".</source>
        <translation>未知的类别“%1”。</translation>
    </message>
    <message>
        <source>which area?</source>
        <translation>哪一类？</translation>
    </message>
    <message>
        <source>%1 total: %2 yuan</source>
        <translation>%1合计：%2 元</translation>
    </message>
    <message>
        <source>--year "%1" is not a year.</source>
        <translation>--year “%1”不是年份。</translation>
    </message>
    <message>
        <source>Recorded %1 yuan on %2 as number %3.</source>
        <translation>已登记 %2 的 %1 元，编号 %3。</translation>
    </message>
    <message>
        <source>present</source>
        <translation>有</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺</translation>
    </message>
    <message>
        <source>none (not expected every semester)</source>
        <translation>无（非每学期必备）</translation>
    </message>
    <message>
        <source>%1: %2 of %3 items present.</source>
        <translation>%1：%3 项中已有 %2 项。</translation>
    </message>
    <message>
        <source>%1: %2 guidance visit(s), %3 to %4 expected.</source>
        <translation>%1：巡回指导 %2 次（应 %3～%4 次）。</translation>
    </message>
    <message>
        <source>Unknown topic "%1"; the topics are iep, classroom, family, rehabilitation.</source>
        <translation>未知指导内容“%1”；可选 iep（IEP制订）、classroom（课堂教学）、family（家庭教育）、rehabilitation（康复训练）。</translation>
    </message>
    <message>
        <source>Recorded the guidance visit of %1 as number %2.</source>
        <translation>已登记 %1 的巡回指导，编号 %2。</translation>
    </message>
    <message>
        <source>--group is leadership or working, not "%1".</source>
        <translation>--group 应为 leadership（领导小组）或 working（工作小组），不能是“%1”。</translation>
    </message>
    <message>
        <source>Added %1 to the %2 as number %3.</source>
        <translation>已将%1加入%2，编号 %3。</translation>
    </message>
    <message>
        <source>--kind is centre, federation, hospital or other, not "%1".</source>
        <translation>--kind 应为 centre（资源中心）、federation（残联）、hospital（医院）或 other（其他），不能是“%1”。</translation>
    </message>
    <message>
        <source>Added the contact %1 as number %2.</source>
        <translation>已添加联络单位%1，编号 %2。</translation>
    </message>
    <message>
        <source>--%1 "%2" is not an id.</source>
        <translation>--%1 “%2”不是编号。</translation>
    </message>
    <message>
        <source>--%1 "%2" is not an amount in yuan.</source>
        <translation>--%1 “%2”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>Recorded %1 of %2 %3 on %4 (event %5).</source>
        <translation>已记录 %2 %3 的%1，日期 %4（记录 %5）。</translation>
    </message>
    <message>
        <source>the event (its id)</source>
        <translation>记录（编号）</translation>
    </message>
    <message>
        <source>who approved it</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Scrapping %1 approved on %2.</source>
        <translation>报废申请 %1 已于 %2 批准。</translation>
    </message>
    <message>
        <source>Compensation of damage %1 paid on %2.</source>
        <translation>损坏记录 %1 的赔偿已于 %2 付清。</translation>
    </message>
    <message>
        <source>out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>%1 已归还</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>应还 %1</translation>
    </message>
    <message>
        <source>paid %1</source>
        <translation>%1 已赔付</translation>
    </message>
    <message>
        <source>unpaid</source>
        <translation>未赔付</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>%1 于 %2 批准</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>inspection or maintenance</source>
        <translation>inspection（检查）或 maintenance（保养）</translation>
    </message>
    <message>
        <source>how many units between two</source>
        <translation>间隔几个单位</translation>
    </message>
    <message>
        <source>day, week, month or year</source>
        <translation>day（天）、week（周）、month（月）或 year（年）</translation>
    </message>
    <message>
        <source>the first due date</source>
        <translation>第一次到期日</translation>
    </message>
    <message>
        <source>what to do (the kind unless given)</source>
        <translation>要做的事（未给出时为类别名称）</translation>
    </message>
    <message>
        <source>--kind "%1" is neither inspection nor maintenance.</source>
        <translation>--kind “%1”既不是 inspection（检查）也不是 maintenance（保养）。</translation>
    </message>
    <message>
        <source>--every "%1" is not a number.</source>
        <translation>--every “%1”不是数字。</translation>
    </message>
    <message>
        <source>--unit "%1" is not day, week, month or year.</source>
        <translation>--unit “%1”不是 day、week、month 或 year。</translation>
    </message>
    <message>
        <source>Schedule %1: %2 of %3 %4 %5, next due %6.</source>
        <translation>定期计划 %1：%3 %4 %2，%5，下次到期 %6。</translation>
    </message>
    <message>
        <source>only this item (id or ledger number)</source>
        <translation>只看此物品（编号或台账编号）</translation>
    </message>
    <message>
        <source>returned loans too</source>
        <translation>包括已归还的借用</translation>
    </message>
    <message>
        <source>only the overdue loans</source>
        <translation>只看逾期的借用</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>未盘</translation>
    </message>
    <message>
        <source>only this room (the whole ledger unless given)</source>
        <translation>只盘此房间（未给出时盘点全部台账）</translation>
    </message>
    <message>
        <source>its title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Stocktake of %1 on %2</source>
        <translation>%1 %2 盘点</translation>
    </message>
    <message>
        <source>Stocktake of the ledger on %1</source>
        <translation>%1 全部台账盘点</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 started: %n line(s) to count.</source>
        <translation>
            <numerusform>盘点 %1 已开始：共 %n 项待盘。</numerusform>
        </translation>
    </message>
    <message>
        <source>the stocktake (its id)</source>
        <translation>盘点（编号）</translation>
    </message>
    <message>
        <source>how many were found</source>
        <translation>实盘数量</translation>
    </message>
    <message>
        <source>why it differs</source>
        <translation>差异原因</translation>
    </message>
    <message>
        <source>%1 %2: %3 of %4 %5 found.</source>
        <translation>%1 %2：账面 %4 %5，实盘 %3。</translation>
    </message>
    <message>
        <source>every line, not only the differences</source>
        <translation>列出所有行，而不只是差异</translation>
    </message>
    <message>
        <source>why an item differs (repeatable)</source>
        <translation>某物品的差异原因（可重复）</translation>
    </message>
    <message>
        <source>--reason "%1" is not ITEM=TEXT.</source>
        <translation>--reason “%1”不是“物品=原因”的形式。</translation>
    </message>
    <message numerus="yes">
        <source>Stocktake %1 confirmed: %n difference(s) adjusted.</source>
        <translation>
            <numerusform>盘点 %1 已确认：%n 项差异已调整。</numerusform>
        </translation>
    </message>
    <message>
        <source>all rooms</source>
        <translation>全部房间</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>ledger transfer needs --room, --place or both.</source>
        <translation>ledger transfer 需要 --room、--place 或两者都给。</translation>
    </message>
    <message>
        <source>only the equipment unused in the period</source>
        <translation>只列出本时段未使用的设备</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>the stocktake's number (the latest unless given)</source>
        <translation>盘点的编号（不填则为最近一次）</translation>
    </message>
    <message>
        <source>list the accounts, one per line: user name, staff member, roles, disabled (no secrets)</source>
        <translation>列出账户，每行一个：用户名、教职工、角色、是否停用（不含任何密码）</translation>
    </message>
    <message>
        <source>add an account for a staff member; the password is read from the terminal or standard input</source>
        <translation>为教职工开设账户；密码从终端或标准输入读取</translation>
    </message>
    <message>
        <source>disable an account (or enable it again)</source>
        <translation>停用账户（或重新启用）</translation>
    </message>
    <message>
        <source>change your password; an administrator resets another account's</source>
        <translation>修改自己的密码；管理员可重设他人的密码</translation>
    </message>
    <message>
        <source>reset an administrator's forgotten password with the recovery code</source>
        <translation>用恢复码重设管理员忘记的密码</translation>
    </message>
    <message>
        <source>the audit trail: who changed or read what and when, filtered, or exported</source>
        <translation>审计日志：谁在何时修改或查看了什么，可筛选、可导出</translation>
    </message>
    <message>
        <source>students who left more than N years ago, for review; delete one with all their records</source>
        <translation>离校超过 N 年的学生，供审核；删除某名学生及其全部记录</translation>
    </message>
    <message>
        <source>with any command on a data file protected by accounts: sign in as NAME (the password is read from the terminal, or from standard input)</source>
        <translation>用于受账户保护的数据文件上的任何命令：以该用户名登录（密码从终端读取，或从标准输入读取）</translation>
    </message>
    <message>
        <source>--user needs a user name.</source>
        <translation>--user 后面需要用户名。</translation>
    </message>
    <message>
        <source>This account (%1) may not use “%2”.</source>
        <translation>此账户（%1）不能使用“%2”。</translation>
    </message>
    <message>
        <source>This data file is protected by accounts: sign in with --user NAME (the password is asked for).</source>
        <translation>此数据文件受账户保护：请用 --user 用户名 登录（随后输入密码）。</translation>
    </message>
    <message>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>没有输入 %1 的密码。</translation>
    </message>
    <message>
        <source>New password of %1: </source>
        <translation>%1 的新密码：</translation>
    </message>
    <message>
        <source>No new password was given.</source>
        <translation>没有输入新密码。</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未做任何更改。</translation>
    </message>
    <message>
        <source>This data file is not protected by accounts.</source>
        <translation>此数据文件未启用账户保护。</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Added the account %1 for %2 (%3).</source>
        <translation>已为 %2 开设账户 %1（%3）。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>没有账户 %1。</translation>
    </message>
    <message>
        <source>The account %1 is disabled.</source>
        <translation>账户 %1 已停用。</translation>
    </message>
    <message>
        <source>The account %1 is enabled.</source>
        <translation>账户 %1 已启用。</translation>
    </message>
    <message>
        <source>--name USER is required on a file nobody signed in to.</source>
        <translation>没有人登录时，需要用 --name 指定用户名。</translation>
    </message>
    <message>
        <source>The password of %1 is changed.</source>
        <translation>%1 的密码已修改。</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>恢复码：</translation>
    </message>
    <message>
        <source>No recovery code was given.</source>
        <translation>没有输入恢复码。</translation>
    </message>
    <message>
        <source>The password of %1 is reset. The old recovery code is used up; the new one (shown only now, keep it safe): %2</source>
        <translation>%1 的密码已重设。旧恢复码已作废；新恢复码（仅此一次显示，请妥善保管）：%2</translation>
    </message>
    <message>
        <source>the account's user name</source>
        <translation>账户的用户名</translation>
    </message>
    <message>
        <source>the staff member the account belongs to</source>
        <translation>账户所属的教职工</translation>
    </message>
    <message>
        <source>a role (code or label); repeatable</source>
        <translation>角色（代码或名称），可重复</translation>
    </message>
    <message>
        <source>the last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>who acted (name or account)</source>
        <translation>操作人（姓名或账户名）</translation>
    </message>
    <message>
        <source>the kind of action or its area, e.g. student</source>
        <translation>操作类型或其领域，例如 student</translation>
    </message>
    <message>
        <source>one record's history, e.g. students:12</source>
        <translation>某条记录的历史，例如 students:12</translation>
    </message>
    <message>
        <source>write the list to an .xlsx or .csv file</source>
        <translation>将列表写入 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>"%1" is not a record (TABLE:ID, e.g. students:12).</source>
        <translation>“%1”不是记录（表名:编号，例如 students:12）。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 项操作写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>protect the file with accounts (the default, recommended); the administrator's password is read from the terminal or standard input</source>
        <translation>用账户保护数据文件（默认，推荐）；管理员密码从终端或标准输入读取</translation>
    </message>
    <message>
        <source>no accounts: anyone at the computer sees everything</source>
        <translation>不设账户：任何使用这台电脑的人都能看到全部资料</translation>
    </message>
    <message>
        <source>the administrator's user name (the teacher's name by default)</source>
        <translation>管理员的用户名（默认为资源教师的姓名）</translation>
    </message>
    <message>
        <source>--protect and --no-protect exclude each other.</source>
        <translation>--protect 与 --no-protect 不能同时使用。</translation>
    </message>
    <message>
        <source>Password of the administrator %1: </source>
        <translation>管理员 %1 的密码：</translation>
    </message>
    <message>
        <source>The file is protected by accounts (--no-protect for none): the administrator's password is needed, on the terminal or as one line of standard input.</source>
        <translation>数据文件将受账户保护（不需要请用 --no-protect）：需要输入管理员密码，从终端输入或作为标准输入的一行。</translation>
    </message>
    <message>
        <source>The file is protected by accounts; the administrator is %1. Recovery code (shown only now; print it or write it down and keep it locked away): %2</source>
        <translation>数据文件已启用账户保护，管理员为 %1。恢复码（仅此一次显示，请打印或抄下并锁好保管）：%2</translation>
    </message>
    <message>
        <source>set the retention period in years (1–30)</source>
        <translation>设置保留期限（1–30 年）</translation>
    </message>
    <message>
        <source>"%1" is not a number of years.</source>
        <translation>“%1”不是年数。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) left more than %1 years ago.</source>
        <translation>
            <numerusform>共 %n 名学生离校已超过 %1 年。</numerusform>
        </translation>
    </message>
    <message>
        <source>the student's number</source>
        <translation>学生编号</translation>
    </message>
    <message>
        <source>yes, delete every record of this student</source>
        <translation>确认删除该学生的全部记录</translation>
    </message>
    <message>
        <source>"%1" is not a student's number.</source>
        <translation>“%1”不是学生编号。</translation>
    </message>
    <message>
        <source>Student %1 deleted: %2 records, %3 archive files.</source>
        <translation>已删除编号 %1 的学生：%2 条记录，%3 个档案附件。</translation>
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
        <translation>
            <numerusform>%1—%2学年：%n 名学生中有 %3 名档案齐全。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::ConflictListModel</name>
    <message>
        <source>Must be resolved</source>
        <translation>必须解决</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>rr::ContactDialog</name>
    <message>
        <source>Edit family contact</source>
        <translation>修改家校联系记录</translation>
    </message>
    <message>
        <source>Record a family contact</source>
        <translation>记录家校联系</translation>
    </message>
    <message>
        <source>e.g. 母亲、祖母</source>
        <translation>如：母亲、祖母</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>联系教师</translation>
    </message>
    <message>
        <source>Family members present</source>
        <translation>参与家庭成员</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>联系内容</translation>
    </message>
    <message>
        <source>Family situation and views</source>
        <translation>家庭情况及家长意见</translation>
    </message>
    <message>
        <source>Follow-up agreed</source>
        <translation>商定的后续措施</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>后续措施期限</translation>
    </message>
</context>
<context>
    <name>rr::ContactListModel</name>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（%2前）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>联系教师</translation>
    </message>
    <message>
        <source>Family members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>联系内容</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
</context>
<context>
    <name>rr::ContactShortfallModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2 次</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>%1前完成</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系次数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rr::CounsellingDialog</name>
    <message>
        <source>Edit counselling session (confidential)</source>
        <translation>修改心理辅导记录（保密）</translation>
    </message>
    <message>
        <source>Record a counselling session (confidential)</source>
        <translation>记录心理辅导（保密）</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>日期和时间</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>辅导教师</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>辅导主题</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察与记录</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
</context>
<context>
    <name>rr::CounsellingListModel</name>
    <message>
        <source>Note on file (confidential)</source>
        <translation>已有记录（保密）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>辅导教师</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>rr::CoverageTableModel</name>
    <message>
        <source>no IEP</source>
        <translation>无教育计划</translation>
    </message>
    <message>
        <source>%1 %2/%3</source>
        <translation>%1 %2/%3</translation>
    </message>
    <message>
        <source>Minutes a week the IEP's services promise</source>
        <translation>个别化教育计划中服务承诺的每周分钟数</translation>
    </message>
    <message>
        <source>Minutes a week the timetable gives</source>
        <translation>课表安排的每周分钟数</translation>
    </message>
    <message>
        <source>Minutes a week missing, service by service</source>
        <translation>各项服务每周缺少的分钟数</translation>
    </message>
    <message>
        <source>Each service: minutes scheduled / minutes in the IEP</source>
        <translation>各项服务：已排分钟数 / 个别化教育计划中的分钟数</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>教育计划</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排课</translation>
    </message>
    <message>
        <source>Short</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>Per service</source>
        <translation>按服务</translation>
    </message>
</context>
<context>
    <name>rr::CustomGoalDialog</name>
    <message>
        <source>Add a goal to the bank</source>
        <translation>向目标库添加目标</translation>
    </message>
    <message>
        <source>e.g. 注意力, 加减法</source>
        <translation>例如：注意力、加减法</translation>
    </message>
    <message>
        <source>e.g. 能独立完成20以内进位加法，正确率达{标准}</source>
        <translation>例如：能独立完成20以内进位加法，正确率达{标准}</translation>
    </message>
    <message>
        <source>Write {标准} where each child's criterion will go (80%, 3 times, 独立 …): it is asked for when the goal is inserted into an IEP.</source>
        <translation>在填写每个孩子标准的位置写 {标准}（80%、3次、独立 …）：将目标插入个别化教育计划时会要求填写。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Sub-area</source>
        <translation>子领域</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <source>Short-term objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
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
        <source>%1 belongs to another program; it was left unchanged.</source>
        <translation>%1 属于其他程序，未作任何改动。</translation>
    </message>
    <message>
        <source>Upgrading the data file to version %1 failed: %2</source>
        <translation>数据文件升级到版本 %1 失败：%2</translation>
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
    <message>
        <source>%1 is empty (0 bytes), not a ResourceRoom data file; it was left unchanged.</source>
        <translation>%1 是空文件（0 字节），不是资源教室管理系统的数据文件；文件未作改动。</translation>
    </message>
    <message>
        <source>%1 is not yet a ResourceRoom data file and cannot be opened read-only.</source>
        <translation>%1 还不是资源教室数据文件，不能以只读方式打开。</translation>
    </message>
    <message>
        <source>%1 was written by an older version and must be upgraded first, which a read-only opening cannot do. Open it for writing once it is free.</source>
        <translation>%1 由旧版本写入，需要先升级，只读方式无法升级。请在文件空闲时以可写方式打开。</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <source>This data file is open read-only because another program is using it; nothing can be saved. Close the other program and open the file again to make changes.</source>
        <translation>此数据文件正被另一个程序使用，当前为只读方式，无法保存任何内容。如需修改，请关闭另一个程序后重新打开文件。</translation>
    </message>
    <message>
        <source>Preparing the data file</source>
        <translation>准备数据文件</translation>
    </message>
    <message>
        <source>Starting to save</source>
        <translation>开始保存</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>保存更改</translation>
    </message>
    <message>
        <source>The data file %1 is open in another program, which is the only one that may save to it.</source>
        <translation>数据文件 %1 已在另一个程序中打开，只有该程序可以保存。</translation>
    </message>
    <message>
        <source>another user</source>
        <translation>其他用户</translation>
    </message>
    <message>
        <source>another computer</source>
        <translation>其他计算机</translation>
    </message>
    <message>
        <source>The data file %1 is open for writing by %2 on %3 (process %4) since %5. Only one program may save to it at a time.</source>
        <translation>数据文件 %1 正由用户 %2 在计算机 %3 上打开（进程 %4，自 %5 起）。同一时间只能有一个程序保存数据。</translation>
    </message>
    <message>
        <source>Could not create the lock file %1 beside the data file; check that its folder can be written to.</source>
        <translation>无法在数据文件旁创建锁文件 %1，请检查所在文件夹是否可写。</translation>
    </message>
    <message>
        <source>table</source>
        <translation>表</translation>
    </message>
    <message>
        <source>index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>触发器</translation>
    </message>
    <message>
        <source>view</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>The structure of the data file could not be read.</source>
        <translation>无法读取数据文件的结构。</translation>
    </message>
    <message>
        <source>the %1 %2 is missing</source>
        <translation>缺少%1 %2</translation>
    </message>
    <message>
        <source>the %1 %2 was changed</source>
        <translation>%1 %2 已被改动</translation>
    </message>
    <message>
        <source>the %1 %2 is not ResourceRoom's</source>
        <translation>%1 %2 不属于本程序</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另有 %n 处</numerusform>
        </translation>
    </message>
    <message>
        <source>The structure of %1 differs from what ResourceRoom made (it was changed by another program or by hand): %2. The file was not opened and was left unchanged; restore it from a backup.</source>
        <translation>%1 的结构与本程序建立的不同（已被其他程序或手工改动）：%2。文件未打开，也未作改动；请从备份恢复。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>The computer ran out of memory.</source>
        <translation>计算机内存不足。</translation>
    </message>
    <message>
        <source>The data file cannot be written to (it is read-only).</source>
        <translation>数据文件无法写入（文件为只读）。</translation>
    </message>
    <message>
        <source>The data file could not be read or written (a disk or USB drive problem?).</source>
        <translation>无法读写数据文件（磁盘或U盘可能有问题）。</translation>
    </message>
    <message>
        <source>The data file is damaged. Restore it from a backup.</source>
        <translation>数据文件已损坏，请从备份恢复。</translation>
    </message>
    <message>
        <source>The disk is full; free some space and try again.</source>
        <translation>磁盘已满，请腾出空间后重试。</translation>
    </message>
    <message>
        <source>The data file could not be opened.</source>
        <translation>无法打开数据文件。</translation>
    </message>
    <message>
        <source>This record is protected (signed, issued or part of the history) and cannot be changed directly.</source>
        <translation>该记录受保护（已签字、已发布或属于历史记录），不能直接更改。</translation>
    </message>
    <message>
        <source>The change clashes with data already saved or leaves a required item empty.</source>
        <translation>该更改与已保存的数据冲突，或有必填项为空。</translation>
    </message>
    <message>
        <source>The data file reported an error.</source>
        <translation>数据文件报告了错误。</translation>
    </message>
    <message>
        <source>Another window or program is saving data; please try again in a moment.</source>
        <translation>另一个窗口或程序正在保存数据，请稍后再试。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>Preparing a statement</source>
        <translation>准备数据操作</translation>
    </message>
    <message>
        <source>Reading or saving data</source>
        <translation>读取或保存数据</translation>
    </message>
    <message>
        <source>The data file %1 was deleted or moved away while the program had it open. Nothing more is saved to it. Save what is open as a new file, or open a data file again.</source>
        <translation>数据文件 %1 在程序打开期间被删除或移走，此后不再向其中保存任何内容。请将当前内容另存为新文件，或重新打开数据文件。</translation>
    </message>
    <message>
        <source>The data file %1 was replaced by another file while the program had it open (by a sync tool or a copy?). Nothing more is saved to it. Save what is open as a new file, or open the data file again to see what it holds now.</source>
        <translation>数据文件 %1 在程序打开期间被另一个文件替换（同步工具或复制操作？），此后不再向其中保存任何内容。请将当前内容另存为新文件，或重新打开数据文件查看其现有内容。</translation>
    </message>
    <message>
        <source>Reading data failed: the program tried to change the data file while only reading it; nothing was changed.</source>
        <translation>读取数据失败：程序在只读取时试图修改数据文件，未作任何更改。</translation>
    </message>
    <message>
        <source>Reading data</source>
        <translation>读取数据</translation>
    </message>
    <message>
        <source>Could not make the folder %1 to keep the damaged files in; nothing was changed.</source>
        <translation>无法建立用于保存受损文件的文件夹 %1，未作任何修改。</translation>
    </message>
    <message>
        <source>Could not copy the damaged files into %1 (is the disk full?); nothing was changed.</source>
        <translation>无法把受损文件复制到 %1（磁盘已满？），未作任何修改。</translation>
    </message>
    <message>
        <source>The change log of %1 (the file ending in -wal) is damaged: changes that were saved lie beyond the damage, and opening the file would lose them. The file was not opened; the data file and its log were copied unchanged into %2. Give that folder to your support person, or restore the file from a backup.</source>
        <translation>%1 的修改日志（以 -wal 结尾的文件）已损坏：损坏处之后还有已保存的修改，打开该文件会丢失它们。文件没有打开；数据文件及其日志已原样复制到 %2。请把该文件夹交给技术支持人员，或从备份恢复。</translation>
    </message>
    <message>
        <source>Could not write the copy %1 (is the disk full or the folder read-only?). Nothing else was changed.</source>
        <translation>无法写入副本 %1（磁盘已满或文件夹只读？）。其他内容未作修改。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written.</source>
        <translation>已取消复制，未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>rr::DaySessionModel</name>
    <message>
        <source>%1 (ad hoc)</source>
        <translation>%1（临时）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
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
    <message>
        <source>This is no demo school.</source>
        <translation>这不是演示学校。</translation>
    </message>
</context>
<context>
    <name>rr::DocumentDialog</name>
    <message>
        <source>Edit archive document</source>
        <translation>编辑学校档案</translation>
    </message>
    <message>
        <source>File an archive document</source>
        <translation>登记学校档案</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>档案名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::EquipmentPickerDialog</name>
    <message>
        <source>Equipment from the ledger</source>
        <translation>从台账选择器材</translation>
    </message>
    <message>
        <source>Tick what the session used.</source>
        <translation>勾选本次训练使用的器材。</translation>
    </message>
    <message>
        <source>Tick what the session used; the items of %1 come first.</source>
        <translation>勾选本次训练使用的器材；%1的物品排在前面。</translation>
    </message>
    <message>
        <source>Name or ledger number</source>
        <translation>名称或编号</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>未放在房间</translation>
    </message>
    <message>
        <source>The ledger has no equipment yet: type the equipment's names instead.</source>
        <translation>台账中还没有器材，请直接输入器材名称。</translation>
    </message>
    <message>
        <source>Add ticked</source>
        <translation>添加勾选的器材</translation>
    </message>
</context>
<context>
    <name>rr::EvaluationDialog</name>
    <message>
        <source>End-of-semester evaluation</source>
        <translation>期末评估</translation>
    </message>
    <message>
        <source>Mark every objective (P passed, C continue, D dropped, S simplified, E extended), say whether it was achieved, and rate it on the GAS scale: −2 still at baseline, 0 as expected, +2 much better than expected.</source>
        <translation>为每个短期目标标记（P 通过，C 继续，D 放弃，S 简化，E 扩展），说明是否达成，并按 GAS 量表评分：−2 仍处于基线，0 符合预期，+2 远超预期。</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <source>Latest / goal</source>
        <translation>最新 / 目标</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>已达成</translation>
    </message>
    <message>
        <source>GAS</source>
        <translation>GAS</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>Archive the IEP</source>
        <translation>归档个别化教育计划</translation>
    </message>
    <message>
        <source>An archived IEP cannot be changed any more. Archive it now?</source>
        <translation>归档后的个别化教育计划不能再修改。现在归档吗？</translation>
    </message>
    <message>
        <source>This IEP is archived; its evaluation can no longer change.</source>
        <translation>此个别化教育计划已归档，其期末评估不能再修改。</translation>
    </message>
    <message>
        <source>Start the end-of-semester evaluation first (IEP area).</source>
        <translation>请先开始期末评估（个别化教育计划区域）。</translation>
    </message>
    <message numerus="yes">
        <source>Semester GAS T-score: %1 (%n objective(s) rated)</source>
        <translation>
            <numerusform>学期 GAS T 分数：%1（已评分 %n 个短期目标）</numerusform>
        </translation>
    </message>
    <message>
        <source>Semester GAS T-score: rate at least one objective</source>
        <translation>学期 GAS T 分数：请至少为一个短期目标评分</translation>
    </message>
    <message>
        <source>Results saved.</source>
        <translation>结果已保存。</translation>
    </message>
    <message>
        <source>The IEP is archived.</source>
        <translation>个别化教育计划已归档。</translation>
    </message>
</context>
<context>
    <name>rr::EventDialog</name>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Paid on the date below</source>
        <translation>已于下面的日期赔付</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（不在功能室）</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>（不变）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>For the schedule</source>
        <translation>对应的定期计划</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Compensation</source>
        <translation>赔偿金额</translation>
    </message>
    <message>
        <source>To room</source>
        <translation>调入功能室</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Condition afterwards</source>
        <translation>之后的状况</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>what was checked</source>
        <translation>检查了什么</translation>
    </message>
    <message>
        <source>what was done</source>
        <translation>做了什么</translation>
    </message>
    <message>
        <source>the cause of the damage</source>
        <translation>损坏原因</translation>
    </message>
    <message>
        <source>why it moves, its new place</source>
        <translation>调拨原因、新的存放位置</translation>
    </message>
    <message>
        <source>why it is to be scrapped</source>
        <translation>报废原因</translation>
    </message>
    <message>
        <source>e.g. 完好, 绳索磨损需更换</source>
        <translation>如：完好；绳索磨损需更换</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>结果</translation>
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
    <name>rr::Family</name>
    <message>
        <source>No contact with the family in %1/%2 (at least %3 a month).</source>
        <translation>%1年%2月无家校联系记录（要求每月至少%3次）。</translation>
    </message>
    <message>
        <source>Only %1 contacts with the family in %2/%3 (at least %4 a month).</source>
        <translation>%2年%3月家校联系仅%1次（要求每月至少%4次）。</translation>
    </message>
    <message>
        <source>No counselling session in %1/%2 (at least %3 a month).</source>
        <translation>%1年%2月无一对一心理辅导记录（要求每月至少%3次）。</translation>
    </message>
    <message>
        <source>Only %1 counselling sessions in %2/%3 (at least %4 a month).</source>
        <translation>%2年%3月一对一心理辅导仅%1次（要求每月至少%4次）。</translation>
    </message>
    <message>
        <source>The counselling session does not exist.</source>
        <translation>该心理辅导记录不存在。</translation>
    </message>
    <message>
        <source>A counselling session needs a student.</source>
        <translation>心理辅导记录须指定学生。</translation>
    </message>
    <message>
        <source>Write the topic of the session (辅导主题).</source>
        <translation>请填写辅导主题。</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>家访</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Parent meeting</source>
        <translation>家长会</translation>
    </message>
    <message>
        <source>Home training guidance</source>
        <translation>家庭训练指导</translation>
    </message>
    <message>
        <source>Parent training</source>
        <translation>家长培训</translation>
    </message>
    <message>
        <source>WeChat or text message</source>
        <translation>微信/短信</translation>
    </message>
    <message>
        <source>The family contact does not exist.</source>
        <translation>该家校联系记录不存在。</translation>
    </message>
    <message>
        <source>A family contact needs a student.</source>
        <translation>家校联系记录须指定学生。</translation>
    </message>
    <message>
        <source>Write what the contact was about (联系内容).</source>
        <translation>请填写联系内容。</translation>
    </message>
    <message>
        <source>A follow-up due date needs the follow-up that was agreed.</source>
        <translation>填写了后续措施的期限，请同时填写商定的后续措施。</translation>
    </message>
    <message>
        <source>The follow-up is due before the contact took place.</source>
        <translation>后续措施的期限早于联系日期。</translation>
    </message>
    <message>
        <source>The follow-up is due more than a year after the contact.</source>
        <translation>后续措施的期限距联系日期超过一年。</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>缺少日期。</translation>
    </message>
    <message>
        <source>The date is before 2000.</source>
        <translation>日期早于2000年。</translation>
    </message>
    <message>
        <source>The date is in the future: only what has happened is recorded.</source>
        <translation>日期在今天之后：只能记录已经发生的事。</translation>
    </message>
    <message>
        <source>The student does not exist.</source>
        <translation>该学生不存在。</translation>
    </message>
    <message>
        <source>The staff member does not exist.</source>
        <translation>该教职工不存在。</translation>
    </message>
    <message>
        <source>A record cannot move to another student.</source>
        <translation>记录不能改到其他学生名下。</translation>
    </message>
    <message>
        <source>Contacts per month must be between 0 and %1.</source>
        <translation>每月联系次数须在0到%1之间。</translation>
    </message>
</context>
<context>
    <name>rr::FamilyPage</name>
    <message>
        <source>Every contact with the families of the school, and who is due a call this month.</source>
        <translation>全校的家校联系记录，以及本月应联系哪些家庭。</translation>
    </message>
    <message>
        <source>Contacts with families</source>
        <translation>家校联系记录</translation>
    </message>
    <message>
        <source>Record contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Print contact record…</source>
        <translation>打印家校联系记录表…</translation>
    </message>
    <message>
        <source>Monthly check</source>
        <translation>每月检查</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Contacts a month with each family:</source>
        <translation>每个家庭每月联系次数：</translation>
    </message>
    <message>
        <source>0 turns the check off. The command line changes the same rule.</source>
        <translation>设为0即关闭检查。命令行修改的也是这一条规则。</translation>
    </message>
    <message>
        <source>Semester:</source>
        <translation>学期：</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Student:</source>
        <translation>学生：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>方式：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部方式</translation>
    </message>
    <message>
        <source>All semesters</source>
        <translation>全部学期</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>全部学生</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>全部月份</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1年%2月</translation>
    </message>
    <message>
        <source>Contacts shown: %1</source>
        <translation>共显示 %1 条联系记录</translation>
    </message>
    <message>
        <source>There is no current semester: the monthly check counts the months of a semester.</source>
        <translation>当前没有学期：每月检查按学期内的月份计算。</translation>
    </message>
    <message>
        <source>The monthly check of contacts is off.</source>
        <translation>家校联系的每月检查已关闭。</translation>
    </message>
    <message>
        <source>%1: every student has had their contacts so far.</source>
        <translation>%1：目前每名学生都已按要求联系家庭。</translation>
    </message>
    <message>
        <source>%1 — students short of contact: %2.</source>
        <translation>%1 — 家校联系不足的学生：%2 名。</translation>
    </message>
    <message>
        <source>Choose the student in the Student filter first, or select one of their contacts.</source>
        <translation>请先在“学生”筛选中选择学生，或选中该学生的一条联系记录。</translation>
    </message>
    <message>
        <source>The contact was recorded.</source>
        <translation>联系记录已保存。</translation>
    </message>
    <message>
        <source>Select a contact in the list first.</source>
        <translation>请先在列表中选择一条联系记录。</translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation>联系记录已保存。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <source>Remove this contact with the family?</source>
        <translation>删除这条家校联系记录吗？</translation>
    </message>
    <message>
        <source>The contact was removed.</source>
        <translation>联系记录已删除。</translation>
    </message>
    <message>
        <source>The monthly check of contacts is now off.</source>
        <translation>已关闭家校联系的每月检查。</translation>
    </message>
    <message>
        <source>Saved: at least %1 contacts a month with each family.</source>
        <translation>已保存：每个家庭每月至少联系 %1 次。</translation>
    </message>
</context>
<context>
    <name>rr::FamilyPanel</name>
    <message>
        <source>Contacts with the family</source>
        <translation>家校联系</translation>
    </message>
    <message>
        <source>Record contact…</source>
        <translation>记录联系…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Print contact record…</source>
        <translation>打印家校联系记录表…</translation>
    </message>
    <message>
        <source>Print home visits…</source>
        <translation>打印家访记录表…</translation>
    </message>
    <message>
        <source>Counselling (confidential)</source>
        <translation>心理辅导（保密）</translation>
    </message>
    <message>
        <source>Record session…</source>
        <translation>记录辅导…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Print counselling record…</source>
        <translation>打印心理辅导记录表…</translation>
    </message>
    <message>
        <source>The contact was recorded.</source>
        <translation>联系记录已保存。</translation>
    </message>
    <message>
        <source>The contact was saved.</source>
        <translation>联系记录已修改。</translation>
    </message>
    <message>
        <source>Remove contact</source>
        <translation>删除联系记录</translation>
    </message>
    <message>
        <source>Remove this contact with the family?</source>
        <translation>删除这条家校联系记录？</translation>
    </message>
    <message>
        <source>The contact was removed.</source>
        <translation>联系记录已删除。</translation>
    </message>
    <message>
        <source>The counselling session was recorded.</source>
        <translation>心理辅导记录已保存。</translation>
    </message>
    <message>
        <source>The counselling session was saved.</source>
        <translation>心理辅导记录已修改。</translation>
    </message>
    <message>
        <source>Remove counselling session</source>
        <translation>删除心理辅导记录</translation>
    </message>
    <message>
        <source>Remove this counselling session and its notes?</source>
        <translation>删除这次心理辅导及其记录？</translation>
    </message>
    <message>
        <source>The counselling session was removed.</source>
        <translation>心理辅导记录已删除。</translation>
    </message>
    <message>
        <source>Counselling records are confidential: only the counsellor who held a session and the resource teacher see them.</source>
        <translation>心理辅导记录保密：仅主持辅导的心理辅导教师和资源教师可以查看。</translation>
    </message>
    <message>
        <source>This session's notes are for the counsellor who held it and the resource teacher only.</source>
        <translation>本次辅导的记录仅供主持辅导的教师和资源教师查看。</translation>
    </message>
</context>
<context>
    <name>rr::FamilyUi</name>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
</context>
<context>
    <name>rr::FieldChangeModel</name>
    <message>
        <source>(session)</source>
        <translation>（训练课）</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>修改后</translation>
    </message>
</context>
<context>
    <name>rr::Fields</name>
    <message numerus="yes">
        <source>%1 may not be longer than %n character(s).</source>
        <translation>
            <numerusform>%1不能超过 %n 个字</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
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
        <source>Certificate number</source>
        <translation>残疾人证号</translation>
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
        <source>Note on a need</source>
        <translation>特殊需要说明</translation>
    </message>
    <message>
        <source>Guardian's name</source>
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
        <source>Topic</source>
        <translation>辅导主题</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>观察与记录</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>后续跟进</translation>
    </message>
    <message>
        <source>Family members present</source>
        <translation>参与家庭成员</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>联系内容</translation>
    </message>
    <message>
        <source>Family situation and views</source>
        <translation>家庭情况及家长意见</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ledger number</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>物资名称</translation>
    </message>
    <message>
        <source>Model and specification</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Storage condition</source>
        <translation>储存条件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>借出经办人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批（批复）</translation>
    </message>
    <message>
        <source>Visiting teacher</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>所属中心</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>指导建议</translation>
    </message>
    <message>
        <source>Result of the follow-up</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>活动方案</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>活动成效</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务（分工）</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Employer and occupation</source>
        <translation>工作单位及职业</translation>
    </message>
</context>
<context>
    <name>rr::FileLostBar</name>
    <message>
        <source>Save as a new file…</source>
        <translation>另存为新文件…</translation>
    </message>
    <message>
        <source>Open the data file again</source>
        <translation>重新打开数据文件</translation>
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
        <source>Protection</source>
        <translation>保护</translation>
    </message>
    <message>
        <source>Protect the data with accounts and passwords (recommended)</source>
        <translation>用账户和密码保护资料（推荐）</translation>
    </message>
    <message>
        <source>The file holds the disability, medical and family details of minors. With accounts, everyone signs in and sees only what their role allows. You become the administrator.</source>
        <translation>数据文件保存着未成年人的残疾、医疗和家庭情况。启用账户后，每个人都要登录，只能看到其角色允许的内容。你将成为管理员。</translation>
    </message>
    <message>
        <source>the resource teacher's name</source>
        <translation>资源教师的姓名</translation>
    </message>
    <message>
        <source>Your &amp;user name:</source>
        <translation>你的用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Your pass&amp;word:</source>
        <translation>你的密码(&amp;W)：</translation>
    </message>
    <message>
        <source>The password a&amp;gain:</source>
        <translation>再输一次密码(&amp;G)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>rr::FollowUpDialog</name>
    <message>
        <source>Approve scrapping</source>
        <translation>审批报废</translation>
    </message>
    <message>
        <source>Compensation paid</source>
        <translation>赔偿已付</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Request of %1 by %2: %3 × %4. Once approved, they leave the stock.</source>
        <translation>%1 由%2申请：%3 件，%4。审批后从库存中减去。</translation>
    </message>
    <message>
        <source>Damage of %1: %2; %3 to pay %4 yuan.</source>
        <translation>%1 的损坏：%2；%3 应赔偿 %4 元。</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>审批日期</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>赔付日期</translation>
    </message>
</context>
<context>
    <name>rr::ForgotPasswordDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>忘记密码</translation>
    </message>
    <message>
        <source>An administrator's password can be reset with the recovery code printed at setup. Other accounts ask the administrator.</source>
        <translation>管理员的密码可以用初次设置时打印的恢复码重设。其他账户请联系管理员。</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>恢复码(&amp;C)：</translation>
    </message>
    <message>
        <source>Administrator's &amp;user name:</source>
        <translation>管理员用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
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
    <message>
        <source>One room</source>
        <translation>单个功能室</translation>
    </message>
    <message>
        <source>One room over a period</source>
        <translation>某一时段内的单个功能室</translation>
    </message>
    <message>
        <source>One record, or a student's records over a period</source>
        <translation>单份记录，或某学生一段时间内的记录</translation>
    </message>
    <message>
        <source>One semester or one of its weeks</source>
        <translation>一个学期或其中某一周</translation>
    </message>
    <message>
        <source>A saved inspection, or a period to inspect</source>
        <translation>已保存的检查，或要检查的时段</translation>
    </message>
</context>
<context>
    <name>rr::FormPreview</name>
    <message>
        <source>This version has no form "%1".</source>
        <translation>此版本没有表单“%1”。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
</context>
<context>
    <name>rr::FundingDialog</name>
    <message>
        <source>Edit funding entry</source>
        <translation>编辑经费登记</translation>
    </message>
    <message>
        <source>Add a funding entry</source>
        <translation>添加经费登记</translation>
    </message>
    <message>
        <source>in yuan, e.g. 1200.50</source>
        <translation>单位为元，例如 1200.50</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批（批复）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::FundingListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>审批（批复）</translation>
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
    <message>
        <source>The goal needs a sub-area, for example 注意力.</source>
        <translation>目标需要子领域，例如：注意力。</translation>
    </message>
    <message>
        <source>The goal needs its long-term goal.</source>
        <translation>目标需要填写长期目标。</translation>
    </message>
    <message>
        <source>Write the objective with the placeholder {标准} exactly once, where the child's criterion goes.</source>
        <translation>短期目标中须恰好写一次占位符 {标准}，放在孩子标准的位置。</translation>
    </message>
    <message>
        <source>The goal bank already holds this objective.</source>
        <translation>目标库中已有此短期目标。</translation>
    </message>
    <message>
        <source>Only goals teachers added can be removed.</source>
        <translation>只能删除教师添加的目标。</translation>
    </message>
</context>
<context>
    <name>rr::GoalBankDialog</name>
    <message>
        <source>Goal bank</source>
        <translation>目标库</translation>
    </message>
    <message>
        <source>All domains</source>
        <translation>全部领域</translation>
    </message>
    <message>
        <source>Search sub-area, goal or objective</source>
        <translation>搜索子领域、目标或短期目标</translation>
    </message>
    <message>
        <source>Insert into this IEP</source>
        <translation>插入到此个别化教育计划</translation>
    </message>
    <message>
        <source>For this child, e.g. 80%, 3 times, 5 minutes, 独立</source>
        <translation>针对此孩子，例如：80%、3次、5分钟、独立</translation>
    </message>
    <message>
        <source>The value the aim line heads for; read from the criterion when it names one.</source>
        <translation>目标线指向的数值；若标准中含有数值则自动读取。</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Goal value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Add my own goal…</source>
        <translation>添加自定义目标…</translation>
    </message>
    <message>
        <source>Remove my goal</source>
        <translation>删除自定义目标</translation>
    </message>
    <message>
        <source>Insert objective</source>
        <translation>插入短期目标</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Remove this goal from the bank? IEPs that use it keep their objectives.</source>
        <translation>从目标库中删除此目标吗？已使用它的个别化教育计划会保留其短期目标。</translation>
    </message>
    <message>
        <source>Choose a goal in the list.</source>
        <translation>请在列表中选择一个目标。</translation>
    </message>
    <message>
        <source>Choose a goal in the list first.</source>
        <translation>请先在列表中选择一个目标。</translation>
    </message>
</context>
<context>
    <name>rr::GoalBankModel</name>
    <message>
        <source>Added by teachers</source>
        <translation>教师添加</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Sub-area</source>
        <translation>子领域</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <source>Short-term objective</source>
        <translation>短期目标</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>rr::GoalEditor</name>
    <message>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>添加短期目标</translation>
    </message>
    <message>
        <source>From goal bank…</source>
        <translation>从目标库…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add a long-term goal, or insert one from the goal bank with the child's criterion.</source>
        <translation>添加长期目标，或从目标库插入目标并填写孩子的标准。</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Long-term goal</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>（尚无内容）</translation>
    </message>
    <message>
        <source>(no behaviour yet)</source>
        <translation>（尚无行为）</translation>
    </message>
</context>
<context>
    <name>rr::GroupMemberDialog</name>
    <message>
        <source>Edit group member</source>
        <translation>编辑小组成员</translation>
    </message>
    <message>
        <source>Add a group member</source>
        <translation>添加小组成员</translation>
    </message>
    <message>
        <source>e.g. leader, member, liaison</source>
        <translation>例如：组长、组员、联络员</translation>
    </message>
    <message>
        <source>Left the group on</source>
        <translation>退出日期</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务（分工）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
</context>
<context>
    <name>rr::GroupMemberListModel</name>
    <message>
        <source>Group</source>
        <translation>小组</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>职务（分工）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>结束日期</translation>
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
    <message>
        <source>Education</source>
        <translation>文化程度</translation>
    </message>
    <message>
        <source>Employer and occupation</source>
        <translation>工作单位及职业</translation>
    </message>
</context>
<context>
    <name>rr::GuidanceVisitDialog</name>
    <message>
        <source>Edit guidance visit</source>
        <translation>编辑巡回指导记录</translation>
    </message>
    <message>
        <source>Record a guidance visit</source>
        <translation>登记巡回指导</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visiting teacher</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>所属中心</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>指导建议</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改跟进</translation>
    </message>
    <message>
        <source>Result of the follow-up</source>
        <translation>跟进结果</translation>
    </message>
</context>
<context>
    <name>rr::GuidanceVisitListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Visiting teacher</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>所属中心</translation>
    </message>
    <message>
        <source>Guided</source>
        <translation>指导内容</translation>
    </message>
    <message>
        <source>Result of the follow-up</source>
        <translation>跟进结果</translation>
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
    <message>
        <source>The date of the IEP meeting is missing.</source>
        <translation>缺少个别化教育计划研讨会议的日期。</translation>
    </message>
    <message>
        <source>The team has no member besides the author (%1).</source>
        <translation>团队中除制订人（%1）外没有其他成员。</translation>
    </message>
    <message>
        <source>The domain %1 has a goal but no present level.</source>
        <translation>领域“%1”有目标，但没有现有能力水平。</translation>
    </message>
    <message>
        <source>There is no service with minutes per week.</source>
        <translation>没有每周分钟数大于0的服务。</translation>
    </message>
</context>
<context>
    <name>rr::IepContentText</name>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message>
        <source>%1, %2 min/week</source>
        <translation>%1，每周 %2 分钟</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>功能室 %1</translation>
    </message>
    <message>
        <source>%1: "%2" → "%3"</source>
        <translation>%1：“%2” → “%3”</translation>
    </message>
    <message>
        <source>behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>evaluation methods</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>量表</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>goal value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Team and meeting</source>
        <translation>团队与会议</translation>
    </message>
    <message>
        <source>No team members</source>
        <translation>无团队成员</translation>
    </message>
    <message>
        <source>Meeting: %1</source>
        <translation>会议：%1</translation>
    </message>
    <message>
        <source>Reviews: %1</source>
        <translation>复查：%1</translation>
    </message>
    <message>
        <source>Present levels</source>
        <translation>现有能力水平</translation>
    </message>
    <message>
        <source>Goals and objectives</source>
        <translation>长期目标与短期目标</translation>
    </message>
    <message>
        <source>Deadline %1 · %2 · goal %3 · %4 · %5</source>
        <translation>截止 %1 · %2 · 目标 %3 · %4 · %5</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>Meeting date: %1 → %2</source>
        <translation>会议日期：%1 → %2</translation>
    </message>
    <message>
        <source>Meeting minutes changed</source>
        <translation>会议记录已修改</translation>
    </message>
    <message>
        <source>Review dates changed</source>
        <translation>复查日期已修改</translation>
    </message>
    <message>
        <source>Team: %1 → %2</source>
        <translation>团队：%1 → %2</translation>
    </message>
    <message>
        <source>Present levels changed</source>
        <translation>现有能力水平已修改</translation>
    </message>
    <message>
        <source>Goal %1 added: %2</source>
        <translation>已添加长期目标 %1：%2</translation>
    </message>
    <message>
        <source>Goal %1: "%2" → "%3"</source>
        <translation>长期目标 %1：“%2” → “%3”</translation>
    </message>
    <message>
        <source>Objective %1 added: %2</source>
        <translation>已添加短期目标 %1：%2</translation>
    </message>
    <message>
        <source>Objective %1, %2</source>
        <translation>短期目标 %1，%2</translation>
    </message>
    <message>
        <source>Goal removed: %1</source>
        <translation>已删除长期目标：%1</translation>
    </message>
    <message>
        <source>Objective removed: %1</source>
        <translation>已删除短期目标：%1</translation>
    </message>
    <message>
        <source>Services changed</source>
        <translation>服务已修改</translation>
    </message>
    <message>
        <source>Accommodations changed</source>
        <translation>调整措施已修改</translation>
    </message>
</context>
<context>
    <name>rr::IepEditorDialog</name>
    <message>
        <source>Team and meeting</source>
        <translation>团队与会议</translation>
    </message>
    <message>
        <source>Present levels</source>
        <translation>现有能力水平</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>长期目标</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>调整措施</translation>
    </message>
    <message>
        <source>Revision history…</source>
        <translation>修订历史…</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Put into effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>The signed plan takes effect and becomes read-only; later changes are revisions.</source>
        <translation>已签字的计划生效后变为只读；之后的修改均为修订。</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Save revision…</source>
        <translation>保存修订…</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>IEP — %1 — %2</source>
        <translation>个别化教育计划 — %1 — %2</translation>
    </message>
    <message>
        <source>%1 · %2 — %3</source>
        <translation>%1 · %2 — %3</translation>
    </message>
    <message>
        <source>(revising: save with a reason)</source>
        <translation>（修订中：保存时需填写原因）</translation>
    </message>
    <message>
        <source>(read-only)</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>The IEP is in effect. Changes from now on are revisions with a reason.</source>
        <translation>此个别化教育计划已生效。此后的修改均为需填写原因的修订。</translation>
    </message>
    <message>
        <source>Make the changes, then save the revision with its reason.</source>
        <translation>请先修改，然后填写原因保存修订。</translation>
    </message>
    <message>
        <source>Nothing has changed yet.</source>
        <translation>尚无任何修改。</translation>
    </message>
    <message>
        <source>The revised IEP is incomplete:
%1</source>
        <translation>修订后的个别化教育计划不完整：
%1</translation>
    </message>
    <message>
        <source>Revision saved; the previous content is in the revision history.</source>
        <translation>修订已保存；之前的内容保存在修订历史中。</translation>
    </message>
    <message>
        <source>Close the IEP</source>
        <translation>关闭个别化教育计划</translation>
    </message>
    <message>
        <source>Discard the changes of this revision?</source>
        <translation>放弃此次修订的修改吗？</translation>
    </message>
    <message>
        <source>Save the changes to the draft before closing?</source>
        <translation>关闭前将修改保存到草稿吗？</translation>
    </message>
    <message>
        <source>The IEP cannot take effect yet: %1 items are missing.</source>
        <translation>个别化教育计划尚不能生效：缺少%1项。</translation>
    </message>
    <message>
        <source>The IEP of %1</source>
        <translation>%1的个别化教育计划</translation>
    </message>
    <message>
        <source>Change log…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Who changed this IEP and its parts, field by field</source>
        <translation>谁修改了本计划及其各部分，逐项列出</translation>
    </message>
</context>
<context>
    <name>rr::IepPage</name>
    <message numerus="yes">
        <source>%1: %2 of %n student(s) have an IEP</source>
        <translation>
            <numerusform>%1：%n 名学生中已有 %2 名制定了个别化教育计划</numerusform>
        </translation>
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
    <message>
        <source>New IEP</source>
        <translation>新建个别化教育计划</translation>
    </message>
    <message>
        <source>An empty draft for this semester, with you and the head teacher in the team.</source>
        <translation>本学期的空白草稿，团队中包括您和班主任。</translation>
    </message>
    <message>
        <source>Copy from last semester</source>
        <translation>从上学期复制</translation>
    </message>
    <message>
        <source>A draft with last semester's goals, objectives, services and accommodations; dates moved into this semester, results and data left behind.</source>
        <translation>包含上学期长期目标、短期目标、服务和调整措施的草稿；日期移至本学期，结果和数据不复制。</translation>
    </message>
    <message>
        <source>Revision history…</source>
        <translation>修订历史…</translation>
    </message>
    <message>
        <source>Start end-of-semester evaluation</source>
        <translation>开始期末评估</translation>
    </message>
    <message>
        <source>IEP</source>
        <translation>个别化教育计划</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Choose the current semester under Settings first.</source>
        <translation>请先在“设置”中选择当前学期。</translation>
    </message>
    <message>
        <source>No data recorded for this objective yet: add the first probes on the right.</source>
        <translation>该短期目标尚无数据：请在右侧添加首批测试数据。</translation>
    </message>
    <message>
        <source>The student has no IEP of an earlier semester.</source>
        <translation>该生没有以前学期的个别化教育计划。</translation>
    </message>
    <message>
        <source>Edit draft…</source>
        <translation>编辑草稿…</translation>
    </message>
    <message>
        <source>Open IEP…</source>
        <translation>打开个别化教育计划…</translation>
    </message>
    <message>
        <source>Evaluation results…</source>
        <translation>评估结果…</translation>
    </message>
    <message>
        <source>Evaluate objectives…</source>
        <translation>评估短期目标…</translation>
    </message>
    <message>
        <source>A new draft IEP was created.</source>
        <translation>已新建个别化教育计划草稿。</translation>
    </message>
    <message>
        <source>Last semester's IEP was copied into a new draft; check the dates and hold the meeting.</source>
        <translation>已将上学期的个别化教育计划复制为新草稿；请核对日期并召开会议。</translation>
    </message>
    <message>
        <source>End-of-semester evaluation</source>
        <translation>期末评估</translation>
    </message>
    <message>
        <source>Start the end-of-semester evaluation? The plan stops taking data and revisions.</source>
        <translation>开始期末评估吗？开始后该计划将不再记录数据，也不能再修订。</translation>
    </message>
    <message>
        <source>%1: the IEPs could not be read.</source>
        <translation>%1：无法读取个别化教育计划。</translation>
    </message>
    <message>
        <source>The IEP could not be read.</source>
        <translation>无法读取该学生的个别化教育计划。</translation>
    </message>
</context>
<context>
    <name>rr::IepReminders</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) have no IEP in effect this semester: %1</source>
        <translation>
            <numerusform>%n 名学生本学期没有生效的个别化教育计划：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
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
        <source>Import %n student(s)</source>
        <translation>
            <numerusform>导入 %n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the roster…</source>
        <translation>正在导入花名册…</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) imported</source>
        <translation>
            <numerusform>已导入 %n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n head teacher(s) added to the staff list</source>
        <translation>
            <numerusform>已将 %n 名班主任加入教职工名单</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with an error are skipped; rows with a warning are imported and listed under “To check” on the students page. Double-click a cell of the file to correct it.</source>
        <translation>有错误的行将跳过；有警告的行会导入，并列入学生页面的“待核对”。双击文件中的单元格可直接更正。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file:</source>
        <translation>
            <numerusform>文件共 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1 ready</source>
        <translation>✔ 可导入 %1 行</translation>
    </message>
    <message>
        <source>⚠ %1 warnings in %2 rows (imported, to check)</source>
        <translation>⚠ %2 行共 %1 处警告（导入并待核对）</translation>
    </message>
    <message>
        <source>✖ %1 errors in %2 rows (skipped)</source>
        <translation>✖ %2 行共 %1 处错误（跳过）</translation>
    </message>
    <message>
        <source>%1 already on file</source>
        <translation>已在档案中 %1 行</translation>
    </message>
    <message numerus="yes">
        <source>%n of them to check (see “To check” on the students page)</source>
        <translation>
            <numerusform>其中 %n 名待核对（见学生页面的“待核对”）</numerusform>
        </translation>
    </message>
    <message>
        <source>.</source>
        <translation>。</translation>
    </message>
</context>
<context>
    <name>rr::ImportPreviewModel</name>
    <message>
        <source>Ready</source>
        <translation>可导入</translation>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Imported, to check</source>
        <translation>导入后待核对</translation>
    </message>
    <message>
        <source>Error, skipped</source>
        <translation>有错误，跳过</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>待核对：%1</translation>
    </message>
    <message>
        <source>Double-click to correct this cell; the row is checked again at once.</source>
        <translation>双击可更正此单元格，该行会立即重新检查。</translation>
    </message>
    <message>
        <source>Name as stored</source>
        <translation>保存的姓名</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>错误与警告</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第%1列</translation>
    </message>
</context>
<context>
    <name>rr::Inspection</name>
    <message>
        <source>This inspection is already saved.</source>
        <translation>此次检查已保存。</translation>
    </message>
    <message>
        <source>An inspection needs its date and a date range.</source>
        <translation>检查需要填写检查日期和记录日期范围。</translation>
    </message>
    <message>
        <source>Fewer sessions in a week than required</source>
        <translation>每周训练课次数不足</translation>
    </message>
    <message>
        <source>No one-to-one counselling in a month</source>
        <translation>当月无一对一辅导</translation>
    </message>
    <message>
        <source>Record incomplete</source>
        <translation>记录不完整</translation>
    </message>
    <message>
        <source>Record not signed in time</source>
        <translation>记录未按时签字</translation>
    </message>
    <message>
        <source>Fewer minutes than the IEP requires</source>
        <translation>服务分钟数少于个别化教育计划要求</translation>
    </message>
    <message>
        <source>Room used without a record</source>
        <translation>功能室使用无登记</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>尚未整改</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>The number of sessions required must be at least 1.</source>
        <translation>要求的训练课次数至少为 1。</translation>
    </message>
    <message>
        <source>Days allowed must be between 0 and 60.</source>
        <translation>允许天数须在 0 至 60 之间。</translation>
    </message>
    <message>
        <source>The share of IEP minutes must be 1 to 100 percent.</source>
        <translation>个别化教育计划分钟数的比例须在 1% 至 100% 之间。</translation>
    </message>
    <message>
        <source>An inspection needs a first and a last date, in order.</source>
        <translation>检查需要填写起止日期，且开始日期不得晚于结束日期。</translation>
    </message>
    <message>
        <source>There is no saved inspection with number %1.</source>
        <translation>没有编号为 %1 的已保存检查。</translation>
    </message>
    <message>
        <source>No contact with the family in a month</source>
        <translation>未按月开展家校联系</translation>
    </message>
</context>
<context>
    <name>rr::InspectionListModel</name>
    <message>
        <source>Inspected</source>
        <translation>检查日期</translation>
    </message>
    <message>
        <source>Records of</source>
        <translation>记录期间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Fixed</source>
        <translation>已整改</translation>
    </message>
</context>
<context>
    <name>rr::InspectionPanel</name>
    <message>
        <source>Save these rules</source>
        <translation>保存这些规则</translation>
    </message>
    <message>
        <source>Kept in the data file: the next inspection uses them too</source>
        <translation>保存在数据文件中：下次检查也将使用</translation>
    </message>
    <message>
        <source>Run inspection</source>
        <translation>执行检查</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Save inspection</source>
        <translation>保存检查</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Records to inspect</source>
        <translation>待检查的记录</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>检查人</translation>
    </message>
    <message>
        <source>Saved inspections</source>
        <translation>已保存的检查</translation>
    </message>
    <message>
        <source>The inspection rules were saved.</source>
        <translation>检查规则已保存。</translation>
    </message>
    <message numerus="yes">
        <source>Inspection done: %n problem(s). Save it to keep the report.</source>
        <translation>
            <numerusform>检查完成：发现 %n 个问题。请保存以留存检查报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>The inspection was saved; the next one will show what has been fixed.</source>
        <translation>检查已保存；下次检查将显示哪些问题已整改。</translation>
    </message>
    <message>
        <source>No inspection shown: choose the dates and run one, or open a saved one.</source>
        <translation>未显示检查：请选择日期并执行检查，或打开已保存的检查。</translation>
    </message>
    <message>
        <source>saved inspection of %1</source>
        <translation>%1 的已保存检查</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Run an inspection or open a saved one first.</source>
        <translation>请先执行检查或打开已保存的检查。</translation>
    </message>
</context>
<context>
    <name>rr::InspectionProblemModel</name>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rr::InspectionRulesEditor</name>
    <message>
        <source>What is checked</source>
        <translation>检查项目</translation>
    </message>
    <message>
        <source>Training sessions per week</source>
        <translation>每周训练课次数</translation>
    </message>
    <message>
        <source>One-to-one counselling per month</source>
        <translation>每月一对一辅导次数</translation>
    </message>
    <message>
        <source>Records filled in (content, performance, results)</source>
        <translation>记录填写完整（内容、表现、效果）</translation>
    </message>
    <message>
        <source>Signed within (days, where the room sets none)</source>
        <translation>签字期限（天，功能室未设定时）</translation>
    </message>
    <message>
        <source>Minutes delivered, at least (% of the IEP)</source>
        <translation>完成服务分钟数不少于（个别化教育计划要求的 %）</translation>
    </message>
    <message>
        <source>Every timetabled session and room use recorded</source>
        <translation>每节排课及功能室使用均有记录</translation>
    </message>
    <message>
        <source>Corrections due within (days)</source>
        <translation>整改期限（天）</translation>
    </message>
</context>
<context>
    <name>rr::ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>编辑物品</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加物品</translation>
    </message>
    <message>
        <source>Proposed from the category; you may type the school's own number.</source>
        <translation>按类别自动生成；也可以填写学校自己的编号。</translation>
    </message>
    <message>
        <source>e.g. 台, 套, 个, 盒</source>
        <translation>如：台、套、个、盒</translation>
    </message>
    <message>
        <source>cupboard, shelf …</source>
        <translation>柜子、架子……</translation>
    </message>
    <message>
        <source>Scrapping is a request that is approved, from the item's actions.</source>
        <translation>报废要先申请再审批，请用物品的“报废…”操作。</translation>
    </message>
    <message>
        <source>May be lent</source>
        <translation>可以借出</translation>
    </message>
    <message>
        <source>e.g. 阴凉干燥处, 2–8℃</source>
        <translation>如：阴凉干燥处、2–8℃</translation>
    </message>
    <message>
        <source>Below this stock an alert asks to reorder; 0: no alert.</source>
        <translation>库存低于此数时提醒补货；0 表示不提醒。</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（不在功能室）</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>（未指定）</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Ledger number</source>
        <translation>台账编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model / spec</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>序列号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>入库日期</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>%1 (changes only by receiving, issuing, stocktakes and scrapping)</source>
        <translation>%1（只能通过入库、领用、盘点和报废改变）</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Purchased on</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>供应商</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费来源</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>存放位置</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Reorder level</source>
        <translation>最低库存</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批号</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>储存条件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::ItemHistoryView</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>周期</translation>
    </message>
    <message>
        <source>Last done</source>
        <translation>上次完成</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>下次到期</translation>
    </message>
    <message>
        <source>Approve scrapping…</source>
        <translation>审批报废…</translation>
    </message>
    <message>
        <source>Compensation paid…</source>
        <translation>赔偿已付…</translation>
    </message>
    <message>
        <source>Add schedule…</source>
        <translation>添加定期计划…</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>删除定期计划</translation>
    </message>
    <message>
        <source>History</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Inspections and maintenance</source>
        <translation>定期检查与保养</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;: history and schedules</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;：记录与定期计划</translation>
    </message>
    <message>
        <source>Choose an item above to see its history and schedules.</source>
        <translation>在上面选一件物品，查看它的记录和定期计划。</translation>
    </message>
    <message>
        <source>The history of this item could not be read.</source>
        <translation>无法读取这件物品的记录。</translation>
    </message>
    <message>
        <source>Lent</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>to %1, due %2%3</source>
        <translation>借给%1，%2 前归还%3</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>from %1%2</source>
        <translation>%1 归还%2</translation>
    </message>
    <message>
        <source>result: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>cost %1 yuan</source>
        <translation>费用 %1 元</translation>
    </message>
    <message>
        <source>responsible: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>compensation %1 yuan, paid %2</source>
        <translation>赔偿 %1 元，%2 已付</translation>
    </message>
    <message>
        <source>compensation %1 yuan, not paid</source>
        <translation>赔偿 %1 元，未付</translation>
    </message>
    <message>
        <source>to another room</source>
        <translation>调往其他功能室</translation>
    </message>
    <message>
        <source>approved by %1 on %2</source>
        <translation>%1 于 %2 审批</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The scrapping of %1 was approved.</source>
        <translation>%1 的报废已审批。</translation>
    </message>
    <message>
        <source>The compensation for %1 is recorded as paid.</source>
        <translation>%1 的赔偿已登记为已付。</translation>
    </message>
    <message>
        <source>The schedule of %1 was added.</source>
        <translation>%1 的定期计划已添加。</translation>
    </message>
    <message>
        <source>Remove the schedule “%1” of %2? Its past inspections and maintenance stay in the history.</source>
        <translation>删除%2的定期计划“%1”？以往的检查和保养记录会保留。</translation>
    </message>
    <message>
        <source>The schedule “%1” was removed.</source>
        <translation>定期计划“%1”已删除。</translation>
    </message>
</context>
<context>
    <name>rr::ItemsPanel</name>
    <message>
        <source>The ledger is empty. Register the first item with “Add item…”, or bring in the school's existing Excel ledger with “Import…”. The usual categories (康复训练设备, 感统器材, 教具 …) are ready; change them or add the school's own on the “Categories” tab.</source>
        <translation>台账还是空的。点“添加物品…”登记第一件物品，或点“导入…”导入学校现有的 Excel 台账。常用类别（康复训练设备、感统器材、教具……）已经建好，可在“类别”页修改或添加本校的类别。</translation>
    </message>
    <message>
        <source>Name, pinyin initials, number or model</source>
        <translation>名称、拼音首字母、编号或型号</translation>
    </message>
    <message>
        <source>Any condition</source>
        <translation>全部状况</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>With alerts</source>
        <translation>有提醒</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>添加物品…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Photo…</source>
        <translation>照片…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Only for an item registered by mistake; an item with a history is scrapped instead.</source>
        <translation>只用于误登记的物品；已有记录的物品请走报废。</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Receive…</source>
        <translation>入库…</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>领用…</translation>
    </message>
    <message>
        <source>Lend…</source>
        <translation>借出…</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>归还…</translation>
    </message>
    <message>
        <source>Inspect…</source>
        <translation>检查…</translation>
    </message>
    <message>
        <source>Maintain / repair…</source>
        <translation>保养/维修…</translation>
    </message>
    <message>
        <source>Damage…</source>
        <translation>损坏…</translation>
    </message>
    <message>
        <source>Scrap…</source>
        <translation>报废…</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>调拨…</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部功能室</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>The ledger could not be read.</source>
        <translation>无法读取台账。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>共 %n 件物品</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) shown</source>
        <translation>
            <numerusform>显示 %1 件，共 %n 件物品</numerusform>
        </translation>
    </message>
    <message>
        <source>; total value %1 yuan</source>
        <translation>，合计 %1 元</translation>
    </message>
    <message numerus="yes">
        <source>; ⚠ %n with alerts</source>
        <translation>
            <numerusform>；⚠ %n 件有提醒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was added to the ledger.</source>
        <translation>%1 已登记到台账。</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 已保存。</translation>
    </message>
    <message>
        <source>Receipt of %1 recorded.</source>
        <translation>%1 的入库已登记。</translation>
    </message>
    <message>
        <source>Issue of %1 recorded.</source>
        <translation>%1 的领用已登记。</translation>
    </message>
    <message>
        <source>%1 was lent.</source>
        <translation>%1 已借出。</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 已归还。</translation>
    </message>
    <message>
        <source>The inspection of %1 was recorded.</source>
        <translation>%1 的检查已登记。</translation>
    </message>
    <message>
        <source>The maintenance or repair of %1 was recorded.</source>
        <translation>%1 的保养/维修已登记。</translation>
    </message>
    <message>
        <source>The damage to %1 was recorded.</source>
        <translation>%1 的损坏已登记。</translation>
    </message>
    <message>
        <source>The request to scrap %1 was recorded; approve it from the history below.</source>
        <translation>%1 的报废申请已登记；请在下面的记录中审批。</translation>
    </message>
    <message>
        <source>%1 was moved.</source>
        <translation>%1 已调拨。</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>删除物品</translation>
    </message>
    <message>
        <source>Delete %1 %2 from the ledger? Only an item registered by mistake can be deleted.</source>
        <translation>从台账中删除 %1 %2？只有误登记的物品可以删除。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 已删除。</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) exported to %1.</source>
        <translation>
            <numerusform>已导出 %n 件物品到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::Ledger</name>
    <message>
        <source>%1 of %2 (%3) was due on %4.</source>
        <translation>%2的%1（%3）应于%4完成，已逾期。</translation>
    </message>
    <message>
        <source>%1 of %2 (%3) is due on %4.</source>
        <translation>%2的%1（%3）应于%4完成。</translation>
    </message>
    <message>
        <source>%1 lent to %2 was due back on %3.</source>
        <translation>借给%2的%1应于%3归还，已逾期。</translation>
    </message>
    <message>
        <source>%1 lent to %2 is due back on %3.</source>
        <translation>借给%2的%1应于%3归还。</translation>
    </message>
    <message>
        <source>%1 (batch %2) expired on %3; take it out of use.</source>
        <translation>%1（批号 %2）已于%3过期，请停止使用。</translation>
    </message>
    <message>
        <source>%1 (batch %2) expires on %3.</source>
        <translation>%1（批号 %2）将于%3过期。</translation>
    </message>
    <message>
        <source>%1: %2 %3 left, below the reorder level of %4.</source>
        <translation>%1：仅剩 %2%3，低于库存下限 %4。</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>保养</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>周</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>every %1 %2</source>
        <translation>每%1%2</translation>
    </message>
    <message>
        <source>A schedule needs the task to do.</source>
        <translation>定期计划需要填写任务内容。</translation>
    </message>
    <message>
        <source>The interval must be between 1 and 1000.</source>
        <translation>间隔须在 1 到 1000 之间。</translation>
    </message>
    <message>
        <source>A schedule needs its first due date.</source>
        <translation>定期计划需要首次到期日期。</translation>
    </message>
    <message>
        <source>The schedule does not exist.</source>
        <translation>该定期计划不存在。</translation>
    </message>
    <message>
        <source>The schedule does not exist for this item.</source>
        <translation>该物资没有这项定期计划。</translation>
    </message>
    <message>
        <source>The ledger entry does not exist.</source>
        <translation>该台账记录不存在。</translation>
    </message>
    <message>
        <source>An entry in the ledger needs its date.</source>
        <translation>台账记录需要日期。</translation>
    </message>
    <message>
        <source>An entry in the ledger needs the person who made it.</source>
        <translation>台账记录需要经办人。</translation>
    </message>
    <message>
        <source>An amount must be between 0 and 100,000,000 yuan.</source>
        <translation>金额须在 0 到 1 亿元之间。</translation>
    </message>
    <message>
        <source>%1 is scrapped; nothing more is recorded for it.</source>
        <translation>%1已报废，不能再登记。</translation>
    </message>
    <message>
        <source>An inspection needs its result.</source>
        <translation>检查需要填写结果。</translation>
    </message>
    <message>
        <source>Maintenance and repairs need what was done.</source>
        <translation>保养和维修需要填写所做的工作。</translation>
    </message>
    <message>
        <source>A damage needs its cause.</source>
        <translation>损坏需要填写原因。</translation>
    </message>
    <message>
        <source>The item is in that room already.</source>
        <translation>该物资已在这个功能室。</translation>
    </message>
    <message>
        <source>A scrapping needs its reason.</source>
        <translation>报废需要填写原因。</translation>
    </message>
    <message>
        <source>Between 1 and %1 %2 can be scrapped.</source>
        <translation>可报废的数量为 1 到 %1%2。</translation>
    </message>
    <message>
        <source>An approval needs both who approved and when.</source>
        <translation>审批需要批准人和批准日期。</translation>
    </message>
    <message>
        <source>An item is scrapped only through an approved scrapping, never by editing it.</source>
        <translation>物资只能经报废审批后报废，不能直接修改状况。</translation>
    </message>
    <message>
        <source>Only inspections and maintenance complete a schedule.</source>
        <translation>只有检查、保养和维修能完成定期计划。</translation>
    </message>
    <message>
        <source>A payment needs its date.</source>
        <translation>赔偿需要填写缴纳日期。</translation>
    </message>
    <message>
        <source>Only a damage with a compensation can be paid.</source>
        <translation>只有需要赔偿的损坏记录才能登记缴纳。</translation>
    </message>
    <message>
        <source>The compensation was paid already.</source>
        <translation>该赔偿已缴纳。</translation>
    </message>
    <message>
        <source>A compensation cannot be paid before the damage.</source>
        <translation>赔偿日期不能早于损坏日期。</translation>
    </message>
    <message>
        <source>Only a scrapping is approved.</source>
        <translation>只有报废申请需要审批。</translation>
    </message>
    <message>
        <source>The scrapping was approved already.</source>
        <translation>该报废申请已批准。</translation>
    </message>
    <message>
        <source>A scrapping cannot be approved before it was applied for.</source>
        <translation>批准日期不能早于申请日期。</translation>
    </message>
    <message>
        <source>Consumable</source>
        <translation>耗材</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>药品</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>The category does not exist.</source>
        <translation>该类别不存在。</translation>
    </message>
    <message>
        <source>There is no ledger category "%1".</source>
        <translation>没有台账类别“%1”。</translation>
    </message>
    <message>
        <source>A category needs a name.</source>
        <translation>类别需要名称。</translation>
    </message>
    <message>
        <source>A category code is 1 to %1 Latin letters or digits, e.g. KF.</source>
        <translation>类别代码为 1 到 %1 个英文字母或数字，例如 KF。</translation>
    </message>
    <message>
        <source>A category named "%1" or with the code %2 exists already.</source>
        <translation>已有名为“%1”或代码为 %2 的类别。</translation>
    </message>
    <message>
        <source>A category needs a code.</source>
        <translation>类别需要代码。</translation>
    </message>
    <message>
        <source>The kind of a category that has items cannot change.</source>
        <translation>类别下已有物资，不能更改种类。</translation>
    </message>
    <message>
        <source>The category has %1 items and cannot be removed.</source>
        <translation>该类别下有 %1 项物资，不能删除。</translation>
    </message>
    <message>
        <source>No heading row with a 名称 column was found in the first ten rows.</source>
        <translation>前十行中没有找到含“名称”列的标题行。</translation>
    </message>
    <message>
        <source>The file has no 类别 column.</source>
        <translation>文件中没有“类别”列。</translation>
    </message>
    <message>
        <source>A ledger file may hold at most %1 rows.</source>
        <translation>台账文件最多 %1 行。</translation>
    </message>
    <message>
        <source>The item has no name.</source>
        <translation>缺少物资名称。</translation>
    </message>
    <message>
        <source>The category "%1" is not in the list; add it first.</source>
        <translation>类别“%1”不在类别列表中，请先添加。</translation>
    </message>
    <message>
        <source>The ledger number %1 is taken by another item.</source>
        <translation>台账编号 %1 已被其他物资使用。</translation>
    </message>
    <message>
        <source>The quantity "%1" is not a whole number between 0 and %2.</source>
        <translation>数量“%1”不是 0 到 %2 之间的整数。</translation>
    </message>
    <message>
        <source>The unit price "%1" is not an amount in yuan.</source>
        <translation>单价“%1”不是以元为单位的金额。</translation>
    </message>
    <message>
        <source>The amount %1 is not quantity × unit price (%2); the ledger keeps the product.</source>
        <translation>金额 %1 不等于数量×单价（%2），台账按数量×单价计。</translation>
    </message>
    <message>
        <source>The %1 "%2" is not a date.</source>
        <translation>%1“%2”不是日期。</translation>
    </message>
    <message>
        <source>purchase date</source>
        <translation>购置日期</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>The medicine expired on %1.</source>
        <translation>该药品已于 %1 过期。</translation>
    </message>
    <message>
        <source>The reorder level "%1" is not a whole number.</source>
        <translation>库存下限“%1”不是整数。</translation>
    </message>
    <message>
        <source>There is no room "%1"; the item is imported without a room.</source>
        <translation>没有功能室“%1”，导入时不填功能室。</translation>
    </message>
    <message>
        <source>%1 is not on the staff list; the keeper is left empty.</source>
        <translation>%1不在教职工名单中，保管人留空。</translation>
    </message>
    <message>
        <source>The condition "%1" is unknown; 完好 is taken.</source>
        <translation>状况“%1”无法识别，按“完好”导入。</translation>
    </message>
    <message>
        <source>A scrapped item is not imported into the ledger.</source>
        <translation>已报废的物资不导入台账。</translation>
    </message>
    <message>
        <source>"%1" under 可借用 is neither 是 nor 否; the item is loanable.</source>
        <translation>“可借用”列的“%1”既不是“是”也不是“否”，按可借用导入。</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>Needs repair</source>
        <translation>待修</translation>
    </message>
    <message>
        <source>In repair</source>
        <translation>维修中</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Scrapped</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>完好</translation>
    </message>
    <message>
        <source>The item is not in the ledger.</source>
        <translation>台账中没有该物资。</translation>
    </message>
    <message>
        <source>There is no item "%1" in the ledger.</source>
        <translation>台账中没有物资“%1”。</translation>
    </message>
    <message>
        <source>An item needs a name.</source>
        <translation>物资需要名称。</translation>
    </message>
    <message>
        <source>An item needs a category.</source>
        <translation>物资需要类别。</translation>
    </message>
    <message>
        <source>The unit price must be between 0 and 100,000,000 yuan.</source>
        <translation>单价须在 0 到 1 亿元之间。</translation>
    </message>
    <message>
        <source>The reorder level must be between 0 and %1.</source>
        <translation>库存下限须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>A quantity must be between 0 and %1.</source>
        <translation>数量须在 0 到 %1 之间。</translation>
    </message>
    <message>
        <source>A new item cannot be registered as scrapped.</source>
        <translation>新登记的物资不能是报废状态。</translation>
    </message>
    <message>
        <source>Receiving needs a date and who received it.</source>
        <translation>入库需要日期和经办人。</translation>
    </message>
    <message>
        <source>Registered in the ledger</source>
        <translation>登记入账</translation>
    </message>
    <message>
        <source>An item needs a ledger number.</source>
        <translation>物资需要台账编号。</translation>
    </message>
    <message>
        <source>The item has a history in the ledger and cannot be removed; scrap it instead.</source>
        <translation>该物资已有台账记录，不能删除；请办理报废。</translation>
    </message>
    <message>
        <source>A photo may be at most 4 MB.</source>
        <translation>照片不能超过 4 MB。</translation>
    </message>
    <message>
        <source>A photo must be a JPEG or PNG picture.</source>
        <translation>照片须为 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>领用出库</translation>
    </message>
    <message>
        <source>Stocktake adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>调拨</translation>
    </message>
    <message>
        <source>Scrapping</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>The loan does not exist.</source>
        <translation>该借用记录不存在。</translation>
    </message>
    <message>
        <source>A quantity must be between 1 and %1.</source>
        <translation>数量须在 1 到 %1 之间。</translation>
    </message>
    <message>
        <source>A loan needs the day it is lent and the day it is due back.</source>
        <translation>借用需要借出日期和应还日期。</translation>
    </message>
    <message>
        <source>The due date cannot be before the day of the loan.</source>
        <translation>应还日期不能早于借出日期。</translation>
    </message>
    <message>
        <source>A loan may last at most %1 days.</source>
        <translation>借用期限最长 %1 天。</translation>
    </message>
    <message>
        <source>A loan needs the person who lends the item.</source>
        <translation>借用需要借出经办人。</translation>
    </message>
    <message>
        <source>A loan needs a borrower from the staff list.</source>
        <translation>借用人须是教职工名单中的人。</translation>
    </message>
    <message>
        <source>%1 has left the school and cannot borrow.</source>
        <translation>%1已离校，不能借用。</translation>
    </message>
    <message>
        <source>%1 is marked as not for loan.</source>
        <translation>%1标记为不外借。</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be lent.</source>
        <translation>%1目前为“%2”，不能借出。</translation>
    </message>
    <message>
        <source>Only %1 %2 of %3 are available to lend.</source>
        <translation>%3只有 %1%2 可以借出。</translation>
    </message>
    <message>
        <source>A return needs its date.</source>
        <translation>归还需要日期。</translation>
    </message>
    <message>
        <source>A return needs the person who took the item back.</source>
        <translation>归还需要接收人。</translation>
    </message>
    <message>
        <source>The loan was returned already.</source>
        <translation>该借用已归还。</translation>
    </message>
    <message>
        <source>An item cannot come back before it was lent.</source>
        <translation>归还日期不能早于借出日期。</translation>
    </message>
    <message>
        <source>%1 is not out on loan.</source>
        <translation>%1没有借出。</translation>
    </message>
    <message>
        <source>A stock movement needs a date.</source>
        <translation>出入库需要日期。</translation>
    </message>
    <message>
        <source>A stock movement needs the person who made it.</source>
        <translation>出入库需要经办人。</translation>
    </message>
    <message>
        <source>%1 is scrapped; its stock no longer changes.</source>
        <translation>%1已报废，库存不再变动。</translation>
    </message>
    <message>
        <source>Only %1 %2 of %3 are in stock; the stock cannot go below zero.</source>
        <translation>%3库存只有 %1%2，库存不能小于零。</translation>
    </message>
    <message>
        <source>%1 %2 of %3 are out on loan; only %4 can leave the stock.</source>
        <translation>%3有 %1%2 已借出，只能出库 %4。</translation>
    </message>
    <message>
        <source>%1 is equipment: it is lent and returned, not issued.</source>
        <translation>%1是设备，只借用归还，不领用出库。</translation>
    </message>
    <message>
        <source>The stocktake does not exist.</source>
        <translation>该盘点不存在。</translation>
    </message>
    <message>
        <source>A stocktake needs a title.</source>
        <translation>盘点需要标题。</translation>
    </message>
    <message>
        <source>A stocktake needs its date and who takes it.</source>
        <translation>盘点需要日期和盘点人。</translation>
    </message>
    <message>
        <source>A stocktake of these items is still open; confirm or discard it first.</source>
        <translation>这些物资还有未完成的盘点，请先确认或放弃。</translation>
    </message>
    <message>
        <source>There is nothing in the ledger to count there.</source>
        <translation>台账中那里没有可盘点的物资。</translation>
    </message>
    <message>
        <source>The stocktake is confirmed and can no longer change.</source>
        <translation>盘点已确认，不能再修改。</translation>
    </message>
    <message>
        <source>The item is not on the stocktake's list.</source>
        <translation>该物资不在本次盘点清单中。</translation>
    </message>
    <message>
        <source>A confirmation needs its date and who confirms.</source>
        <translation>确认需要日期和确认人。</translation>
    </message>
    <message>
        <source>The stocktake was confirmed already.</source>
        <translation>该盘点已确认。</translation>
    </message>
    <message>
        <source>A stocktake cannot be confirmed before it started.</source>
        <translation>确认日期不能早于盘点开始日期。</translation>
    </message>
    <message>
        <source>The difference of %1 %2 needs a reason.</source>
        <translation>%1 %2 的盘点差异需要填写原因。</translation>
    </message>
    <message>
        <source>Stocktake %1: %2</source>
        <translation>盘点“%1”：%2</translation>
    </message>
    <message>
        <source>A confirmed stocktake is kept.</source>
        <translation>已确认的盘点会保留，不能删除。</translation>
    </message>
    <message>
        <source>A transfer needs the room or the place the item goes to.</source>
        <translation>调拨需要写明调往的房间或存放位置。</translation>
    </message>
    <message>
        <source>The item is in that place already.</source>
        <translation>该物品已在这个存放位置。</translation>
    </message>
    <message>
        <source>A usage period needs its first and last day.</source>
        <translation>使用统计的时段需要开始和结束日期。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>时段的开始日期 %1 晚于结束日期 %2。</translation>
    </message>
    <message>
        <source>A usage period is at most ten years long.</source>
        <translation>使用统计的时段最长为十年。</translation>
    </message>
</context>
<context>
    <name>rr::LedgerActionDialog</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>rr::LedgerImportDialog</name>
    <message>
        <source>Import the ledger</source>
        <translation>导入台账</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>An .xlsx or .csv file with one item per row and a header row; the columns are found by their Chinese headings (名称 and 类别 are needed: %1).</source>
        <translation>.xlsx 或 .csv 文件，第一行是表头，每行一件物品；按中文表头识别各列（名称和类别必须有）：%1。</translation>
    </message>
    <message>
        <source>Choose a ledger file</source>
        <translation>选择台账文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Model / spec</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows with an error (red) are skipped; rows with a warning (yellow) are imported — check them afterwards. Each imported item is received into stock today at its quantity.</source>
        <translation>有错误的行（红色）会跳过；有警告的行（黄色）会导入，之后请核对。每件导入的物品按其数量于今天入库。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>已取消读取文件。</translation>
    </message>
    <message>
        <source>Reading the ledger file…</source>
        <translation>正在读取台账文件……</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in the file: </source>
        <translation>
            <numerusform>文件共 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to import (%2 of them with warnings), %3 skipped for errors.</source>
        <translation>%1 行可导入（其中 %2 行有警告），%3 行因错误跳过。</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>未使用的列：%1。</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s)</source>
        <translation>
            <numerusform>导入 %n 件物品</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing the ledger…</source>
        <translation>正在导入台账……</translation>
    </message>
    <message>
        <source>The import had already been written when it was cancelled: </source>
        <translation>取消时导入已经写入：</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported.</source>
        <translation>
            <numerusform>已导入 %n 件物品。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
</context>
<context>
    <name>rr::LedgerItemModel</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Model / spec</source>
        <translation>型号规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Room / place</source>
        <translation>功能室/位置</translation>
    </message>
    <message>
        <source>Keeper</source>
        <translation>保管人</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>状况</translation>
    </message>
    <message>
        <source>Loanable</source>
        <translation>可借</translation>
    </message>
    <message>
        <source>On loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>提醒</translation>
    </message>
</context>
<context>
    <name>rr::LedgerPage</name>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Loans</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>Stocktakes</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>类别</translation>
    </message>
</context>
<context>
    <name>rr::LedgerUi</name>
    <message>
        <source>yuan, e.g. 1280.50</source>
        <translation>元，如 1280.50</translation>
    </message>
    <message>
        <source>"%1" is no amount in yuan (e.g. 1280.50).</source>
        <translation>“%1”不是金额（以元为单位，如 1280.50）。</translation>
    </message>
</context>
<context>
    <name>rr::LedgerUsageView</name>
    <message>
        <source>This semester</source>
        <translation>本学期</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近30天</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <source>Dates chosen</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>Unused only</source>
        <translation>只看未使用</translation>
    </message>
    <message>
        <source>Ledger no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>存放房间</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>最近使用</translation>
    </message>
    <message>
        <source>In the period</source>
        <translation>本时段</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>The usage could not be read.</source>
        <translation>使用情况无法读取。</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>未放在房间</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未使用</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>未使用</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已使用</translation>
    </message>
    <message>
        <source>Every piece of equipment was used in the period.</source>
        <translation>本时段内所有设备都有使用。</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of equipment unused in the period.</source>
        <translation>
            <numerusform>本时段内有 %n 件设备未使用。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ledger has no equipment yet.</source>
        <translation>台账中还没有设备。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s), %1 unused in the period.</source>
        <translation>
            <numerusform>共 %n 项，本时段未使用 %1 项。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rr::LoanDialog</name>
    <message>
        <source>Lend</source>
        <translation>借出</translation>
    </message>
    <message>
        <source>Lent by</source>
        <translation>借出经办人</translation>
    </message>
    <message>
        <source>No serving staff member to lend to: add the staff first (Settings › Staff).</source>
        <translation>没有在职教职工可以借用：请先添加教职工（设置 › 教职工）。</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可借数量</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Due back on</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借出日期</translation>
    </message>
</context>
<context>
    <name>rr::LoansPanel</name>
    <message>
        <source>Out on loan</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>All loans</source>
        <translation>全部借用</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Borrower</source>
        <translation>借用人</translation>
    </message>
    <message>
        <source>Lent on</source>
        <translation>借出日期</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>应还日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>归还…</translation>
    </message>
    <message>
        <source>Print 借用登记表</source>
        <translation>打印借用登记表</translation>
    </message>
    <message>
        <source>The loans could not be read.</source>
        <translation>无法读取借用记录。</translation>
    </message>
    <message>
        <source>returned %1</source>
        <translation>%1 已归还</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>%n 天后到期</numerusform>
        </translation>
    </message>
    <message>
        <source>out</source>
        <translation>借出中</translation>
    </message>
    <message>
        <source>Nothing is out on loan. Lend an item from the Items tab (“Lend…”).</source>
        <translation>目前没有借出的物品。在“物品”页选中物品后点“借出…”。</translation>
    </message>
    <message>
        <source>No loan recorded yet. Lend an item from the Items tab (“Lend…”).</source>
        <translation>还没有借用记录。在“物品”页选中物品后点“借出…”。</translation>
    </message>
    <message numerus="yes">
        <source>%n loan(s)</source>
        <translation>
            <numerusform>共 %n 笔借用</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 overdue, %2 due within %3 days</source>
        <translation>；逾期 %1 笔，%3 天内到期 %2 笔</translation>
    </message>
    <message>
        <source>%1 is back.</source>
        <translation>%1 已归还。</translation>
    </message>
</context>
<context>
    <name>rr::LockScreen</name>
    <message>
        <source>ResourceRoom is locked</source>
        <translation>资源教室管理系统已锁定</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in. Enter the password to go on; everything open stays as it was.</source>
        <translation>当前登录：%1（%2）。输入密码后继续，已打开的内容都保持原样。</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
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
    <message>
        <source>"%1" needs its reason.</source>
        <translation>“%1”需要填写原因。</translation>
    </message>
    <message>
        <source>"%1" needs the person who handled it.</source>
        <translation>“%1”需要填写经办人。</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>更正需要填写原因。</translation>
    </message>
    <message>
        <source>A correction needs the person who handled it.</source>
        <translation>更正需要填写经办人。</translation>
    </message>
    <message>
        <source>There is no workflow step %1.</source>
        <translation>没有编号为%1的认定步骤。</translation>
    </message>
    <message>
        <source>The step "%1" of %2 was already corrected on %3.</source>
        <translation>%2的“%1”已于%3更正。</translation>
    </message>
    <message>
        <source>The steps after "%1" follow from it: correct the later steps first.</source>
        <translation>“%1”之后的步骤以它为前提：请先更正之后的步骤。</translation>
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
    <message>
        <source>%1 (corrected)</source>
        <translation>%1（已更正）</translation>
    </message>
    <message>
        <source>Corrected on %1 by %2: %3</source>
        <translation>%1由%2更正：%3</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>更正</translation>
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
    <message>
        <source>Correct the selected step…</source>
        <translation>更正所选步骤…</translation>
    </message>
    <message>
        <source>A step recorded by mistake is voided by a correction entry; it stays in the history.</source>
        <translation>误录的步骤以更正记录作废，仍保留在历史中。</translation>
    </message>
    <message>
        <source>Revoke the LRC status of %1 on %2? The student no longer receives the service.</source>
        <translation>确定于%2撤销%1的随班就读资格吗？撤销后该生不再接受资源教室服务。</translation>
    </message>
    <message>
        <source>Record that the centre did not confirm %1 on %2?</source>
        <translation>确定记录中心于%2对%1不予确认吗？</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>确认撤销</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>记录不予确认</translation>
    </message>
    <message>
        <source>Void the step "%1" of %2 (%3) as recorded by mistake? It stays in the history, marked as corrected; the status is computed without it.</source>
        <translation>确定将%3于%2的“%1”作为误录作废吗？该步骤仍保留在历史中并标为“已更正”，认定状态不再计入此步骤。</translation>
    </message>
    <message>
        <source>Correct a workflow step</source>
        <translation>更正认定步骤</translation>
    </message>
    <message>
        <source>Void the step</source>
        <translation>作废此步骤</translation>
    </message>
    <message>
        <source>The step is marked as corrected; record the right step if there is one.</source>
        <translation>该步骤已标为“已更正”；如有正确的步骤，请重新记录。</translation>
    </message>
</context>
<context>
    <name>rr::LrcReasonDialog</name>
    <message>
        <source>The decision stays in the student's history with its reason and who handled it. It cannot be edited; a mistake is corrected by a correction entry.</source>
        <translation>此决定连同原因和经办人记入学生的认定历史，不能修改；如有错误，只能以更正记录作废。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>请填写原因。</translation>
    </message>
    <message>
        <source>Say who handled it.</source>
        <translation>请填写经办人。</translation>
    </message>
</context>
<context>
    <name>rr::LrcReminders</name>
    <message numerus="yes">
        <source>%1: the LRC application is %n day(s) overdue for the report to the centre (due %2).</source>
        <translation>
            <numerusform>%1：随班就读申请已超过上报截止日期（%2）%n 天，请尽快上报资源中心。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the LRC application must be reported to the centre today.</source>
        <translation>%1：随班就读申请须于今天上报资源中心。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n day(s) left to report the LRC application to the centre (due %2).</source>
        <translation>
            <numerusform>%1：距随班就读申请上报资源中心截止（%2）还有 %n 天。</numerusform>
        </translation>
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
    <message>
        <source>[read-only]</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <source>Saving a copy of the data…</source>
        <translation>正在保存数据副本…</translation>
    </message>
    <message>
        <source>Save as a new data file</source>
        <translation>另存为新的数据文件</translation>
    </message>
    <message>
        <source>ResourceRoom data files (*.sqlite)</source>
        <translation>资源教室数据文件 (*.sqlite)</translation>
    </message>
    <message>
        <source>The data was saved as %1.</source>
        <translation>数据已另存为 %1。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开它</translation>
    </message>
    <message>
        <source>[data file missing — not saving]</source>
        <translation>［数据文件已丢失，不再保存］</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>Sign &amp;out / switch user…</source>
        <translation>退出登录/切换用户(&amp;O)…</translation>
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
    <name>rr::ObjectiveDataPanel</name>
    <message>
        <source>Record a data point</source>
        <translation>记录数据点</translation>
    </message>
    <message>
        <source>Optional, e.g. tired after PE</source>
        <translation>可选，例如：体育课后疲劳</translation>
    </message>
    <message>
        <source>Add data point</source>
        <translation>添加数据点</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remove data point</source>
        <translation>删除数据点</translation>
    </message>
    <message>
        <source>Phase change (the teaching changed)</source>
        <translation>阶段变化（教学调整）</translation>
    </message>
    <message>
        <source>What changed, e.g. concrete objects instead of pictures</source>
        <translation>调整内容，例如：用实物代替图片</translation>
    </message>
    <message>
        <source>Add phase change</source>
        <translation>添加阶段变化</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>调整</translation>
    </message>
    <message>
        <source>Data for: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>No phase changes yet.</source>
        <translation>尚无阶段变化。</translation>
    </message>
    <message>
        <source>Phase changes:
%1</source>
        <translation>阶段变化：
%1</translation>
    </message>
    <message>
        <source>Data are recorded while the IEP is in effect.</source>
        <translation>数据在个别化教育计划生效期间记录。</translation>
    </message>
    <message>
        <source>Choose an objective to record its data.</source>
        <translation>请选择一个短期目标以记录数据。</translation>
    </message>
    <message>
        <source>Data point of %1 added.</source>
        <translation>已添加 %1 的数据点。</translation>
    </message>
    <message>
        <source>Data point removed.</source>
        <translation>数据点已删除。</translation>
    </message>
    <message>
        <source>Say what changed in the teaching.</source>
        <translation>请说明教学做了哪些调整。</translation>
    </message>
    <message>
        <source>Phase change added; the four-point rule counts from this date.</source>
        <translation>已添加阶段变化；四点法则将从该日期起计算。</translation>
    </message>
</context>
<context>
    <name>rr::ObjectiveForm</name>
    <message>
        <source>What the child will do, as it can be observed</source>
        <translation>学生将做到的可观察的行为</translation>
    </message>
    <message>
        <source>e.g. 借助实物, 在个训室</source>
        <translation>例如：借助实物，在个训室</translation>
    </message>
    <message>
        <source>e.g. 正确率80%以上, 连续3次</source>
        <translation>例如：正确率80%以上，连续3次</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Goal value</source>
        <translation>目标值</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Start and end</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <source>Measured as</source>
        <translation>测量方式</translation>
    </message>
    <message>
        <source>Goal value: %1</source>
        <translation>目标值：%1</translation>
    </message>
    <message>
        <source>Without a criterion the objective cannot take effect.</source>
        <translation>没有标准的短期目标不能生效。</translation>
    </message>
    <message>
        <source>This criterion cannot be measured; give a number (80%, 3 times) or a prompt level.</source>
        <translation>该标准无法测量；请填写数字（80%、3次）或提示等级。</translation>
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
    <name>rr::ObjectiveWorkRow</name>
    <message>
        <source>Note, e.g. with picture cards</source>
        <translation>备注，例如：使用图卡</translation>
    </message>
    <message>
        <source>Not worked on after all: remove</source>
        <translation>实际未训练：删除</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
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
    <message>
        <source>Could not be read.</source>
        <translation>无法读取。</translation>
    </message>
    <message>
        <source>The IEP reminders could not be read.</source>
        <translation>无法读取个别化教育计划的提醒。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>No alerts: no loan or maintenance due, no medicine expiring, no stock below its reorder level, no family contact or school work overdue.</source>
        <translation>暂无预警：没有到期的借用或保养，没有临期或过期药品，没有低于补货线的耗材，家校联系和学校工作也没有逾期。</translation>
    </message>
    <message>
        <source>The alerts could not be read.</source>
        <translation>预警无法读取。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>rr::PartnerContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>编辑联络单位</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>添加联络单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::PartnerListModel</name>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::PhotoDialog</name>
    <message>
        <source>Photo of %1</source>
        <translation>%1 的照片</translation>
    </message>
    <message>
        <source>Choose picture…</source>
        <translation>选择图片…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>删除照片</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo could not be read.</source>
        <translation>无法读取照片。</translation>
    </message>
    <message>
        <source>No photo yet.</source>
        <translation>还没有照片。</translation>
    </message>
    <message>
        <source>The stored photo is no picture Qt can show.</source>
        <translation>保存的照片无法显示。</translation>
    </message>
    <message>
        <source>A photo may be at most 4 MB.</source>
        <translation>照片最大 4 MB。</translation>
    </message>
    <message>
        <source>The file could not be opened.</source>
        <translation>无法打开文件。</translation>
    </message>
    <message>
        <source>The photo was saved.</source>
        <translation>照片已保存。</translation>
    </message>
    <message>
        <source>The photo was removed.</source>
        <translation>照片已删除。</translation>
    </message>
</context>
<context>
    <name>rr::PlanGoalTableModel</name>
    <message>
        <source>(not from the IEP)</source>
        <translation>（非来自个别化教育计划）</translation>
    </message>
    <message>
        <source>(an objective of another IEP)</source>
        <translation>（其他个别化教育计划的短期目标）</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>IEP objective it serves</source>
        <translation>对应的个别化教育计划短期目标</translation>
    </message>
</context>
<context>
    <name>rr::PlanStudentListModel</name>
    <message>
        <source>No plan</source>
        <translation>无计划</translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s), %1 min × %2 a week</source>
        <translation>
            <numerusform>%n 个目标，每周 %2 次 × %1 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>No IEP</source>
        <translation>无教育计划</translation>
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
        <translation>教育计划</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>训练计划</translation>
    </message>
</context>
<context>
    <name>rr::Policy</name>
    <message>
        <source>change student records</source>
        <translation>修改学生档案</translation>
    </message>
    <message>
        <source>change IEPs or assessments</source>
        <translation>修改个别化教育计划或评估</translation>
    </message>
    <message>
        <source>change training plans, training records or the timetable</source>
        <translation>修改训练方案、训练记录或课表</translation>
    </message>
    <message>
        <source>change the rooms or their rules</source>
        <translation>修改功能室或其管理制度</translation>
    </message>
    <message>
        <source>change the equipment ledger</source>
        <translation>修改物资管理台账</translation>
    </message>
    <message>
        <source>change or remove family contact records</source>
        <translation>修改或删除家校联系记录</translation>
    </message>
    <message>
        <source>change counselling records</source>
        <translation>修改心理辅导记录</translation>
    </message>
    <message>
        <source>change guidance visit records</source>
        <translation>修改巡回指导记录</translation>
    </message>
    <message>
        <source>change the school's archive</source>
        <translation>修改学校档案</translation>
    </message>
    <message>
        <source>change the settings, the calendar or the staff list</source>
        <translation>修改设置、校历或教职工名单</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>This account (%1) may not print this form.</source>
        <translation>此账户（%1）不能打印此表。</translation>
    </message>
    <message>
        <source>This account (%1) may not %2.</source>
        <translation>此账户（%1）不能%2。</translation>
    </message>
    <message>
        <source>This account (%1) may change only the counselling sessions its own staff member holds, recorded under that name.</source>
        <translation>此账户（%1）只能修改本人主持的心理辅导记录，且须以本人名义记录。</translation>
    </message>
    <message>
        <source>Student %1 is not in the classes this head teacher leads; a head teacher's account sees only the students of their own classes.</source>
        <translation>编号为%1的学生不在本班主任所带的班级中；班主任账户只能查看自己班级的学生。</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>无角色</translation>
    </message>
</context>
<context>
    <name>rr::PresentLevelEditor</name>
    <message>
        <source>Domain</source>
        <translation>领域</translation>
    </message>
    <message>
        <source>Present level</source>
        <translation>现有能力水平</translation>
    </message>
    <message>
        <source>Add domain</source>
        <translation>添加领域</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Suggest from assessments</source>
        <translation>根据评估生成建议</translation>
    </message>
    <message>
        <source>Adds a line for each instrument's latest assessment of this student, to edit.</source>
        <translation>为每个评估工具添加该生最近一次评估的一行内容，以供编辑。</translation>
    </message>
    <message>
        <source>This student has no assessments on file; add them on the Assessments tab of the IEP area.</source>
        <translation>该生没有评估记录；请在个别化教育计划区的“评估”页中添加。</translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) added from the assessments; edit them to describe the child.</source>
        <translation>
            <numerusform>已根据评估添加 %n 条建议；请编辑以描述该生情况。</numerusform>
        </translation>
    </message>
    <message>
        <source>The assessments' findings are already in the present levels.</source>
        <translation>评估结果已在现有能力水平中。</translation>
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
        <source>Cannot write the PDF file %1: %2</source>
        <translation>无法写入PDF文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 has no IEP for %2.</source>
        <translation>%1没有%2的个别化教育计划。</translation>
    </message>
    <message>
        <source>Choose a saved inspection, or the first and last day to inspect.</source>
        <translation>请选择一次已保存的检查，或选择检查的起止日期。</translation>
    </message>
    <message>
        <source>Choose the room whose form is to be printed.</source>
        <translation>请选择要打印表格的功能室。</translation>
    </message>
    <message>
        <source>There is no room with number %1.</source>
        <translation>没有编号为 %1 的功能室。</translation>
    </message>
    <message>
        <source>Give both the first and the last day of the period.</source>
        <translation>请同时填写期间的开始日期和结束日期。</translation>
    </message>
    <message>
        <source>The period starts on %1, after its last day %2.</source>
        <translation>期间开始日期 %1 晚于结束日期 %2。</translation>
    </message>
    <message>
        <source>%1 has teaching weeks 1 to %2; there is no week %3.</source>
        <translation>%1 的教学周为第 1 至 %2 周，没有第 %3 周。</translation>
    </message>
    <message>
        <source>There is no training record with number %1.</source>
        <translation>没有编号为 %1 的训练记录。</translation>
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
        <translation>
            <numerusform>已发送 %n 页到打印机。</numerusform>
        </translation>
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
        <translation>
            <numerusform>已保存 %n 页到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Inspect the period now</source>
        <translation>立即检查该期间</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 to %3, %n problem(s)</source>
        <translation>
            <numerusform>%1：%2 至 %3，%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole semester</source>
        <translation>整个学期</translation>
    </message>
    <message>
        <source>Week %1 (%2 to %3)</source>
        <translation>第 %1 周（%2 至 %3）</translation>
    </message>
    <message>
        <source>All records in the period</source>
        <translation>期间内的所有记录</translation>
    </message>
    <message>
        <source>Add a room in the resource room area first.</source>
        <translation>请先在资源教室区添加功能室。</translation>
    </message>
    <message>
        <source>The period starts after its last day.</source>
        <translation>期间开始日期晚于结束日期。</translation>
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
    <name>rr::ProgressChartWidget</name>
    <message>
        <source>Robust trend (Tukey)</source>
        <translation>稳健趋势线</translation>
    </message>
    <message>
        <source>A trend line that one unusual day (a sick day, a lucky guess) cannot tilt.</source>
        <translation>不受个别异常日（如生病、碰巧猜对）影响的趋势线。</translation>
    </message>
    <message>
        <source>The objective has no goal value or deadline, so there is no aim line.</source>
        <translation>该短期目标没有目标值或截止日期，因此无目标线。</translation>
    </message>
    <message>
        <source>The baseline needs three data points.</source>
        <translation>基线需要三个数据点。</translation>
    </message>
    <message>
        <source>Four-point rule: %1</source>
        <translation>四点法则：%1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Baseline %1</source>
        <translation>基线 %1</translation>
    </message>
    <message>
        <source>Aim line</source>
        <translation>目标线</translation>
    </message>
    <message>
        <source>Trend (Tukey)</source>
        <translation>稳健趋势线</translation>
    </message>
    <message>
        <source>Trend (least squares)</source>
        <translation>趋势（最小二乘法）</translation>
    </message>
    <message>
        <source>Phase change</source>
        <translation>阶段变化</translation>
    </message>
    <message>
        <source>Teaching changed</source>
        <translation>教学调整</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
</context>
<context>
    <name>rr::ProgressPointModel</name>
    <message>
        <source>Training session</source>
        <translation>训练课</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手动录入</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>rr::ProtectedPeriodDialog</name>
    <message>
        <source>Class periods %1 must not miss</source>
        <translation>%1 不得缺席的课程</translation>
    </message>
    <message>
        <source>Lessons agreed with the head teacher that training may not take. A slot over one of them is shown as a conflict.</source>
        <translation>与班主任商定不得占用进行训练的课程。与其重叠的排课时段将显示为冲突。</translation>
    </message>
    <message>
        <source>Lesson, e.g. Chinese</source>
        <translation>课程，例如：语文</translation>
    </message>
    <message>
        <source>Every semester</source>
        <translation>每学期</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>rr::ProtectedPeriodTableModel</name>
    <message>
        <source>every semester</source>
        <translation>每学期</translation>
    </message>
    <message>
        <source>this semester</source>
        <translation>本学期</translation>
    </message>
    <message>
        <source>another semester</source>
        <translation>其他学期</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Holds in</source>
        <translation>适用于</translation>
    </message>
</context>
<context>
    <name>rr::ReadFailure</name>
    <message>
        <source>Could not read the data</source>
        <translation>无法读取数据</translation>
    </message>
</context>
<context>
    <name>rr::RecordEditorDialog</name>
    <message>
        <source>Training record</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>e.g. 数学个训</source>
        <translation>例如：数学个训</translation>
    </message>
    <message>
        <source>What was trained, e.g. 10以内加法（实物操作）</source>
        <translation>训练内容，例如：10以内加法（实物操作）</translation>
    </message>
    <message>
        <source>How, e.g. 示范—练习—强化</source>
        <translation>训练方法，例如：示范—练习—强化</translation>
    </message>
    <message>
        <source>Separate with 、 or commas, e.g. 计数棒、数字卡片</source>
        <translation>用“、”或逗号分隔，例如：计数棒、数字卡片</translation>
    </message>
    <message>
        <source>Problems noticed</source>
        <translation>发现的问题</translation>
    </message>
    <message>
        <source>What to change next time</source>
        <translation>下次需要调整的内容</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>签字</translation>
    </message>
    <message>
        <source>A signed record is read-only; corrections are kept as amendments</source>
        <translation>已签字的记录为只读；更改将作为更正保留</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <source>Cancel amendment</source>
        <translation>取消更正</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>历史…</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>训练课</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Equipment and teaching aids</source>
        <translation>器材与教具</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>后续措施</translation>
    </message>
    <message>
        <source>The students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>This training record no longer exists.</source>
        <translation>该训练记录已不存在。</translation>
    </message>
    <message>
        <source>Training record of %1, %2</source>
        <translation>%1 的训练记录，%2</translation>
    </message>
    <message>
        <source>Training record — %1</source>
        <translation>训练记录 — %1</translation>
    </message>
    <message>
        <source>(no instructor)</source>
        <translation>（无指导教师）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Save amendment…</source>
        <translation>保存更正…</translation>
    </message>
    <message>
        <source>Draft — sign it once the record is complete</source>
        <translation>草稿 — 记录填写完整后请签字</translation>
    </message>
    <message>
        <source>Signed by %1 on %2</source>
        <translation>%1 于 %2 签字</translation>
    </message>
    <message numerus="yes">
        <source>amended %n time(s)</source>
        <translation>
            <numerusform>已更正 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>amending: save asks for the reason</source>
        <translation>正在更正：保存时需填写原因</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>The record is signed and read-only: use Amend… to correct it.</source>
        <translation>该记录已签字，为只读：请使用“更正…”进行更改。</translation>
    </message>
    <message>
        <source>The draft was saved.</source>
        <translation>草稿已保存。</translation>
    </message>
    <message>
        <source>The record is already signed.</source>
        <translation>该记录已签字。</translation>
    </message>
    <message>
        <source>Sign an incomplete record?</source>
        <translation>签字确认不完整的记录？</translation>
    </message>
    <message>
        <source>The record was signed; it is now read-only.</source>
        <translation>记录已签字，现为只读。</translation>
    </message>
    <message>
        <source>Correct the record, then save: you will be asked for the reason.</source>
        <translation>请修改记录后保存：届时需填写更正原因。</translation>
    </message>
    <message>
        <source>Nothing was changed yet.</source>
        <translation>尚未作任何更改。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>Amendment %1 was saved; the signed version is kept in the history.</source>
        <translation>更正 %1 已保存；已签字的版本保留在历史中。</translation>
    </message>
    <message>
        <source>Delete the draft?</source>
        <translation>删除草稿？</translation>
    </message>
    <message>
        <source>Delete this draft record and the data points it wrote? The timetable session will show as not recorded.</source>
        <translation>删除此草稿记录及其写入的数据点吗？对应的排课将显示为未记录。</translation>
    </message>
    <message>
        <source>%1 has no earlier record to copy from.</source>
        <translation>%1 没有可复制的以前记录。</translation>
    </message>
    <message>
        <source>Filled in from %1's record of %2: enter today's values.</source>
        <translation>已根据 %1 在 %2 的记录填写：请录入今日数据。</translation>
    </message>
    <message>
        <source>Save the record before printing it.</source>
        <translation>请先保存记录再打印。</translation>
    </message>
    <message>
        <source>Discard the changes?</source>
        <translation>放弃更改？</translation>
    </message>
    <message>
        <source>The record has changes that are not saved. Close it without saving them?</source>
        <translation>记录有未保存的更改。确定不保存就关闭吗？</translation>
    </message>
    <message>
        <source>These are still empty:
%1

Sign the record anyway? It cannot be changed afterwards except by an amendment.</source>
        <translation>以下内容尚未填写：
%1

仍要签字吗？签字后只能通过更正记录修改。</translation>
    </message>
    <message>
        <source>From the ledger…</source>
        <translation>从台账选择…</translation>
    </message>
    <message>
        <source>Pick the equipment from the ledger, so that its use is counted</source>
        <translation>从物资台账选择器材，以便统计使用次数</translation>
    </message>
    <message>
        <source>Change log…</source>
        <translation>修改记录…</translation>
    </message>
    <message>
        <source>Who created, changed or signed this record, field by field</source>
        <translation>谁建立、修改或签名了本记录，逐项列出</translation>
    </message>
</context>
<context>
    <name>rr::RecordHistoryDialog</name>
    <message>
        <source>History of the training record</source>
        <translation>训练记录历史</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>The record no longer exists.</source>
        <translation>该记录已不存在。</translation>
    </message>
    <message>
        <source>%1 %2, %3, %4 — %5</source>
        <translation>%1 %2，%3，%4 — %5</translation>
    </message>
    <message>
        <source>The record is not signed yet: a draft has no history.</source>
        <translation>该记录尚未签字：草稿没有历史。</translation>
    </message>
    <message>
        <source>Signed on %1 by %2. Later versions list what they changed against the one before.</source>
        <translation>%2 于 %1 签字。之后的每个版本列出相对于前一版本的更改。</translation>
    </message>
    <message>
        <source>Amendment %1 on %2 by %3. Reason: %4</source>
        <translation>更正 %1：%3 于 %2 修改。原因：%4</translation>
    </message>
    <message>
        <source>The history could not be read.</source>
        <translation>无法读取记录历史。</translation>
    </message>
</context>
<context>
    <name>rr::RecordState</name>
    <message>
        <source>Not yet recorded</source>
        <translation>尚未记录</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message numerus="yes">
        <source>Signed, amended %n time(s)</source>
        <translation>
            <numerusform>已签字，已更正 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>rr::RecordVersionModel</name>
    <message>
        <source>As signed</source>
        <translation>签字时版本</translation>
    </message>
    <message>
        <source>Amendment %1</source>
        <translation>更正 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s)</source>
        <translation>
            <numerusform>%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>更改内容</translation>
    </message>
</context>
<context>
    <name>rr::RecordsPanel</name>
    <message>
        <source>Unsigned only</source>
        <translation>仅显示未签字</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部功能室</translation>
    </message>
    <message>
        <source>All instructors</source>
        <translation>全部指导教师</translation>
    </message>
    <message>
        <source>All students</source>
        <translation>全部学生</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 份记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not signed</source>
        <translation>
            <numerusform>%n 份未签字</numerusform>
        </translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>无法读取训练记录。</translation>
    </message>
</context>
<context>
    <name>rr::RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>This is the administrator's recovery code. With it a forgotten administrator's password can be reset. It is shown only now: print it or write it down, and keep it locked away, not beside the computer.</source>
        <translation>这是管理员的恢复码，管理员忘记密码时可以用它重设密码。恢复码只显示这一次：请打印或抄下，锁好保管，不要放在电脑旁。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>保存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>将恢复码保存为 PDF</translation>
    </message>
    <message>
        <source>recovery code.pdf</source>
        <translation>恢复码.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery code</source>
        <translation>我已打印或抄下恢复码</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
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
    <name>rr::ResourceRoomPage</name>
    <message>
        <source>Rooms</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>课表</translation>
    </message>
    <message>
        <source>Training plans</source>
        <translation>训练计划</translation>
    </message>
    <message>
        <source>%1, week %2 of %3</source>
        <translation>%1，第 %2 周（共 %3 周）</translation>
    </message>
</context>
<context>
    <name>rr::RestoreConfirmDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>The backup %1 holds:</source>
        <translation>备份 %1 包含：</translation>
    </message>
    <message>
        <source>Restoring replaces everything in the open data file (%1) with what the backup holds. A safety copy of the file as it is now is kept beside it first. The program closes the file, restores it and opens it again.</source>
        <translation>恢复会用备份中的内容替换当前打开的数据文件（%1）中的全部内容。替换之前，会先在它旁边保留一份当前文件的安全副本。程序会关闭文件、恢复，然后重新打开。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>rr::RetentionModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离校日期</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Archive files</source>
        <translation>档案附件</translation>
    </message>
</context>
<context>
    <name>rr::RetentionPanel</name>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>Save period</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Delete the student's records…</source>
        <translation>删除该学生的记录…</translation>
    </message>
    <message>
        <source>Students whose LRC status was revoked (they left the school) more than the period ago are listed here for review. Deleting one removes the student with every record: archive files, IEPs, progress data, training record entries, contacts and counselling. The deletion is recorded in the audit trail.</source>
        <translation>随班就读认定已撤销（已离校）且超过保留期限的学生列在这里，供审核。删除后该学生的全部记录一并删除：档案附件、个别化教育计划、进展数据、训练记录中的该生内容、家校联系和心理辅导记录。删除操作记入审计日志。</translation>
    </message>
    <message>
        <source>Keep the records of students who left for</source>
        <translation>离校学生的记录保留</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) left more than %1 years ago.</source>
        <translation>
            <numerusform>共 %n 名学生离校已超过 %1 年。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the student's records</source>
        <translation>删除学生记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1 (left on %2) with every record: %n archive file(s), IEPs, progress data, training record entries, contacts and counselling? This cannot be undone; it is recorded in the audit trail.</source>
        <translation>
            <numerusform>删除 %1（%2 离校）及其全部记录：%n 个档案附件、个别化教育计划、进展数据、训练记录中的该生内容、家校联系和心理辅导记录？删除后无法恢复，并记入审计日志。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1's records were deleted: %2 records, %3 archive files.</source>
        <translation>已删除 %1 的记录：%2 条记录，%3 个档案附件。</translation>
    </message>
</context>
<context>
    <name>rr::RetireDialog</name>
    <message>
        <source>Staff member left</source>
        <translation>登记离职</translation>
    </message>
    <message>
        <source>%1 stays named in every record, but is no longer offered as instructor or head teacher.</source>
        <translation>%1的姓名在所有记录中保留，但不再作为授课教师或班主任供选择。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
</context>
<context>
    <name>rr::ReturnDialog</name>
    <message>
        <source>Return</source>
        <translation>归还</translation>
    </message>
    <message>
        <source>Taken back by</source>
        <translation>接收人</translation>
    </message>
    <message>
        <source>%1 × %2, lent %3, due %4</source>
        <translation>%1 借 %2 件，%3 借出，%4 应还</translation>
    </message>
    <message>
        <source>its state on return, if worth noting</source>
        <translation>归还时的状况（如有需要）</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>借用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Returned on</source>
        <translation>归还日期</translation>
    </message>
    <message>
        <source>The item has no loan open.</source>
        <translation>这件物品没有未归还的借用。</translation>
    </message>
</context>
<context>
    <name>rr::ReviewListModel</name>
    <message>
        <source>Not yet checked</source>
        <translation>尚未核对</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>班级</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Raised on</source>
        <translation>提出日期</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>核对情况</translation>
    </message>
</context>
<context>
    <name>rr::ReviewPanel</name>
    <message>
        <source>Mark as checked</source>
        <translation>标记为已核对</translation>
    </message>
    <message>
        <source>Records imported with a doubt: check each against the certificate, the ID card or the family, correct the record if needed, then mark it as checked. Double-click to open the student.</source>
        <translation>导入时有疑问的记录：请对照残疾人证、身份证或向家长核实，必要时修改档案，然后标记为已核对。双击可打开该学生。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this record to check.</source>
        <translation>
            <numerusform>此档案有 %n 项待核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing of this record is left to check.</source>
        <translation>此档案没有待核对的事项。</translation>
    </message>
    <message>
        <source>Resource teacher</source>
        <translation>资源教师</translation>
    </message>
    <message>
        <source>Marked as checked.</source>
        <translation>已标记为已核对。</translation>
    </message>
</context>
<context>
    <name>rr::RevisionHistoryDialog</name>
    <message>
        <source>Revision history</source>
        <translation>修订历史</translation>
    </message>
    <message>
        <source>This IEP has not been revised since it took effect.</source>
        <translation>此个别化教育计划生效后尚未修订。</translation>
    </message>
    <message>
        <source>Revised on %1 by %2</source>
        <translation>%1 由 %2 修订</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>No difference in content.</source>
        <translation>内容无差异。</translation>
    </message>
    <message>
        <source>The content before this revision</source>
        <translation>本次修订前的内容</translation>
    </message>
</context>
<context>
    <name>rr::RevisionListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Revised by</source>
        <translation>修订人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>rr::RevisionReasonDialog</name>
    <message>
        <source>Revise the IEP</source>
        <translation>修订个别化教育计划</translation>
    </message>
    <message>
        <source>The plan is in effect: the change is kept as a dated revision with its reason, and the previous content stays in the history.</source>
        <translation>此计划已生效：更改将作为注明日期和原因的修订保存，之前的内容保留在修订历史中。</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>e.g. 期中评估：目标已提前达成，提高标准</source>
        <translation>例如：期中评估：目标已提前达成，提高标准</translation>
    </message>
    <message>
        <source>Save revision</source>
        <translation>保存修订</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>更改内容</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Revised by</source>
        <translation>修订人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Give the reason for the revision.</source>
        <translation>请填写修订原因。</translation>
    </message>
    <message>
        <source>Say who made the revision.</source>
        <translation>请填写修订人。</translation>
    </message>
</context>
<context>
    <name>rr::RoomDialog</name>
    <message>
        <source>Edit room</source>
        <translation>编辑功能室</translation>
    </message>
    <message>
        <source>Add room</source>
        <translation>添加功能室</translation>
    </message>
    <message>
        <source>e.g. Resource room, Sensory integration room</source>
        <translation>例如：资源教室、感统训练室</translation>
    </message>
    <message>
        <source> students</source>
        <translation> 人</translation>
    </message>
    <message>
        <source>e.g. teaching building, ground floor, room 103</source>
        <translation>例如：教学楼一楼103室</translation>
    </message>
    <message>
        <source>Replace the rules with the defaults of the new type</source>
        <translation>用新类型的默认制度替换现有制度</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>The room starts with the rules of a %1; you can change them afterwards.</source>
        <translation>该功能室将采用%1的制度，之后可以修改。</translation>
    </message>
    <message>
        <source>The room keeps its present rules unless you replace them.</source>
        <translation>除非替换，该功能室保留现有制度。</translation>
    </message>
    <message>
        <source>Changing the room does not change its rules.</source>
        <translation>修改功能室不会改变其制度。</translation>
    </message>
</context>
<context>
    <name>rr::RoomListModel</name>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容纳人数</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
</context>
<context>
    <name>rr::RoomRuleEditor</name>
    <message>
        <source>The rule's words, as they appear on the poster</source>
        <translation>制度条文，与制度牌上的文字一致</translation>
    </message>
    <message>
        <source>Where the program can hold a rule to account, it stops or warns when the rule is broken and quotes the rule's words.</source>
        <translation>对于程序能够核查的制度，违反时程序会阻止或发出提醒，并引用该制度条文。</translation>
    </message>
    <message>
        <source>Add rule</source>
        <translation>添加制度</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Save rules</source>
        <translation>保存制度</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Reset to the defaults of this room type</source>
        <translation>恢复为此类功能室的默认制度</translation>
    </message>
    <message>
        <source>Print poster…</source>
        <translation>打印制度牌…</translation>
    </message>
    <message>
        <source>The rules as a poster for the room's wall; save your changes first.</source>
        <translation>将制度打印成制度牌张贴在功能室墙上；请先保存更改。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>制度</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
    <message>
        <source>Checked as</source>
        <translation>核查方式</translation>
    </message>
    <message>
        <source>Rules of %1</source>
        <translation>%1的制度</translation>
    </message>
    <message>
        <source>Select a room to see its rules.</source>
        <translation>选择一个功能室以查看其制度。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source> day(s) after use</source>
        <translation> 天内（使用后）</translation>
    </message>
    <message>
        <source> students at once</source>
        <translation> 人（同时）</translation>
    </message>
    <message>
        <source>The rules of %1 were saved.</source>
        <translation>%1的制度已保存。</translation>
    </message>
    <message>
        <source>Reset rules</source>
        <translation>恢复默认制度</translation>
    </message>
    <message>
        <source>Replace all rules of %1 with the shipped rules of a %2? Your own wording is lost.</source>
        <translation>用%2的默认制度替换%1的全部制度？您自己编写的条文将丢失。</translation>
    </message>
    <message>
        <source>%1 has the default rules of its type again.</source>
        <translation>%1已恢复为该类型的默认制度。</translation>
    </message>
    <message>
        <source>There is no rules poster to print.</source>
        <translation>没有可打印的制度牌。</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>预览：%1</translation>
    </message>
    <message>
        <source>The rules of %1 could not be read.</source>
        <translation>无法读取%1的管理制度。</translation>
    </message>
</context>
<context>
    <name>rr::RoomRuleTableModel</name>
    <message numerus="yes">
        <source>within %n day(s)</source>
        <translation>
            <numerusform>%n 天内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>%n 名学生</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule (as printed)</source>
        <translation>制度（打印文字）</translation>
    </message>
    <message>
        <source>Checked by the program</source>
        <translation>程序核查</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>限值</translation>
    </message>
</context>
<context>
    <name>rr::RoomRules</name>
    <message>
        <source>A teacher leads every session</source>
        <translation>每次训练均由教师指导</translation>
    </message>
    <message>
        <source>A record is due after each use</source>
        <translation>每次使用后须填写记录</translation>
    </message>
    <message>
        <source>Equipment kept here is not lent out</source>
        <translation>本室设备不外借</translation>
    </message>
    <message>
        <source>At most so many students at once</source>
        <translation>同时使用人数不超过限定</translation>
    </message>
    <message>
        <source>Students do not leave unaccompanied</source>
        <translation>学生不得无人陪同离开</translation>
    </message>
    <message>
        <source>Printed only</source>
        <translation>仅打印</translation>
    </message>
    <message>
        <source>Rule %1 has no text.</source>
        <translation>第 %1 条制度没有内容。</translation>
    </message>
    <message>
        <source>Rule %1: the record must be due within 0 to 60 days.</source>
        <translation>第 %1 条制度：记录期限须在 0 至 60 天之间。</translation>
    </message>
    <message>
        <source>Rule %1: the number of students must be between 1 and 200.</source>
        <translation>第 %1 条制度：学生人数须在 1 至 200 之间。</translation>
    </message>
    <message>
        <source>In %1 a teacher must lead: "%2"</source>
        <translation>在%1必须有教师指导：“%2”</translation>
    </message>
    <message>
        <source>%1 students in %2, at most %3: "%4"</source>
        <translation>%2有 %1 名学生，最多 %3 名：“%4”</translation>
    </message>
    <message>
        <source>%1 students in %2, which holds %3.</source>
        <translation>%2有 %1 名学生，但只能容纳 %3 名。</translation>
    </message>
    <message>
        <source>The record of the use of %1 on %2 was due by %3, %4 days late: "%5"</source>
        <translation>%1 在 %2 的使用记录应于 %3 前完成，已逾期 %4 天：“%5”</translation>
    </message>
    <message>
        <source>A student leaves %1 only handed over to someone: "%2"</source>
        <translation>学生离开%1时须交接给他人：“%2”</translation>
    </message>
    <message>
        <source>Equipment kept in %1 is not lent out: "%2"</source>
        <translation>%1的设备不外借：“%2”</translation>
    </message>
</context>
<context>
    <name>rr::RoomUsageModel</name>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Teaching aids</source>
        <translation>教具</translation>
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
    <message>
        <source>The capacity of room "%1" must be between 1 and 200.</source>
        <translation>功能室“%1”的容纳人数须在 1 至 200 之间。</translation>
    </message>
    <message>
        <source>A room named "%1" exists already.</source>
        <translation>已存在名为“%1”的功能室。</translation>
    </message>
    <message>
        <source>The room does not exist.</source>
        <translation>该功能室不存在。</translation>
    </message>
    <message>
        <source>The room is used in the timetable; remove its slots first.</source>
        <translation>该功能室已用于课表；请先删除其排课时段。</translation>
    </message>
    <message>
        <source>The room is named in records and cannot be removed.</source>
        <translation>该功能室已被记录引用，无法删除。</translation>
    </message>
    <message>
        <source>There is no room "%1".</source>
        <translation>没有功能室“%1”。</translation>
    </message>
</context>
<context>
    <name>rr::RoomsPanel</name>
    <message>
        <source>Add room…</source>
        <translation>添加功能室…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save or revert the rule changes to choose another room.</source>
        <translation>请先保存或还原制度的更改，再选择其他功能室。</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1已保存。</translation>
    </message>
    <message>
        <source>Remove room</source>
        <translation>删除功能室</translation>
    </message>
    <message>
        <source>Remove %1 and its rules? Rooms named by the timetable or by records cannot be removed.</source>
        <translation>删除%1及其制度？被课表或记录引用的功能室无法删除。</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1已删除。</translation>
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
        <source>The workbook has no readable worksheet.</source>
        <translation>该工作簿中没有可读取的工作表。</translation>
    </message>
    <message>
        <source>Only .xlsx and .csv files can be imported (an old .xls file can be saved as .xlsx in Excel or WPS).</source>
        <translation>只能导入 .xlsx 和 .csv 文件（旧版 .xls 文件可在Excel或WPS中另存为 .xlsx）。</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The sex %1 does not agree with the ID number (its 17th digit says %2).</source>
        <translation>性别“%1”与身份证号不符（第17位表示%2）。</translation>
    </message>
    <message>
        <source>The phone number "%1" does not look like a mobile (11 digits from 13) or a landline number.</source>
        <translation>联系电话“%1”不像手机号（以13–19开头的11位数字）或固定电话号码。</translation>
    </message>
    <message>
        <source>Roster import, row %1</source>
        <translation>花名册导入，第%1行</translation>
    </message>
    <message>
        <source>Roster import: %1, row %2</source>
        <translation>花名册导入：%1，第%2行</translation>
    </message>
    <message>
        <source>The import was not saved, and nothing was written to the data file: %1</source>
        <translation>导入未能保存，数据文件中未写入任何内容：%1</translation>
    </message>
    <message>
        <source>A quotation mark (") in this row is never closed; the row was not read.</source>
        <translation>这一行有一个引号（"）没有配对结束，这一行未读取。</translation>
    </message>
    <message>
        <source>A quoted cell of this row runs over more than %1 lines (a quotation mark (") is probably missing or one too many); the row was not read.</source>
        <translation>这一行有一个带引号的单元格跨越了 %1 行以上（可能缺少或多了一个引号 "），这一行未读取。</translation>
    </message>
    <message>
        <source>The file is %1 MB; a roster file may be at most %2 MB.</source>
        <translation>文件大小为 %1 MB，花名册文件最大为 %2 MB。</translation>
    </message>
    <message>
        <source>The file has more than %1 rows; a roster may have at most %1 rows.</source>
        <translation>文件超过 %1 行，花名册最多 %1 行。</translation>
    </message>
    <message>
        <source>A cell of this row is longer than %1 KB (the most a cell may hold); the row was not read.</source>
        <translation>这一行有单元格超过 %1 KB（每个单元格最多 %1 KB），这一行未读取。</translation>
    </message>
    <message>
        <source>This row has more than %1 columns (the most a row may have); the row was not read.</source>
        <translation>这一行超过 %1 列（每行最多 %1 列），这一行未读取。</translation>
    </message>
    <message>
        <source>The file is not an Excel workbook (.xlsx).</source>
        <translation>文件不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <source>A part of the workbook is larger than %1 MB when unpacked; it is not read.</source>
        <translation>工作簿中有部分内容解压后超过 %1 MB，未读取。</translation>
    </message>
    <message>
        <source>The workbook holds a text longer than %1 KB between two tags; it is not read.</source>
        <translation>工作簿中有一段文字超过 %1 KB，未读取。</translation>
    </message>
    <message>
        <source>The workbook contains XML declarations that Excel and WPS never write (a DTD or CDATA); it is not read.</source>
        <translation>工作簿含有 Excel 和 WPS 从不写入的 XML 声明（DTD 或 CDATA），未读取。</translation>
    </message>
    <message>
        <source>The workbook is damaged (near line %1 of a worksheet part).</source>
        <translation>工作簿已损坏（工作表 XML 第 %1 行附近）。</translation>
    </message>
    <message>
        <source>The workbook holds more than %1 different texts; it is not read.</source>
        <translation>工作簿中不同的文字超过 %1 条，未读取。</translation>
    </message>
    <message>
        <source>The workbook's texts are longer than %1 million characters in all; it is not read.</source>
        <translation>工作簿中的文字合计超过 %1 百万个字符，未读取。</translation>
    </message>
    <message>
        <source>The reference %1 lies outside any Excel sheet (columns A to XFD, rows 1 to 1048576); the file is damaged and is not read.</source>
        <translation>引用 %1 超出了 Excel 工作表的范围（A 至 XFD 列，第 1 至 1048576 行），文件已损坏，未读取。</translation>
    </message>
    <message>
        <source>Guardian's education</source>
        <translation>家长文化程度</translation>
    </message>
    <message>
        <source>Guardian's employer and occupation</source>
        <translation>家长工作单位及职业</translation>
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
    <name>rr::ScaleValueEdit</name>
    <message>
        <source>%1 or more</source>
        <translation>%1 或以上</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Enter a value (%1: %2).</source>
        <translation>请输入数值（%1：%2）。</translation>
    </message>
    <message>
        <source>"%1" is not a number.</source>
        <translation>“%1”不是数字。</translation>
    </message>
</context>
<context>
    <name>rr::ScheduleDialog</name>
    <message>
        <source>Add a recurring inspection or maintenance</source>
        <translation>添加定期检查或保养</translation>
    </message>
    <message>
        <source>e.g. 检查绳索与挂钩</source>
        <translation>如：检查绳索与挂钩</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>First due on</source>
        <translation>首次到期</translation>
    </message>
</context>
<context>
    <name>rr::SchoolCalendarPanel</name>
    <message>
        <source>Teaching weeks</source>
        <translation>教学周</translation>
    </message>
    <message>
        <source>Holidays and make-up workdays</source>
        <translation>假期与调休上班日</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Add statutory holidays</source>
        <translation>添加法定节假日</translation>
    </message>
    <message>
        <source>The days off and make-up workdays the State Council announced that fall inside this semester; entries already there are kept.</source>
        <translation>国务院公布的、落在本学期内的放假和调休上班日；已有条目保持不变。</translation>
    </message>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2: %n teaching week(s), %3 school days</source>
        <translation>
            <numerusform>%1至%2：共 %n 个教学周，%3 个上课日</numerusform>
        </translation>
    </message>
    <message>
        <source>No semester yet: add one under General.</source>
        <translation>尚无学期：请在“常规”中添加。</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>已添加“%1”。</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存“%1”。</translation>
    </message>
    <message>
        <source>Remove calendar entry</source>
        <translation>删除校历条目</translation>
    </message>
    <message>
        <source>Remove "%1" from the school calendar?</source>
        <translation>要从校历中删除“%1”吗？</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已删除“%1”。</translation>
    </message>
    <message>
        <source>No statutory holidays have been announced inside this semester.</source>
        <translation>本学期内暂无已公布的法定节假日。</translation>
    </message>
    <message>
        <source>Added %1 statutory entries; %2 were there already or overlap an entry of the school.</source>
        <translation>已添加 %1 条法定节假日；另有 %2 条已存在或与学校的条目重叠。</translation>
    </message>
</context>
<context>
    <name>rr::SchoolContactListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>联系教师</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>联系内容</translation>
    </message>
</context>
<context>
    <name>rr::SchoolDocumentListModel</name>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>档案名称</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::SchoolWork</name>
    <message>
        <source>Guidance visits from the centre this semester: %1, %2 to %3 expected; the semester ends on %4.</source>
        <translation>本学期资源中心巡回指导 %1 次，应 %2～%3 次；学期于 %4 结束。</translation>
    </message>
    <message>
        <source>“%1” is not an amount in yuan (e.g. 1200 or 1200.50).</source>
        <translation>“%1”不是以元为单位的金额（例如 1200 或 1200.50）。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>The funding entry no longer exists.</source>
        <translation>该经费登记已不存在。</translation>
    </message>
    <message>
        <source>The funding entry needs a date.</source>
        <translation>请填写经费登记日期。</translation>
    </message>
    <message>
        <source>The amount is larger than %1 yuan.</source>
        <translation>金额超过 %1 元。</translation>
    </message>
    <message>
        <source>Where does the money come from? The source is missing.</source>
        <translation>请填写经费来源。</translation>
    </message>
    <message>
        <source>What is the money for? The purpose is missing.</source>
        <translation>请填写经费用途。</translation>
    </message>
    <message>
        <source>The guidance visit no longer exists.</source>
        <translation>该巡回指导记录已不存在。</translation>
    </message>
    <message>
        <source>The visit needs a date.</source>
        <translation>请填写指导日期。</translation>
    </message>
    <message>
        <source>Who visited? The visiting teacher is missing.</source>
        <translation>请填写巡回指导教师。</translation>
    </message>
    <message>
        <source>The activity record no longer exists.</source>
        <translation>该活动记录已不存在。</translation>
    </message>
    <message>
        <source>The semester no longer exists.</source>
        <translation>该学期已不存在。</translation>
    </message>
    <message>
        <source>The date lies outside the semester.</source>
        <translation>日期不在该学期内。</translation>
    </message>
    <message>
        <source>The activity needs a topic.</source>
        <translation>请填写活动主题。</translation>
    </message>
    <message>
        <source>The activity needs a date.</source>
        <translation>请填写活动日期。</translation>
    </message>
    <message>
        <source>Choose the semester the activity belongs to.</source>
        <translation>请选择活动所属学期。</translation>
    </message>
    <message>
        <source>Organisation and leadership</source>
        <translation>组织和领导</translation>
    </message>
    <message>
        <source>Documents and rules</source>
        <translation>文件和制度</translation>
    </message>
    <message>
        <source>Semester plans and summaries</source>
        <translation>学期计划和总结</translation>
    </message>
    <message>
        <source>Inspections and evaluations</source>
        <translation>检查与考评</translation>
    </message>
    <message>
        <source>Resource room construction</source>
        <translation>资源教室建设</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费投入</translation>
    </message>
    <message>
        <source>Teaching research</source>
        <translation>教研活动</translation>
    </message>
    <message>
        <source>Inclusion activities</source>
        <translation>普特融合活动</translation>
    </message>
    <message>
        <source>Themed activities</source>
        <translation>专题活动</translation>
    </message>
    <message>
        <source>Community work</source>
        <translation>社区互动</translation>
    </message>
    <message>
        <source>Honours</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>The archive document no longer exists.</source>
        <translation>该档案已不存在。</translation>
    </message>
    <message>
        <source>The document needs a title.</source>
        <translation>请填写档案名称。</translation>
    </message>
    <message>
        <source>The document needs a date.</source>
        <translation>请填写档案日期。</translation>
    </message>
    <message>
        <source>Choose the semester the document belongs to.</source>
        <translation>请选择档案所属学期。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <source>A file belongs to one document or one activity.</source>
        <translation>一个文件只能属于一份档案或一项活动。</translation>
    </message>
    <message>
        <source>This file holds %1 MB, more than ResourceRoom ever stores (%2 MB); the data file was changed by another program.</source>
        <translation>这个文件有 %1 MB，超过了本程序保存文件的上限（%2 MB）；数据文件曾被其他程序改动过。</translation>
    </message>
    <message>
        <source>The group member no longer exists.</source>
        <translation>该小组成员已不存在。</translation>
    </message>
    <message>
        <source>The contact no longer exists.</source>
        <translation>该联络单位已不存在。</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>该教职工已不存在。</translation>
    </message>
    <message>
        <source>%1 is already in the %2 for that period.</source>
        <translation>%1 在该时段已是%2成员。</translation>
    </message>
    <message>
        <source>Choose a member from the staff list.</source>
        <translation>请从教职工名单中选择成员。</translation>
    </message>
    <message>
        <source>The end date lies before the start date.</source>
        <translation>结束日期早于起始日期。</translation>
    </message>
    <message>
        <source>The contact needs an organisation.</source>
        <translation>请填写联络单位名称。</translation>
    </message>
    <message>
        <source>IEP writing</source>
        <translation>个别化教育计划制订</translation>
    </message>
    <message>
        <source>Classroom teaching</source>
        <translation>课堂教学</translation>
    </message>
    <message>
        <source>Family education</source>
        <translation>家庭教育</translation>
    </message>
    <message>
        <source>Rehabilitation</source>
        <translation>康复训练</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>工作小组</translation>
    </message>
    <message>
        <source>Leadership group</source>
        <translation>领导小组</translation>
    </message>
    <message>
        <source>Resource centre</source>
        <translation>资源中心</translation>
    </message>
    <message>
        <source>Disabled Persons' Federation</source>
        <translation>残联</translation>
    </message>
    <message>
        <source>Hospital</source>
        <translation>医院</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Research: activity records</source>
        <translation>教科研·活动记录</translation>
    </message>
    <message>
        <source>Research: demonstration lessons</source>
        <translation>教科研·研讨课</translation>
    </message>
    <message>
        <source>Research: case studies</source>
        <translation>教科研·个案研究</translation>
    </message>
    <message>
        <source>Research: school-based materials</source>
        <translation>教科研·校本教材</translation>
    </message>
    <message>
        <source>Inclusion activity</source>
        <translation>普特融合活动</translation>
    </message>
    <message>
        <source>Themed activity</source>
        <translation>专题活动</translation>
    </message>
</context>
<context>
    <name>rr::SchoolWorkPage</name>
    <message>
        <source>Semester</source>
        <translation>学期</translation>
    </message>
    <message>
        <source>Record a visit…</source>
        <translation>登记巡回指导…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Save the record form as PDF…</source>
        <translation>记录表存为PDF…</translation>
    </message>
    <message>
        <source>Guidance visits</source>
        <translation>巡回指导</translation>
    </message>
    <message>
        <source>Add a member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <source>The member was added.</source>
        <translation>成员已添加。</translation>
    </message>
    <message>
        <source>Save the list as PDF…</source>
        <translation>名单存为PDF…</translation>
    </message>
    <message>
        <source>Add a contact…</source>
        <translation>添加联络单位…</translation>
    </message>
    <message>
        <source>The contact was added.</source>
        <translation>联络单位已添加。</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织机构</translation>
    </message>
    <message>
        <source>File a document…</source>
        <translation>登记档案…</translation>
    </message>
    <message>
        <source>Add a file…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Open the files</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <source>Save the index as PDF…</source>
        <translation>档案目录存为PDF…</translation>
    </message>
    <message>
        <source>School archive</source>
        <translation>学校档案</translation>
    </message>
    <message>
        <source>Record an activity…</source>
        <translation>登记活动…</translation>
    </message>
    <message>
        <source>The activity was recorded.</source>
        <translation>活动已登记。</translation>
    </message>
    <message>
        <source>Add a photo…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Open the photos</source>
        <translation>打开照片</translation>
    </message>
    <message>
        <source>Research form as PDF…</source>
        <translation>教研记录存为PDF…</translation>
    </message>
    <message>
        <source>Inclusion form as PDF…</source>
        <translation>融合活动记录存为PDF…</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动记录</translation>
    </message>
    <message>
        <source>Add an entry…</source>
        <translation>添加登记…</translation>
    </message>
    <message>
        <source>The funding entry was added.</source>
        <translation>经费登记已添加。</translation>
    </message>
    <message>
        <source>Save the register as PDF…</source>
        <translation>登记表存为PDF…</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费投入</translation>
    </message>
    <message>
        <source>No semester is set up yet.</source>
        <translation>尚未设置学期。</translation>
    </message>
    <message>
        <source>The leadership group and the working group, members from the staff list.</source>
        <translation>领导小组和工作小组，成员来自教职工名单。</translation>
    </message>
    <message>
        <source>Contacts outside the school: the resource centre, the Disabled Persons' Federation, hospitals.</source>
        <translation>校外联络单位：资源中心、残联、医院。</translation>
    </message>
    <message>
        <source>%1: %2 guidance visit(s) from the centre, %3 to %4 expected.</source>
        <translation>%1：资源中心巡回指导 %2 次（应 %3～%4 次）。</translation>
    </message>
    <message>
        <source>Complete: %1 of %2 items.</source>
        <translation>齐全：%2 项中已有 %1 项。</translation>
    </message>
    <message>
        <source>%1 of %2 items; missing: %3.</source>
        <translation>%2 项中已有 %1 项；缺：%3。</translation>
    </message>
    <message>
        <source>Teaching research, inclusion and themed activities of %1.</source>
        <translation>%1的教研活动、普特融合活动和专题活动。</translation>
    </message>
    <message>
        <source>Total of the semester: %1 yuan; of %2: %3 yuan.</source>
        <translation>本学期合计 %1 元；%2年合计 %3 元。</translation>
    </message>
    <message>
        <source>The guidance visit was recorded.</source>
        <translation>巡回指导已登记。</translation>
    </message>
    <message>
        <source>The document was filed.</source>
        <translation>档案已登记。</translation>
    </message>
    <message>
        <source>The changes were saved.</source>
        <translation>修改已保存。</translation>
    </message>
    <message>
        <source>Remove the chosen entry? Its files go with it.</source>
        <translation>删除所选条目吗？其附件也一并删除。</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>The file is kept with the document.</source>
        <translation>文件已保存到该档案。</translation>
    </message>
    <message>
        <source>Add a file</source>
        <translation>添加文件</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>The photo is kept with the activity.</source>
        <translation>照片已保存到该活动。</translation>
    </message>
    <message>
        <source>No files are kept with this entry.</source>
        <translation>这一条目没有附件。</translation>
    </message>
    <message>
        <source>Save %1 as PDF</source>
        <translation>将%1存为PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>已保存 %1（共 %n 页）。</numerusform>
        </translation>
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
        <translation>
            <numerusform>共 %n 个教学周</numerusform>
        </translation>
    </message>
    <message>
        <source>Statutory holidays</source>
        <translation>法定节假日</translation>
    </message>
    <message>
        <source>The days off and make-up workdays the State Council announced inside this semester; untick any the school does not follow.</source>
        <translation>国务院公布的本学期内的放假和调休上班日；学校不执行的请取消勾选。</translation>
    </message>
    <message>
        <source>None announced inside this semester yet; add them later under School calendar.</source>
        <translation>本学期内暂无已公布的法定节假日，日后可在“校历”中添加。</translation>
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
        <source>The calendar entry needs a name, e.g. 国庆节.</source>
        <translation>校历条目需要名称，例如“国庆节”。</translation>
    </message>
    <message>
        <source>"%1" must end on or after its first day.</source>
        <translation>“%1”的最后一天不能早于第一天。</translation>
    </message>
    <message>
        <source>"%1" must lie inside the semester (%2 to %3).</source>
        <translation>“%1”须在本学期内（%2至%3）。</translation>
    </message>
    <message>
        <source>"%1" overlaps the make-up workday "%2" (%3 to %4).</source>
        <translation>“%1”与调休上班日“%2”（%3至%4）重叠。</translation>
    </message>
    <message>
        <source>"%1" overlaps the holiday "%2" (%3 to %4).</source>
        <translation>“%1”与假期“%2”（%3至%4）重叠。</translation>
    </message>
    <message>
        <source>The semester does not exist.</source>
        <translation>该学期不存在。</translation>
    </message>
    <message>
        <source>The calendar entry does not exist.</source>
        <translation>该校历条目不存在。</translation>
    </message>
    <message>
        <source>There is no semester with number %1.</source>
        <translation>没有编号为 %1 的学期。</translation>
    </message>
    <message>
        <source>There is no semester "%1".</source>
        <translation>没有名为“%1”的学期。</translation>
    </message>
    <message>
        <source>There is no current semester: choose one under Settings, or name the semester.</source>
        <translation>没有当前学期：请在“设置”中选择当前学期，或指明学期。</translation>
    </message>
</context>
<context>
    <name>rr::ServiceEditor</name>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>每周分钟数</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Add service</source>
        <translation>添加服务</translation>
    </message>
    <message>
        <source>Remove service</source>
        <translation>删除服务</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>无功能室</translation>
    </message>
</context>
<context>
    <name>rr::SessionListModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
</context>
<context>
    <name>rr::SetPasswordDialog</name>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再输一次(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>rr::Settings</name>
    <message>
        <source>The school's name is required.</source>
        <translation>必须填写学校名称。</translation>
    </message>
    <message>
        <source>Please enter the name of the school.</source>
        <translation>请填写学校名称。</translation>
    </message>
    <message>
        <source>Please enter the resource teacher's name.</source>
        <translation>请填写资源教师的姓名。</translation>
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
    <message>
        <source>School</source>
        <translation>学校</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>教职工</translation>
    </message>
    <message>
        <source>The current user; choose her on the Staff tab.</source>
        <translation>即当前用户；请在“教职工”选项卡中选择。</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>校历</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保留期限</translation>
    </message>
</context>
<context>
    <name>rr::SignInDialog</name>
    <message>
        <source>Sign in to ResourceRoom</source>
        <translation>登录资源教室管理系统</translation>
    </message>
    <message>
        <source>This data file holds the records of minors and is protected by accounts. Please sign in.</source>
        <translation>此数据文件保存着未成年人的资料，已启用账户保护。请登录。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>忘记密码(&amp;F)…</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Demo school: every demo account has the password demo. The user names are admin, resource, head, itinerant, counsellor and viewer.</source>
        <translation>演示学校：所有演示账户的密码都是 demo。用户名为 admin（管理员）、resource（资源教师）、head（班主任）、itinerant（巡回指导教师）、counsellor（心理辅导教师）和 viewer（查阅）。</translation>
    </message>
    <message>
        <source>The password is reset. Sign in with the new password.</source>
        <translation>密码已重设，请用新密码登录。</translation>
    </message>
</context>
<context>
    <name>rr::SlotChangeDialog</name>
    <message>
        <source>Change one date</source>
        <translation>单次调课</translation>
    </message>
    <message>
        <source>%1, %2 %3, %4 – %5 with %6 in %7</source>
        <translation>%1，%2 %3，%4 – %5，指导教师 %6，地点 %7</translation>
    </message>
    <message>
        <source>Cancel this meeting</source>
        <translation>取消本次课</translation>
    </message>
    <message>
        <source>Move it</source>
        <translation>调课</translation>
    </message>
    <message>
        <source>(no instructor)</source>
        <translation>（无指导教师）</translation>
    </message>
    <message>
        <source>e.g. teaching research meeting, sports day, the student is ill</source>
        <translation>例如：教研活动、运动会、学生生病</translation>
    </message>
    <message>
        <source>Undo the change</source>
        <translation>撤销调课</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>rr::SlotDialog</name>
    <message>
        <source>Edit timetable slot</source>
        <translation>编辑排课时段</translation>
    </message>
    <message>
        <source>Add timetable slot</source>
        <translation>添加排课时段</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n place(s))</source>
        <translation>
            <numerusform>%1（%n 个座位）</numerusform>
        </translation>
    </message>
    <message>
        <source>(no instructor)</source>
        <translation>（无指导教师）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Find a student by name</source>
        <translation>按姓名查找学生</translation>
    </message>
    <message>
        <source>e.g. maths one-to-one, sensory integration</source>
        <translation>例如：数学个别辅导、感觉统合</translation>
    </message>
    <message>
        <source>The class lesson this slot takes, if any, e.g. art</source>
        <translation>此课时占用的班级课程（如有），例如：美术</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Class it takes</source>
        <translation>占用课程</translation>
    </message>
    <message>
        <source>No student chosen yet.</source>
        <translation>尚未选择学生。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s): %1</source>
        <translation>
            <numerusform>%n 名学生：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>不允许：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>The slot must end after it starts.</source>
        <translation>课时的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>无冲突。</translation>
    </message>
    <message>
        <source>Conflicts: this slot cannot be saved as it is.</source>
        <translation>存在冲突：此课时无法按当前设置保存。</translation>
    </message>
    <message>
        <source>Warnings: the slot can be saved, but look at them.</source>
        <translation>存在警告：此课时可以保存，但请查看警告。</translation>
    </message>
    <message>
        <source>until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>In effect from</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>The conflicts could not be checked.</source>
        <translation>无法检查冲突。</translation>
    </message>
</context>
<context>
    <name>rr::SlotEndDialog</name>
    <message>
        <source>End slot</source>
        <translation>结束课程</translation>
    </message>
    <message>
        <source>%1 meets for the last time on the day below. Its earlier meetings and their records stay; it no longer appears from the next day on.</source>
        <translation>%1 将在下面的日期最后一次上课。此前的课次及其记录保留，自次日起不再出现在课表中。</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
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
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>必须填写姓名。</translation>
    </message>
    <message>
        <source>School counsellor</source>
        <translation>心理辅导教师</translation>
    </message>
    <message>
        <source>Principal or school leader</source>
        <translation>校长/分管领导</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>At most %1 entries under %2.</source>
        <translation>%2最多填写 %1 项。</translation>
    </message>
    <message>
        <source>“%1” under %2 is longer than %3 characters.</source>
        <translation>%2中的“%1”超过 %3 个字。</translation>
    </message>
    <message numerus="yes">
        <source>head teacher of %n student(s)</source>
        <translation>
            <numerusform>%n 名学生的班主任</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timetable slot(s)</source>
        <translation>
            <numerusform>课表 %n 节</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timetable change(s)</source>
        <translation>
            <numerusform>课表调整 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training plan(s)</source>
        <translation>
            <numerusform>训练方案 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training record(s)</source>
        <translation>
            <numerusform>训练记录 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IEP team place(s)</source>
        <translation>
            <numerusform>IEP 团队成员 %n 处</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n IEP revision(s)</source>
        <translation>
            <numerusform>IEP 修订 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record amendment(s)</source>
        <translation>
            <numerusform>记录更正 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>the current user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>The name may be at most %1 characters long.</source>
        <translation>姓名最多 %1 个字。</translation>
    </message>
    <message>
        <source>Choose at least one role for %1.</source>
        <translation>请为%1至少选择一个职务。</translation>
    </message>
    <message>
        <source>The phone number may be at most %1 characters long.</source>
        <translation>电话号码最多 %1 位。</translation>
    </message>
    <message>
        <source>The note may be at most %1 characters long.</source>
        <translation>备注最多 %1 个字。</translation>
    </message>
    <message>
        <source>classes led</source>
        <translation>担任班主任的班级</translation>
    </message>
    <message>
        <source>classes taught</source>
        <translation>任教班级</translation>
    </message>
    <message>
        <source>subjects</source>
        <translation>任教学科</translation>
    </message>
    <message>
        <source>%1 cannot leave (%2) before starting (%3).</source>
        <translation>%1的离职日期（%2）不能早于到岗日期（%3）。</translation>
    </message>
    <message>
        <source>There is already a staff member called %1. Tell two people of one name apart, e.g. %1（数学）.</source>
        <translation>已有名为%1的教职工。同名的两人请加以区分，如“%1（数学）”。</translation>
    </message>
    <message>
        <source>%1 is the current user and cannot leave; choose another current user first.</source>
        <translation>%1是当前用户，不能设为离职；请先选择其他当前用户。</translation>
    </message>
    <message>
        <source>%1 is the current user and keeps the role of resource teacher.</source>
        <translation>%1是当前用户，须保留资源教师职务。</translation>
    </message>
    <message>
        <source>The staff member no longer exists.</source>
        <translation>该教职工已不存在。</translation>
    </message>
    <message>
        <source>Give the day the staff member left.</source>
        <translation>请填写离职日期。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: the records name them (%2). Record the day they left instead.</source>
        <translation>%1不能删除：记录中有其姓名（%2）。请改为登记离职日期。</translation>
    </message>
    <message>
        <source>%1 has left and cannot be the current user.</source>
        <translation>%1已离职，不能作为当前用户。</translation>
    </message>
    <message>
        <source>Only a resource teacher can be the current user; %1 is not one.</source>
        <translation>只有资源教师可以作为当前用户；%1不是资源教师。</translation>
    </message>
    <message>
        <source>There is no staff member "%1".</source>
        <translation>没有名为“%1”的教职工。</translation>
    </message>
    <message>
        <source>%1 left on %2 and cannot be chosen.</source>
        <translation>%1已于%2离职，不能选择。</translation>
    </message>
</context>
<context>
    <name>rr::StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>编辑教职工</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>新增教职工</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填）</translation>
    </message>
    <message>
        <source>Separate several with 、 or spaces, e.g. 三年级2班、四年级1班</source>
        <translation>多个用顿号或空格分隔，如：三年级2班、四年级1班</translation>
    </message>
    <message>
        <source>e.g. 语文、数学</source>
        <translation>如：语文、数学</translation>
    </message>
    <message>
        <source>Only for somebody who has left; leave empty while they serve.</source>
        <translation>仅用于已离职人员；在职期间请留空。</translation>
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
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Head teacher of</source>
        <translation>担任班主任</translation>
    </message>
    <message>
        <source>Teaches classes</source>
        <translation>任教班级</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>任教学科</translation>
    </message>
    <message>
        <source>Serving since</source>
        <translation>到岗日期</translation>
    </message>
    <message>
        <source>Left on</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::StaffListModel</name>
    <message>
        <source>Left on %1</source>
        <translation>%1离职</translation>
    </message>
    <message>
        <source>Serving, current user</source>
        <translation>在职（当前用户）</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>在职</translation>
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
        <source>Roles</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Head teacher of</source>
        <translation>担任班主任</translation>
    </message>
    <message>
        <source>Teaches</source>
        <translation>任教班级</translation>
    </message>
    <message>
        <source>Subjects</source>
        <translation>任教学科</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rr::StaffPanel</name>
    <message>
        <source>Current user</source>
        <translation>当前用户</translation>
    </message>
    <message>
        <source>A resource teacher: the default instructor, who signs the training records and writes the revisions.</source>
        <translation>须为资源教师：默认的授课教师，签署训练记录并填写修订。</translation>
    </message>
    <message>
        <source>Add staff member…</source>
        <translation>新增教职工…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Left…</source>
        <translation>离职…</translation>
    </message>
    <message>
        <source>Record the day the staff member left; the records keep the name.</source>
        <translation>登记离职日期；记录中保留其姓名。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Only for somebody no record names, e.g. entered by mistake.</source>
        <translation>仅用于任何记录都未提及的人员，如误录入者。</translation>
    </message>
    <message>
        <source>Name or pinyin initials</source>
        <translation>姓名或拼音首字母</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>全部职务</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Serving and left</source>
        <translation>在职和已离职</translation>
    </message>
    <message>
        <source>(nobody chosen)</source>
        <translation>（未选择）</translation>
    </message>
    <message>
        <source>%1 is now the current user.</source>
        <translation>当前用户已改为%1。</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>已新增%1。</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>已保存%1。</translation>
    </message>
    <message>
        <source>%1 has left; the records keep the name.</source>
        <translation>已登记%1离职；记录中保留其姓名。</translation>
    </message>
    <message>
        <source>Delete staff member</source>
        <translation>删除教职工</translation>
    </message>
    <message>
        <source>Delete %1? No record names them.</source>
        <translation>删除%1？任何记录都未提及此人。</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>已删除%1。</translation>
    </message>
</context>
<context>
    <name>rr::StartStocktakeDialog</name>
    <message>
        <source>Start a stocktake</source>
        <translation>开始盘点</translation>
    </message>
    <message>
        <source>The whole ledger</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Counted by</source>
        <translation>盘点人</translation>
    </message>
</context>
<context>
    <name>rr::StockDialog</name>
    <message>
        <source>Receive into stock</source>
        <translation>入库</translation>
    </message>
    <message>
        <source>Issue from stock</source>
        <translation>领用/出库</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>入库经办人</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>领用人</translation>
    </message>
    <message>
        <source>bought, donated, returned …</source>
        <translation>购置、捐赠、退回……</translation>
    </message>
    <message>
        <source>what for, which class …</source>
        <translation>用途、哪个班……</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>rr::StocktakeLineModel</name>
    <message>
        <source>not counted</source>
        <translation>未清点</translation>
    </message>
    <message>
        <source>Ticked: found as expected. Or type the count in the next column.</source>
        <translation>打勾：按应有数找到。也可以在下一列填写实盘数。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应有</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>找到</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实盘</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Reason of the difference</source>
        <translation>差异原因</translation>
    </message>
</context>
<context>
    <name>rr::StocktakePanel</name>
    <message>
        <source>Start stocktake…</source>
        <translation>开始盘点…</translation>
    </message>
    <message>
        <source>Differences only</source>
        <translation>只看差异</translation>
    </message>
    <message>
        <source>No stocktake yet. “Start stocktake…” lists what should be in a room (or in the whole ledger); tick what you find, count the consumables, give a reason for each difference, then confirm: the differences become stock adjustments.</source>
        <translation>还没有盘点。点“开始盘点…”列出一个功能室（或全部台账）应有的物品；找到的打勾，易耗品填实盘数，每处差异写明原因，然后确认：差异会变成库存调整。</translation>
    </message>
    <message>
        <source>Confirm stocktake…</source>
        <translation>确认盘点…</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <source>An open stocktake started by mistake; a confirmed one is kept.</source>
        <translation>放弃误开始的盘点；已确认的盘点会保留。</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>盘点</translation>
    </message>
    <message>
        <source>The stocktakes could not be read.</source>
        <translation>无法读取盘点记录。</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>%1 已确认</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>whole ledger</source>
        <translation>全部台账</translation>
    </message>
    <message>
        <source>The stocktake could not be read.</source>
        <translation>无法读取这次盘点。</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>共 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 counted, %2 not yet</source>
        <translation>，已清点 %1 行，未清点 %2 行</translation>
    </message>
    <message numerus="yes">
        <source>; %n difference(s) found</source>
        <translation>
            <numerusform>；发现 %n 处差异</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirmed on %1 by %2: %n difference(s) became stock adjustments.</source>
        <translation>
            <numerusform>%2 于 %1 确认：%n 处差异已转为库存调整。</numerusform>
        </translation>
    </message>
    <message>
        <source> (a line not counted at confirmation counts as not found)</source>
        <translation>（确认时未清点的行按未找到计）</translation>
    </message>
    <message>
        <source>The stocktake was started: tick or count each line.</source>
        <translation>盘点已开始：请逐行打勾或填写实盘数。</translation>
    </message>
    <message>
        <source>Confirm stocktake</source>
        <translation>确认盘点</translation>
    </message>
    <message numerus="yes">
        <source>Confirm “%1”? %n difference(s) become stock adjustments with their reasons; the stocktake cannot be changed afterwards.</source>
        <translation>
            <numerusform>确认“%1”？%n 处差异将按原因转为库存调整；确认后盘点不能再修改。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was confirmed.</source>
        <translation>“%1”已确认。</translation>
    </message>
    <message>
        <source>Discard stocktake</source>
        <translation>放弃盘点</translation>
    </message>
    <message>
        <source>Discard the open stocktake “%1” and its counts?</source>
        <translation>放弃进行中的盘点“%1”及其清点结果？</translation>
    </message>
    <message>
        <source>The stocktake was discarded.</source>
        <translation>盘点已放弃。</translation>
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
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete student</source>
        <translation>删除学生</translation>
    </message>
    <message>
        <source>Delete %1 with the whole archive: files, LRC steps, IEPs, assessments and progress data? This cannot be undone. A student who leaves the school should keep the archive: change the placement instead.</source>
        <translation>删除%1及其全部档案：文件、安置流程记录、个别化教育计划、评估和进步数据？此操作无法撤销。离校的学生应保留档案：请改为更改安置方式。</translation>
    </message>
    <message>
        <source>To check (%1)</source>
        <translation>待核对（%1）</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>Family and counselling</source>
        <translation>家校联系与心理辅导</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Who changed or opened this student's records, and what changed</source>
        <translation>谁修改或查看了该学生的记录，改了什么</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
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
    <name>rr::StudentRecordForm</name>
    <message>
        <source>Why absent or on leave, e.g. 病假</source>
        <translation>缺席或请假的原因，例如：病假</translation>
    </message>
    <message>
        <source>Who took the student, e.g. 班主任李老师</source>
        <translation>接走学生的人，例如：班主任李老师</translation>
    </message>
    <message>
        <source>The least help with which the student succeeded</source>
        <translation>学生成功完成时所需的最少帮助</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>交接给</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Prompt level</source>
        <translation>提示等级</translation>
    </message>
    <message>
        <source>IEP objectives worked on (their data go to the progress charts)</source>
        <translation>本次训练的个别化教育计划短期目标（数据将进入进步图表）</translation>
    </message>
    <message>
        <source>Add objective</source>
        <translation>添加短期目标</translation>
    </message>
    <message>
        <source>Same as last time</source>
        <translation>同上次</translation>
    </message>
    <message>
        <source>The objectives of the previous record (without values), and its content, method and equipment where this record has none yet</source>
        <translation>沿用上一份记录的短期目标（不含数值），以及本记录尚未填写的内容、方法和器材</translation>
    </message>
    <message>
        <source>How the student took part, e.g. 注意力集中，主动回答</source>
        <translation>学生的参与情况，例如：注意力集中，主动回答</translation>
    </message>
    <message>
        <source>What the session achieved, e.g. 能独立完成5以内加法</source>
        <translation>本次训练的成效，例如：能独立完成5以内加法</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>训练效果</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 has no IEP in effect on this date: no objectives to record.</source>
        <translation>%1在该日期没有生效的个别化教育计划：没有可记录的短期目标。</translation>
    </message>
    <message>
        <source>No objective chosen yet: add the ones worked on, with the value measured.</source>
        <translation>尚未选择短期目标：请添加本次训练的短期目标及测得的数值。</translation>
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
    <message numerus="yes">
        <source>This student has %n signed training record(s); they are part of the school's records and cannot be deleted. Change the placement instead.</source>
        <translation>
            <numerusform>该生有 %n 份已签字的训练记录；这些记录属于学校档案，无法删除。请改为更改安置方式。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disability certificate</source>
        <translation>残疾人证</translation>
    </message>
    <message>
        <source>Sex and ID number</source>
        <translation>性别与身份证号</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>A review flag needs a student, a message and a date.</source>
        <translation>待核对事项需要学生、说明和日期。</translation>
    </message>
    <message>
        <source>Say who checked the record.</source>
        <translation>请填写核对人。</translation>
    </message>
    <message>
        <source>The date of the check is missing.</source>
        <translation>缺少核对日期。</translation>
    </message>
    <message>
        <source>This item was checked already or no longer exists.</source>
        <translation>此事项已核对，或已不存在。</translation>
    </message>
    <message>
        <source>The photo may not be larger than %1 MB.</source>
        <translation>照片不能超过 %1 MB。</translation>
    </message>
    <message>
        <source>The photo is not a picture that can be read (JPEG or PNG).</source>
        <translation>照片不是可以读取的图片（JPEG 或 PNG）。</translation>
    </message>
</context>
<context>
    <name>rr::StudentsPage</name>
    <message numerus="yes">
        <source>%n student(s)</source>
        <translation>
            <numerusform>共 %n 名学生</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n student(s) shown</source>
        <translation>
            <numerusform>显示 %1 名，共 %n 名学生</numerusform>
        </translation>
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
        <translation>
            <numerusform>已将 %n 名学生导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>To check (%1)</source>
        <translation>待核对（%1）</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>待核对</translation>
    </message>
    <message>
        <source>The students could not be read.</source>
        <translation>无法读取学生名单。</translation>
    </message>
</context>
<context>
    <name>rr::TeachingWeekModel</name>
    <message>
        <source>Week %1</source>
        <translation>第%1周</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周次</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>School days</source>
        <translation>上课天数</translation>
    </message>
    <message>
        <source>Holidays and workdays</source>
        <translation>假期与调休</translation>
    </message>
</context>
<context>
    <name>rr::TeamMeetingEditor</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Add member</source>
        <translation>添加成员</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>删除成员</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>地点：… / 主持：… / 记录：… on the first lines, then the discussion, then 决定：and the decisions.</source>
        <translation>前几行填写 地点：… / 主持：… / 记录：…，然后是讨论内容，最后写 决定： 及决定事项。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>会议记录</translation>
    </message>
    <message>
        <source>Review dates</source>
        <translation>复查日期</translation>
    </message>
    <message>
        <source>Add review date</source>
        <translation>添加复查日期</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>rr::TimeEdit</name>
    <message>
        <source>Type the time as 0900, 9:00 or 9.00</source>
        <translation>可输入 0900、9:00 或 9.00</translation>
    </message>
</context>
<context>
    <name>rr::Timetable</name>
    <message>
        <source>Name the class period, e.g. the subject.</source>
        <translation>请填写课程名称，例如科目。</translation>
    </message>
    <message>
        <source>The weekday must be between 1 (Monday) and 7 (Sunday).</source>
        <translation>星期须在 1（星期一）至 7（星期日）之间。</translation>
    </message>
    <message>
        <source>The class period "%1" must end after it starts.</source>
        <translation>课程“%1”的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>The student or the semester of the class period does not exist.</source>
        <translation>该课程对应的学生或学期不存在。</translation>
    </message>
    <message>
        <source>The class period does not exist.</source>
        <translation>该课程不存在。</translation>
    </message>
    <message>
        <source>Room over capacity</source>
        <translation>功能室超员</translation>
    </message>
    <message>
        <source>Instructor double-booked</source>
        <translation>指导教师时间冲突</translation>
    </message>
    <message>
        <source>Student double-booked</source>
        <translation>学生时间冲突</translation>
    </message>
    <message>
        <source>Over a protected class</source>
        <translation>占用受保护的课程</translation>
    </message>
    <message>
        <source>No instructor</source>
        <translation>无指导教师</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <source>(unknown room)</source>
        <translation>（未知功能室）</translation>
    </message>
    <message>
        <source>%1 would teach in two places on %2: %3 and %4.</source>
        <translation>%1 在%2将同时在两处上课：%3 和 %4。</translation>
    </message>
    <message>
        <source>%1 would be in two places on %2: %3 and %4.</source>
        <translation>%1 在%2将同时在两处：%3 和 %4。</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>%1 must not miss %2 (%3 %4–%5); the slot runs %6.</source>
        <translation>%1 不能缺%2课（%3 %4–%5）；该课时时间为 %6。</translation>
    </message>
    <message>
        <source>%1 %2 has no instructor. %3</source>
        <translation>%1 %2 没有指导教师。%3</translation>
    </message>
    <message>
        <source>A student of the slot does not exist.</source>
        <translation>该课时的某名学生不存在。</translation>
    </message>
    <message>
        <source>%1 no longer receives the service (status revoked).</source>
        <translation>%1 已不再接受该服务（资格已撤销）。</translation>
    </message>
    <message>
        <source>The slot must end after it starts.</source>
        <translation>课时的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>A slot needs at least one student.</source>
        <translation>每个课时至少需要一名学生。</translation>
    </message>
    <message>
        <source>A student is listed twice in the slot.</source>
        <translation>该课时中有学生重复列出。</translation>
    </message>
    <message>
        <source>The semester of the slot does not exist.</source>
        <translation>该课时所属的学期不存在。</translation>
    </message>
    <message>
        <source>The room of the slot does not exist.</source>
        <translation>该课时的功能室不存在。</translation>
    </message>
    <message>
        <source>The instructor does not exist or has left.</source>
        <translation>该指导教师不存在或已离职。</translation>
    </message>
    <message>
        <source>The slot was not saved: %1</source>
        <translation>课时未保存：%1</translation>
    </message>
    <message>
        <source>The slot does not exist.</source>
        <translation>该课时不存在。</translation>
    </message>
    <message>
        <source>The slot does not meet on %1.</source>
        <translation>该课时在%1没有安排。</translation>
    </message>
    <message>
        <source>The change of %1 neither cancels the slot nor changes anything.</source>
        <translation>对%1的调整既未取消该课时，也未做任何更改。</translation>
    </message>
    <message>
        <source>The moved slot must end after it starts.</source>
        <translation>移动后的课时结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>%1 is a holiday or outside the semester; the slot cannot move there.</source>
        <translation>%1 是节假日或不在本学期内，课时不能调到该日。</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>调课未保存：%1</translation>
    </message>
    <message>
        <source>The slot already has a change on %1.</source>
        <translation>该课时在 %1 已有调课。</translation>
    </message>
    <message>
        <source>The change does not exist.</source>
        <translation>该调课不存在。</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>The slot's validity period must lie inside the semester (%1 to %2).</source>
        <translation>课程的有效期须在本学期内（%1至%2）。</translation>
    </message>
    <message>
        <source>The slot cannot end before it takes effect.</source>
        <translation>课程的结束日期不能早于生效日期。</translation>
    </message>
    <message>
        <source>The slot can only end on a day of its validity period (%1 to %2).</source>
        <translation>课程只能在其有效期内的某一天结束（%1至%2）。</translation>
    </message>
    <message>
        <source>The slot has no change on %1.</source>
        <translation>该课程在 %1 没有调课。</translation>
    </message>
</context>
<context>
    <name>rr::TimetableNames</name>
    <message>
        <source>, </source>
        <comment>between names in a list</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>rr::TimetablePanel</name>
    <message>
        <source>Add slot…</source>
        <translation>添加课时…</translation>
    </message>
    <message>
        <source>Edit slot…</source>
        <translation>编辑课时…</translation>
    </message>
    <message>
        <source>Remove slot</source>
        <translation>删除课时</translation>
    </message>
    <message>
        <source>Change this date…</source>
        <translation>单次调课…</translation>
    </message>
    <message>
        <source>Cancel or move one meeting of the selected week; choose a teaching week first.</source>
        <translation>取消或移动所选周的某一次课；请先选择教学周。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>&lt;span style='background:#f8d7da'&gt;&amp;nbsp;conflict&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff1c7'&gt;&amp;nbsp;warning&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e1ecfb'&gt;&amp;nbsp;changed this week&amp;nbsp;&lt;/span&gt; &lt;span style='background:#f1f1f1;color:#808080'&gt;&amp;nbsp;cancelled or moved away&amp;nbsp;&lt;/span&gt;</source>
        <translation>&lt;span style='background:#f8d7da'&gt;&amp;nbsp;冲突&amp;nbsp;&lt;/span&gt; &lt;span style='background:#fff1c7'&gt;&amp;nbsp;警告&amp;nbsp;&lt;/span&gt; &lt;span style='background:#e1ecfb'&gt;&amp;nbsp;本周已调整&amp;nbsp;&lt;/span&gt; &lt;span style='background:#f1f1f1;color:#808080'&gt;&amp;nbsp;已取消或已调走&amp;nbsp;&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Class periods not to miss…</source>
        <translation>不能缺席的课堂节次…</translation>
    </message>
    <message>
        <source>The lessons the selected student must not miss; slots over them are flagged.</source>
        <translation>所选学生不能缺席的课堂；与之重叠的课时将被标出。</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>课时覆盖</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>No current semester: set it under Settings.</source>
        <translation>未设当前学期：请在“设置”中设定。</translation>
    </message>
    <message>
        <source>Every week (the weekly timetable)</source>
        <translation>每周（周课表）</translation>
    </message>
    <message>
        <source>Week %1 (%2 – %3)</source>
        <translation>第 %1 周（%2 – %3）</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>由 %1 调来</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>moved to %1</source>
        <translation>调至 %1</translation>
    </message>
    <message>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <source>outside the semester</source>
        <translation>不在本学期内</translation>
    </message>
    <message>
        <source>Minutes in week %1, holidays and changes counted.</source>
        <translation>第 %1 周的分钟数，已计入节假日和调课。</translation>
    </message>
    <message>
        <source>Minutes per week in the weekly timetable against the IEP's services.</source>
        <translation>周课表中的每周分钟数与个别化教育计划所定服务的对照。</translation>
    </message>
    <message numerus="yes">
        <source>%n student(s) short of their IEP.</source>
        <translation>
            <numerusform>%n 名学生未达到其个别化教育计划的要求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Coverage (%1 short)</source>
        <translation>课时覆盖（%1 名不足）</translation>
    </message>
    <message>
        <source>The slot was saved.</source>
        <translation>课时已保存。</translation>
    </message>
    <message>
        <source>Saved with warnings:</source>
        <translation>已保存，但有警告：</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%2 %3 的 %1</translation>
    </message>
    <message>
        <source>Remove %1 from the timetable for the whole semester, with its one-off changes?</source>
        <translation>从整个学期的课表中删除 %1 及其单次调课吗？</translation>
    </message>
    <message>
        <source>%1 was removed from the timetable.</source>
        <translation>已从课表中删除 %1。</translation>
    </message>
    <message>
        <source>The change was undone.</source>
        <translation>调课已撤销。</translation>
    </message>
    <message>
        <source>The change was saved.</source>
        <translation>调课已保存。</translation>
    </message>
    <message>
        <source>The class periods were saved.</source>
        <translation>不能缺席的课堂节次已保存。</translation>
    </message>
    <message>
        <source>End slot…</source>
        <translation>结束课程…</translation>
    </message>
    <message>
        <source>The slot stops after a day you choose; its past meetings and records stay.</source>
        <translation>课程在选定的日期之后停止；之前的课次和记录保留。</translation>
    </message>
    <message>
        <source>%1 ends on %2; its earlier meetings stay.</source>
        <translation>%1 于%2结束，此前的课次保留。</translation>
    </message>
    <message>
        <source>The coverage could not be read.</source>
        <translation>无法读取课时覆盖情况。</translation>
    </message>
</context>
<context>
    <name>rr::TodayPanel</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>A draft record for every timetabled session of the day that has none yet</source>
        <translation>为当天尚无记录的每节排课训练课创建一份训练记录草稿</translation>
    </message>
    <message>
        <source>Ad hoc session…</source>
        <translation>临时训练…</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Double-click a session to open its record; one without a record gets one.</source>
        <translation>双击训练课以打开其记录；尚无记录的将新建一份。</translation>
    </message>
    <message>
        <source>%1, week %2</source>
        <translation>%1，第 %2 周</translation>
    </message>
    <message>
        <source>%1, outside the semester</source>
        <translation>%1，不在本学期内</translation>
    </message>
    <message>
        <source>Create today's sessions</source>
        <translation>生成今日训练课</translation>
    </message>
    <message>
        <source>Create the day's sessions</source>
        <translation>生成当天训练课</translation>
    </message>
    <message>
        <source>Today's sessions (%1 without a record)</source>
        <translation>今日训练课（%1 节无记录）</translation>
    </message>
    <message>
        <source>Sessions of %1 (%2 without a record)</source>
        <translation>%1 的训练课（%2 节无记录）</translation>
    </message>
    <message>
        <source>To do (%1) — double-click to act</source>
        <translation>待办（%1）— 双击处理</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) made from the timetable.</source>
        <translation>
            <numerusform>已根据课表生成 %n 份记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) already had a record.</source>
        <translation>
            <numerusform>%n 节训练课已有记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused by the room rules:</source>
        <translation>被功能室制度拒绝：</translation>
    </message>
    <message>
        <source>The ad hoc session's record was made.</source>
        <translation>临时训练课的记录已创建。</translation>
    </message>
    <message>
        <source>To do (could not be read)</source>
        <translation>待办（无法读取）</translation>
    </message>
    <message>
        <source>The sessions of %1 could not be read.</source>
        <translation>无法读取%1的训练课。</translation>
    </message>
</context>
<context>
    <name>rr::Training</name>
    <message>
        <source>There is no student with number %1.</source>
        <translation>没有编号为 %1 的学生。</translation>
    </message>
    <message>
        <source>There is no staff member with number %1.</source>
        <translation>没有编号为 %1 的教职工。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Equipment used</source>
        <translation>使用的器材</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>下一步安排</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>出勤</translation>
    </message>
    <message>
        <source>Reason for absence</source>
        <translation>缺席原因</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>交接给</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Prompt level</source>
        <translation>提示等级</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>表现</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>效果</translation>
    </message>
    <message>
        <source>Objectives and data</source>
        <translation>短期目标与数据</translation>
    </message>
    <message>
        <source>There is no such training record.</source>
        <translation>没有该训练记录。</translation>
    </message>
    <message>
        <source>The record of %1 was signed on %2 and is read-only; correct it by an amendment with a reason.</source>
        <translation>%1 的记录已于 %2 签字，为只读；如需修改，请填写原因并提交更正。</translation>
    </message>
    <message>
        <source>%1–%2 %3: %4</source>
        <translation>%1–%2 %3：%4</translation>
    </message>
    <message>
        <source>A record made from the timetable needs the date it met.</source>
        <translation>根据课表生成的记录需要填写上课日期。</translation>
    </message>
    <message>
        <source>This timetable session of %1 already has a record.</source>
        <translation>%1 的这节排课训练课已有记录。</translation>
    </message>
    <message>
        <source>The record was already signed on %1.</source>
        <translation>该记录已于 %1 签字。</translation>
    </message>
    <message>
        <source>Who signs the record?</source>
        <translation>由谁签字？</translation>
    </message>
    <message>
        <source>The session of %1 has not taken place yet; its record is signed afterwards.</source>
        <translation>%1 的训练课尚未进行；记录须在课后签字。</translation>
    </message>
    <message>
        <source>The record is not signed yet: change the draft instead.</source>
        <translation>该记录尚未签字：请直接修改草稿。</translation>
    </message>
    <message>
        <source>An amendment needs its reason.</source>
        <translation>更正须填写原因。</translation>
    </message>
    <message>
        <source>An amendment needs its author.</source>
        <translation>更正须填写更正人。</translation>
    </message>
    <message>
        <source>An amendment is dated on or after the signing (%1).</source>
        <translation>更正日期须在签字日期（%1）当天或之后。</translation>
    </message>
    <message>
        <source>The amendment changes nothing.</source>
        <translation>该更正没有任何改动。</translation>
    </message>
    <message>
        <source>student %1</source>
        <translation>学生 %1</translation>
    </message>
    <message>
        <source>A training record needs a date.</source>
        <translation>训练记录须填写日期。</translation>
    </message>
    <message>
        <source>A training session needs a start and an end after it.</source>
        <translation>训练课须填写开始和结束时间，且结束晚于开始。</translation>
    </message>
    <message>
        <source>A training session needs a room.</source>
        <translation>训练课须指定功能室。</translation>
    </message>
    <message>
        <source>A training session needs at least one student.</source>
        <translation>训练课至少须有一名学生。</translation>
    </message>
    <message>
        <source>An individual session has exactly one student; make it a group session for %1 students.</source>
        <translation>个别训练只能有一名学生；%1 名学生请改为小组训练。</translation>
    </message>
    <message>
        <source>%1 is listed twice in the session.</source>
        <translation>%1 在该训练课中重复列出。</translation>
    </message>
    <message>
        <source>The rating of %1 must be 1 to 5.</source>
        <translation>%1 的评分须在 1 到 5 之间。</translation>
    </message>
    <message>
        <source>%1 cannot leave (%2) before arriving (%3).</source>
        <translation>%1 的离开时间（%2）不能早于到达时间（%3）。</translation>
    </message>
    <message>
        <source>An objective of %1 is listed twice.</source>
        <translation>%1 的某个短期目标重复列出。</translation>
    </message>
    <message>
        <source>%1 was not present: the record cannot hold data for them.</source>
        <translation>%1 未出席：记录中不能填写其数据。</translation>
    </message>
    <message>
        <source>Equipment used needs a name.</source>
        <translation>使用的器材须填写名称。</translation>
    </message>
    <message>
        <source>An objective of the record is not in the student's IEP.</source>
        <translation>记录中的某个短期目标不在该学生的个别化教育计划中。</translation>
    </message>
    <message>
        <source>Group session</source>
        <translation>小组训练</translation>
    </message>
    <message>
        <source>Individual session</source>
        <translation>个别训练</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>请假</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>出席</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1–%2 in %3 with %4: no record yet.</source>
        <translation>%1–%2 %3（%4）：尚无记录。</translation>
    </message>
    <message>
        <source>The record of %1 (%2) was due to be signed by %3.</source>
        <translation>%1（%2）的记录应在 %3 前签字。</translation>
    </message>
    <message>
        <source>The record of %1 (%2) is not signed yet; sign it by %3.</source>
        <translation>%1（%2）的记录尚未签字；请在 %3 前签字。</translation>
    </message>
    <message>
        <source>%1 has had no %2 session this week yet.</source>
        <translation>%1 本周尚未上过“%2”训练课。</translation>
    </message>
    <message>
        <source>%1 has had no one-to-one counselling this month yet.</source>
        <translation>%1 本月尚未进行个别心理辅导。</translation>
    </message>
    <message>
        <source>%1 has no arrival time.</source>
        <translation>%1没有到达时间。</translation>
    </message>
    <message>
        <source>%1 has no departure time.</source>
        <translation>%1没有离开时间。</translation>
    </message>
    <message>
        <source>%1 left at %2 without being handed over to anyone.</source>
        <translation>%1于%2离开，未交接给任何人。</translation>
    </message>
    <message>
        <source>The record cannot be signed: %1 The rule of %2: "%3"</source>
        <translation>记录不能签字：%1%2的制度：“%3”</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is no longer in the equipment ledger; pick it again.</source>
        <translation>“%1”已不在物资台账中，请重新选择。</translation>
    </message>
</context>
<context>
    <name>rr::TrainingPage</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Training records</source>
        <translation>训练记录</translation>
    </message>
    <message>
        <source>Room usage</source>
        <translation>功能室使用</translation>
    </message>
    <message>
        <source>Record inspection</source>
        <translation>记录检查</translation>
    </message>
    <message>
        <source>%1, outside the semester</source>
        <translation>%1，不在本学期内</translation>
    </message>
    <message>
        <source>%1 — %2, week %3</source>
        <translation>%1 — %2，第 %3 周</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rr::TrainingPlanEditor</name>
    <message>
        <source>Start from the IEP</source>
        <translation>从个别化教育计划开始</translation>
    </message>
    <message>
        <source>A plan with one goal for each short-term objective of the IEP in effect.</source>
        <translation>按生效的个别化教育计划，为每个短期目标生成一项训练目标的计划。</translation>
    </message>
    <message>
        <source>Empty plan</source>
        <translation>空白计划</translation>
    </message>
    <message>
        <source>What the student will be able to do</source>
        <translation>学生将能做到什么</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>添加目标</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Add goals from the IEP</source>
        <translation>从个别化教育计划添加目标</translation>
    </message>
    <message>
        <source>Adds the IEP objectives that no goal serves yet.</source>
        <translation>添加尚无训练目标对应的个别化教育计划短期目标。</translation>
    </message>
    <message>
        <source>What is trained, e.g. number composition, addition within 10</source>
        <translation>训练内容，如数的组成、10 以内加法</translation>
    </message>
    <message>
        <source>How, e.g. hands-on materials, visual prompts, reinforcement</source>
        <translation>训练方法，如操作学具、视觉提示、强化</translation>
    </message>
    <message>
        <source> min per session</source>
        <translation> 分钟/次</translation>
    </message>
    <message>
        <source> sessions a week</source>
        <translation> 次/周</translation>
    </message>
    <message>
        <source>What the student should reach by the end of the semester</source>
        <translation>学生在学期末应达到的效果</translation>
    </message>
    <message>
        <source>Save plan</source>
        <translation>保存计划</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Remove plan</source>
        <translation>删除计划</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>serves</source>
        <translation>对应</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>指导教师</translation>
    </message>
    <message>
        <source>Expected results</source>
        <translation>预期效果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>(not from the IEP)</source>
        <translation>（非来自个别化教育计划）</translation>
    </message>
    <message>
        <source>(not yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Select a student.</source>
        <translation>请选择学生。</translation>
    </message>
    <message>
        <source>No training plan for this semester yet. Start one from the IEP: one goal for each short-term objective.</source>
        <translation>本学期尚无训练计划。可从个别化教育计划开始：为每个短期目标生成一项训练目标。</translation>
    </message>
    <message>
        <source>No training plan for this semester yet. The student has no IEP in effect, so the plan starts empty.</source>
        <translation>本学期尚无训练计划。该学生没有生效的个别化教育计划，因此计划从空白开始。</translation>
    </message>
    <message>
        <source>%1 (left)</source>
        <translation>%1（已离校）</translation>
    </message>
    <message numerus="yes">
        <source>The plan starts with %n goal(s) from the IEP; add content, methods, duration and frequency, then save.</source>
        <translation>
            <numerusform>计划已从个别化教育计划生成 %n 项目标；请补充内容、方法、时长和频次，然后保存。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goal(s) added from the IEP.</source>
        <translation>
            <numerusform>已从个别化教育计划添加 %n 项目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every objective of the IEP has a goal already.</source>
        <translation>个别化教育计划的每个短期目标都已有训练目标。</translation>
    </message>
    <message>
        <source>The training plan was saved.</source>
        <translation>训练计划已保存。</translation>
    </message>
    <message>
        <source>Remove this training plan with all its goals?</source>
        <translation>删除该训练计划及其全部目标吗？</translation>
    </message>
    <message>
        <source>The training plan was removed.</source>
        <translation>训练计划已删除。</translation>
    </message>
    <message>
        <source>= %1 min a week</source>
        <translation>= 每周 %1 分钟</translation>
    </message>
    <message>
        <source>The training plan could not be read.</source>
        <translation>无法读取个别化训练方案。</translation>
    </message>
</context>
<context>
    <name>rr::TrainingPlanPanel</name>
    <message>
        <source>Save or revert the plan to choose another student.</source>
        <translation>请先保存或还原计划，再选择其他学生。</translation>
    </message>
    <message>
        <source>Individual training plan of %1</source>
        <translation>%1 的个别化训练计划</translation>
    </message>
    <message>
        <source>Select a student.</source>
        <translation>请选择学生。</translation>
    </message>
    <message>
        <source>No current semester: set it under Settings.</source>
        <translation>未设当前学期：请在“设置”中设定。</translation>
    </message>
</context>
<context>
    <name>rr::TrainingPlans</name>
    <message>
        <source>A training plan needs a student and a semester.</source>
        <translation>训练计划须指定学生和学期。</translation>
    </message>
    <message>
        <source>A session lasts between 0 and 600 minutes.</source>
        <translation>每次训练时长须在 0 到 600 分钟之间。</translation>
    </message>
    <message>
        <source>The plan has between 0 and 50 sessions a week.</source>
        <translation>计划每周训练次数须在 0 到 50 次之间。</translation>
    </message>
    <message>
        <source>Goal %1 of the training plan has no text.</source>
        <translation>训练计划的第 %1 项目标没有内容。</translation>
    </message>
    <message>
        <source>The student does not exist.</source>
        <translation>该学生不存在。</translation>
    </message>
    <message>
        <source>The semester does not exist.</source>
        <translation>该学期不存在。</translation>
    </message>
    <message>
        <source>The instructor does not exist.</source>
        <translation>该指导教师不存在。</translation>
    </message>
    <message>
        <source>The goal "%1" is linked to an objective that is not in this student's IEP.</source>
        <translation>目标“%1”关联的短期目标不在该学生的个别化教育计划中。</translation>
    </message>
    <message>
        <source>The student already has a training plan for this semester.</source>
        <translation>该学生本学期已有训练计划。</translation>
    </message>
    <message>
        <source>The training plan does not exist.</source>
        <translation>该训练计划不存在。</translation>
    </message>
    <message>
        <source>A training plan cannot move to another student or semester.</source>
        <translation>训练计划不能改到其他学生或学期。</translation>
    </message>
    <message>
        <source>The student has no IEP in effect for this semester to take goals from.</source>
        <translation>该学生本学期没有生效的个别化教育计划，无法从中选取目标。</translation>
    </message>
</context>
<context>
    <name>rr::TrainingWarningModel</name>
    <message>
        <source>No record yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>未签字</translation>
    </message>
    <message>
        <source>Signature overdue</source>
        <translation>签字逾期</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <source>Counselling due</source>
        <translation>应进行心理辅导</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>rr::Usage</name>
    <message>
        <source>Training session</source>
        <translation>训练课</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>参观</translation>
    </message>
    <message>
        <source>Parent training</source>
        <translation>家长培训</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Student activity</source>
        <translation>学生活动</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Training sessions enter the log from their records, not by hand.</source>
        <translation>训练课根据其记录自动进入使用登记，不能手工填写。</translation>
    </message>
    <message>
        <source>A use of a room needs a date.</source>
        <translation>功能室使用须填写日期。</translation>
    </message>
    <message>
        <source>A use of a room needs a start and an end after it.</source>
        <translation>功能室使用须填写开始和结束时间，且结束晚于开始。</translation>
    </message>
    <message>
        <source>Which room was used?</source>
        <translation>使用了哪个功能室？</translation>
    </message>
    <message>
        <source>Who used the room?</source>
        <translation>谁使用了功能室？</translation>
    </message>
    <message>
        <source>The number of students cannot be negative.</source>
        <translation>学生人数不能为负数。</translation>
    </message>
    <message>
        <source>%1 students are listed but the count says %2.</source>
        <translation>列出了 %1 名学生，但人数填的是 %2。</translation>
    </message>
    <message>
        <source>A student is listed twice.</source>
        <translation>某名学生重复列出。</translation>
    </message>
    <message>
        <source>A teaching aid needs a name.</source>
        <translation>教具须填写名称。</translation>
    </message>
    <message>
        <source>There is no such use of a room.</source>
        <translation>没有该功能室使用记录。</translation>
    </message>
</context>
<context>
    <name>rr::UsageEntryDialog</name>
    <message>
        <source>Edit room use</source>
        <translation>编辑功能室使用</translation>
    </message>
    <message>
        <source>Log a room use</source>
        <translation>登记功能室使用</translation>
    </message>
    <message>
        <source>Who used the room or was responsible</source>
        <translation>使用功能室的人或负责人</translation>
    </message>
    <message>
        <source>e.g. 区教研室参观, 家长培训：感统游戏</source>
        <translation>如：区教研室参观、家长培训：感统游戏</translation>
    </message>
    <message>
        <source>Find a student by name</source>
        <translation>按姓名查找学生</translation>
    </message>
    <message>
        <source>Others present, e.g. visitors or parents</source>
        <translation>其他在场人员，如来访者或家长</translation>
    </message>
    <message>
        <source>as listed</source>
        <translation>按名单人数</translation>
    </message>
    <message>
        <source>The number of students; more than those listed when not all are on the roster</source>
        <translation>学生人数；若部分学生不在名册中，可多于列出的人数</translation>
    </message>
    <message>
        <source>Separate with 、 or commas</source>
        <translation>用“、”或逗号分隔</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>使用人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>学生</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>其他人员</translation>
    </message>
    <message>
        <source>Number of students</source>
        <translation>学生人数</translation>
    </message>
    <message>
        <source>Teaching aids</source>
        <translation>教具</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rr::UsagePanel</name>
    <message>
        <source>Log a use…</source>
        <translation>登记使用…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>The log of one room, as the school files it</source>
        <translation>单个功能室的使用登记，按学校存档格式</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>功能室</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Training sessions enter the log from their records (grey): double-click one to open its record.</source>
        <translation>训练课根据其记录进入使用登记（灰色）：双击可打开其记录。</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部功能室</translation>
    </message>
    <message numerus="yes">
        <source>%n use(s)</source>
        <translation>
            <numerusform>%n 次使用</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n training session(s))</source>
        <translation>
            <numerusform>（%n 节训练课）</numerusform>
        </translation>
    </message>
    <message>
        <source>The room use was saved.</source>
        <translation>功能室使用已保存。</translation>
    </message>
    <message>
        <source>Remove the room use?</source>
        <translation>删除该功能室使用吗？</translation>
    </message>
    <message>
        <source>Remove this entry from the room usage log?</source>
        <translation>从功能室使用登记中删除此条目吗？</translation>
    </message>
    <message>
        <source>The room use was removed.</source>
        <translation>功能室使用已删除。</translation>
    </message>
    <message>
        <source>The room usage log could not be read.</source>
        <translation>无法读取功能室使用登记。</translation>
    </message>
</context>
</TS>
