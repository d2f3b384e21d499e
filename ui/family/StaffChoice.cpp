#include "family/StaffChoice.h"

#include "school/CurrentUser.h"
#include "staff/StaffRepository.h"

#include <QComboBox>
#include <QCoreApplication>
#include <algorithm>

namespace rr {

Result<void> fillStaffCombo(QComboBox *combo, const Session &session, qint64 selected)
{
    const auto staff = StaffRepository(session.db).all();
    if (!staff)
        return staff.error();
    combo->clear();
    combo->addItem(QCoreApplication::translate("rr::FamilyUi", "(not given)"), qint64(0));
    for (const StaffMember &m : *staff)
        if (!m.isRetired() || m.id == selected)
            combo->addItem(m.name, m.id);
    qint64 choose = selected;
    if (choose == 0) {
        // A new record is the work of whoever is at the keyboard.
        const auto current = CurrentUser(session.db).id();
        if (!current)
            return current.error();
        choose = *current;
    }
    combo->setCurrentIndex(std::max(0, combo->findData(choose)));
    return {};
}

} // namespace rr
