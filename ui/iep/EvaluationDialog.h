#pragma once
// The end-of-semester evaluation (期末评估) of an IEP: per objective the mark
// (P/C/D/S/E), whether it was achieved (达成/基本达成/未达成), a comment and
// the Goal Attainment Scaling level (−2 … +2), with the semester's GAS
// T-score; then 归档 once every objective has its mark.
#include "iep/Iep.h"
#include "shell/Session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace rr {

class MessageLabel;

class EvaluationDialog final : public QDialog {
    Q_OBJECT
public:
    enum Column { Objective, Latest, Mark, Achieved, Gas, Comment, ColumnCount };

    EvaluationDialog(Session session, qint64 iepId, QWidget *parent = nullptr);

    QList<ObjectiveEvaluation> evaluations() const;   // what the table holds
    bool saveResults();
    bool archivePlan();   // saves first
    void setResult(int row, ProgressMark mark, Achievement achievement, std::optional<int> gas, const QString &comment);

    QTableWidget *table() const { return m_table; }
    QLabel *tScoreLabel() const { return m_tScore; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *archiveButton() const { return m_archive; }
    MessageLabel *message() const { return m_message; }

private:
    void load();
    void updateTScore();

    Session m_session;
    qint64 m_iepId = 0;
    IepStatus m_status = IepStatus::Draft;
    QList<qint64> m_objectiveIds;
    QTableWidget *m_table = nullptr;
    QLabel *m_tScore = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_archive = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
