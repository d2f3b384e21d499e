#include "students/ImportPreviewModel.h"
#include "common/ListText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void ImportPreviewModel::setPreview(const QStringList &headers, QList<ImportRow> rows)
{
    if (headers == m_headers && rows.size() == m_rows.size() && !rows.isEmpty()) {
        m_rows = std::move(rows);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    endResetModel();
}

void ImportPreviewModel::setRows(QList<ImportRow> rows)
{
    setPreview({}, std::move(rows));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : FirstCell + int(m_headers.size());
}

QString ImportPreviewModel::statusLabel(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Ready: return tr("Ready");
    case ImportRowStatus::Flagged: return tr("Imported, to check");
    case ImportRowStatus::Invalid: return tr("Error, skipped");
    case ImportRowStatus::Duplicate: return tr("Already on file");
    }
    return {};
}

QColor ImportPreviewModel::statusColour(ImportRowStatus status)
{
    switch (status) {
    case ImportRowStatus::Ready: return {0xe8, 0xf5, 0xe9};
    case ImportRowStatus::Flagged: return {0xff, 0xf1, 0xc9};
    case ImportRowStatus::Invalid: return {0xfd, 0xe2, 0xe2};
    case ImportRowStatus::Duplicate: return {0xec, 0xee, 0xf2};
    }
    return {};
}

static QIcon statusIcon(ImportRowStatus status)
{
    const QStyle *style = QApplication::style();
    switch (status) {
    case ImportRowStatus::Ready: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case ImportRowStatus::Flagged: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case ImportRowStatus::Invalid: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case ImportRowStatus::Duplicate: return style->standardIcon(QStyle::SP_MessageBoxInformation);
    }
    return {};
}

QString ImportPreviewModel::problemText(const ImportRow &row, const QString &separator) const
{
    QStringList parts;
    for (const QString &error : row.problems)
        parts << tr("Error: %1").arg(error);
    for (const ImportWarning &warning : row.warnings)
        parts << tr("To check: %1").arg(warning.message);
    // In the cell the problems read as one sentence (缺少姓名；……。), in the
    // tooltip one per line.
    return separator == u"\n"_s ? parts.join(separator) : joinSentences(parts);
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case StatusRole: return int(row.status);
    case Qt::BackgroundRole: return QBrush(statusColour(row.status));
    case Qt::ForegroundRole:
        if (column == Problems && !row.problems.isEmpty())
            return QBrush(QColor(0xa0, 0x10, 0x10));
        if (column == Problems && !row.warnings.isEmpty())
            return QBrush(QColor(0x7a, 0x4a, 0x00));
        return QBrush(QColor(0x20, 0x20, 0x20));
    case Qt::DecorationRole: return column == Status ? QVariant(statusIcon(row.status)) : QVariant();
    case SortRole:
        if (column == Line)
            return row.line;
        if (column == Status)
            return int(row.status);
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        if (column >= FirstCell)
            return row.cells.value(fileColumn(column));
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Line: return row.line;
        case Status: return statusLabel(row.status);
        // Shown, ID numbers are masked wherever they stand (a misread file
        // can put one into a name); the editor (EditRole) has the cell as read.
        case Name: return maskIdNumbersInText(row.student.name);
        case Problems:
            return maskIdNumbersInText(role == Qt::ToolTipRole ? problemText(row, u"\n"_s) : problemText(row, sentenceSeparator()));
        default:
            if (role == Qt::ToolTipRole)
                return tr("Double-click to correct this cell; the row is checked again at once.");
            return maskIdNumbersInText(row.cells.value(fileColumn(column)));
        }
    default: return {};
    }
}

bool ImportPreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() < FirstCell)
        return false;
    ImportRow &row = m_rows[index.row()];
    const int column = fileColumn(index.column());
    const QString text = value.toString();
    if (row.cells.value(column) == text)
        return false;
    while (row.cells.size() <= column)
        row.cells.append(QString());
    row.cells[column] = text;
    emit dataChanged(index, index);
    emit cellCorrected(row.tableRow, column, text);
    return true;
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() >= FirstCell)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Line: return tr("Row");
    case Status: return tr("Status");
    case Name: return tr("Name as stored");
    case Problems: return tr("Errors and warnings");
    default: {
        const QString header = m_headers.value(section - FirstCell);
        return header.isEmpty() ? tr("Column %1").arg(section - FirstCell + 1) : header;
    }
    }
}

} // namespace rr
