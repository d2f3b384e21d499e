#pragma once
// The training-records area (训练记录): today's sessions and what needs
// doing, the records of a date range, the room usage log and the record
// inspection, one tab each. Records open in the record editor.
#include "shell/Session.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace rr {

class InspectionPanel;
class PageHeader;
class RecordEditorDialog;
class RecordsPanel;
class TodayPanel;
class UsagePanel;

class TrainingPage final : public QWidget {
    Q_OBJECT
public:
    enum Tab { TodayTab, RecordsTab, UsageTab, InspectionTab };

    explicit TrainingPage(Session session, QWidget *parent = nullptr);

    void showTab(Tab tab);
    // Opens the record editor (window-modal, non-blocking) on a record.
    void openRecord(qint64 sessionId);

    QTabWidget *tabs() const { return m_tabs; }
    TodayPanel *today() const { return m_today; }
    RecordsPanel *records() const { return m_records; }
    UsagePanel *usage() const { return m_usage; }
    InspectionPanel *inspection() const { return m_inspection; }
    RecordEditorDialog *recordEditor() const;

private:
    void refreshHeader();

    Session m_session;
    PageHeader *m_header = nullptr;
    QTabWidget *m_tabs = nullptr;
    TodayPanel *m_today = nullptr;
    RecordsPanel *m_records = nullptr;
    UsagePanel *m_usage = nullptr;
    InspectionPanel *m_inspection = nullptr;
    QPointer<RecordEditorDialog> m_editor;
};

} // namespace rr
