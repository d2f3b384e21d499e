#pragma once
// The printable forms of rr::allForms() as a table: Chinese title, what the
// form needs to be told, id.
#include "print/FormRegistry.h"

#include <QAbstractTableModel>

namespace rr {

class FormListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Title, Scope, Id, ColumnCount };
    enum Role { RecordRole = Qt::UserRole + 1 };   // the FormSpec

    explicit FormListModel(QObject *parent = nullptr);

    void setForms(QList<FormSpec> forms);
    const FormSpec &formAt(int row) const { return m_forms.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString scopeText(FormScope scope);

private:
    QList<FormSpec> m_forms;
};

bool scopeNeedsStudent(FormScope scope);
bool scopeNeedsSemester(FormScope scope);
bool scopeNeedsRoom(FormScope scope);
bool scopeNeedsPeriod(FormScope scope);     // a first and a last day

} // namespace rr

Q_DECLARE_METATYPE(rr::FormSpec)
