#include "ledger/LedgerChoices.h"

#include "common/Money.h"
#include "ledger/LedgerCategoryRepository.h"
#include "rooms/RoomRepository.h"
#include "school/CurrentUser.h"
#include "staff/StaffRepository.h"

#include <QCollator>
#include <QComboBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <algorithm>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
void startList(QComboBox *combo, const QString &noneLabel)
{
    combo->clear();
    if (!noneLabel.isEmpty())
        combo->addItem(noneLabel, qint64(0));
}
} // namespace

Result<void> fillRoomChoices(QComboBox *combo, const std::shared_ptr<Database> &db, const QString &noneLabel)
{
    startList(combo, noneLabel);
    auto rooms = RoomRepository(db).all();
    if (!rooms)
        return rooms.error();
    for (const Room &room : *rooms)
        combo->addItem(room.name, room.id);
    return {};
}

Result<void> fillStaffChoices(QComboBox *combo, const std::shared_ptr<Database> &db, const QString &noneLabel)
{
    startList(combo, noneLabel);
    auto staff = StaffRepository(db).all();
    if (!staff)
        return staff.error();
    QList<StaffMember> serving;
    for (const StaffMember &m : *staff)
        if (m.isActive())
            serving << m;
    QCollator collator(QLocale(QLocale::Chinese, QLocale::China));
    std::sort(serving.begin(), serving.end(),
              [&](const StaffMember &a, const StaffMember &b) { return collator.compare(a.name, b.name) < 0; });
    for (const StaffMember &m : serving)
        combo->addItem(m.name, m.id);
    return {};
}

Result<void> fillCategoryChoices(QComboBox *combo, const std::shared_ptr<Database> &db, const QString &noneLabel)
{
    startList(combo, noneLabel);
    auto categories = LedgerCategoryRepository(db).all();
    if (!categories)
        return categories.error();
    for (const LedgerCategory &c : *categories)
        combo->addItem(c.name, c.id);
    return {};
}

void fillConditionChoices(QComboBox *combo, const QString &noneLabel)
{
    combo->clear();
    if (!noneLabel.isEmpty())
        combo->addItem(noneLabel, -1);
    for (ItemCondition c : allItemConditions())
        combo->addItem(itemConditionLabel(c), int(c));
}

void selectData(QComboBox *combo, qint64 value)
{
    for (int i = 0; i < combo->count(); ++i)
        if (combo->itemData(i).toLongLong() == value) {
            combo->setCurrentIndex(i);
            return;
        }
}

QString currentPersonName(const std::shared_ptr<Database> &db)
{
    // Only a default for a field the teacher can change: a failed read leaves it empty, and core refuses an action without who.
    auto name = CurrentUser(db).name();
    return name ? name->trimmed() : QString();
}

QLineEdit *makeYuanEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setMaxLength(16);
    edit->setPlaceholderText(QCoreApplication::translate("rr::LedgerUi", "yuan, e.g. 1280.50"));
    return edit;
}

bool readYuan(const QLineEdit *edit, qint64 *cents, QString *problem)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        *cents = -1;
        return true;
    }
    const auto fen = parseYuan(text);
    if (!fen) {
        *problem = QCoreApplication::translate("rr::LedgerUi", "\"%1\" is no amount in yuan (e.g. 1280.50).").arg(text);
        return false;
    }
    *cents = *fen;
    return true;
}

QString yuanText(qint64 cents)
{
    return cents < 0 ? QString() : formatYuan(cents);
}

} // namespace rr
