#include "students/RosterFilterBar.h"

#include "calendar/ChineseDate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

RosterFilterBar::RosterFilterBar(QWidget *parent) : QWidget(parent)
{
    auto makeCombo = [this](const QString &name) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &RosterFilterBar::filterChanged);
        return combo;
    };
    m_grade = makeCombo(u"filterGrade"_s);
    m_class = makeCombo(u"filterClass"_s);
    m_need = makeCombo(u"filterNeed"_s);
    m_lrc = makeCombo(u"filterLrc"_s);
    m_placement = makeCombo(u"filterPlacement"_s);

    QList<QPair<QString, QVariant>> needs;
    for (NeedCategory category : allNeedCategories())
        needs.append({needLabel(category), int(category)});
    refill(m_need, tr("All needs"), needs);
    QList<QPair<QString, QVariant>> states;
    for (LrcState state : {LrcState::None, LrcState::Applied, LrcState::SchoolOpinion, LrcState::Reported,
                           LrcState::Confirmed, LrcState::NotConfirmed, LrcState::Revoked})
        states.append({lrcStateLabel(state), int(state)});
    refill(m_lrc, tr("All LRC states"), states);
    QList<QPair<QString, QVariant>> placements;
    for (Placement p : {Placement::RegularClass, Placement::SpecialClass, Placement::HomeDelivery})
        placements.append({placementLabel(p), int(p)});
    refill(m_placement, tr("All placements"), placements);
    refill(m_grade, tr("All grades"), {});
    refill(m_class, tr("All classes"), {});

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"studentSearch"_s);
    m_search->setPlaceholderText(tr("Name or pinyin initials"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    connect(m_search, &QLineEdit::textChanged, this, &RosterFilterBar::filterChanged);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_grade);
    layout->addWidget(m_class);
    layout->addWidget(m_need);
    layout->addWidget(m_lrc);
    layout->addWidget(m_placement);
    // Tab follows the bar from left to right: the search box comes first.
    setTabOrder(m_search, m_grade);
    setTabOrder(m_grade, m_class);
    setTabOrder(m_class, m_need);
    setTabOrder(m_need, m_lrc);
    setTabOrder(m_lrc, m_placement);
}

void RosterFilterBar::refill(QComboBox *combo, const QString &allText, const QList<QPair<QString, QVariant>> &items)
{
    const QVariant current = combo->currentData();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText);
    for (const auto &[text, value] : items)
        combo->addItem(text, value);
    const int index = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(qMax(0, index));
}

void RosterFilterBar::setRoster(const QList<RosterEntry> &roster)
{
    QList<int> grades;
    QStringList classes;
    for (const RosterEntry &entry : roster) {
        if (entry.student.grade > 0 && !grades.contains(entry.student.grade))
            grades.append(entry.student.grade);
        if (!entry.student.className.isEmpty() && !classes.contains(entry.student.className))
            classes.append(entry.student.className);
    }
    std::sort(grades.begin(), grades.end());
    std::sort(classes.begin(), classes.end(), [](const QString &a, const QString &b) {
        return a.size() != b.size() ? a.size() < b.size() : a < b;   // 2班 before 10班
    });
    QList<QPair<QString, QVariant>> gradeItems;
    for (int grade : std::as_const(grades))
        gradeItems.append({chineseGrade(grade), grade});
    refill(m_grade, tr("All grades"), gradeItems);
    QList<QPair<QString, QVariant>> classItems;
    for (const QString &name : std::as_const(classes))
        classItems.append({name, name});
    refill(m_class, tr("All classes"), classItems);
}

RosterFilter RosterFilterBar::filter() const
{
    RosterFilter f;
    f.grade = m_grade->currentData().toInt();
    f.className = m_class->currentData().toString();
    if (m_need->currentData().isValid())
        f.need = NeedCategory(m_need->currentData().toInt());
    if (m_lrc->currentData().isValid())
        f.lrcState = LrcState(m_lrc->currentData().toInt());
    if (m_placement->currentData().isValid())
        f.placement = Placement(m_placement->currentData().toInt());
    f.query = m_search->text().trimmed();
    return f;
}

} // namespace rr
