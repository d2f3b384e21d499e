#include "timetable/WeekGridModel.h"

#include "timetable/TimetableNames.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMap>
#include <QStyle>

namespace rr {

using namespace Qt::Literals::StringLiterals;

bool WeekGridItem::hasHardConflict() const
{
    for (const TimetableConflict &c : conflicts)
        if (c.isHard())
            return true;
    return false;
}

QString WeekGridItem::text() const
{
    QStringList lines;
    // The row header holds the time; a cell names what, who and where.
    lines.append(content);
    lines.append(students);
    QString who = instructor;
    if (!room.isEmpty())
        who += (who.isEmpty() ? QString() : u" · "_s) + room;
    lines.append(who);
    if (!note.isEmpty())
        lines.append(note);
    return lines.join(u'\n');
}

WeekGridModel::WeekGridModel(QObject *parent) : QAbstractTableModel(parent) {}

void WeekGridModel::setGrid(QList<int> weekdays, QStringList headers, QList<WeekGridItem> items)
{
    beginResetModel();
    m_weekdays = std::move(weekdays);
    m_headers = std::move(headers);
    m_items = std::move(items);
    layOut();
    endResetModel();
}

void WeekGridModel::layOut()
{
    m_rows.clear();
    m_cells.clear();
    // Bands by start, then end; each band as many rows as its busiest day needs.
    QMap<std::pair<QTime, QTime>, QList<int>> bands;
    for (int i = 0; i < m_items.size(); ++i) {
        if (!m_weekdays.contains(m_items.at(i).weekday))
            continue;
        bands[{m_items.at(i).start, m_items.at(i).end}].append(i);
    }
    for (auto it = bands.cbegin(); it != bands.cend(); ++it) {
        QList<QList<int>> perColumn(m_weekdays.size());
        for (int item : it.value())
            perColumn[m_weekdays.indexOf(m_items.at(item).weekday)].append(item);
        qsizetype depth = 1;
        for (const QList<int> &column : perColumn)
            depth = qMax(depth, column.size());
        for (qsizetype level = 0; level < depth; ++level) {
            m_rows.append({it.key().first, it.key().second, level == 0});
            QList<int> cells(m_weekdays.size(), -1);
            for (int column = 0; column < perColumn.size(); ++column)
                if (level < perColumn.at(column).size())
                    cells[column] = perColumn.at(column).at(level);
            m_cells.append(cells);
        }
    }
}

const WeekGridItem *WeekGridModel::itemAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_cells.size() || index.column() >= m_weekdays.size())
        return nullptr;
    const int item = m_cells.at(index.row()).at(index.column());
    return item < 0 ? nullptr : &m_items.at(item);
}

QModelIndex WeekGridModel::indexOfSlot(qint64 slotId, const QDate &date) const
{
    for (int row = 0; row < m_cells.size(); ++row)
        for (int column = 0; column < m_weekdays.size(); ++column) {
            const int item = m_cells.at(row).at(column);
            if (item >= 0 && m_items.at(item).slotId == slotId && (!date.isValid() || m_items.at(item).date == date))
                return index(row, column);
        }
    return {};
}

int WeekGridModel::weekdayOf(const QModelIndex &index) const
{
    return index.isValid() && index.column() < m_weekdays.size() ? m_weekdays.at(index.column()) : 0;
}

std::pair<QTime, QTime> WeekGridModel::bandOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    return {m_rows.at(index.row()).start, m_rows.at(index.row()).end};
}

int WeekGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WeekGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_weekdays.size());
}

QVariant WeekGridModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WeekGridItem *item = itemAt(index);
    if (!item)
        return {};
    switch (role) {
    case Qt::DisplayRole: return item->text();
    case Qt::ToolTipRole: {
        QStringList tip{timeRange(item->start, item->end) + u"  "_s + item->text()};
        for (const TimetableConflict &c : item->conflicts)
            tip.append(u"⚠ "_s + c.message);
        return tip.join(u'\n');
    }
    case Qt::TextAlignmentRole: return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case Qt::BackgroundRole:
        if (item->state == WeekGridItem::Cancelled || item->state == WeekGridItem::MovedAway)
            return QBrush(QColor(0xf1, 0xf1, 0xf1));
        if (item->hasHardConflict())
            return QBrush(QColor(0xf8, 0xd7, 0xda));
        if (!item->conflicts.isEmpty())
            return QBrush(QColor(0xff, 0xf1, 0xc7));
        if (item->state == WeekGridItem::Changed)
            return QBrush(QColor(0xe1, 0xec, 0xfb));
        return QBrush(QColor(0xee, 0xf6, 0xf0));
    case Qt::ForegroundRole:
        if (item->state == WeekGridItem::Cancelled || item->state == WeekGridItem::MovedAway)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return QBrush(QColor(0x1f, 0x29, 0x33));
    case Qt::FontRole:
        if (item->state == WeekGridItem::Cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::DecorationRole:
        if (!item->conflicts.isEmpty() && item->state != WeekGridItem::Cancelled && item->state != WeekGridItem::MovedAway)
            return QApplication::style()->standardIcon(item->hasHardConflict() ? QStyle::SP_MessageBoxCritical
                                                                               : QStyle::SP_MessageBoxWarning);
        return {};
    case SlotIdRole: return item->slotId;
    case DateRole: return item->date;
    case StateRole: return int(item->state);
    case ConflictCountRole: return int(item->conflicts.size());
    default: return {};
    }
}

QVariant WeekGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_headers.size() ? QVariant(m_headers.at(section)) : QVariant();
    if (section < 0 || section >= m_rows.size())
        return {};
    const Row &row = m_rows.at(section);
    return row.firstOfBand ? QVariant(row.start.toString(u"HH:mm"_s) + u"\n"_s + row.end.toString(u"HH:mm"_s))
                           : QVariant(QString());
}

} // namespace rr
