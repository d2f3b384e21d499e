// Schema version 16: a transfer (调拨) names the place inside the room as well
// as the room, so that a move from one cupboard to another in the same room,
// or to a named place in another room, is in the item's history. Empty for
// the transfers recorded before.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0016TransferPlaces()
{
    return {
        QStringLiteral("ALTER TABLE ledger_events ADD COLUMN from_place TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE ledger_events ADD COLUMN to_place TEXT NOT NULL DEFAULT ''"),
    };
}

} // namespace rr
