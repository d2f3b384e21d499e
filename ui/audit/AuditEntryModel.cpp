#include "audit/AuditEntryModel.h"

#include "audit/AuditLabels.h"
#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

namespace rr {

void AuditEntryModel::setEntries(QList<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditEntryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditEntryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditEntryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const AuditEntry &e = m_entries.at(index.row());
    if (role == SortKeyRole) {
        if (index.column() == TimeColumn)
            return e.id;   // the order of the trail
        if (index.column() == RowsColumn)
            return e.changeCount;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return screenDateTime(e.at);
    case PersonColumn:
        return e.actor.isEmpty() ? tr("(unknown)") : e.actor;
    case ActionColumn:
        return auditKindLabel(e.kind);
    case RowsColumn:
        return e.kind.startsWith(QLatin1String("access.")) ? QString() : QString::number(e.changeCount);
    }
    return {};
}

QVariant AuditEntryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PersonColumn:
        return tr("Person");
    case ActionColumn:
        return tr("Action");
    case RowsColumn:
        return tr("Rows changed");
    }
    return {};
}

void AuditChangeModel::setChanges(const QList<AuditRowChange> &changes)
{
    beginResetModel();
    m_lines.clear();
    for (const AuditRowChange &change : changes) {
        QString op;
        if (change.op == QLatin1String("insert"))
            op = tr("added");
        else if (change.op == QLatin1String("delete"))
            op = tr("deleted");
        else
            op = tr("changed");
        const QString record = tr("%1 %2 (%3)").arg(auditTableLabel(change.table)).arg(change.rowId).arg(op);
        const auto shown = [](const AuditFieldChange &f, const QVariant &value, bool isAfter) -> QString {
            if (f.masked) {
                if (isAfter)
                    return tr("(hidden, changed)");
                return tr("(hidden)");
            }
            return value.toString();
        };
        if (change.fields.isEmpty())
            m_lines << Line{record, {}, {}, {}};
        for (const AuditFieldChange &f : change.fields)
            m_lines << Line{record, auditFieldLabel(f.field), change.op == QLatin1String("insert") ? QString() : shown(f, f.before, false),
                            change.op == QLatin1String("delete") ? QString() : shown(f, f.after, true)};
    }
    endResetModel();
}

int AuditChangeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int AuditChangeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditChangeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Line &line = m_lines.at(index.row());
    switch (index.column()) {
    case RecordColumn:
        return line.record;
    case FieldColumn:
        return line.field;
    case BeforeColumn:
        return line.before;
    case AfterColumn:
        return line.after;
    }
    return {};
}

QVariant AuditChangeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case FieldColumn:
        return tr("Field");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

} // namespace rr
