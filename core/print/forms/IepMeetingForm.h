#pragma once
// IEP研讨记录: the record of the meeting where the team agreed on a student's
// IEP — date, place, who took part, the discussion, what was decided, and
// the participants' signatures. Archived with the plan.
#include "print/FormRegistry.h"

namespace rr {

// Same request and errors as the IEP form (requestedIep).
Result<FormDocument> buildIepMeetingForm(const FormContext &context);

} // namespace rr
