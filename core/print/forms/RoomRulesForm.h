#pragma once
// The rules poster of a room (管理制度): the room's name and 管理制度 as the
// title, the rules numbered below in large type, the school at the foot —
// one A4 page to put on the wall. The type shrinks until every rule fits.
#include "print/FormRegistry.h"

namespace rr {

// context.request.roomId names the room.
Result<FormDocument> buildRoomRulesForm(const FormContext &context);

} // namespace rr
