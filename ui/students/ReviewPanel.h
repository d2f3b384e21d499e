#pragma once
// 待核对: the open review flags of all students (on the students page), or
// every flag of one student (on the student's page), sortable, with a
// "mark as checked" action that records the date and who checked.
#include "common/Result.h"
#include "shell/Session.h"
#include "students/ReviewFlag.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace rr {

class MessageLabel;
class ReviewListModel;

class ReviewPanel final : public QWidget {
    Q_OBJECT
public:
    explicit ReviewPanel(Session session, QWidget *parent = nullptr);

    // 0: the open flags of every student; otherwise all flags of one.
    void setStudent(qint64 studentId);
    void reload();
    // Marks the selected item as checked; false when nothing was done.
    bool markSelectedChecked();
    // -1 while the items could not be read.
    int openCount() const { return m_openCount; }

    ReviewListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QPushButton *checkButton() const { return m_check; }
    MessageLabel *message() const { return m_message; }

signals:
    void studentActivated(qint64 studentId);
    void openCountChanged(int count);

private:
    // One student's flags, with the student's name and class.
    Result<QList<PendingReview>> studentItems() const;

    Session m_session;
    qint64 m_studentId = 0;
    int m_openCount = 0;
    QLabel *m_intro = nullptr;
    ReviewListModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_check = nullptr;
    MessageLabel *m_message = nullptr;
};

} // namespace rr
