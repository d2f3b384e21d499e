#pragma once
// One student's part of a training record: attendance (with the reason when
// absent or on leave), arrival, departure and to whom the student was
// handed over, rating and prompt level, the IEP objectives worked on with
// their data, performance and results. "Same as last time" asks the editor
// to fill the objectives from the student's previous record.
#include "common/Result.h"
#include "training/StudentObjectives.h"
#include "training/TrainingSession.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;
class QVBoxLayout;

namespace rr {

class ObjectiveWorkRow;

class StudentRecordForm final : public QWidget {
    Q_OBJECT
public:
    StudentRecordForm(qint64 studentId, const QString &name, StudentObjectives objectives, QWidget *parent = nullptr);

    qint64 studentId() const { return m_studentId; }
    QString name() const { return m_name; }
    void setStudent(const SessionStudent &student);
    // The inputs as a record; an objective's value off its scale is refused naming the student.
    Result<SessionStudent> student() const;
    void setEditable(bool editable);
    // Replaces the objectives worked on (same as last time).
    void setObjectives(const QList<ObjectiveWork> &objectives);
    bool addObjective(qint64 objectiveId);
    void removeObjective(qint64 objectiveId);

    QComboBox *attendanceCombo() const { return m_attendance; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QTimeEdit *arrivalEdit() const { return m_arrival; }
    QTimeEdit *departureEdit() const { return m_departure; }
    QLineEdit *handoverEdit() const { return m_handover; }
    QComboBox *ratingCombo() const { return m_rating; }
    QComboBox *promptCombo() const { return m_prompt; }
    QPlainTextEdit *performanceEdit() const { return m_performance; }
    QPlainTextEdit *resultsEdit() const { return m_results; }
    QComboBox *objectiveCombo() const { return m_objectiveChoice; }
    QPushButton *addObjectiveButton() const { return m_addObjective; }
    QPushButton *sameAsLastTimeButton() const { return m_sameAsLastTime; }
    QList<ObjectiveWorkRow *> objectiveRows() const { return m_rows; }
    ObjectiveWorkRow *objectiveRow(qint64 objectiveId) const;

signals:
    void sameAsLastTimeRequested(qint64 studentId);
    void changed();

private:
    void clearObjectives();
    void appendRow(const ObjectiveWork &work);
    void fillObjectiveChoice();
    void updateAttendance();

    qint64 m_studentId = 0;
    QString m_name;
    StudentObjectives m_objectives;
    SessionStudent m_loaded;
    bool m_editable = true;
    QComboBox *m_attendance = nullptr;
    QLineEdit *m_reason = nullptr;
    QTimeEdit *m_arrival = nullptr;
    QTimeEdit *m_departure = nullptr;
    QLineEdit *m_handover = nullptr;
    QComboBox *m_rating = nullptr;
    QComboBox *m_prompt = nullptr;
    QPlainTextEdit *m_performance = nullptr;
    QPlainTextEdit *m_results = nullptr;
    QVBoxLayout *m_rowLayout = nullptr;
    QLabel *m_noObjectives = nullptr;
    QComboBox *m_objectiveChoice = nullptr;
    QPushButton *m_addObjective = nullptr;
    QPushButton *m_sameAsLastTime = nullptr;
    QList<ObjectiveWorkRow *> m_rows;
};

// A time edit where "—" (its minimum, 00:00) means not recorded.
QTimeEdit *makeOptionalTimeEdit(QWidget *parent);
QTime optionalTime(const QTimeEdit *edit);
void setOptionalTime(QTimeEdit *edit, const QTime &time);

} // namespace rr
