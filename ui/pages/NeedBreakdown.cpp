#include "pages/NeedBreakdown.h"

#include <QGridLayout>
#include <QLabel>
#include <QMap>
#include <QProgressBar>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

NeedBreakdown::NeedBreakdown(QWidget *parent) : QWidget(parent)
{
    m_empty = new QLabel(tr("No students recorded yet."), this);
    m_empty->setForegroundRole(QPalette::PlaceholderText);

    auto *rows = new QWidget(this);
    m_grid = new QGridLayout(rows);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(rows);
    layout->addStretch(1);
}

void NeedBreakdown::setStudents(const QList<StudentSummary> &students)
{
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }

    QMap<int, int> counts;   // by NeedCategory, in the standard's order
    int withoutNeed = 0;
    for (const StudentSummary &s : students) {
        if (s.needs.isEmpty())
            ++withoutNeed;
        QList<NeedCategory> seen;
        for (const Need &need : s.needs)
            if (!seen.contains(need.category)) {
                seen.append(need.category);
                ++counts[int(need.category)];
            }
    }
    int most = withoutNeed;
    for (int n : std::as_const(counts))
        most = qMax(most, n);

    m_rows = 0;
    auto addRow = [&](const QString &label, int count) {
        auto *name = new QLabel(label);
        auto *bar = new QProgressBar;
        bar->setRange(0, qMax(1, most));
        bar->setValue(count);
        bar->setTextVisible(false);
        bar->setFixedHeight(10);
        auto *number = new QLabel(QString::number(count));
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        number->setMinimumWidth(number->fontMetrics().horizontalAdvance(u"000"_s));
        m_grid->addWidget(name, m_rows, 0);
        m_grid->addWidget(bar, m_rows, 1);
        m_grid->addWidget(number, m_rows, 2);
        ++m_rows;
    };
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        addRow(needLabel(NeedCategory(it.key())), it.value());
    if (withoutNeed > 0)
        addRow(tr("No need recorded"), withoutNeed);
    m_empty->setVisible(students.isEmpty());
}

} // namespace rr
