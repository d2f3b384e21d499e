#include "training/RecordHistoryDialog.h"
#include "calendar/ScreenDate.h"
#include "common/ReadFailure.h"
#include "common/SortProxy.h"

#include "timetable/TimetableNames.h"
#include "training/FieldChangeModel.h"
#include "training/RecordState.h"
#include "training/RecordVersionModel.h"
#include "training/SessionRepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
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

RecordHistoryDialog::RecordHistoryDialog(Session session, qint64 sessionId, QWidget *parent)
    : QDialog(parent), m_session(std::move(session)), m_sessionId(sessionId)
{
    setObjectName(u"recordHistoryDialog"_s);
    setWindowTitle(tr("History of the training record"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"historySummary"_s);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    m_versions = new RecordVersionModel(this);
    m_versionTable = makeTable(m_versions, this);
    m_versionTable->setObjectName(u"historyVersions"_s);
    m_versionTable->horizontalHeader()->setSectionResizeMode(RecordVersionModel::Reason, QHeaderView::Stretch);
    m_versionTable->horizontalHeader()->setStretchLastSection(false);
    m_versionTable->setMaximumHeight(170);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"historyDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText);

    m_changes = new FieldChangeModel(this);
    m_changeTable = makeTable(m_changes, this);
    m_changeTable->setObjectName(u"historyChanges"_s);
    m_changeTable->horizontalHeader()->setSectionResizeMode(FieldChangeModel::Before, QHeaderView::Stretch);
    m_changeTable->horizontalHeader()->setSectionResizeMode(FieldChangeModel::After, QHeaderView::Stretch);
    m_changeTable->horizontalHeader()->setStretchLastSection(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(new QLabel(tr("Versions"), this));
    layout->addWidget(m_versionTable);
    layout->addWidget(m_detail);
    layout->addWidget(m_changeTable, 1);
    layout->addWidget(buttons);
    resize(900, 560);

    connect(m_versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showVersion(sourceRow(current)); });
    connect(m_session.db.get(), &Database::written, this, &RecordHistoryDialog::reload);
    reload();
}

void RecordHistoryDialog::reload()
{
    const SessionRepository sessions(m_session.db, m_session.clock);
    const auto record = sessions.byId(m_sessionId);
    if (!record && record.error().code == ErrorCode::NotFound) {
        m_summary->setText(tr("The record no longer exists."));
        m_versions->setVersions({});
        showVersion(-1);
        return;
    }
    const auto failed = [this](const Error &error) {
        m_summary->setText(tr("The history could not be read."));
        reportReadFailure(this, error);
    };
    if (!record)
        return failed(record.error());
    const auto names = TimetableNames::load(m_session.db);
    if (!names)
        return failed(names.error());
    const auto history = sessions.history(m_sessionId);
    if (!history)
        return failed(history.error());
    m_studentNames.clear();
    for (const StudentSummary &s : names->students)
        m_studentNames.insert(s.id, s.name);
    QStringList students;
    for (qint64 id : record->studentIds())
        students << m_studentNames.value(id);
    m_summary->setText(tr("%1 %2, %3, %4 — %5")
                           .arg(screenDate(record->date),
                                timeRange(record->start, record->end), names->room(record->roomId), joinedNames(students),
                                recordStateLabel(&*record)));
    m_versions->setVersions(*history);
    const int last = m_versions->rowCount() - 1;
    selectVersion(last);
    showVersion(last);
}

void RecordHistoryDialog::selectVersion(int row)
{
    if (row < 0 || row >= m_versions->rowCount())
        return;
    m_versionTable->selectRow(viewRow(m_versionTable, row));
    m_versionTable->setCurrentIndex(m_versionTable->model()->index(viewRow(m_versionTable, row), 0));
}

void RecordHistoryDialog::showVersion(int row)
{
    if (row < 0 || row >= m_versions->versions().size()) {
        m_detail->setText(m_versions->versions().isEmpty() ? tr("The record is not signed yet: a draft has no history.")
                                                           : QString());
        m_changes->setChanges({}, m_studentNames);
        return;
    }
    const RecordVersion &v = m_versions->versions().at(row);
    if (v.version == 0)
        m_detail->setText(tr("Signed on %1 by %2. Later versions list what they changed against the one before.")
                              .arg(screenDate(v.date), v.author));
    else
        m_detail->setText(tr("Amendment %1 on %2 by %3. Reason: %4")
                              .arg(v.version)
                              .arg(screenDate(v.date), v.author, v.reason));
    m_changes->setChanges(v.changes, m_studentNames);
}

} // namespace rr
