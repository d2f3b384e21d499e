#include "training/RecordsPanel.h"
#include "common/SortProxy.h"

#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "training/SessionListModel.h"
#include "training/SessionRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QDateEdit *makeDateEdit(const QString &name, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    return edit;
}

void keepChoice(QComboBox *combo, const QVariant &previous)
{
    const int index = combo->findData(previous);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

RecordsPanel::RecordsPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    const QDate today = m_session.clock->today();
    const auto semester = SemesterRepository(m_session.db).containing(today);
    if (!semester)
        reportReadFailure(this, semester.error());
    m_from = makeDateEdit(u"recordsFrom"_s, this);
    m_from->setDate(semester && *semester ? (*semester)->start : today.addDays(-30));
    m_to = makeDateEdit(u"recordsTo"_s, this);
    m_to->setDate(today);
    m_room = new QComboBox(this);
    m_room->setObjectName(u"recordsRoom"_s);
    m_instructor = new QComboBox(this);
    m_instructor->setObjectName(u"recordsInstructor"_s);
    m_student = new QComboBox(this);
    m_student->setObjectName(u"recordsStudent"_s);
    m_unsignedOnly = new QCheckBox(tr("Unsigned only"), this);
    m_unsignedOnly->setObjectName(u"recordsUnsignedOnly"_s);
    m_count = new QLabel(this);
    m_count->setObjectName(u"recordsCount"_s);
    m_open = new QPushButton(tr("Open record"), this);
    m_open->setObjectName(u"recordsOpen"_s);
    m_message = new MessageLabel(this);
    m_message->setObjectName(u"recordsMessage"_s);

    m_model = new SessionListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"recordsTable"_s);
    makeSortable(m_view, m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(SessionListModel::Students, QHeaderView::Stretch);
    header->setSectionResizeMode(SessionListModel::Training, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(SessionListModel::Date, 100);
    header->resizeSection(SessionListModel::Time, 110);
    header->resizeSection(SessionListModel::Room, 130);
    header->resizeSection(SessionListModel::State, 170);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("From"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(m_room);
    filters->addWidget(m_instructor);
    filters->addWidget(m_student);
    filters->addWidget(m_unsignedOnly);
    filters->addStretch(1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count, 1);
    bottom->addWidget(m_open);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    fillFilters();
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &RecordsPanel::reload);
    for (QComboBox *combo : {m_room, m_instructor, m_student})
        connect(combo, &QComboBox::currentIndexChanged, this, &RecordsPanel::reload);
    connect(m_unsignedOnly, &QCheckBox::toggled, this, &RecordsPanel::reload);
    connect(m_open, &QPushButton::clicked, this, &RecordsPanel::openSelected);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        emit openRecordRequested(index.data(SessionListModel::SessionIdRole).toLongLong());
    });
    connect(m_session.db.get(), &Database::written, this, [this] {
        fillFilters();
        reload();
    });
    reload();
}

void RecordsPanel::fillFilters()
{
    auto read = TimetableNames::load(m_session.db);
    if (!read) {
        m_namesUnread = read.error();
        return;   // reload() tells it
    }
    m_names = *read;
    m_namesUnread.reset();
    const TimetableNames &names = m_names;
    const QSignalBlocker roomBlock(m_room), instructorBlock(m_instructor), studentBlock(m_student);
    const QVariant room = m_room->currentData(), instructor = m_instructor->currentData(),
                   student = m_student->currentData();
    m_room->clear();
    m_room->addItem(tr("All rooms"), qint64(0));
    for (const Room &r : names.rooms)
        m_room->addItem(r.name, r.id);
    m_instructor->clear();
    m_instructor->addItem(tr("All instructors"), qint64(0));
    for (const StaffMember &m : names.staff)
        m_instructor->addItem(m.name, m.id);
    m_student->clear();
    m_student->addItem(tr("All students"), qint64(0));
    for (const StudentSummary &s : names.students)
        m_student->addItem(s.name, s.id);
    keepChoice(m_room, room);
    keepChoice(m_instructor, instructor);
    keepChoice(m_student, student);
}

void RecordsPanel::setRange(const QDate &from, const QDate &to)
{
    const QSignalBlocker fromBlock(m_from), toBlock(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    reload();
}

void RecordsPanel::reload()
{
    const qint64 selected = m_view->currentIndex().data(SessionListModel::SessionIdRole).toLongLong();
    const qint64 instructor = m_instructor->currentData().toLongLong();
    const qint64 student = m_student->currentData().toLongLong();
    const auto all = SessionRepository(m_session.db, m_session.clock)
                         .between(m_from->date(), m_to->date(), m_room->currentData().toLongLong());
    if (!all || m_namesUnread) {
        // Not "0 records": what is listed is what could be read before.
        m_count->setText(tr("The records could not be read."));
        reportReadFailure(this, all ? *m_namesUnread : all.error(), m_message);
        return;
    }
    QList<TrainingSession> list;
    for (const TrainingSession &s : *all) {
        if (instructor > 0 && s.instructorId != instructor)
            continue;
        if (student > 0 && !s.student(student))
            continue;
        if (m_unsignedOnly->isChecked() && s.isSigned())
            continue;
        list.append(s);
    }
    int unsignedCount = 0;
    for (const TrainingSession &s : std::as_const(list))
        unsignedCount += s.isSigned() ? 0 : 1;
    m_model->setSessions(list, m_names);
    m_count->setText(tr("%n record(s)", "", int(list.size())) + u", "_s
                     + tr("%n not signed", "", unsignedCount));
    selectSession(selected);
    m_open->setEnabled(m_model->rowCount() > 0);
}

bool RecordsPanel::selectSession(qint64 sessionId)
{
    const int row = m_model->rowOfSession(sessionId);
    if (row < 0)
        return false;
    m_view->selectRow(viewRow(m_view, row));
    m_view->setCurrentIndex(m_view->model()->index(viewRow(m_view, row), 0));
    return true;
}

void RecordsPanel::openSelected()
{
    const qint64 id = m_view->currentIndex().data(SessionListModel::SessionIdRole).toLongLong();
    if (id > 0)
        emit openRecordRequested(id);
}

} // namespace rr
