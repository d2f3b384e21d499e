#include "security/Policy.h"

#include "common/ListText.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace rr {

using namespace Qt::Literals::StringLiterals;

namespace {

// Actions every account takes for itself, whatever its roles: naming who is
// at the keyboard, noting that a backup was made (the automatic backup on
// exit runs for a 查阅 account too), and entries of the audit trail ("audit.…",
// e.g. that a sensitive record was read: the trail is only ever appended to).
// What every account does for itself. Signing in counts failed attempts (the
// growing delay) and recovering runs before anyone is signed in, and the idle
// lock counts a 班主任's wrong password too; changing a password is one's own
// (AccountRepository refuses anyone else's but an administrator's); a logged
// read (access.…) is written for whoever reads, a 查阅 account included.
bool isSelfService(const QString &kind)
{
    return kind == u"user.current"_s || kind == u"backup.made"_s || kind.startsWith(u"audit.") || kind.startsWith(u"access.")
           || kind == u"account.signin"_s || kind == u"account.recover"_s || kind == u"account.password"_s;
}

bool startsWithAny(const QString &kind, std::initializer_list<QStringView> prefixes)
{
    for (QStringView prefix : prefixes)
        if (kind.startsWith(prefix))
            return true;
    return false;
}

// What one role may change; `kind` empty asks whether anything in the area is allowed.
bool roleMayWrite(AccountRole role, DataArea area, const QString &kind)
{
    switch (role) {
    case AccountRole::Admin:
        // Counselling notes are withheld from an administrator: a change
        // made without seeing them would overwrite them.
        return area != DataArea::Counselling;
    case AccountRole::ResourceTeacher: return area != DataArea::Accounts;
    case AccountRole::HeadTeacher:
        return area == DataArea::FamilyContacts && (kind.isEmpty() || kind == u"family.contact.add"_s);
    case AccountRole::Itinerant:
        return area == DataArea::Guidance && (kind.isEmpty() || kind == u"guidance.add"_s || kind == u"guidance.update"_s);
    case AccountRole::Counsellor: return area == DataArea::Counselling;
    case AccountRole::Viewer: return false;
    }
    return false;
}

bool roleMayRead(AccountRole role, DataArea area)
{
    switch (role) {
    case AccountRole::Admin: return true;
    case AccountRole::ResourceTeacher: return area != DataArea::Accounts;
    case AccountRole::HeadTeacher: return area == DataArea::Students || area == DataArea::FamilyContacts;
    case AccountRole::Itinerant:
    case AccountRole::Viewer: return area != DataArea::Accounts && area != DataArea::Counselling;
    case AccountRole::Counsellor:
        return area == DataArea::Students || area == DataArea::FamilyContacts || area == DataArea::Counselling;
    }
    return false;
}

// What a refused role may not do, to end the sentence "This account (…) may not …".
QString refusedWhat(DataArea area)
{
    switch (area) {
    case DataArea::Students: return QCoreApplication::translate("rr::Policy", "change student records");
    case DataArea::Ieps: return QCoreApplication::translate("rr::Policy", "change IEPs or assessments");
    case DataArea::Training: return QCoreApplication::translate("rr::Policy", "change training plans, training records or the timetable");
    case DataArea::Rooms: return QCoreApplication::translate("rr::Policy", "change the rooms or their rules");
    case DataArea::Ledger: return QCoreApplication::translate("rr::Policy", "change the equipment ledger");
    case DataArea::FamilyContacts: return QCoreApplication::translate("rr::Policy", "change or remove family contact records");
    case DataArea::Counselling: return QCoreApplication::translate("rr::Policy", "change counselling records");
    case DataArea::Guidance: return QCoreApplication::translate("rr::Policy", "change guidance visit records");
    case DataArea::SchoolWork: return QCoreApplication::translate("rr::Policy", "change the school's archive");
    case DataArea::Settings: return QCoreApplication::translate("rr::Policy", "change the settings, the calendar or the staff list");
    case DataArea::Accounts: return QCoreApplication::translate("rr::Policy", "manage accounts");
    }
    return {};
}

} // namespace

DataArea dataAreaOfAction(const QString &kind)
{
    if (startsWithAny(kind, {u"student.", u"roster.", u"lrc.", u"attachment."}))
        return DataArea::Students;
    if (startsWithAny(kind, {u"iep.", u"assessment.", u"goalbank."}))
        return DataArea::Ieps;
    if (startsWithAny(kind, {u"plan.", u"training.", u"timetable.", u"usage.", u"inspection."}))
        return DataArea::Training;
    if (kind.startsWith(u"room."))
        return DataArea::Rooms;
    if (kind.startsWith(u"ledger."))
        return DataArea::Ledger;
    if (kind.startsWith(u"family.contact."))
        return DataArea::FamilyContacts;
    if (kind.startsWith(u"family.counselling."))
        return DataArea::Counselling;
    if (kind.startsWith(u"guidance."))
        return DataArea::Guidance;
    if (startsWithAny(kind, {u"activity.", u"contact.", u"group.", u"funding.", u"school-document."}))
        return DataArea::SchoolWork;
    if (kind.startsWith(u"account."))
        return DataArea::Accounts;
    // settings., school., calendar., semester., staff., backup., family.settings,
    // user.current, demo., bench.: the school's own set-up.
    return DataArea::Settings;
}

DataArea dataAreaOfForm(const QString &formId)
{
    static const QHash<QString, DataArea> areas = {
        {u"student-info"_s, DataArea::Students},      {u"lrc-application"_s, DataArea::Students},
        {u"family-history"_s, DataArea::Students},    {u"roster"_s, DataArea::Students},
        {u"iep"_s, DataArea::Ieps},                   {u"iep-meeting"_s, DataArea::Ieps},
        {u"progress"_s, DataArea::Ieps},              {u"assessment-summary"_s, DataArea::Ieps},
        {u"training-record"_s, DataArea::Training},   {u"timetable"_s, DataArea::Training},
        {u"inspection"_s, DataArea::Training},        {u"room-usage"_s, DataArea::Rooms},
        {u"room-rules"_s, DataArea::Rooms},           {u"home-visit"_s, DataArea::FamilyContacts},
        {u"contacts"_s, DataArea::FamilyContacts},    {u"counselling"_s, DataArea::Counselling},
        {u"guidance-visit"_s, DataArea::Guidance},    {u"ledger"_s, DataArea::Ledger},
        {u"loans"_s, DataArea::Ledger},               {u"maintenance"_s, DataArea::Ledger},
        {u"scrap"_s, DataArea::Ledger},               {u"stocktake"_s, DataArea::Ledger},
        {u"stocktake-report"_s, DataArea::Ledger},    {u"medicine"_s, DataArea::Ledger},
    };
    // research, inclusion, funding, leadership, school-archive-index and any form added later.
    return areas.value(formId, DataArea::SchoolWork);
}

Result<void> Policy::checkPrintForm(const QString &formId) const
{
    if (mayPrintForm(formId))
        return {};
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("rr::Policy", "This account (%1) may not print this form.").arg(rolesText()));
}

bool Policy::mayRead(DataArea area) const
{
    if (isOpen())
        return true;
    for (AccountRole role : m_principal.roles)
        if (roleMayRead(role, area))
            return true;
    return false;
}

bool Policy::mayWrite(DataArea area) const
{
    if (isOpen())
        return true;
    for (AccountRole role : m_principal.roles)
        if (roleMayWrite(role, area, {}))
            return true;
    return false;
}

bool Policy::mayWriteAction(const QString &kind) const
{
    if (isOpen() || isSelfService(kind))
        return true;
    const DataArea area = dataAreaOfAction(kind);
    for (AccountRole role : m_principal.roles)
        if (roleMayWrite(role, area, kind))
            return true;
    return false;
}

Result<void> Policy::checkWrite(const QString &kind) const
{
    if (mayWriteAction(kind))
        return {};
    return makeError(ErrorCode::Forbidden, QCoreApplication::translate("rr::Policy", "This account (%1) may not %2.")
                                               .arg(rolesText(), refusedWhat(dataAreaOfAction(kind))));
}

bool Policy::readsAllStudents() const
{
    if (isOpen())
        return true;
    for (AccountRole role : m_principal.roles)
        if (role != AccountRole::HeadTeacher)
            return true;
    return false;
}

bool Policy::maySeeCounsellingNotes(qint64 counsellorStaffId) const
{
    if (isOpen() || has(AccountRole::ResourceTeacher))
        return true;
    return has(AccountRole::Counsellor) && counsellorStaffId > 0 && counsellorStaffId == m_principal.staffId;
}

bool Policy::maySeeAnyCounsellingNotes() const
{
    return isOpen() || has(AccountRole::ResourceTeacher) || has(AccountRole::Counsellor);
}

Result<void> Policy::checkCounsellingChange(qint64 storedCounsellorId, qint64 newCounsellorId) const
{
    if (isOpen() || has(AccountRole::ResourceTeacher))
        return {};
    const qint64 self = m_principal.staffId;
    if (has(AccountRole::Counsellor) && self > 0 && (storedCounsellorId == 0 || storedCounsellorId == self)
        && newCounsellorId == self)
        return {};
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("rr::Policy", "This account (%1) may change only the counselling sessions its own "
                                                               "staff member holds, recorded under that name.")
                         .arg(rolesText()));
}

Error Policy::studentNotInScope(qint64 studentId)
{
    return makeError(ErrorCode::Forbidden,
                     QCoreApplication::translate("rr::Policy", "Student %1 is not in the classes this head teacher leads; "
                                                               "a head teacher's account sees only the students of their own classes.")
                         .arg(studentId));
}

QString Policy::rolesText() const
{
    QStringList labels;
    for (AccountRole role : m_principal.roles)
        labels.append(accountRoleLabel(role));
    if (labels.isEmpty())
        return QCoreApplication::translate("rr::Policy", "no role");
    return joinItems(labels);
}

} // namespace rr
