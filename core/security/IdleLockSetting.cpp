#include "security/IdleLockSetting.h"

#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kKey = u"security.lock_minutes"_s;
}

Result<int> idleLockMinutes(const std::shared_ptr<Database> &db)
{
    auto text = SettingsRepository(db).value(kKey, QString::number(kDefaultLockMinutes));
    if (!text)
        return text.error();
    bool ok = false;
    const int minutes = text->toInt(&ok);
    // A value from outside (a hand-edited file) falls back to the default.
    return ok && minutes >= kMinLockMinutes && minutes <= kMaxLockMinutes ? minutes : kDefaultLockMinutes;
}

Result<void> setIdleLockMinutes(const std::shared_ptr<Database> &db, int minutes)
{
    if (minutes < kMinLockMinutes || minutes > kMaxLockMinutes)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Accounts", "The lock comes after %1 to %2 idle minutes.")
                             .arg(kMinLockMinutes)
                             .arg(kMaxLockMinutes));
    return SettingsRepository(db).setValue(kKey, QString::number(minutes));
}

} // namespace rr
