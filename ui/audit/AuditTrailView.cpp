#include "audit/AuditTrailView.h"

#include "audit/AuditEntryModel.h"
#include "audit/AuditLabels.h"
#include "audit/AuditRepository.h"
#include "calendar/ScreenDate.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    makeSortable(table, model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

AuditTrailView::AuditTrailView(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_entries = new AuditEntryModel(this);
    m_entryTable = makeTable(m_entries, this);
    m_entryTable->setObjectName(u"auditEntries"_s);
    m_entryTable->horizontalHeader()->setSectionResizeMode(AuditEntryModel::TimeColumn, QHeaderView::ResizeToContents);
    m_entryTable->horizontalHeader()->setSectionResizeMode(AuditEntryModel::ActionColumn, QHeaderView::Stretch);
    m_entryTable->horizontalHeader()->setStretchLastSection(false);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"auditEntrySummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_message = new MessageLabel(this);

    m_changes = new AuditChangeModel(this);
    m_changeTable = makeTable(m_changes, this);
    m_changeTable->setObjectName(u"auditChanges"_s);
    m_changeTable->horizontalHeader()->setSectionResizeMode(AuditChangeModel::BeforeColumn, QHeaderView::Stretch);
    m_changeTable->horizontalHeader()->setSectionResizeMode(AuditChangeModel::AfterColumn, QHeaderView::Stretch);
    m_changeTable->horizontalHeader()->setStretchLastSection(false);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_summary);
    lowerLayout->addWidget(m_message);
    lowerLayout->addWidget(m_changeTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_entryTable);
    splitter->addWidget(lower);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_entryTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showEntry(sourceRow(current)); });
}

void AuditTrailView::setEntries(QList<AuditEntry> entries)
{
    m_entries->setEntries(std::move(entries));
    showEntry(-1);
}

void AuditTrailView::selectRow(int row)
{
    m_entryTable->setCurrentIndex(m_entryTable->model()->index(viewRow(m_entryTable, row), 0));
}

void AuditTrailView::showEntry(int row)
{
    m_message->clearMessage();
    if (row < 0 || row >= m_entries->rowCount()) {
        m_summary->clear();
        m_changes->setChanges({});
        return;
    }
    const AuditEntry &entry = m_entries->entryAt(row);
    m_summary->setText(tr("%1, %2: %3").arg(screenDateTime(entry.at), entry.actor, auditKindLabel(entry.kind)));
    if (!entry.changes.isEmpty() || entry.changeCount == 0) {
        m_changes->setChanges(entry.changes);
        return;
    }
    const auto changes = AuditRepository(m_session.db).changesOf(entry.id);
    if (!changes) {
        reportReadFailure(this, changes.error(), m_message);
        m_changes->setChanges({});
        return;
    }
    m_changes->setChanges(*changes);
}

} // namespace rr
