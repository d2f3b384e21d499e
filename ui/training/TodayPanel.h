#pragma once
// The Today tab (今日): the day's timetabled sessions with the state of
// their records, one click to make today's records from the timetable, an
// ad hoc session, and what needs doing — records missing or unsigned,
// students whose weekly training or monthly counselling is still due.
// Double-clicking a session or a warning opens the record.
#include "shell/Session.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class AdHocSessionDialog;
class DaySessionModel;
class MessageLabel;
class TrainingWarningModel;

class TodayPanel final : public QWidget {
    Q_OBJECT
public:
    explicit TodayPanel(Session session, QWidget *parent = nullptr);

    void reload();
    QDate shownDate() const;
    void showDate(const QDate &date);
    bool selectSession(qint64 sessionId);

    // The buttons' actions.
    bool createSessions();             // the shown day's records from the timetable, one action
    void addAdHoc(qint64 studentId = 0);
    void openRow(int row);             // the record; made first when the occurrence has none
    void openWarning(int row);

    DaySessionModel *sessionModel() const { return m_sessions; }
    TrainingWarningModel *warningModel() const { return m_warnings; }
    QTableView *sessionView() const { return m_sessionView; }
    QTableView *warningView() const { return m_warningView; }
    QDateEdit *dateEdit() const { return m_date; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *adHocButton() const { return m_adHoc; }
    QPushButton *openButton() const { return m_open; }
    MessageLabel *message() const { return m_message; }
    QGroupBox *sessionBox() const { return m_sessionBox; }
    AdHocSessionDialog *adHocDialog() const;

signals:
    void openRecordRequested(qint64 sessionId);

private:
    void updateButtons();

    Session m_session;
    DaySessionModel *m_sessions = nullptr;
    TrainingWarningModel *m_warnings = nullptr;
    QDateEdit *m_date = nullptr;
    QLabel *m_dayLabel = nullptr;
    QPushButton *m_today = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_adHoc = nullptr;
    QPushButton *m_open = nullptr;
    QTableView *m_sessionView = nullptr;
    QTableView *m_warningView = nullptr;
    QGroupBox *m_sessionBox = nullptr;
    QGroupBox *m_warningBox = nullptr;
    MessageLabel *m_message = nullptr;
    QPointer<AdHocSessionDialog> m_adHocDialog;
};

} // namespace rr
