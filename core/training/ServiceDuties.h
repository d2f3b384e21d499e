#pragma once
// How often each IEP service must be delivered, as the inspection and the
// Today page read it (seed 003): individual tutoring and training once a
// week (个别辅导原则上每周一次), counselling one-to-one once a month
// (每月进行一次"一对一"心理咨询). "Other" services have no set frequency.
#include "iep/IepVocabulary.h"

namespace rr {

bool isWeeklyService(ServiceType service);     // every service but counselling and other
bool isMonthlyService(ServiceType service);    // counselling

} // namespace rr
