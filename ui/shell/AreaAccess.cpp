#include "shell/AreaAccess.h"

#include "security/Policy.h"

namespace rr {

bool mayUseArea(const Principal &principal, Area area)
{
    const Policy policy(principal);
    switch (area) {
    // Everyone has the overview (it reads through the same filters) and the
    // printing page (a form of a student outside one's classes is refused by core).
    case Area::Overview:
    case Area::Printing: return true;
    case Area::Students: return policy.mayRead(DataArea::Students);
    case Area::Ieps: return policy.mayRead(DataArea::Ieps);
    case Area::Training: return policy.mayRead(DataArea::Training);
    case Area::ResourceRoom: return policy.mayRead(DataArea::Rooms);
    case Area::Equipment: return policy.mayRead(DataArea::Ledger);
    case Area::FamilyContact: return policy.mayRead(DataArea::FamilyContacts);
    case Area::SchoolArchive: return policy.mayRead(DataArea::SchoolWork);
    // Nothing on the settings page is for an account that may change none of it.
    case Area::Settings: return policy.mayWrite(DataArea::Settings) || policy.mayWrite(DataArea::Accounts);
    }
    return false;
}

} // namespace rr
