#pragma once
// 资源教室使用登记表: every use of one room over a date range on landscape A4 —
// the training sessions read from their records and the other uses entered
// by hand (visits, parent training, meetings) — with date, time, who, what
// for, how many and which students, the teaching aids used. The room's rule
// "记录每次使用的教学用具和学生人数、姓名" is kept on this sheet.
//
// Also the request helpers the resource-room forms share.
#include "print/FormRegistry.h"
#include "rooms/Room.h"

#include <utility>

namespace rr {

// The room of context.request: InvalidInput without a data file or a room,
// NotFound for an unknown number.
Result<Room> requestedRoom(const FormContext &context);

// The date range of context.request, or [defaultFrom, defaultTo] when none
// is given; InvalidInput when only one end is given or they are out of order.
Result<std::pair<QDate, QDate>> requestedPeriod(const FormContext &context, const QDate &defaultFrom, const QDate &defaultTo);

// 2026年9月1日至2026年11月22日, or 2026年11月 for a whole calendar month.
QString periodChinese(const QDate &from, const QDate &to);

// The current semester's first day to today (the semester's last day once
// it is over); the last 30 days without a semester.
Result<std::pair<QDate, QDate>> semesterSoFar(const FormContext &context);

// context.request: roomId, and from/to (default: defaultFormPeriod, the semester so far or the latest with records).
Result<FormDocument> buildRoomUsageForm(const FormContext &context);

} // namespace rr
