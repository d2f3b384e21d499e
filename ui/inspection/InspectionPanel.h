#pragma once
// The Inspection tab (记录检查): the rules of a training record inspection,
// a run over a date range and its report in the school's words — 检查情况,
// 存在问题 (each problem with student, instructor, date and status
// 新发现 / 仍未整改 / 已整改) and 整改要求 — saved as issued, so a later
// inspection can show what was fixed. Saved inspections reopen from the list.
#include "inspection/InspectionResult.h"
#include "print/FormDocument.h"
#include "shell/Session.h"

#include <QWidget>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rr {

class InspectionListModel;
class InspectionProblemModel;
class InspectionRulesEditor;
class MessageLabel;

class InspectionPanel final : public QWidget {
    Q_OBJECT
public:
    explicit InspectionPanel(Session session, QWidget *parent = nullptr);

    void reload();                       // the saved list and the school's rules
    void setRange(const QDate &from, const QDate &to);
    const std::optional<InspectionResult> &result() const { return m_result; }

    // The buttons' actions.
    bool saveRules();
    bool run();
    bool save();
    bool openSaved(qint64 inspectionId);
    // The shown result as printed (个别化训练记录检查反馈表).
    Result<FormDocument> printDocument() const;
    void print();

    InspectionRulesEditor *rulesEditor() const { return m_rules; }
    InspectionProblemModel *problemModel() const { return m_problems; }
    InspectionListModel *savedModel() const { return m_saved; }
    QTableView *problemView() const { return m_problemView; }
    QTableView *savedView() const { return m_savedView; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *inspectorEdit() const { return m_inspector; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *saveRulesButton() const { return m_saveRules; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *printButton() const { return m_print; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *situationLabel() const { return m_situation; }
    QLabel *requirementsLabel() const { return m_requirements; }
    QLabel *followUpLabel() const { return m_followUp; }
    MessageLabel *message() const { return m_message; }

signals:
    void openRecordRequested(qint64 sessionId);

private:
    void showResult();

    Session m_session;
    std::optional<InspectionResult> m_result;
    InspectionRulesEditor *m_rules = nullptr;
    InspectionProblemModel *m_problems = nullptr;
    InspectionListModel *m_saved = nullptr;
    QTableView *m_problemView = nullptr;
    QTableView *m_savedView = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_inspector = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_saveRules = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_situation = nullptr;
    QLabel *m_requirements = nullptr;
    QLabel *m_followUp = nullptr;
    QLabel *m_followUpHeading = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
