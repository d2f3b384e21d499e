#include "demo/DemoAccounts.h"

#include "security/AccountRepository.h"
#include "security/PasswordHash.h"
#include "security/SignIn.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace rr {

using namespace Qt::Literals::StringLiterals;

QList<DemoAccount> demoAccounts()
{
    return {
        {u"admin"_s, u"何志强"_s, AccountRole::Admin},             // 分管副校长
        {u"resource"_s, u"马晓燕"_s, AccountRole::ResourceTeacher}, // 专职资源教师
        {u"head"_s, u"王丽"_s, AccountRole::HeadTeacher},           // 三年级一班、二班的班主任
        {u"itinerant"_s, u"周敏"_s, AccountRole::Itinerant},       // 市特殊教育资源中心
        {u"counsellor"_s, u"孙静"_s, AccountRole::Counsellor},      // 兼心理辅导
        {u"viewer"_s, u"杨帆"_s, AccountRole::Viewer},              // 查阅，如迎检
    };
}

QString demoResourceTeacherUserName()
{
    return u"resource"_s;
}

Result<void> addDemoAccounts(Transaction &tx, const QHash<QString, qint64> &staffIds)
{
    if (auto protectedFile = AccountRepository::setProtection(tx, true, {}); !protectedFile)
        return protectedFile;
    // One hash for every demo account: Argon2id is slow by design.
    const QString hash = demoPasswordHash();
    for (const DemoAccount &demo : demoAccounts()) {
        Account account;
        account.userName = demo.userName;
        account.staffId = staffIds.value(demo.staffName);
        account.roles = {demo.role};
        if (auto id = AccountRepository::add(tx, account, hash); !id)
            return id.error();
    }
    return {};
}

Result<Principal> signInDemoResourceTeacher(const std::shared_ptr<Database> &db)
{
    auto account = AccountRepository(db).findByName(demoResourceTeacherUserName());
    if (!account)
        return account.error();
    if (!*account)
        return makeError(ErrorCode::NotFound, QCoreApplication::translate("rr::Demo", "This is no demo school."));
    const Principal principal = SignIn::principalOf(**account);
    db->setPrincipal(principal);
    return principal;
}

} // namespace rr
