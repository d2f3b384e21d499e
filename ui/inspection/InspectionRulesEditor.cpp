#include "inspection/InspectionRulesEditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

QSpinBox *makeSpin(const QString &name, int minimum, int maximum, const QString &suffix, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(minimum, maximum);
    spin->setSuffix(suffix);
    return spin;
}

} // namespace

InspectionRulesEditor::InspectionRulesEditor(QWidget *parent) : QGroupBox(tr("What is checked"), parent)
{
    setObjectName(u"inspectionRules"_s);
    m_weekly = new QCheckBox(tr("Training sessions per week"), this);
    m_weekly->setObjectName(u"ruleWeekly"_s);
    m_perWeek = makeSpin(u"rulePerWeek"_s, 1, 14, QString(), this);
    m_counselling = new QCheckBox(tr("One-to-one counselling per month"), this);
    m_counselling->setObjectName(u"ruleCounselling"_s);
    m_perMonth = makeSpin(u"rulePerMonth"_s, 1, 31, QString(), this);
    m_fields = new QCheckBox(tr("Records filled in (content, performance, results)"), this);
    m_fields->setObjectName(u"ruleFields"_s);
    m_signed = new QCheckBox(tr("Signed within (days, where the room sets none)"), this);
    m_signed->setObjectName(u"ruleSigned"_s);
    m_signDays = makeSpin(u"ruleSignDays"_s, 0, 60, QString(), this);
    m_minutes = new QCheckBox(tr("Minutes delivered, at least (% of the IEP)"), this);
    m_minutes->setObjectName(u"ruleMinutes"_s);
    m_percent = makeSpin(u"rulePercent"_s, 1, 100, u"%"_s, this);
    m_unrecorded = new QCheckBox(tr("Every timetabled session and room use recorded"), this);
    m_unrecorded->setObjectName(u"ruleUnrecorded"_s);
    m_fixDays = makeSpin(u"ruleFixDays"_s, 0, 60, QString(), this);

    auto *layout = new QGridLayout(this);
    layout->setColumnStretch(0, 1);
    int row = 0;
    for (auto [check, spin] : {std::pair<QCheckBox *, QSpinBox *>{m_weekly, m_perWeek}, {m_counselling, m_perMonth},
                               {m_fields, nullptr}, {m_signed, m_signDays}, {m_minutes, m_percent},
                               {m_unrecorded, nullptr}}) {
        layout->addWidget(check, row, 0);
        if (spin)
            layout->addWidget(spin, row, 1);
        connect(check, &QCheckBox::toggled, this, [this] {
            updateEnabled();
            emit changed();
        });
        ++row;
    }
    auto *fixLabel = new QLabel(tr("Corrections due within (days)"), this);
    layout->addWidget(fixLabel, row, 0);
    layout->addWidget(m_fixDays, row, 1);
    for (QSpinBox *spin : {m_perWeek, m_perMonth, m_signDays, m_percent, m_fixDays})
        connect(spin, &QSpinBox::valueChanged, this, &InspectionRulesEditor::changed);
    setRules(InspectionRules{});
}

void InspectionRulesEditor::setRules(const InspectionRules &r)
{
    const QSignalBlocker block(this);
    m_weekly->setChecked(r.weeklySessions);
    m_perWeek->setValue(r.sessionsPerWeek);
    m_counselling->setChecked(r.monthlyCounselling);
    m_perMonth->setValue(r.counsellingPerMonth);
    m_fields->setChecked(r.requiredFields);
    m_signed->setChecked(r.signedInTime);
    m_signDays->setValue(r.signWithinDays);
    m_minutes->setChecked(r.deliveredMinutes);
    m_percent->setValue(r.minutesPercent);
    m_unrecorded->setChecked(r.unrecordedUse);
    m_fixDays->setValue(r.fixWithinDays);
    updateEnabled();
}

InspectionRules InspectionRulesEditor::rules() const
{
    InspectionRules r;
    r.weeklySessions = m_weekly->isChecked();
    r.sessionsPerWeek = m_perWeek->value();
    r.monthlyCounselling = m_counselling->isChecked();
    r.counsellingPerMonth = m_perMonth->value();
    r.requiredFields = m_fields->isChecked();
    r.signedInTime = m_signed->isChecked();
    r.signWithinDays = m_signDays->value();
    r.deliveredMinutes = m_minutes->isChecked();
    r.minutesPercent = m_percent->value();
    r.unrecordedUse = m_unrecorded->isChecked();
    r.fixWithinDays = m_fixDays->value();
    return r;
}

void InspectionRulesEditor::updateEnabled()
{
    m_perWeek->setEnabled(m_weekly->isChecked());
    m_perMonth->setEnabled(m_counselling->isChecked());
    m_signDays->setEnabled(m_signed->isChecked());
    m_percent->setEnabled(m_minutes->isChecked());
}

} // namespace rr
