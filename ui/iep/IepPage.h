#pragma once
// The IEP area (read-only for now): the students with the status of their IEP
// for the current semester; for the selected one, the plan's team, present
// levels and short-term objectives with their progress data and four-point
// decision, and the progress chart of the selected objective.
#include "shell/Session.h"

#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTextBrowser;

namespace rr {

class IepStudentListModel;
class ObjectiveTableModel;
class PageHeader;
class ProgressChartWidget;

class IepPage final : public QWidget {
    Q_OBJECT
public:
    explicit IepPage(Session session, QWidget *parent = nullptr);

    void reload();
    void selectStudent(qint64 studentId);
    void selectObjective(qint64 objectiveId);
    qint64 selectedStudentId() const;
    qint64 selectedObjectiveId() const;
    bool showsIep() const;   // false: the "no IEP" line (or nothing selected)

    IepStudentListModel *studentModel() const { return m_students; }
    ObjectiveTableModel *objectiveModel() const { return m_objectives; }
    QTableView *studentTable() const { return m_studentTable; }
    QTableView *objectiveTable() const { return m_objectiveTable; }
    ProgressChartWidget *chartWidget() const { return m_chart; }
    QLabel *noIepLabel() const { return m_noIep; }

private:
    void showStudent(qint64 studentId);
    void showObjective();

    Session m_session;
    qint64 m_semesterId = 0;
    qint64 m_shownStudentId = 0;
    PageHeader *m_header = nullptr;
    IepStudentListModel *m_students = nullptr;
    ObjectiveTableModel *m_objectives = nullptr;
    QTableView *m_studentTable = nullptr;
    QLabel *m_studentTitle = nullptr;
    QStackedWidget *m_detail = nullptr;
    QLabel *m_noIep = nullptr;
    QWidget *m_iepPanel = nullptr;
    QTextBrowser *m_summary = nullptr;
    QTableView *m_objectiveTable = nullptr;
    ProgressChartWidget *m_chart = nullptr;
};

} // namespace rr
