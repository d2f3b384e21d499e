#pragma once
// A session that is not on the timetable (补课, an extra session, a group
// put together for the day): date, time, room, instructor, service, what is
// trained and the students. OK makes its draft record in one action; the
// record is then filled in the record editor.
#include "shell/Session.h"
#include "timetable/TimetableNames.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace rr {

class MessageLabel;

class AdHocSessionDialog final : public QDialog {
    Q_OBJECT
public:
    // `names`: the rooms, staff and students to choose from, read by the opener.
    AdHocSessionDialog(Session session, TimetableNames names, const QDate &date, qint64 studentId = 0,
                       QWidget *parent = nullptr);
    void accept() override;

    qint64 savedId() const { return m_savedId; }
    void setStudentChecked(qint64 studentId, bool checked);
    QList<qint64> checkedStudents() const;

    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *instructorCombo() const { return m_instructor; }
    QComboBox *serviceCombo() const { return m_service; }
    QLineEdit *topicEdit() const { return m_topic; }
    QListWidget *studentList() const { return m_students; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    TimetableNames m_names;
    qint64 m_savedId = 0;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_room = nullptr;
    QComboBox *m_instructor = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_topic = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_students = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
