#pragma once
// Archive completeness of all students (students × the ten items) for the
// current school year, sortable by the number of missing items.
#include "shell/Session.h"

#include "archive/ArchiveCompleteness.h"

#include <QSet>
#include <QWidget>
#include <optional>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace rr {

class CompletenessModel;

class CompletenessView final : public QWidget {
    Q_OBJECT
public:
    explicit CompletenessView(Session session, QWidget *parent = nullptr);
    // A failed read leaves the view empty with the message in its summary
    // line, and is returned for the page to report.
    Result<void> reload();
    // Only these students (the roster's filter); all when not set.
    void setVisibleStudents(std::optional<QSet<qint64>> ids);
    CompletenessModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

signals:
    void studentActivated(qint64 studentId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void fitColumns();

    Session m_session;
    int m_schoolYear = 0;
    std::optional<Error> m_failure;   // the last reload's, shown instead of a count
    QList<StudentArchiveStatus> m_all;
    std::optional<QSet<qint64>> m_visible;
    QLabel *m_summary = nullptr;
    CompletenessModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    bool m_columnsStale = false;   // the statuses changed while the view was hidden
};

} // namespace rr
