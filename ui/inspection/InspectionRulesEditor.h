#pragma once
// What a training record inspection checks and how strictly (the school's
// InspectionRules): each rule on or off with its number. Saved in the data
// file's settings, so the next inspection uses the same rules.
#include "inspection/InspectionRules.h"

#include <QGroupBox>

class QCheckBox;
class QSpinBox;

namespace rr {

class InspectionRulesEditor final : public QGroupBox {
    Q_OBJECT
public:
    explicit InspectionRulesEditor(QWidget *parent = nullptr);

    void setRules(const InspectionRules &rules);
    InspectionRules rules() const;

    QCheckBox *weeklyCheck() const { return m_weekly; }
    QSpinBox *perWeekSpin() const { return m_perWeek; }
    QCheckBox *counsellingCheck() const { return m_counselling; }
    QSpinBox *perMonthSpin() const { return m_perMonth; }
    QCheckBox *fieldsCheck() const { return m_fields; }
    QCheckBox *signedCheck() const { return m_signed; }
    QSpinBox *signDaysSpin() const { return m_signDays; }
    QCheckBox *minutesCheck() const { return m_minutes; }
    QSpinBox *percentSpin() const { return m_percent; }
    QCheckBox *unrecordedCheck() const { return m_unrecorded; }
    QSpinBox *fixDaysSpin() const { return m_fixDays; }

signals:
    void changed();

private:
    void updateEnabled();

    QCheckBox *m_weekly = nullptr;
    QSpinBox *m_perWeek = nullptr;
    QCheckBox *m_counselling = nullptr;
    QSpinBox *m_perMonth = nullptr;
    QCheckBox *m_fields = nullptr;
    QCheckBox *m_signed = nullptr;
    QSpinBox *m_signDays = nullptr;
    QCheckBox *m_minutes = nullptr;
    QSpinBox *m_percent = nullptr;
    QCheckBox *m_unrecorded = nullptr;
    QSpinBox *m_fixDays = nullptr;
};

} // namespace rr
