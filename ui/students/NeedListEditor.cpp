#include "students/NeedListEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rr {

using namespace Qt::Literals::StringLiterals;

NeedListEditor::NeedListEditor(QWidget *parent) : QWidget(parent)
{
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *add = new QPushButton(tr("Add need"), this);
    add->setObjectName(u"addNeed"_s);
    connect(add, &QPushButton::clicked, this, [this] { addNeed(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(add, 0, Qt::AlignLeft);
}

void NeedListEditor::setNeeds(const QList<Need> &needs)
{
    for (const Row &row : std::as_const(m_rows))
        delete row.widget;
    m_rows.clear();
    for (const Need &need : needs)
        addNeed(need);
    emit changed();
}

void NeedListEditor::addNeed(const Need &need)
{
    Row row;
    row.widget = new QWidget(this);
    row.category = new QComboBox(row.widget);
    for (NeedCategory category : allNeedCategories())
        row.category->addItem(needLabel(category), int(category));
    row.category->setCurrentIndex(qMax(0, row.category->findData(int(need.category))));
    row.grade = new QComboBox(row.widget);
    row.grade->addItem(tr("No grade"), 0);
    for (int grade = 1; grade <= 4; ++grade)
        row.grade->addItem(gradeChinese(grade), grade);
    row.grade->setCurrentIndex(qMax(0, row.grade->findData(need.grade)));
    row.note = new QLineEdit(need.note, row.widget);
    row.note->setPlaceholderText(tr("Note"));
    auto *remove = new QPushButton(tr("Remove"), row.widget);

    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(row.category);
    layout->addWidget(row.grade);
    layout->addWidget(row.note, 1);
    layout->addWidget(remove);
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    updateGrade(row);

    connect(row.category, &QComboBox::currentIndexChanged, this, [this, row] {
        updateGrade(row);
        emit changed();
    });
    connect(row.grade, &QComboBox::currentIndexChanged, this, &NeedListEditor::changed);
    QWidget *rowWidget = row.widget;
    connect(remove, &QPushButton::clicked, this, [this, rowWidget] { removeRow(rowWidget); });
    emit changed();
}

void NeedListEditor::updateGrade(const Row &row)
{
    const bool standard = isStandardCategory(NeedCategory(row.category->currentData().toInt()));
    row.grade->setEnabled(standard);
    if (!standard)
        row.grade->setCurrentIndex(0);
}

void NeedListEditor::removeRow(QWidget *rowWidget)
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).widget == rowWidget) {
            m_rows.removeAt(i);
            rowWidget->deleteLater();
            emit changed();
            return;
        }
}

QList<Need> NeedListEditor::needs() const
{
    QList<Need> list;
    for (const Row &row : m_rows) {
        Need need;
        need.category = NeedCategory(row.category->currentData().toInt());
        need.grade = isStandardCategory(need.category) ? row.grade->currentData().toInt() : 0;
        need.note = row.note->text().trimmed();
        list.append(need);
    }
    return list;
}

} // namespace rr
