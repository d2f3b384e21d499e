#include "students/CompletenessView.h"

#include "students/CompletenessModel.h"
#include "students/SchoolYear.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

CompletenessView::CompletenessView(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"completenessSummary"_s);
    m_model = new CompletenessModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompletenessModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(u"completenessTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);
    m_table->sortByColumn(CompletenessModel::Missing, Qt::DescendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setMinimumSectionSize(36);

    QStringList legend;
    for (ArchiveItem item : allArchiveItems())
        legend.append(u"%1\u00A0%2"_s.arg(int(item)).arg(archiveItemLabel(item)));
    auto *legendLabel = new QLabel(legend.join(u"   "_s), this);
    legendLabel->setWordWrap(true);
    legendLabel->setStyleSheet(u"color: palette(mid);"_s);

    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit studentActivated(index.data(CompletenessModel::RecordRole).value<StudentArchiveStatus>().studentId);
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(legendLabel);
}

Result<void> CompletenessView::reload()
{
    m_failure.reset();
    auto statuses = [this]() -> Result<QList<StudentArchiveStatus>> {
        const auto year = currentSchoolYear(m_session.db, *m_session.clock);
        if (!year)
            return year.error();
        m_schoolYear = *year;
        return archiveCompleteness(m_session.db, m_schoolYear);
    }();
    if (!statuses)
        m_failure = statuses.error();
    m_all = statuses ? *statuses : QList<StudentArchiveStatus>{};
    refresh();
    if (m_failure)
        return *m_failure;
    return {};
}

void CompletenessView::setVisibleStudents(std::optional<QSet<qint64>> ids)
{
    m_visible = std::move(ids);
    refresh();
}

void CompletenessView::fitColumns()
{
    m_columnsStale = false;
    m_table->resizeColumnsToContents();
    for (int column = CompletenessModel::FirstItem; column < m_model->columnCount(); ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
}

void CompletenessView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_columnsStale)
        fitColumns();
}

void CompletenessView::refresh()
{
    QList<StudentArchiveStatus> statuses;
    for (const StudentArchiveStatus &s : std::as_const(m_all))
        if (!m_visible || m_visible->contains(s.studentId))
            statuses.append(s);
    int complete = 0;
    for (const StudentArchiveStatus &s : std::as_const(statuses))
        complete += s.missing().isEmpty() ? 1 : 0;
    m_model->setStatuses(statuses);
    // A hidden table measures every row to fit its columns (a visible one only
    // the rows on screen): with 600 students that made each keystroke in the
    // roster's search field slow while this tab was not even shown.
    if (isVisible())
        fitColumns();
    else
        m_columnsStale = true;
    if (m_failure) {
        m_summary->setText(m_failure->message);
        return;
    }
    m_summary->setText(tr("School year %1—%2: %3 of %n student(s) have a complete archive.", "", int(statuses.size()))
                           .arg(m_schoolYear)
                           .arg(m_schoolYear + 1)
                           .arg(complete));
}

} // namespace rr
