#pragma once
// Edits a student's guardians as a small table: name, relation, phone,
// education (文化程度), employer and occupation, address, and whether this is
// the contact person.
#include "students/Student.h"

#include <QWidget>

class QTableWidget;

namespace rr {

class GuardianEditor final : public QWidget {
    Q_OBJECT
public:
    enum Column { Name, Relation, Phone, Education, Occupation, Address, Contact, ColumnCount };

    explicit GuardianEditor(QWidget *parent = nullptr);
    void setGuardians(const QList<Guardian> &guardians);
    QList<Guardian> guardians() const;   // rows without a name are left out
    void addGuardian(const Guardian &guardian = {});
    QTableWidget *table() const { return m_table; }

private:
    QTableWidget *m_table = nullptr;
};

} // namespace rr
