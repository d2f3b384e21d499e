#pragma once
// The students of the IEP area: name, class and the status of their IEP for
// the current semester ("no IEP" when there is none).
#include "iep/IepStatus.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>

namespace rr {

struct IepStudentRow {
    qint64 studentId = 0;
    QString name;
    QString classText;
    std::optional<IepStatus> status{};
    bool operator==(const IepStudentRow &) const = default;
};

class IepStudentListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Class, Status, ColumnCount };
    enum Role { StudentIdRole = Qt::UserRole + 1 };

    explicit IepStudentListModel(QObject *parent = nullptr);

    void setRows(QList<IepStudentRow> rows);
    const QList<IepStudentRow> &rows() const { return m_rows; }
    int rowOfStudent(qint64 studentId) const;   // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IepStudentRow> m_rows;
};

} // namespace rr
