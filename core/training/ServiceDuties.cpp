#include "training/ServiceDuties.h"

namespace rr {

bool isWeeklyService(ServiceType service)
{
    return service != ServiceType::Counselling && service != ServiceType::Other;
}

bool isMonthlyService(ServiceType service)
{
    return service == ServiceType::Counselling;
}

} // namespace rr
