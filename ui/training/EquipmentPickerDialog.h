#pragma once
// Picks the equipment of a training record from the ledger: every item in
// service with its ledger number and room, the training room's own first,
// filtered as one types; the ticked ones are added to the record.
#include "training/LedgerEquipment.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace rr {

class EquipmentPickerDialog final : public QDialog {
    Q_OBJECT
public:
    EquipmentPickerDialog(const QList<EquipmentChoice> &choices, const QString &roomName, QWidget *parent = nullptr);

    QList<EquipmentChoice> selectedChoices() const;
    // Ticks the item (for keyboard users and tests); false when it is not listed.
    bool tick(qint64 itemId, bool ticked = true);
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    int visibleCount() const;

private:
    void applyFilter(const QString &text);

    QList<EquipmentChoice> m_choices;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace rr
