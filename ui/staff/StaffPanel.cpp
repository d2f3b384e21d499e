#include "staff/StaffPanel.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "school/CurrentUser.h"
#include "staff/RetireDialog.h"
#include "staff/StaffDialog.h"
#include "staff/StaffListModel.h"
#include "staff/StaffProxyModel.h"
#include "staff/StaffRepository.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

StaffPanel::StaffPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    auto *userLabel = new QLabel(tr("Current user"), this);
    m_currentUser = new QComboBox(this);
    m_currentUser->setObjectName(u"currentUser"_s);
    m_currentUser->setMinimumContentsLength(10);
    m_currentUser->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    userLabel->setBuddy(m_currentUser);
    auto *userNote = new QLabel(tr("A resource teacher: the default instructor, who signs the training records and "
                                   "writes the revisions."),
                                this);
    userNote->setWordWrap(true);
    userNote->setForegroundRole(QPalette::PlaceholderText);
    connect(m_currentUser, &QComboBox::activated, this, &StaffPanel::chooseCurrentUser);

    auto *userRow = new QHBoxLayout;
    userRow->addWidget(userLabel);
    userRow->addWidget(m_currentUser);
    userRow->addWidget(userNote, 1);

    m_model = new StaffListModel(this);
    m_proxy = new StaffProxyModel(m_model, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"staffTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(StaffListModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_add = new QPushButton(tr("Add staff member…"), this);
    m_add->setObjectName(u"addStaff"_s);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(u"editStaff"_s);
    m_retire = new QPushButton(tr("Left…"), this);
    m_retire->setObjectName(u"retireStaff"_s);
    m_retire->setToolTip(tr("Record the day the staff member left; the records keep the name."));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(u"deleteStaff"_s);
    m_delete->setToolTip(tr("Only for somebody no record names, e.g. entered by mistake."));
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"staffMessage"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_retire);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_message, 1);
    buttons->addStretch(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(userRow);
    layout->addWidget(buildFilters());
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] { updateButtons(); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { editStaff(); });
    connect(m_add, &QPushButton::clicked, this, &StaffPanel::addStaff);
    connect(m_edit, &QPushButton::clicked, this, &StaffPanel::editStaff);
    connect(m_retire, &QPushButton::clicked, this, &StaffPanel::retireStaff);
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteStaff(); });
    connect(m_session.db.get(), &Database::written, this, [this] { reload(); });
    reload();
}

QWidget *StaffPanel::buildFilters()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"staffSearch"_s);
    m_search->setPlaceholderText(tr("Name or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_roleFilter = new QComboBox(bar);
    m_roleFilter->setObjectName(u"staffRoleFilter"_s);
    m_roleFilter->addItem(tr("All roles"), -1);
    for (StaffRole role : allStaffRoles())
        m_roleFilter->addItem(staffRoleLabel(role), int(role));
    m_serviceFilter = new QComboBox(bar);
    m_serviceFilter->setObjectName(u"staffServiceFilter"_s);
    m_serviceFilter->addItem(tr("Serving"), int(StaffProxyModel::Service::Serving));
    m_serviceFilter->addItem(tr("Left"), int(StaffProxyModel::Service::Retired));
    m_serviceFilter->addItem(tr("Serving and left"), int(StaffProxyModel::Service::All));
    connect(m_search, &QLineEdit::textChanged, this, [this] { applyFilters(); });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });
    connect(m_serviceFilter, &QComboBox::currentIndexChanged, this, [this] { applyFilters(); });

    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_search, 2);
    row->addWidget(m_roleFilter, 1);
    row->addWidget(m_serviceFilter, 1);
    row->addStretch(1);
    return bar;
}

void StaffPanel::reload()
{
    const qint64 keep = selectedStaffId();
    const auto staff = StaffRepository(m_session.db).all();
    const auto current = CurrentUser(m_session.db).id();
    if (!staff || !current)
        reportReadFailure(this, !staff ? staff.error() : current.error(), m_message);
    {
        const QSignalBlocker blocker(m_table->selectionModel());
        m_model->setStaff(staff ? *staff : QList<StaffMember>{}, current ? *current : 0);
        m_table->resizeColumnsToContents();
        // Long names with a middle dot (古丽娜尔·吐尔逊) need room beside the sort arrow.
        m_table->setColumnWidth(StaffListModel::Name, m_table->columnWidth(StaffListModel::Name) + 24);
    }
    selectStaff(keep);
    fillCurrentUser();
    updateButtons();
}

void StaffPanel::fillCurrentUser()
{
    const QSignalBlocker blocker(m_currentUser);
    m_currentUser->clear();
    const CurrentUser user(m_session.db);
    const auto current = user.id();
    const auto candidates = user.candidates();
    // Nothing to choose from what could not be read (reload() told why).
    m_currentUser->setEnabled(current && candidates);
    if (!current || !candidates)
        return;
    if (*current <= 0)
        m_currentUser->addItem(tr("(nobody chosen)"), qint64(0));
    for (const StaffMember &m : *candidates)
        m_currentUser->addItem(m.name, m.id);
    m_currentUser->setCurrentIndex(qMax(0, m_currentUser->findData(*current)));
}

void StaffPanel::chooseCurrentUser(int index)
{
    const qint64 id = m_currentUser->itemData(index).toLongLong();
    const auto current = CurrentUser(m_session.db).id();
    if (!current) {
        m_message->showError(current.error().message);
        return;
    }
    if (id <= 0 || id == *current)
        return;
    if (auto done = CurrentUser(m_session.db).set(id); !done) {
        m_message->showError(done.error().message);
        fillCurrentUser();
        return;
    }
    m_message->showInfo(tr("%1 is now the current user.").arg(m_currentUser->itemText(index)));
}

void StaffPanel::applyFilters()
{
    const int role = m_roleFilter->currentData().toInt();
    m_proxy->setRole(role < 0 ? std::nullopt : std::optional<StaffRole>(StaffRole(role)));
    m_proxy->setService(StaffProxyModel::Service(m_serviceFilter->currentData().toInt()));
    m_proxy->setQuery(m_search->text());
    updateButtons();
}

void StaffPanel::selectStaff(qint64 staffId)
{
    const int row = m_model->rowOf(staffId);
    const QModelIndex index = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (index.isValid())
        m_table->selectRow(index.row());
    else
        m_table->clearSelection();
}

qint64 StaffPanel::selectedStaffId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(StaffListModel::StaffIdRole).toLongLong();
}

void StaffPanel::updateButtons()
{
    const int row = m_model->rowOf(selectedStaffId());
    m_edit->setEnabled(row >= 0);
    m_retire->setEnabled(row >= 0 && !m_model->memberAt(row).isRetired());
    m_delete->setEnabled(row >= 0);
}

void StaffPanel::openDialog(QDialog *dialog, const std::function<QString()> &done)
{
    if (m_dialog)
        m_dialog->close();
    m_message->clearMessage();
    m_dialog = dialog;
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog, done] {
        if (auto *staffDialog = qobject_cast<StaffDialog *>(dialog))
            selectStaff(staffDialog->savedId());
        m_message->showInfo(done());
    });
    m_dialog->open();
}

void StaffPanel::addStaff()
{
    auto *dialog = new StaffDialog(m_session, std::nullopt, this);
    openDialog(dialog, [dialog] { return tr("%1 was added.").arg(dialog->member().name); });
}

void StaffPanel::editStaff()
{
    const int row = m_model->rowOf(selectedStaffId());
    if (row < 0)
        return;
    const StaffMember member = m_model->memberAt(row);
    auto *dialog = new StaffDialog(m_session, member, this);
    openDialog(dialog, [dialog] { return tr("%1 was saved.").arg(dialog->member().name); });
}

void StaffPanel::retireStaff()
{
    const int row = m_model->rowOf(selectedStaffId());
    if (row < 0 || m_model->memberAt(row).isRetired())
        return;
    const StaffMember member = m_model->memberAt(row);
    openDialog(new RetireDialog(m_session, member, this),
               [name = member.name] { return tr("%1 has left; the records keep the name.").arg(name); });
}

bool StaffPanel::deleteStaff(bool confirm)
{
    const int row = m_model->rowOf(selectedStaffId());
    if (row < 0)
        return false;
    const StaffMember member = m_model->memberAt(row);
    m_message->clearMessage();
    // Asked only when deleting is possible: otherwise the refusal says why.
    const auto uses = StaffRepository(m_session.db).usages(member.id);
    if (!uses) {
        m_message->showError(uses.error().message);
        return false;
    }
    if (confirm && uses->isEmpty()
        && QMessageBox::question(this, tr("Delete staff member"), tr("Delete %1? No record names them.").arg(member.name))
               != QMessageBox::Yes)
        return false;
    if (auto done = StaffRepository(m_session.db).remove(member.id); !done) {
        m_message->showError(done.error().message);
        return false;
    }
    m_message->showInfo(tr("%1 was deleted.").arg(member.name));
    return true;
}

} // namespace rr
