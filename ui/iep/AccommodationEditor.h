#pragma once
// The accommodations tab (调整): one box per kind — in class (课堂), homework
// (作业), exams (考试) — with one accommodation per line.
#include "iep/Iep.h"

#include <QWidget>

class QPlainTextEdit;

namespace rr {

class AccommodationEditor final : public QWidget {
    Q_OBJECT
public:
    explicit AccommodationEditor(QWidget *parent = nullptr);

    void setAccommodations(const QList<IepAccommodation> &accommodations);
    QList<IepAccommodation> accommodations() const;   // by kind, in line order
    void setEditable(bool editable);
    QPlainTextEdit *editFor(AccommodationKind kind) const;

signals:
    void changed();

private:
    QList<std::pair<AccommodationKind, QPlainTextEdit *>> m_edits;
};

} // namespace rr
