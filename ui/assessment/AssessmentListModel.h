#pragma once
// A student's assessments, newest first: date, instrument, assessor, the
// results in short, the band and the conclusion.
#include "assessment/Assessment.h"

#include <QAbstractTableModel>

namespace rr {

class AssessmentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Date, Instrument, Assessor, Results, Band, Conclusion, ColumnCount };
    enum Role { AssessmentIdRole = Qt::UserRole + 1 };

    explicit AssessmentListModel(QObject *parent = nullptr);

    void setAssessments(QList<Assessment> assessments);
    const QList<Assessment> &assessments() const { return m_assessments; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Assessment> m_assessments;
};

} // namespace rr
