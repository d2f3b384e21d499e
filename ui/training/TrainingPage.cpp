#include "training/TrainingPage.h"
#include "calendar/ScreenDate.h"

#include "calendar/SchoolCalendar.h"
#include "calendar/SemesterRepository.h"
#include "common/PageHeader.h"
#include "inspection/InspectionPanel.h"
#include "shell/Area.h"
#include "training/RecordEditorDialog.h"
#include "training/RecordsPanel.h"
#include "training/TodayPanel.h"
#include "usage/UsagePanel.h"

#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

TrainingPage::TrainingPage(Session session, QWidget *parent) : QWidget(parent), m_session(std::move(session))
{
    m_header = new PageHeader(areaTitle(Area::Training), {}, this);
    m_today = new TodayPanel(m_session, this);
    m_today->setObjectName(u"todayPanel"_s);
    m_records = new RecordsPanel(m_session, this);
    m_records->setObjectName(u"recordsPanel"_s);
    m_usage = new UsagePanel(m_session, this);
    m_usage->setObjectName(u"usagePanel"_s);
    m_inspection = new InspectionPanel(m_session, this);
    m_inspection->setObjectName(u"inspectionPanel"_s);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"trainingTabs"_s);
    m_tabs->addTab(m_today, tr("Today"));
    m_tabs->addTab(m_records, tr("Training records"));
    m_tabs->addTab(m_usage, tr("Room usage"));
    m_tabs->addTab(m_inspection, tr("Record inspection"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    connect(m_today, &TodayPanel::openRecordRequested, this, &TrainingPage::openRecord);
    connect(m_records, &RecordsPanel::openRecordRequested, this, &TrainingPage::openRecord);
    connect(m_usage, &UsagePanel::openRecordRequested, this, &TrainingPage::openRecord);
    connect(m_inspection, &InspectionPanel::openRecordRequested, this, &TrainingPage::openRecord);
    connect(m_session.db.get(), &Database::written, this, [this] { refreshHeader(); });
    refreshHeader();
}

void TrainingPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void TrainingPage::openRecord(qint64 sessionId)
{
    if (sessionId <= 0)
        return;
    if (m_editor)
        m_editor->close();
    m_editor = new RecordEditorDialog(m_session, sessionId, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    m_editor->open();
}

void TrainingPage::refreshHeader()
{
    const QDate today = m_session.clock->today();
    const auto read = SemesterRepository(m_session.db).containing(today);
    const QString date = screenDate(today) + u" "_s + QLocale().dayName(today.dayOfWeek());
    if (!read) {   // the header line says it could not be read
        m_header->setSubtitle(tr("%1 — %2").arg(date, read.error().message));
        return;
    }
    if (!*read) {
        m_header->setSubtitle(tr("%1, outside the semester").arg(date));
        return;
    }
    const Semester &semester = **read;
    const int week = teachingWeek(semester, today);
    m_header->setSubtitle(week > 0 ? tr("%1 — %2, week %3").arg(date, semester.name).arg(week)
                                   : tr("%1 — %2").arg(date, semester.name));
}

RecordEditorDialog *TrainingPage::recordEditor() const
{
    return m_editor;
}

} // namespace rr
