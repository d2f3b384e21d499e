#include "students/StudentsPage.h"

#include "common/MessageLabel.h"
#include "common/PageHeader.h"
#include "common/ReadFailure.h"
#include "roster/Roster.h"
#include "security/Policy.h"
#include "shell/Area.h"
#include "students/CompletenessView.h"
#include "students/ExportDialog.h"
#include "students/ImportDialog.h"
#include "students/RosterFilterBar.h"
#include "students/RosterProxyModel.h"
#include "students/ReviewPanel.h"
#include "students/StudentDetailPage.h"
#include "students/StudentDialog.h"
#include "students/StudentListModel.h"
#include "students/StudentRepository.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StudentsPage::StudentsPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::Students), {}, this);

    m_rosterPanel = new QWidget(this);
    m_filters = new RosterFilterBar(m_rosterPanel);

    auto *add = new QPushButton(tr("Add student"), m_rosterPanel);
    add->setObjectName(u"addStudent"_s);
    auto *import = new QPushButton(tr("Import roster…"), m_rosterPanel);
    import->setObjectName(u"importRoster"_s);
    auto *exportButton = new QPushButton(tr("Export roster…"), m_rosterPanel);
    exportButton->setObjectName(u"exportRoster"_s);
    connect(add, &QPushButton::clicked, this, [this] { addStudent(); });
    connect(import, &QPushButton::clicked, this, [this] { importRoster(); });
    connect(exportButton, &QPushButton::clicked, this, [this] { exportRoster(); });

    m_model = new StudentListModel(m_session.clock, this);
    m_proxy = new RosterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_table = new QTableView(m_rosterPanel);
    m_table->setObjectName(u"studentTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setTabKeyNavigation(false);   // Tab goes on to the buttons and back to the filters
    m_table->sortByColumn(StudentListModel::Class, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openStudent(index.data(StudentListModel::RecordRole).value<StudentSummary>().id);
    });

    m_completeness = new CompletenessView(m_session, m_rosterPanel);
    connect(m_completeness, &CompletenessView::studentActivated, this, &StudentsPage::openStudent);

    m_views = new QTabWidget(m_rosterPanel);
    m_views->setObjectName(u"studentViews"_s);
    m_views->addTab(m_table, tr("Roster"));
    m_views->addTab(m_completeness, tr("Archive completeness"));
    m_review = new ReviewPanel(m_session, m_rosterPanel);
    connect(m_review, &ReviewPanel::studentActivated, this, &StudentsPage::openStudent);
    m_views->addTab(m_review, QString());
    auto showReviewCount = [this](int open) {
        m_views->setTabText(m_views->indexOf(m_review), open < 0 ? tr("To check") : tr("To check (%1)").arg(open));
    };
    connect(m_review, &ReviewPanel::openCountChanged, this, showReviewCount);
    showReviewCount(m_review->openCount());

    m_message = new MessageLabel(m_rosterPanel);
    m_message->setObjectName(u"rosterMessage"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(import);
    buttons->addWidget(exportButton);
    buttons->addStretch(1);
    auto *rosterLayout = new QVBoxLayout(m_rosterPanel);
    rosterLayout->setContentsMargins(0, 0, 0, 0);
    rosterLayout->addWidget(m_filters);
    rosterLayout->addLayout(buttons);
    rosterLayout->addWidget(m_message);
    rosterLayout->addWidget(m_views, 1);

    m_detail = new StudentDetailPage(m_session, this);
    connect(m_detail, &StudentDetailPage::backRequested, this, &StudentsPage::showRoster);
    connect(m_detail, &StudentDetailPage::editRequested, this, &StudentsPage::editStudent);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(u"studentStack"_s);
    m_stack->addWidget(m_rosterPanel);
    m_stack->addWidget(m_detail);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_filters, &RosterFilterBar::filterChanged, this, &StudentsPage::applyFilter);
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

void StudentsPage::reload()
{
    // What the account may change is the policy's to say (security/Policy.h).
    const Policy policy(m_session.db->principal());
    findChild<QPushButton *>(u"addStudent"_s)->setEnabled(policy.mayWriteAction(u"student.create"_s));
    findChild<QPushButton *>(u"importRoster"_s)->setEnabled(policy.mayWriteAction(u"roster.import"_s));
    const auto roster = loadRoster(m_session.db);
    // A failed read is told, and the list says it could not be read: an
    // empty table under "共 0 名学生" would tell the teacher the file is empty.
    m_loadFailed = !roster;
    if (!roster)
        reportReadFailure(this, roster.error(), m_message);
    m_filters->setRoster(roster ? *roster : QList<RosterEntry>{});
    m_model->setRoster(roster ? *roster : QList<RosterEntry>{});
    m_table->setEnabled(!m_loadFailed);
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(StudentListModel::Needs, QHeaderView::Stretch);
    if (const auto completeness = m_completeness->reload(); !completeness && roster)
        reportReadFailure(this, completeness.error(), m_message);
    applyFilter();
    if (showsStudent())
        m_detail->reload();
}

void StudentsPage::applyFilter()
{
    const RosterFilter filter = m_filters->filter();
    m_proxy->setFilter(filter);
    std::optional<QSet<qint64>> visible;
    if (m_proxy->rowCount() != m_model->rowCount()) {
        visible.emplace();
        for (const RosterEntry &entry : m_model->roster())
            if (filter.matches(entry))
                visible->insert(entry.student.id);
    }
    m_completeness->setVisibleStudents(visible);
    updateCount();
}

bool StudentsPage::showsStudent() const
{
    return m_stack->currentWidget() == m_detail;
}

void StudentsPage::openStudent(qint64 studentId)
{
    if (studentId <= 0)
        return;
    m_detail->showStudent(studentId);
    m_stack->setCurrentWidget(m_detail);
}

void StudentsPage::showRoster()
{
    m_stack->setCurrentWidget(m_rosterPanel);
}

void StudentsPage::addStudent()
{
    StudentDialog dialog(m_session, {}, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("Student added."));
}

void StudentsPage::editStudent(qint64 studentId)
{
    const auto student = StudentRepository(m_session.db).byId(studentId);
    if (!student) {
        reportReadFailure(this, student.error(), m_message);
        return;
    }
    StudentDialog dialog(m_session, *student, this);
    dialog.exec();
}

void StudentsPage::importRoster()
{
    ImportDialog dialog(m_session, this);
    dialog.exec();
}

void StudentsPage::exportRoster()
{
    ExportDialog dialog(m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        m_message->showInfo(tr("%n student(s) exported to %1", "", dialog.exportedRows())
                                .arg(QDir::toNativeSeparators(dialog.exportedPath())));
}

void StudentsPage::updateCount()
{
    if (m_loadFailed) {
        m_header->setSubtitle(tr("The students could not be read."));
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_header->setSubtitle(shown == total ? tr("%n student(s)", "", total)
                                         : tr("%1 of %n student(s) shown", "", total).arg(shown));
}

} // namespace rr
