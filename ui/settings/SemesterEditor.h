#pragma once
// The fields of one semester: name, kind, first and last day. Used by the
// first-run dialog and by "Add semester".
#include "calendar/Semester.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rr {

class SemesterEditor final : public QWidget {
    Q_OBJECT
public:
    explicit SemesterEditor(QWidget *parent = nullptr);

    void setSemester(const Semester &semester);
    Semester semester() const;   // schoolYear follows from kind and start

    QLineEdit *nameEdit() const { return m_name; }
    QDateEdit *startEdit() const { return m_start; }
    QDateEdit *endEdit() const { return m_end; }

    static QString kindLabel(SemesterKind kind);

private:
    void updateWeeks();

    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_start = nullptr;
    QDateEdit *m_end = nullptr;
    QLabel *m_weeks = nullptr;
};

} // namespace rr
