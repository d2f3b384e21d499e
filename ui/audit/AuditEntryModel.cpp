#include "audit/AuditEntryModel.h"

#include "audit/AuditLabels.h"
#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"
#include "students/Student.h"

#include <QRegularExpression>

namespace rr {

using namespace Qt::Literals::StringLiterals;

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

namespace {

// A stored value as the screens show it: dates and times in the screen
// style, the stored keys of gender and placement by their labels.
QString auditValueText(const QString &field, const QVariant &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return text;
    static const QRegularExpression dateTime(u"^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}(:\\d{2})?$"_s);
    static const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (date.match(text).hasMatch())
        return screenDate(QDate::fromString(text, Qt::ISODate));
    if (dateTime.match(text).hasMatch())
        return screenDateTime(QDateTime::fromString(text.left(16).replace(u'T', u' '), u"yyyy-MM-dd HH:mm"_s));
    if (field == QLatin1String("gender"))
        return genderLabel(genderFromKey(text));
    if (field == QLatin1String("placement"))
        return placementLabel(placementFromKey(text));
    return text;
}

} // namespace

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
        const bool isUpdate = change.op == QLatin1String("update");
        const auto shown = [isUpdate](const AuditFieldChange &f, const QVariant &value, bool isAfter) -> QString {
            if (f.masked) {
                if (isAfter && isUpdate)
                    return tr("(hidden, changed)");
                return tr("(hidden)");
            }
            return auditValueText(f.field, value);
        };
        if (change.fields.isEmpty())
            m_lines << Line{record, {}, {}, {}};
        // Fields without a label of their own (stored keys, row numbers) are
        // counted rather than shown as the database spells them.
        int others = 0;
        for (const AuditFieldChange &f : change.fields)
            if (f.field != QLatin1String("id") && !hasAuditFieldLabel(f.field) && !(f.masked && f.field == QLatin1String("category")))
                ++others;
        if (others > 0)
            m_lines << Line{record, tr("%n other field(s)", nullptr, others), {}, {}};
        for (const AuditFieldChange &f : change.fields)
            if (f.field != QLatin1String("id") && (hasAuditFieldLabel(f.field) || (f.masked && f.field == QLatin1String("category"))))
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
