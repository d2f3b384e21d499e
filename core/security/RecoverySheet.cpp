#include "security/RecoverySheet.h"

namespace rr {

using namespace Qt::Literals::StringLiterals;

FormDocument recoveryCodeSheet(const QString &schoolName, const QString &userName, const QString &code, const QDate &date)
{
    FormDocument doc;
    doc.title = u"资源教室管理系统 管理员恢复码"_s;
    doc.header = {{u"学校"_s, schoolName}, {u"打印日期"_s, date.toString(u"yyyy年M月d日"_s)}};
    FieldGrid grid;
    grid.columnWeights = {1, 3};
    grid.rows = {{GridCell::label(u"管理员用户名"_s), GridCell::value(userName)},
                 {GridCell::label(u"恢复码"_s), GridCell::value(code)}};
    grid.minRowHeightMm = 14;
    doc.blocks.append(FormBlock{grid});
    doc.blocks.append(FormBlock{Paragraph{u"管理员忘记密码时，在登录窗口点“忘记密码”，输入管理员用户名、这个恢复码和新密码，"
                                          "即可重设密码。恢复码用过一次后作废，程序会给出新的恢复码，请重新打印保存。"_s}});
    doc.blocks.append(FormBlock{Paragraph{u"请把本页锁在安全的地方（如校长室保险柜），不要贴在电脑旁，也不要拍照发送。"
                                          "拿到恢复码的人可以进入全部学生资料。"_s,
                                          Paragraph::Style::Note}});
    return doc;
}

} // namespace rr
