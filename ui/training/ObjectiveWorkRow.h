#pragma once
// One IEP objective worked on in a session: its words, the value measured
// on the objective's scale (a prompt level chosen, a percentage typed …) and
// a note. The value becomes a point of the objective's progress chart when
// the record is saved.
#include "common/Result.h"
#include "training/TrainingSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace rr {

class ScaleValueEdit;

class ObjectiveWorkRow final : public QWidget {
    Q_OBJECT
public:
    // `text` and `scale` come from the IEP; an objective a revision removed keeps the record's words.
    ObjectiveWorkRow(const ObjectiveWork &work, const QString &text, MeasurementScale scale, QWidget *parent = nullptr);

    qint64 objectiveId() const { return m_work.objectiveId; }
    // The value checked against the scale; an error names the objective.
    Result<ObjectiveWork> work() const;
    void setWork(const ObjectiveWork &work);
    void setEditable(bool editable);

    ScaleValueEdit *valueEdit() const { return m_value; }
    QLineEdit *noteEdit() const { return m_note; }
    QToolButton *removeButton() const { return m_remove; }
    QLabel *textLabel() const { return m_text; }

signals:
    void removeRequested(qint64 objectiveId);
    void changed();

private:
    ObjectiveWork m_work;
    QLabel *m_text = nullptr;
    ScaleValueEdit *m_value = nullptr;
    QLineEdit *m_note = nullptr;
    QToolButton *m_remove = nullptr;
};

} // namespace rr
