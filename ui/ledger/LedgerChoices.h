#pragma once
// What the ledger's screens pick from: rooms, serving staff, categories, item
// conditions; the person acting (the current user); amounts in yuan. The
// lists are read from core; a failed read is returned, never an empty list.
#include "common/Result.h"
#include "ledger/LedgerCategory.h"
#include "ledger/LedgerItem.h"

#include <QHash>
#include <QString>
#include <memory>

class QComboBox;
class QLineEdit;
class QWidget;

namespace rr {

class Database;

// `noneLabel` is the first entry (data 0) when given: "(no room)", "All rooms".
Result<void> fillRoomChoices(QComboBox *combo, const std::shared_ptr<Database> &db, const QString &noneLabel);
// Serving staff, by name; `noneLabel` as above.
Result<void> fillStaffChoices(QComboBox *combo, const std::shared_ptr<Database> &db, const QString &noneLabel);
Result<void> fillCategoryChoices(QComboBox *combo, const std::shared_ptr<Database> &db, const QString &noneLabel);
void fillConditionChoices(QComboBox *combo, const QString &noneLabel);
void selectData(QComboBox *combo, qint64 value);

// The current user's name, the default "who" of every ledger action.
QString currentPersonName(const std::shared_ptr<Database> &db);

// A money field: empty or yuan ("12.50"). `cents` is -1 when left empty.
QLineEdit *makeYuanEdit(QWidget *parent);
bool readYuan(const QLineEdit *edit, qint64 *cents, QString *problem);
QString yuanText(qint64 cents);   // "" for -1

} // namespace rr
