#pragma once
// A use of a room entered by hand (参观, 家长培训, 会议, 学生活动 …): kind, date,
// time, room, who, purpose, the students from the roster and/or other
// names, the number of students and the teaching aids. OK saves it in one
// action; a refusal (e.g. the room's student limit) stays in the dialog.
#include "shell/Session.h"
#include "timetable/TimetableNames.h"
#include "usage/RoomUsage.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace rr {

class MessageLabel;

class UsageEntryDialog final : public QDialog {
    Q_OBJECT
public:
    // `names`: the rooms and students to choose from, read by the opener.
    UsageEntryDialog(Session session, TimetableNames names, const RoomUsageEntry &entry, QWidget *parent = nullptr);
    void accept() override;

    RoomUsageEntry entry() const;
    qint64 savedId() const { return m_savedId; }
    void setStudentChecked(qint64 studentId, bool checked);

    QComboBox *kindCombo() const { return m_kind; }
    QDateEdit *dateEdit() const { return m_date; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QComboBox *roomCombo() const { return m_room; }
    QLineEdit *whoEdit() const { return m_who; }
    QLineEdit *purposeEdit() const { return m_purpose; }
    QListWidget *studentList() const { return m_students; }
    QLineEdit *otherNamesEdit() const { return m_otherNames; }
    QSpinBox *countSpin() const { return m_count; }
    QLineEdit *aidsEdit() const { return m_aids; }
    QLineEdit *noteEdit() const { return m_note; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    MessageLabel *message() const { return m_message; }

private:
    Session m_session;
    TimetableNames m_names;
    RoomUsageEntry m_original;
    qint64 m_savedId = 0;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_date = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_room = nullptr;
    QLineEdit *m_who = nullptr;
    QLineEdit *m_purpose = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_students = nullptr;
    QLineEdit *m_otherNames = nullptr;
    QSpinBox *m_count = nullptr;
    QLineEdit *m_aids = nullptr;
    QLineEdit *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
