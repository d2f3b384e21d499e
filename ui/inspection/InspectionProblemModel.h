#pragma once
// The problems an inspection found (存在问题), then those of the previous
// inspection that have been put right (已整改): kind, student, instructor,
// date, the message in the school's words, and the status.
#include "inspection/InspectionResult.h"

#include <QAbstractTableModel>
#include <QList>

namespace rr {

class InspectionProblemModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Kind, Student, Instructor, Date, Message, Status, ColumnCount };
    enum Role { SessionIdRole = Qt::UserRole + 1, StatusRole };

    explicit InspectionProblemModel(QObject *parent = nullptr);

    void setResult(const InspectionResult &result);
    const QList<InspectionProblem> &problems() const { return m_problems; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InspectionProblem> m_problems;
};

} // namespace rr
