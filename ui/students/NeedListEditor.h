#pragma once
// Edits a student's needs: one row per need with a category combo, a grade
// combo (一级–四级, only for GB/T 26341 categories), a note and a remove button.
#include "students/Need.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QVBoxLayout;

namespace rr {

class NeedListEditor final : public QWidget {
    Q_OBJECT
public:
    explicit NeedListEditor(QWidget *parent = nullptr);

    void setNeeds(const QList<Need> &needs);
    QList<Need> needs() const;
    void addNeed(const Need &need = {});
    int rowCount() const { return int(m_rows.size()); }
    QComboBox *categoryCombo(int row) const { return m_rows.at(row).category; }
    QComboBox *gradeCombo(int row) const { return m_rows.at(row).grade; }

signals:
    void changed();

private:
    struct Row {
        QWidget *widget = nullptr;
        QComboBox *category = nullptr;
        QComboBox *grade = nullptr;
        QLineEdit *note = nullptr;
    };
    void removeRow(QWidget *rowWidget);
    static void updateGrade(const Row &row);

    QVBoxLayout *m_rowsLayout = nullptr;
    QList<Row> m_rows;
};

} // namespace rr
