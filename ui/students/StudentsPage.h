#pragma once
// The Students area: the roster (filters, pinyin search, sortable table, add,
// import, export), the archive completeness of all students, and — opened
// by a double-click — one student's page with its LRC workflow and archive.
#include "shell/Session.h"

#include <QWidget>

class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace rr {

class CompletenessView;
class MessageLabel;
class PageHeader;
class RosterFilterBar;
class RosterProxyModel;
class ReviewPanel;
class StudentDetailPage;
class StudentListModel;

class StudentsPage final : public QWidget {
    Q_OBJECT
public:
    explicit StudentsPage(Session session, QWidget *parent = nullptr);

    void reload();
    void openStudent(qint64 studentId);
    void showRoster();

    StudentListModel *model() const { return m_model; }
    RosterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    RosterFilterBar *filterBar() const { return m_filters; }
    StudentDetailPage *detailPage() const { return m_detail; }
    CompletenessView *completenessView() const { return m_completeness; }
    QTabWidget *views() const { return m_views; }
    ReviewPanel *reviewPanel() const { return m_review; }
    bool showsStudent() const;

private:
    void addStudent();
    void editStudent(qint64 studentId);
    void importRoster();
    void exportRoster();
    void applyFilter();
    void updateCount();

    Session m_session;
    PageHeader *m_header = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_rosterPanel = nullptr;
    RosterFilterBar *m_filters = nullptr;
    QTabWidget *m_views = nullptr;
    QTableView *m_table = nullptr;
    StudentListModel *m_model = nullptr;
    RosterProxyModel *m_proxy = nullptr;
    CompletenessView *m_completeness = nullptr;
    ReviewPanel *m_review = nullptr;
    StudentDetailPage *m_detail = nullptr;
    MessageLabel *m_message = nullptr;
    bool m_loadFailed = false;   // the roster could not be read: no count is shown
};

} // namespace rr
