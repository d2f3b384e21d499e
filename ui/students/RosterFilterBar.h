#pragma once
// The roster's filter bar: grade, class, need, LRC status and placement
// combos and a search box for a name or its pinyin initials.
#include "roster/Roster.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace rr {

class RosterFilterBar final : public QWidget {
    Q_OBJECT
public:
    explicit RosterFilterBar(QWidget *parent = nullptr);

    // Offers the grades and classes found in the roster; keeps the choice.
    void setRoster(const QList<RosterEntry> &roster);
    RosterFilter filter() const;

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *gradeCombo() const { return m_grade; }
    QComboBox *classCombo() const { return m_class; }
    QComboBox *needCombo() const { return m_need; }
    QComboBox *lrcCombo() const { return m_lrc; }
    QComboBox *placementCombo() const { return m_placement; }

signals:
    void filterChanged();

private:
    static void refill(QComboBox *combo, const QString &allText, const QList<QPair<QString, QVariant>> &items);

    QComboBox *m_grade = nullptr;
    QComboBox *m_class = nullptr;
    QComboBox *m_need = nullptr;
    QComboBox *m_lrc = nullptr;
    QComboBox *m_placement = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace rr
