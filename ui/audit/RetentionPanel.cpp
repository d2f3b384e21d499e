#include "audit/RetentionPanel.h"

#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

void RetentionModel::setCandidates(QList<RetentionCandidate> list)
{
    beginResetModel();
    m_list = std::move(list);
    endResetModel();
}

int RetentionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.size());
}

int RetentionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetentionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_list.size())
        return {};
    const RetentionCandidate &c = m_list.at(index.row());
    if (role == SortKeyRole && index.column() == LeftColumn)
        return c.leftOn;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return c.name;
    case ClassColumn:
        return c.className;
    case LeftColumn:
        return screenDate(c.leftOn);
    case ReasonColumn:
        return c.reason;
    case FilesColumn:
        return c.attachments;
    }
    return {};
}

QVariant RetentionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ClassColumn:
        return tr("Class");
    case LeftColumn:
        return tr("Left on");
    case ReasonColumn:
        return tr("Reason");
    case FilesColumn:
        return tr("Archive files");
    }
    return {};
}

RetentionPanel::RetentionPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"retentionPanel"_s);
    m_years = new QSpinBox(this);
    m_years->setObjectName(u"retentionYears"_s);
    m_years->setRange(Retention::kMinYears, Retention::kMaxYears);
    m_years->setSuffix(tr(" years"));
    m_saveYears = new QPushButton(tr("Save period"), this);
    m_saveYears->setObjectName(u"retentionSaveYears"_s);
    m_delete = new QPushButton(tr("Delete the student's records…"), this);
    m_delete->setObjectName(u"retentionDelete"_s);
    m_delete->setEnabled(false);
    m_count = new QLabel(this);
    m_count->setObjectName(u"retentionCount"_s);
    m_count->setWordWrap(true);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"retentionMessage"_s);
    m_model = new RetentionModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"retentionTable"_s);
    makeSortable(m_table, m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(RetentionModel::ReasonColumn, QHeaderView::Stretch);

    auto *explanation = new QLabel(tr("Students whose LRC status was revoked (they left the school) more than the period "
                                      "ago are listed here for review. Deleting one removes the student with every record: "
                                      "archive files, IEPs, progress data, training record entries, contacts and counselling. "
                                      "The deletion is recorded in the audit trail."),
                                   this);
    explanation->setWordWrap(true);
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Keep the records of students who left for"), this));
    top->addWidget(m_years);
    top->addWidget(m_saveYears);
    top->addStretch(1);
    top->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(top);
    layout->addWidget(m_count);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_saveYears, &QPushButton::clicked, this, [this] {
        if (auto saved = Retention(m_session.db).setYears(m_years->value()); !saved) {
            m_message->showError(saved.error().message);
            return;
        }
        reload();
    });
    connect(m_delete, &QPushButton::clicked, this, &RetentionPanel::deleteChosen);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_delete->setEnabled(m_table->selectionModel()->hasSelection()); });
    connect(m_session.db.get(), &Database::written, this, [this](const QString &kind) {
        if (kind != u"retention.delete"_s)   // that one reloads itself, keeping its message
            reload();
    });
    reload();
}

void RetentionPanel::reload()
{
    Retention retention(m_session.db);
    const auto years = retention.years();
    if (!years) {
        reportReadFailure(this, years.error(), m_message);
        return;
    }
    m_years->setValue(*years);
    const auto list = retention.candidates(*years);
    if (!list) {
        m_model->setCandidates({});
        m_count->clear();
        reportReadFailure(this, list.error(), m_message);
        return;
    }
    m_count->setText(tr("%n student(s) left more than %1 years ago.", nullptr, int(list->size())).arg(*years));
    m_model->setCandidates(*list);
    m_delete->setEnabled(false);
}

void RetentionPanel::deleteChosen()
{
    const int row = sourceRow(m_table->currentIndex());
    if (row < 0 || !m_table->selectionModel()->hasSelection())
        return;
    const RetentionCandidate chosen = m_model->candidateAt(row);
    const auto answer = QMessageBox::warning(
        this, tr("Delete the student's records"),
        tr("Delete %1 (left on %2) with every record: %n archive file(s), IEPs, progress data, training record entries, "
           "contacts and counselling? This cannot be undone; it is recorded in the audit trail.",
           nullptr, chosen.attachments)
            .arg(chosen.name, screenDate(chosen.leftOn)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const auto deleted = Retention(m_session.db).deleteStudent(chosen.studentId, true);
    reload();
    if (!deleted) {
        m_message->showError(deleted.error().message);
        return;
    }
    m_message->showInfo(tr("%1's records were deleted: %2 records, %3 archive files.")
                            .arg(chosen.name)
                            .arg(deleted->rows)
                            .arg(deleted->attachments));
}

} // namespace rr
