#include "training/TodayPanel.h"
#include "calendar/ScreenDate.h"
#include "common/SortProxy.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/MessageLabel.h"
#include "common/ReadFailure.h"
#include "timetable/TimetableRepository.h"
#include "timetable/Weekday.h"
#include "training/AdHocSessionDialog.h"
#include "training/DaySessionModel.h"
#include "training/DraftFromTimetable.h"
#include "training/SessionRepository.h"
#include "training/TrainingWarningModel.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

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
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

} // namespace

TodayPanel::TodayPanel(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_date = new QDateEdit(m_session.clock->today(), this);
    m_date->setObjectName(u"todayDate"_s);
    m_date->setCalendarPopup(true);
    m_dayLabel = new QLabel(this);
    m_dayLabel->setObjectName(u"todayDay"_s);
    m_today = new QPushButton(tr("Today"), this);
    m_today->setObjectName(u"todayButton"_s);
    m_create = new QPushButton(this);
    m_create->setObjectName(u"createSessions"_s);
    m_create->setToolTip(tr("A draft record for every timetabled session of the day that has none yet"));
    m_adHoc = new QPushButton(tr("Ad hoc session…"), this);
    m_adHoc->setObjectName(u"adHocSession"_s);
    m_open = new QPushButton(tr("Open record"), this);
    m_open->setObjectName(u"openRecord"_s);

    m_sessions = new DaySessionModel(this);
    m_sessionView = makeTable(m_sessions, this);
    m_sessionView->setObjectName(u"daySessions"_s);
    QHeaderView *header = m_sessionView->horizontalHeader();
    header->setSectionResizeMode(DaySessionModel::Students, QHeaderView::Stretch);
    header->setSectionResizeMode(DaySessionModel::Topic, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    header->resizeSection(DaySessionModel::Time, 110);
    header->resizeSection(DaySessionModel::Room, 130);
    header->resizeSection(DaySessionModel::Instructor, 100);
    header->resizeSection(DaySessionModel::State, 170);

    m_warnings = new TrainingWarningModel(this);
    m_warningView = makeTable(m_warnings, this);
    m_warningView->setObjectName(u"trainingWarnings"_s);
    m_warningView->horizontalHeader()->resizeSection(TrainingWarningModel::Kind, 150);
    m_warningView->horizontalHeader()->resizeSection(TrainingWarningModel::Date, 100);

    m_message = new MessageLabel(this);
    m_message->setObjectName(u"todayMessage"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Day"), this));
    top->addWidget(m_date);
    top->addWidget(m_dayLabel);
    top->addWidget(m_today);
    top->addStretch(1);
    top->addWidget(m_create);
    top->addWidget(m_adHoc);

    m_sessionBox = new QGroupBox(this);
    auto *sessionLayout = new QVBoxLayout(m_sessionBox);
    sessionLayout->addWidget(m_sessionView, 1);
    auto *sessionButtons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Double-click a session to open its record; one without a record gets one."), m_sessionBox);
    hint->setStyleSheet(u"color: #52606d;"_s);
    sessionButtons->addWidget(hint, 1);
    sessionButtons->addWidget(m_open);
    sessionLayout->addLayout(sessionButtons);

    m_warningBox = new QGroupBox(this);
    auto *warningLayout = new QVBoxLayout(m_warningBox);
    warningLayout->addWidget(m_warningView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sessionBox);
    splitter->addWidget(m_warningBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_date, &QDateEdit::dateChanged, this, &TodayPanel::reload);
    connect(m_today, &QPushButton::clicked, this, [this] { showDate(m_session.clock->today()); });
    connect(m_create, &QPushButton::clicked, this, &TodayPanel::createSessions);
    connect(m_adHoc, &QPushButton::clicked, this, [this] { addAdHoc(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(currentSourceRow(m_sessionView)); });
    connect(m_sessionView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) { openRow(sourceRow(index)); });
    connect(m_warningView, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openWarning(sourceRow(index)); });
    connect(m_sessionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TodayPanel::updateButtons);
    connect(m_session.db.get(), &Database::written, this, &TodayPanel::reload);
    reload();
}

QDate TodayPanel::shownDate() const
{
    return m_date->date();
}

void TodayPanel::showDate(const QDate &date)
{
    m_date->setDate(date);   // reloads through dateChanged
}

void TodayPanel::reload()
{
    const QDate date = shownDate();
    const QDate today = m_session.clock->today();
    const qint64 selected = m_sessionView->currentIndex().data(DaySessionModel::SessionIdRole).toLongLong();
    // Not "no sessions today" when the day could not be read.
    const auto failed = [this, &date](const Error &error) {
        m_sessionBox->setTitle(tr("The sessions of %1 could not be read.").arg(screenDate(date)));
        reportReadFailure(this, error, m_message);
    };
    const SessionRepository records(m_session.db, m_session.clock);
    const auto occurrences = TimetableRepository(m_session.db).occurrences(date, date);
    if (!occurrences)
        return failed(occurrences.error());
    const auto dayRecords = records.between(date, date);
    if (!dayRecords)
        return failed(dayRecords.error());
    const auto read = daySessions(*occurrences, *dayRecords,
                                  [&records](qint64 slotId, const QDate &d) { return records.forOccurrence(slotId, d); });
    if (!read)
        return failed(read.error());
    const auto names = TimetableNames::load(m_session.db);
    if (!names)
        return failed(names.error());
    const QList<DaySession> &day = *read;
    m_sessions->setSessions(day, *names);
    selectSession(selected);

    QString dayText = weekdayLabel(date.dayOfWeek());
    const auto semester = SemesterRepository(m_session.db).containing(date);
    if (!semester) {
        reportReadFailure(this, semester.error(), m_message);
    } else if (*semester) {
        if (const int week = teachingWeek(**semester, date); week > 0)
            dayText = tr("%1, week %2").arg(dayText).arg(week);
    } else {
        dayText = tr("%1, outside the semester").arg(dayText);
    }
    m_dayLabel->setText(dayText);
    m_create->setText(date == today ? tr("Create today's sessions") : tr("Create the day's sessions"));
    int missing = 0;
    for (const DaySession &d : day)
        missing += d.record ? 0 : 1;
    m_sessionBox->setTitle(date == today ? tr("Today's sessions (%1 without a record)").arg(missing)
                                         : tr("Sessions of %1 (%2 without a record)")
                                               .arg(screenDate(date))
                                               .arg(missing));

    const auto warnings = trainingWarnings(m_session.db, *m_session.clock);
    m_warnings->setWarnings(warnings ? *warnings : QList<TrainingWarning>{});
    if (warnings) {
        m_warningBox->setTitle(tr("To do (%1) — double-click to act").arg(m_warnings->rowCount()));
    } else {
        // Not "To do (0)": what is to do is unknown, and so are the records it is read from.
        failed(warnings.error());
        m_warningBox->setTitle(tr("To do (could not be read)"));
    }
    m_warningView->resizeRowsToContents();
    updateButtons();
}

bool TodayPanel::selectSession(qint64 sessionId)
{
    const int row = m_sessions->rowOfSession(sessionId);
    if (row < 0)
        return false;
    m_sessionView->selectRow(viewRow(m_sessionView, row));
    m_sessionView->setCurrentIndex(m_sessionView->model()->index(viewRow(m_sessionView, row), 0));
    return true;
}

void TodayPanel::updateButtons()
{
    m_open->setEnabled(m_sessionView->currentIndex().isValid());
    m_create->setEnabled(std::any_of(m_sessions->sessions().cbegin(), m_sessions->sessions().cend(),
                                     [](const DaySession &d) { return !d.record; }));
}

bool TodayPanel::createSessions()
{
    m_message->clearMessage();
    const auto made = SessionRepository(m_session.db, m_session.clock).createFromTimetable(shownDate());
    if (!made) {
        m_message->showError(made.error().message);
        return false;
    }
    QStringList lines;
    lines << tr("%n record(s) made from the timetable.", "", int(made->created.size()));
    if (made->alreadyRecorded > 0)
        lines << tr("%n session(s) already had a record.", "", made->alreadyRecorded);
    if (!made->refused.isEmpty()) {
        lines << tr("Refused by the room rules:") << made->refused;
        m_message->showError(lines.join(u'\n'));
    } else {
        m_message->showInfo(lines.join(u' '));
    }
    if (!made->created.isEmpty())
        selectSession(made->created.constFirst());
    return made->refused.isEmpty();
}

void TodayPanel::addAdHoc(qint64 studentId)
{
    const auto names = TimetableNames::load(m_session.db);
    if (!names) {
        reportReadFailure(this, names.error(), m_message);
        return;
    }
    if (m_adHocDialog)
        m_adHocDialog->close();
    m_adHocDialog = new AdHocSessionDialog(m_session, *names, shownDate(), studentId, this);
    m_adHocDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_adHocDialog, &QDialog::accepted, this, [this, dialog = m_adHocDialog] {
        if (!dialog)
            return;
        m_message->showInfo(tr("The ad hoc session's record was made."));
        const qint64 id = dialog->savedId();
        if (id > 0) {
            selectSession(id);
            emit openRecordRequested(id);
        }
    });
    m_adHocDialog->open();
}

void TodayPanel::openRow(int row)
{
    if (row < 0 || row >= m_sessions->rowCount())
        return;
    const DaySession day = m_sessions->sessions().at(row);
    if (day.record) {
        emit openRecordRequested(day.record->id);
        return;
    }
    // One occurrence without a record: make its draft, as "today's sessions" would.
    auto id = SessionRepository(m_session.db, m_session.clock).create(draftFromOccurrence(day.occurrence));
    if (!id) {
        m_message->showError(id.error().message);
        return;
    }
    selectSession(*id);
    emit openRecordRequested(*id);
}

void TodayPanel::openWarning(int row)
{
    if (row < 0 || row >= m_warnings->rowCount())
        return;
    const TrainingWarning w = m_warnings->warnings().at(row);
    if (w.sessionId > 0) {
        emit openRecordRequested(w.sessionId);
    } else if (w.slotId > 0) {
        showDate(w.date);
        for (int r = 0; r < m_sessions->rowCount(); ++r)
            if (m_sessions->sessions().at(r).occurrence.slotId == w.slotId && !m_sessions->sessions().at(r).record)
                return openRow(r);
    } else if (w.studentId > 0) {
        showDate(m_session.clock->today());
        addAdHoc(w.studentId);
    }
}

AdHocSessionDialog *TodayPanel::adHocDialog() const
{
    return m_adHocDialog;
}

} // namespace rr
