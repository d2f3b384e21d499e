#pragma once
// The sessions of one day as the Today tab lists them: every timetable
// occurrence with the state of its record, then the day's records that no
// occurrence accounts for (ad hoc sessions).
#include "common/Result.h"
#include "timetable/TimetableNames.h"
#include "timetable/TimetableSlot.h"
#include "training/TrainingSession.h"

#include <QAbstractTableModel>
#include <QList>
#include <algorithm>
#include <optional>

namespace rr {

struct DaySession {
    SlotOccurrence occurrence;               // slotId 0 for an ad hoc session
    std::optional<TrainingSession> record;
    bool operator==(const DaySession &) const = default;

    bool isAdHoc() const { return occurrence.slotId == 0; }
    qint64 sessionId() const { return record ? record->id : 0; }
};

// `recordOf` finds the record of an occurrence (SessionRepository::forOccurrence);
// `dayRecords` are the records dated that day. The first failed read is the result.
template <typename RecordOf>
Result<QList<DaySession>> daySessions(const QList<SlotOccurrence> &occurrences, const QList<TrainingSession> &dayRecords,
                                      RecordOf recordOf);

class DaySessionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Room, Instructor, Students, Topic, State, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, SlotIdRole, StateRole };

    explicit DaySessionModel(QObject *parent = nullptr);

    void setSessions(QList<DaySession> sessions, TimetableNames names);
    const QList<DaySession> &sessions() const { return m_sessions; }
    int rowOfSession(qint64 sessionId) const;
    int rowOfSlot(qint64 slotId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DaySession> m_sessions;
    TimetableNames m_names;
};

template <typename RecordOf>
Result<QList<DaySession>> daySessions(const QList<SlotOccurrence> &occurrences, const QList<TrainingSession> &dayRecords,
                                      RecordOf recordOf)
{
    QList<DaySession> list;
    QList<qint64> shown;
    for (const SlotOccurrence &occ : occurrences) {
        const Result<std::optional<TrainingSession>> record = recordOf(occ.slotId, occ.date);
        if (!record)
            return record.error();
        DaySession day{occ, *record};
        if (day.record)
            shown.append(day.record->id);
        list.append(day);
    }
    for (const TrainingSession &s : dayRecords) {
        if (shown.contains(s.id))
            continue;
        SlotOccurrence occ;
        occ.date = s.date;
        occ.start = s.start;
        occ.end = s.end;
        occ.roomId = s.roomId;
        occ.instructorId = s.instructorId;
        occ.studentIds = s.studentIds();
        occ.service = s.service;
        occ.content = s.topic;
        list.append(DaySession{occ, s});
    }
    std::stable_sort(list.begin(), list.end(), [](const DaySession &a, const DaySession &b) {
        return a.occurrence.start < b.occurrence.start;
    });
    return list;
}

} // namespace rr
