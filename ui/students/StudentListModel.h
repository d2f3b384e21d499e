#pragma once
// The student roster as a table. Rows are roster entries (StudentSummary plus
// LRC state and head teacher); the ID number is only ever shown masked.
#include "common/Clock.h"
#include "roster/Roster.h"
#include "students/Student.h"

#include <QAbstractTableModel>
#include <QList>
#include <memory>

namespace rr {

class StudentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Gender, Age, Class, Needs, Placement, LrcStatus, HeadTeacher, IdNumber, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole + 1,   // the StudentSummary
        SortRole,                        // a value that sorts the column sensibly
        EntryRole,                       // the whole RosterEntry
    };

    explicit StudentListModel(std::shared_ptr<const Clock> clock, QObject *parent = nullptr);

    void setRoster(QList<RosterEntry> roster);
    // Summaries without LRC state or head teacher (for callers that have no roster).
    void setStudents(const QList<StudentSummary> &students);
    const QList<RosterEntry> &roster() const { return m_roster; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString needsText(const StudentSummary &student);

private:
    QVariant display(const RosterEntry &entry, int column) const;
    QVariant sortValue(const RosterEntry &entry, int column) const;

    std::shared_ptr<const Clock> m_clock;
    QList<RosterEntry> m_roster;
};

} // namespace rr

Q_DECLARE_METATYPE(rr::StudentSummary)
Q_DECLARE_METATYPE(rr::RosterEntry)
