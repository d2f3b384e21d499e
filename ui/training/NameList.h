#pragma once
// Equipment and teaching aids typed as one line: "沙盘、积木, 感统球" is three
// names; shown back joined with 、.
#include <QStringList>

namespace rr {

QStringList splitNameList(const QString &text);
QString joinNameList(const QStringList &names);

} // namespace rr
