#include "storage/FileInspection.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

namespace rr {

FileInspection inspectDatabaseFile(const QString &path)
{
    FileInspection result;
    const QFileInfo info(path);
    result.exists = info.exists();
    if (!result.exists)
        return result;
    result.writable = info.isFile() && info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    if (!info.isFile())
        return result;
    result.isEmpty = info.size() == 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return result;
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    result.isSqlite = header.size() == 100 && header.startsWith(magic);
    if (result.isSqlite) {
        result.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
        result.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    }
    return result;
}

} // namespace rr
