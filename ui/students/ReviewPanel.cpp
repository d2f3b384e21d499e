#include "students/ReviewPanel.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "school/SettingsRepository.h"
#include "students/ReviewFlagRepository.h"
#include "students/ReviewListModel.h"
#include "students/StudentRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

ReviewPanel::ReviewPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    setObjectName(u"reviewPanel"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_model = new ReviewListModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ReviewListModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table = new QTableView(this);
    m_table->setObjectName(u"reviewTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ReviewListModel::Raised, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ReviewListModel::Message, QHeaderView::Stretch);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_studentId == 0)
            emit studentActivated(index.data(ReviewListModel::StudentIdRole).toLongLong());
    });
    m_check = new QPushButton(tr("Mark as checked"), this);
    m_check->setObjectName(u"reviewCheck"_s);
    m_check->setEnabled(false);
    connect(m_check, &QPushButton::clicked, this, [this] { markSelectedChecked(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        bool open = false;
        if (!rows.isEmpty()) {
            const qint64 id = rows.first().data(ReviewListModel::FlagIdRole).toLongLong();
            for (const PendingReview &item : m_model->items())
                open = open || (item.flag.id == id && item.flag.isOpen());
        }
        m_check->setEnabled(open && !m_session.db->isReadOnly());
    });
    m_message = new MessageLabel(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void ReviewPanel::setStudent(qint64 studentId)
{
    m_studentId = studentId;
    m_message->clearMessage();
    reload();
}

Result<QList<PendingReview>> ReviewPanel::studentItems() const
{
    const auto student = StudentRepository(m_session.db).byId(m_studentId);
    if (!student)
        return student.error();
    const auto flags = ReviewFlagRepository(m_session.db).forStudent(m_studentId);
    if (!flags)
        return flags.error();
    QList<PendingReview> items;
    for (const ReviewFlag &flag : *flags)
        items.append(PendingReview{flag, student->name, student->grade, student->className});
    return items;
}

void ReviewPanel::reload()
{
    const bool all = m_studentId == 0;
    const auto items = all ? ReviewFlagRepository(m_session.db).pending() : studentItems();
    m_table->setColumnHidden(ReviewListModel::Checked, all);
    m_table->setColumnHidden(ReviewListModel::Student, !all);
    m_table->setColumnHidden(ReviewListModel::Class, !all);
    m_check->setEnabled(false);
    if (!items) {
        // No count for what could not be read: the tab then shows none.
        reportReadFailure(this, items.error(), m_message);
        m_model->setItems({});
        m_intro->setText(items.error().message);
        m_openCount = -1;
        emit openCountChanged(m_openCount);
        return;
    }
    const int open = int(std::count_if(items->cbegin(), items->cend(), [](const PendingReview &i) { return i.flag.isOpen(); }));
    m_model->setItems(*items);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(ReviewListModel::Message, QHeaderView::Stretch);
    m_intro->setText(m_studentId == 0
                         ? tr("Records imported with a doubt: check each against the certificate, the ID card or the family, "
                              "correct the record if needed, then mark it as checked. Double-click to open the student.")
                         : open > 0 ? tr("%n item(s) of this record to check.", "", open)
                                    : tr("Nothing of this record is left to check."));
    m_openCount = open;
    emit openCountChanged(open);
}

bool ReviewPanel::markSelectedChecked()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return false;
    const qint64 flagId = rows.first().data(ReviewListModel::FlagIdRole).toLongLong();
    // The resource teacher at the keyboard is the one who checked.
    const auto profile = SettingsRepository(m_session.db).profile();
    if (!profile) {
        m_message->showError(profile.error().message);
        return false;
    }
    QString checkedBy = profile->teacherName;
    if (checkedBy.trimmed().isEmpty())
        checkedBy = tr("Resource teacher");
    const auto done = ReviewFlagRepository(m_session.db).resolve(flagId, checkedBy, m_session.clock->today());
    if (!done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("Marked as checked."));
    return true;
}

} // namespace rr
