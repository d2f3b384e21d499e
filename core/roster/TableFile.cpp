#include "roster/TableFile.h"

#include "common/BoundedRead.h"
#include "roster/TableLimitMessages.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

int TableData::lineOf(int index) const
{
    return index >= 0 && index < lines.size() ? lines.at(index) : index + 1;
}

void TableData::append(TableRow &&row)
{
    if (!row.error.isEmpty())
        unreadable.insert(int(rows.size()), row.error);
    // Rows made by hand (tests, a preview) have no lines: keep both in step.
    while (lines.size() < rows.size())
        lines.append(int(lines.size()) + 1);
    lines.append(row.line);
    rows.append(std::move(row.cells));
}

TableRowSink appendingTo(TableData &table)
{
    return [&table](TableRow &&row) {
        table.append(std::move(row));
        return true;
    };
}

Result<TableData> collectRows(const std::function<Result<QString>(const TableRowSink &)> &read)
{
    TableData table;
    auto encoding = read(appendingTo(table));
    if (!encoding)
        return encoding.error();
    table.encoding = *encoding;
    return table;
}

bool isBlankRow(const QStringList &cells)
{
    return std::all_of(cells.cbegin(), cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
}

Result<QString> readTableRows(const QString &path, const TableLimits &limits, const TableRowSink &sink)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool xlsx = suffix == u"xlsx"_s;
    if (!xlsx && suffix != u"csv"_s && suffix != u"txt"_s)
        return makeError(ErrorCode::InvalidInput, QCoreApplication::translate("rr::Roster", "Only .xlsx and .csv files can be imported (an old .xls file "
                                                     "can be saved as .xlsx in Excel or WPS)."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::FileUnusable,
                         QCoreApplication::translate("rr::Roster", "Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return fileTooLargeError(file.size(), limits);
    // No more than the limit, even from a file that grows or claims no size.
    const std::optional<QByteArray> read = readAtMost(file, limits.maxFileBytes);
    if (!read)
        return file.error() == QFileDevice::NoError
            ? fileTooLargeError(limits.maxFileBytes + 1, limits)
            : makeError(ErrorCode::FileUnusable, QCoreApplication::translate("rr::Roster", "Could not read %1: %2")
                                                     .arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray &bytes = *read;
    if (!xlsx)
        return readCsvRows(bytes, limits, sink);
    if (auto read = readXlsxRows(bytes, limits, sink); !read)
        return read.error();
    return QString();
}

Result<TableData> readTableFile(const QString &path, const TableLimits &limits)
{
    return collectRows([&](const TableRowSink &sink) { return readTableRows(path, limits, sink); });
}

} // namespace rr
