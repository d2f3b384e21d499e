#pragma once
// 个别化训练记录表 (seed 003): the record of one training session, or one
// student's records of a month (or any date range), on portrait A4 — date,
// time, room, instructor, attendance, arrival, departure and handover, the
// IEP objectives worked on with the data taken, content, method, equipment,
// performance, results, problems, next steps, the signature and its date.
// A signed record's corrections are listed under 更正记录 (date, author,
// reason, what changed), so the paper shows its history.
#include "print/FormRegistry.h"

namespace rr {

// context.request: sessionId for one record; otherwise studentId with
// from/to (default: the month of the student's latest record, defaultFormPeriod).
Result<FormDocument> buildTrainingRecordForm(const FormContext &context);

} // namespace rr
