#pragma once
// How many students have each kind of need, as labelled bars. A student with
// several needs counts under each.
#include "students/Student.h"

#include <QWidget>

class QGridLayout;
class QLabel;

namespace rr {

class NeedBreakdown final : public QWidget {
    Q_OBJECT
public:
    explicit NeedBreakdown(QWidget *parent = nullptr);
    void setStudents(const QList<StudentSummary> &students);
    int rowCount() const { return m_rows; }

private:
    QGridLayout *m_grid = nullptr;
    QLabel *m_empty = nullptr;
    int m_rows = 0;
};

} // namespace rr
