#pragma once
// Retention: the period (years after leaving), the students past it for
// review, and the deletion of one of them with all their records, after an
// explicit confirmation naming what goes.
#include "audit/Retention.h"
#include "shell/Session.h"

#include <QAbstractTableModel>
#include <QWidget>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace rr {

class MessageLabel;

class RetentionModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ClassColumn, LeftColumn, ReasonColumn, FilesColumn, ColumnCount };
    explicit RetentionModel(QObject *parent = nullptr) : QAbstractTableModel(parent) {}
    void setCandidates(QList<RetentionCandidate> list);
    const RetentionCandidate &candidateAt(int row) const { return m_list.at(row); }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RetentionCandidate> m_list;
};

class RetentionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RetentionPanel(Session session, QWidget *parent = nullptr);

    void reload();
    // Deletes the chosen student after the person confirmed it.
    void deleteChosen();

    QSpinBox *yearsBox() const { return m_years; }
    QPushButton *saveYearsButton() const { return m_saveYears; }
    QPushButton *deleteButton() const { return m_delete; }
    QTableView *table() const { return m_table; }
    RetentionModel *model() const { return m_model; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    QSpinBox *m_years = nullptr;
    QPushButton *m_saveYears = nullptr;
    QPushButton *m_delete = nullptr;
    QLabel *m_count = nullptr;
    QTableView *m_table = nullptr;
    RetentionModel *m_model = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
