#pragma once
// Combo boxes over the fixed vocabularies (domains, roles, scales …): the
// translated label shown, the enum value kept as the item's data.
#include <QComboBox>
#include <QList>

namespace rr {

template <typename E, typename Label>
void fillEnumCombo(QComboBox *combo, const QList<E> &values, Label label)
{
    for (E value : values)
        combo->addItem(label(value), int(value));
}

template <typename E>
E enumComboValue(const QComboBox *combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

template <typename E>
void setEnumComboValue(QComboBox *combo, E value)
{
    const int index = combo->findData(int(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace rr
