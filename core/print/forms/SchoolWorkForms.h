#pragma once
// The forms of the school's side of the archive, for the form registry.
#include "print/forms/FundingForm.h"
#include "print/forms/GuidanceVisitForm.h"
#include "print/forms/InclusionForm.h"
#include "print/forms/LeadershipForm.h"
#include "print/forms/ResearchForm.h"
#include "print/forms/SchoolArchiveIndexForm.h"
