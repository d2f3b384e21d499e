#pragma once
// Adds or edits one weekly slot of the timetable: weekday and time, room,
// instructor, students, service, content, the class period it takes and the
// validity period (a new slot holds from today, or from the semester's first
// day when it lies ahead, until the semester's last day).
// Conflicts are shown live while the fields change (the repository's
// preview); OK refuses a slot with a hard conflict, with the message, and
// saves one with warnings (the page repeats them after saving).
#include "shell/Session.h"
#include "timetable/TimetableConflicts.h"
#include "timetable/TimetableNames.h"
#include "timetable/TimetableSlot.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;

namespace rr {

class MessageLabel;

class SlotDialog final : public QDialog {
    Q_OBJECT
public:
    // `slot.id` 0: a new slot, prefilled with what `slot` holds (semester,
    // weekday, time …).
    // `names`: the rooms, staff and students to choose from, read by the opener.
    SlotDialog(Session session, TimetableNames names, const TimetableSlot &slot, QWidget *parent = nullptr);
    void accept() override;

    TimetableSlot slot() const;                              // what the widgets hold now
    const QList<TimetableConflict> &conflicts() const { return m_conflicts; }   // the live preview
    qint64 savedId() const { return m_savedId; }
    QList<TimetableConflict> savedWarnings() const { return m_savedWarnings; }

    void setStudentChecked(qint64 studentId, bool checked);
    QList<qint64> checkedStudents() const;

    QComboBox *weekdayCombo() const { return m_weekday; }
    QTimeEdit *startEdit() const { return m_start; }
    QTimeEdit *endEdit() const { return m_end; }
    QComboBox *roomCombo() const { return m_room; }
    QComboBox *instructorCombo() const { return m_instructor; }
    QLineEdit *studentFilter() const { return m_filter; }
    QListWidget *studentList() const { return m_students; }
    QComboBox *serviceCombo() const { return m_service; }
    QLineEdit *contentEdit() const { return m_content; }
    QLineEdit *protectedClassEdit() const { return m_protectedClass; }
    QDateEdit *validFromEdit() const { return m_validFrom; }
    QDateEdit *validUntilEdit() const { return m_validUntil; }
    QLabel *conflictView() const { return m_conflictView; }   // the live conflicts, one paragraph each
    MessageLabel *message() const { return m_message; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void fill(const TimetableSlot &slot);
    void refreshConflicts();
    void filterStudents(const QString &text);
    void updateStudentCount();

    Session m_session;
    TimetableSlot m_original;
    TimetableNames m_names;
    QList<TimetableConflict> m_conflicts;
    QList<TimetableConflict> m_savedWarnings;
    qint64 m_savedId = 0;
    bool m_filling = false;
    QComboBox *m_weekday = nullptr;
    QTimeEdit *m_start = nullptr;
    QTimeEdit *m_end = nullptr;
    QComboBox *m_room = nullptr;
    QComboBox *m_instructor = nullptr;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_students = nullptr;
    QLabel *m_studentCount = nullptr;
    QComboBox *m_service = nullptr;
    QLineEdit *m_content = nullptr;
    QLineEdit *m_protectedClass = nullptr;
    QDateEdit *m_validFrom = nullptr;
    QDateEdit *m_validUntil = nullptr;
    QLabel *m_conflictTitle = nullptr;
    QLabel *m_conflictView = nullptr;
    MessageLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace rr
