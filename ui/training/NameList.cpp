#include "training/NameList.h"

#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QStringList splitNameList(const QString &text)
{
    static const QRegularExpression separators(u"[,，、;；\\n]"_s);
    QStringList names;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts))
        if (const QString name = part.trimmed(); !name.isEmpty())
            names.append(name);
    return names;
}

QString joinNameList(const QStringList &names)
{
    return names.join(u"、"_s);
}

} // namespace rr
