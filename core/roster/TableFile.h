#pragma once
// A spreadsheet read as rows of text cells: .csv (any Chinese encoding) or
// .xlsx (first worksheet). The file is only read, never changed.
#include "common/Result.h"

#include <QList>
#include <QStringList>

namespace rr {

struct TableData {
    QList<QStringList> rows;
    QString encoding;        // for CSV: UTF-8 or GB18030
};

Result<TableData> readTableFile(const QString &path);
Result<TableData> parseCsv(const QByteArray &bytes);
Result<TableData> readXlsx(const QString &path);

} // namespace rr
