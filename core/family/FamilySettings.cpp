#include "family/FamilySettings.h"

#include "school/SettingsRepository.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kKey = u"family.contactsPerMonth"_s;
}

Result<int> loadContactsPerMonth(const SqlExecutor &sql)
{
    auto text = SettingsRepository::value(sql, kKey, QString::number(kDefaultContactsPerMonth));
    if (!text)
        return text.error();
    bool ok = false;
    const int n = text->toInt(&ok);
    // A value written by hand outside the range falls back to the default, never to "off".
    return ok && n >= 0 && n <= kMaxContactsPerMonth ? n : kDefaultContactsPerMonth;
}

Result<void> saveContactsPerMonth(const std::shared_ptr<Database> &db, int perMonth)
{
    if (perMonth < 0 || perMonth > kMaxContactsPerMonth)
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate("rr::Family", "Contacts per month must be between 0 and %1.").arg(kMaxContactsPerMonth));
    return db->write({u"family.settings"_s, u"family contact rule changed"_s},
                     [&](Transaction &tx) { return SettingsRepository::setValue(tx, kKey, QString::number(perMonth)); });
}

} // namespace rr
