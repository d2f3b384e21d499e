#pragma once
// Navigation icons, drawn with QPainter at whatever size is asked for: crisp
// on any screen, no image plugin or icon theme needed on the school's PC.
#include "shell/Area.h"

#include <QIcon>

namespace rr {

QIcon drawnAreaIcon(Area area);
// The program's own icon: the resource room's door on the overview's blue.
QIcon appIcon();

} // namespace rr
