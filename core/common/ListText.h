#pragma once
// Joining pieces of text the way the interface language punctuates them.
// Chinese: sentences with "；" (their own "。" dropped, one at the end),
// clauses with "，", list items with "、", a label and its value with "："
// — never "; " or ", " between Chinese characters ("缺少姓名。; 智力…").
// English: "; ", ", ", ", ", ": ". The language is the default QLocale,
// which installTranslations() sets.
#include <QString>
#include <QStringList>

namespace rr {

QString joinSentences(const QStringList &sentences);   // 缺少姓名；智力需要等级。
QString joinClauses(const QStringList &clauses);       // 导入12行，跳过1行
QString joinItems(const QStringList &items);           // 张三、李四
QString sentenceSeparator();                           // "；" / "; "
QString clauseSeparator();                             // "，" / ", "
QString labelSeparator();                              // "：" / ": "

} // namespace rr
