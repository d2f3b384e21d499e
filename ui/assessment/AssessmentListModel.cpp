#include "assessment/AssessmentListModel.h"
#include "calendar/ScreenDate.h"

#include "assessment/Interpretation.h"

#include <QLocale>

namespace rr {

AssessmentListModel::AssessmentListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AssessmentListModel::setAssessments(QList<Assessment> assessments)
{
    beginResetModel();
    m_assessments = std::move(assessments);
    endResetModel();
}

int AssessmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_assessments.size());
}

int AssessmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Assessment &a = m_assessments.at(index.row());
    if (role == AssessmentIdRole)
        return a.id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Date: return screenDate(a.date);
    case Instrument: return instrumentLabel(a.instrument);
    case Assessor: return a.assessor;
    case Results: return resultValuesText(a.instrument, a.results);
    case Band: return resultBand(a.instrument, a.results);
    case Conclusion: return a.conclusion;
    default: return {};
    }
}

QVariant AssessmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date: return tr("Date");
    case Instrument: return tr("Instrument");
    case Assessor: return tr("Assessor");
    case Results: return tr("Results");
    case Band: return tr("Band");
    case Conclusion: return tr("Conclusion");
    default: return {};
    }
}

} // namespace rr
