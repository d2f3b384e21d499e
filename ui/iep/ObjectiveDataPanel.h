#pragma once
// Data entry for the selected objective while its IEP is in effect: a probe
// (date from the clock's today, value on the objective's scale, note), the
// list of probes with removal, and phase changes (the date the teaching
// changed and what changed). Each button is one write; the page reloads on it.
#include "iep/ObjectiveTableModel.h"
#include "shell/Session.h"

#include <QWidget>

class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rr {

class MessageLabel;
class ProgressPointModel;
class ScaleValueEdit;

class ObjectiveDataPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ObjectiveDataPanel(Session session, QWidget *parent = nullptr);

    // inEffect: data may be recorded (the IEP is 生效); otherwise read-only.
    void setObjective(const ObjectiveRow &row, bool inEffect);
    void clearObjective();
    qint64 objectiveId() const { return m_objectiveId; }

    bool addPoint();
    bool removeSelectedPoint();
    bool addPhaseChange();

    QDateEdit *dateEdit() const { return m_date; }
    ScaleValueEdit *valueEdit() const { return m_value; }
    QLineEdit *noteEdit() const { return m_note; }
    QPushButton *addPointButton() const { return m_addPoint; }
    QTableView *pointTable() const { return m_table; }
    ProgressPointModel *pointModel() const { return m_points; }
    QPushButton *removePointButton() const { return m_removePoint; }
    QDateEdit *phaseDateEdit() const { return m_phaseDate; }
    QLineEdit *phaseNoteEdit() const { return m_phaseNote; }
    QPushButton *addPhaseButton() const { return m_addPhase; }
    QLabel *phaseList() const { return m_phaseList; }
    MessageLabel *message() const { return m_message; }

private:
    void updateEnabled();

    Session m_session;
    qint64 m_objectiveId = 0;
    bool m_inEffect = false;
    QLabel *m_title = nullptr;
    QGroupBox *m_entryBox = nullptr;
    QDateEdit *m_date = nullptr;
    ScaleValueEdit *m_value = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addPoint = nullptr;
    ProgressPointModel *m_points = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_removePoint = nullptr;
    QGroupBox *m_phaseBox = nullptr;
    QDateEdit *m_phaseDate = nullptr;
    QLineEdit *m_phaseNote = nullptr;
    QPushButton *m_addPhase = nullptr;
    QLabel *m_phaseList = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
