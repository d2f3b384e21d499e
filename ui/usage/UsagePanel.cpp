#include "usage/UsagePanel.h"
#include "common/SortProxy.h"

#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "rooms/RoomRepository.h"
#include "school/SettingsRepository.h"
#include "training/FormPreview.h"
#include "usage/RoomUsageModel.h"
#include "usage/RoomUsageRepository.h"
#include "usage/UsageEntryDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QDateEdit *makeDateEdit(const QString &name, const QDate &date, QWidget *parent)
{
    auto *edit = new QDateEdit(date, parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

UsagePanel::UsagePanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    const QDate today = m_session.clock->today();
    m_room = new QComboBox(this);
    m_room->setObjectName(u"usageRoomFilter"_s);
    // The log is kept per month on paper; start with this one.
    m_from = makeDateEdit(u"usageFrom"_s, QDate(today.year(), today.month(), 1), this);
    m_to = makeDateEdit(u"usageTo"_s, today, this);
    m_add = new QPushButton(tr("Log a use…"), this);
    m_add->setObjectName(u"addUsage"_s);
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(u"editUsage"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeUsage"_s);
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(u"printUsage"_s);
    m_print->setToolTip(tr("The log of one room, as the school files it"));
    m_count = new QLabel(this);
    m_count->setObjectName(u"usageCount"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"usageMessage"_s);

    m_model = new RoomUsageModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"usageTable"_s);
    makeSortable(m_view, m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(RoomUsageModel::Purpose, QHeaderView::Stretch);
    header->setSectionResizeMode(RoomUsageModel::Students, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(RoomUsageModel::Date, 95);
    header->resizeSection(RoomUsageModel::Time, 105);
    header->resizeSection(RoomUsageModel::Room, 120);
    header->resizeSection(RoomUsageModel::Kind, 130);
    header->resizeSection(RoomUsageModel::Who, 90);
    header->resizeSection(RoomUsageModel::Count, 80);
    header->resizeSection(RoomUsageModel::Aids, 150);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Room"), this));
    filters->addWidget(m_room);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);
    filters->addWidget(m_add);
    filters->addWidget(m_edit);
    filters->addWidget(m_remove);
    auto *hint = new QLabel(tr("Training sessions enter the log from their records (grey): double-click one to open "
                               "its record."),
                            this);
    hint->setStyleSheet(u"color: #52606d;"_s);
    hint->setWordWrap(true);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addSpacing(12);
    bottom->addWidget(hint, 1);
    bottom->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    fillRooms();
    connect(m_room, &QComboBox::currentIndexChanged, this, &UsagePanel::reload);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &UsagePanel::reload);
    connect(m_add, &QPushButton::clicked, this, &UsagePanel::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &UsagePanel::editEntry);
    connect(m_remove, &QPushButton::clicked, this, [this] { removeEntry(); });
    connect(m_print, &QPushButton::clicked, this, &UsagePanel::print);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openRow(sourceRow(index)); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &UsagePanel::updateButtons);
    connect(m_session.db.get(), &Database::written, this, [this] {
        fillRooms();
        reload();
    });
    reload();
}

void UsagePanel::fillRooms()
{
    const QSignalBlocker block(m_room);
    const QVariant previous = m_room->currentData();
    const auto rooms = RoomRepository(m_session.db).all();
    if (!rooms) {
        reportReadFailure(this, rooms.error(), m_message);
        return;
    }
    m_room->clear();
    m_room->addItem(tr("All rooms"), qint64(0));
    for (const Room &room : *rooms)
        m_room->addItem(room.name, room.id);
    const int index = m_room->findData(previous);
    m_room->setCurrentIndex(index >= 0 ? index : 0);
}

void UsagePanel::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlock(m_from), toBlock(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void UsagePanel::reload()
{
    const qint64 selected = selectedEntryId();
    const auto failed = [this](const Error &error) {
        // Not "0 uses": the log could not be read.
        m_count->setText(tr("The room usage log could not be read."));
        reportReadFailure(this, error, m_message);
    };
    const auto rooms = RoomRepository(m_session.db).names();
    if (!rooms)
        return failed(rooms.error());
    const auto read =
        RoomUsageRepository(m_session.db).entries(m_from->date(), m_to->date(), m_room->currentData().toLongLong());
    if (!read)
        return failed(read.error());
    const QList<RoomUsageEntry> &entries = *read;
    int sessions = 0;
    for (const RoomUsageEntry &e : entries)
        sessions += e.isSession() ? 1 : 0;
    m_model->setEntries(entries, *rooms);
    m_count->setText(tr("%n use(s)", "", int(entries.size())) + u" "_s
                     + tr("(%n training session(s))", "", sessions));
    selectEntry(selected);
    updateButtons();
}

bool UsagePanel::selectEntry(qint64 entryId)
{
    const int row = m_model->rowOfEntry(entryId);
    if (row < 0)
        return false;
    m_view->selectRow(viewRow(m_view, row));
    m_view->setCurrentIndex(m_view->model()->index(viewRow(m_view, row), 0));
    return true;
}

qint64 UsagePanel::selectedEntryId() const
{
    return m_view->currentIndex().data(RoomUsageModel::EntryIdRole).toLongLong();
}

void UsagePanel::updateButtons()
{
    const bool manual = selectedEntryId() > 0;
    m_edit->setEnabled(manual);
    m_remove->setEnabled(manual);
    m_add->setEnabled(m_room->count() > 1);
    m_print->setEnabled(m_room->currentData().toLongLong() > 0);
}

void UsagePanel::openDialog(UsageEntryDialog *dialog)
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_message->showInfo(tr("The room use was saved."));
        const RoomUsageEntry saved = dialog->entry();
        if (saved.date < m_from->date() || saved.date > m_to->date())
            setRange(std::min(saved.date, m_from->date()), std::max(saved.date, m_to->date()));
        selectEntry(dialog->savedId());
        updateButtons();
    });
    dialog->open();
}

void UsagePanel::addEntry()
{
    m_message->clearMessage();
    RoomUsageEntry entry;
    entry.kind = UsageKind::Visit;
    entry.date = m_session.clock->today();
    entry.roomId = m_room->currentData().toLongLong();
    const auto profile = SettingsRepository(m_session.db).profile();
    if (!profile) {
        m_message->showError(profile.error().message);
        return;
    }
    entry.who = profile->teacherName;
    const auto names = TimetableNames::load(m_session.db);
    if (!names) {
        reportReadFailure(this, names.error(), m_message);
        return;
    }
    openDialog(new UsageEntryDialog(m_session, *names, entry, this));
}

void UsagePanel::editEntry()
{
    m_message->clearMessage();
    const auto entry = RoomUsageRepository(m_session.db).byId(selectedEntryId());
    if (!entry) {
        reportReadFailure(this, entry.error(), m_message);
        return;
    }
    const auto names = TimetableNames::load(m_session.db);
    if (!names) {
        reportReadFailure(this, names.error(), m_message);
        return;
    }
    openDialog(new UsageEntryDialog(m_session, *names, *entry, this));
}

bool UsagePanel::removeEntry(bool confirm)
{
    const qint64 id = selectedEntryId();
    if (id <= 0)
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Remove the room use?"), tr("Remove this entry from the room usage log?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
               != QMessageBox::Yes)
        return false;
    if (auto removed = RoomUsageRepository(m_session.db).remove(id); !removed) {
        m_message->showError(removed.error().message);
        return false;
    }
    m_message->showInfo(tr("The room use was removed."));
    return true;
}

Result<FormDocument> UsagePanel::printDocument() const
{
    FormRequest request;
    request.roomId = m_room->currentData().toLongLong();
    request.from = m_from->date();
    request.to = m_to->date();
    return buildRegisteredForm(u"room-usage"_s, m_session, request);
}

void UsagePanel::print()
{
    m_message->clearMessage();
    auto document = printDocument();
    if (!document) {
        m_message->showError(document.error().message);
        return;
    }
    if (auto problem = previewForm(*document, this))
        m_message->showError(problem->message);
}

void UsagePanel::openRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const RoomUsageEntry &e = m_model->entries().at(row);
    if (e.isSession())
        emit openRecordRequested(e.sessionId);
    else
        editEntry();
}

UsageEntryDialog *UsagePanel::entryDialog() const
{
    return m_dialog;
}

} // namespace rr
