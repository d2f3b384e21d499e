#pragma once
// The Records tab (训练记录): the training records of a date range, filtered
// by room, instructor, student or "unsigned only"; double-click opens one.
#include "shell/Session.h"
#include "timetable/TimetableNames.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace rr {

class MessageLabel;
class SessionListModel;

class RecordsPanel final : public QWidget {
    Q_OBJECT
public:
    explicit RecordsPanel(Session session, QWidget *parent = nullptr);

    void reload();
    void setRange(const QDate &from, const QDate &to);
    bool selectSession(qint64 sessionId);
    void openSelected();

    SessionListModel *sessionModel() const { return m_model; }
    QTableView *sessionView() const { return m_view; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *instructorCombo() const { return m_instructor; }
    QComboBox *studentCombo() const { return m_student; }
    QCheckBox *unsignedOnlyCheck() const { return m_unsignedOnly; }
    QLabel *countLabel() const { return m_count; }
    MessageLabel *message() const { return m_message; }

signals:
    void openRecordRequested(qint64 sessionId);

private:
    void fillFilters();

    Session m_session;
    TimetableNames m_names;              // read by fillFilters
    std::optional<Error> m_namesUnread;  // why they are not
    SessionListModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_room = nullptr;
    QComboBox *m_instructor = nullptr;
    QComboBox *m_student = nullptr;
    QCheckBox *m_unsignedOnly = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_open = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
