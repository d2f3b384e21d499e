#include "roster/TableLimitMessages.h"

#include <QCoreApplication>

namespace rr {

namespace {
QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', bytes % (1024 * 1024) == 0 ? 0 : 1);
}
} // namespace

Error fileTooLargeError(qint64 bytes, const TableLimits &limits)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("rr::Roster", "The file is %1 MB; a roster file may be at most %2 MB.")
                         .arg(megabytes(bytes), megabytes(limits.maxFileBytes)));
}

Error tooManyRowsError(const TableLimits &limits)
{
    return makeError(ErrorCode::InvalidInput,
                     QCoreApplication::translate("rr::Roster", "The file has more than %1 rows; a roster may have at most %1 rows.")
                         .arg(limits.maxRows));
}

QString cellTooLongMessage(const TableLimits &limits)
{
    return QCoreApplication::translate("rr::Roster", "A cell of this row is longer than %1 KB (the most a cell may hold); the row was not read.")
        .arg(limits.maxCellBytes / 1024.0, 0, 'g', 3);
}

QString tooManyColumnsMessage(const TableLimits &limits)
{
    return QCoreApplication::translate("rr::Roster", "This row has more than %1 columns (the most a row may have); the row was not read.")
        .arg(limits.maxColumns);
}

bool cellTooLong(const QString &text, const TableLimits &limits)
{
    // A UTF-16 unit is at most 3 UTF-8 bytes: most cells need no conversion.
    if (text.size() * 3 <= limits.maxCellBytes)
        return false;
    if (text.size() > limits.maxCellBytes)
        return true;
    return text.toUtf8().size() > limits.maxCellBytes;
}

} // namespace rr
