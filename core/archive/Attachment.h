#pragma once
#include "archive/ArchiveItem.h"

#include <QDateTime>
#include <QString>

namespace rr {

// A file in a student's archive: a scan, photo, PDF or Word file.
struct Attachment {
    qint64 id = 0;
    qint64 studentId = 0;
    int archiveItem = 0;       // ArchiveItem number 1–10, 0 for none
    int schoolYear = 0;        // the school year it belongs to
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QString sha256;
    QString note;
    QDateTime addedAt;
    bool operator==(const Attachment &) const = default;
};

} // namespace rr
