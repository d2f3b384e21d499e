// Schema version 10: the equipment and materials ledger (物资管理台账).
// Stock is never a column that can be edited: an item's quantity is the sum
// of its movements (入库, 领用/出库, 报废, 盘点调整), and a movement that would
// take it below zero is refused before it is written.
#include "storage/Migrations.h"

namespace rr {

QStringList migration0010Ledger()
{
    return {
        // `code` prefixes the automatic ledger numbers (KF-001); `kind` decides
        // which fields and actions an item of the category has.
        QStringLiteral(R"sql(
CREATE TABLE ledger_categories (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    code      TEXT NOT NULL UNIQUE CHECK (length(trim(code)) > 0),
    kind      TEXT NOT NULL CHECK (kind IN ('equipment', 'consumable', 'medicine')),
    position  INTEGER NOT NULL DEFAULT 0
))sql"),
        QStringLiteral(R"sql(
INSERT INTO ledger_categories(name, code, kind, position) VALUES
    ('康复训练设备', 'KF', 'equipment', 1),
    ('感统器材', 'GT', 'equipment', 2),
    ('教具', 'JJ', 'equipment', 3),
    ('学具', 'XJ', 'equipment', 4),
    ('图书资料', 'TS', 'equipment', 5),
    ('评估工具', 'PG', 'equipment', 6),
    ('办公设备', 'BG', 'equipment', 7),
    ('药品', 'YP', 'medicine', 8),
    ('低值易耗品', 'HC', 'consumable', 9)
)sql"),
        QStringLiteral(R"sql(
CREATE TABLE ledger_items (
    id                INTEGER PRIMARY KEY,
    ledger_no         TEXT NOT NULL UNIQUE CHECK (length(trim(ledger_no)) > 0),
    name              TEXT NOT NULL CHECK (length(trim(name)) > 0),
    category_id       INTEGER NOT NULL REFERENCES ledger_categories(id) ON DELETE RESTRICT,
    model             TEXT,
    brand             TEXT,
    serial_no         TEXT,
    unit              TEXT NOT NULL DEFAULT '件',
    unit_price_cents  INTEGER NOT NULL DEFAULT 0 CHECK (unit_price_cents >= 0),
    purchase_date     TEXT,
    supplier          TEXT,
    funding_source    TEXT,
    room_id           INTEGER REFERENCES rooms(id) ON DELETE RESTRICT,
    place             TEXT,
    keeper_staff_id   INTEGER REFERENCES staff(id) ON DELETE RESTRICT,
    condition         TEXT NOT NULL DEFAULT 'good'
                      CHECK (condition IN ('good', 'needs_repair', 'in_repair', 'damaged', 'scrapped')),
    loanable          INTEGER NOT NULL DEFAULT 1 CHECK (loanable IN (0, 1)),
    photo             BLOB,
    batch             TEXT,
    expiry_date       TEXT,
    storage_condition TEXT,
    reorder_level     INTEGER NOT NULL DEFAULT 0 CHECK (reorder_level >= 0),
    note              TEXT,
    created_at        TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX ledger_items_room ON ledger_items(room_id, category_id)"),
        QStringLiteral("CREATE INDEX ledger_items_category ON ledger_items(category_id)"),
        QStringLiteral(R"sql(
CREATE TABLE ledger_movements (
    id          INTEGER PRIMARY KEY,
    item_id     INTEGER NOT NULL REFERENCES ledger_items(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('receive', 'issue', 'scrap', 'adjust')),
    delta       INTEGER NOT NULL CHECK (delta <> 0),
    moved_on    TEXT NOT NULL,
    person      TEXT NOT NULL CHECK (length(trim(person)) > 0),
    reason      TEXT NOT NULL DEFAULT '',
    recorded_at TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX ledger_movements_item ON ledger_movements(item_id, moved_on)"),
        // A movement is history: it is never changed or removed by hand.
        QStringLiteral(R"sql(
CREATE TRIGGER ledger_movements_no_update BEFORE UPDATE ON ledger_movements
BEGIN SELECT RAISE(ABORT, 'ledger movements are never changed'); END)sql"),
        QStringLiteral(R"sql(
CREATE TABLE ledger_loans (
    id                 INTEGER PRIMARY KEY,
    item_id            INTEGER NOT NULL REFERENCES ledger_items(id) ON DELETE CASCADE,
    quantity           INTEGER NOT NULL DEFAULT 1 CHECK (quantity > 0),
    borrower_staff_id  INTEGER NOT NULL REFERENCES staff(id) ON DELETE RESTRICT,
    lent_by            TEXT NOT NULL CHECK (length(trim(lent_by)) > 0),
    lent_on            TEXT NOT NULL,
    due_on             TEXT NOT NULL CHECK (due_on >= lent_on),
    purpose            TEXT NOT NULL DEFAULT '',
    returned_on        TEXT CHECK (returned_on IS NULL OR returned_on >= lent_on),
    returned_to        TEXT,
    return_note        TEXT,
    CHECK ((returned_on IS NULL) = (returned_to IS NULL))
))sql"),
        QStringLiteral("CREATE INDEX ledger_loans_item ON ledger_loans(item_id, returned_on)"),
        QStringLiteral("CREATE INDEX ledger_loans_open ON ledger_loans(returned_on, due_on)"),
        // 检查, 保养, 维修, 损坏, 调拨 and 报废 of an item; the columns a kind
        // does not use stay NULL. A scrapping is requested first and becomes
        // effective when approved (approved_by, approved_on).
        QStringLiteral(R"sql(
CREATE TABLE ledger_events (
    id                  INTEGER PRIMARY KEY,
    item_id             INTEGER NOT NULL REFERENCES ledger_items(id) ON DELETE CASCADE,
    kind                TEXT NOT NULL
                        CHECK (kind IN ('inspection', 'maintenance', 'repair', 'damage', 'transfer', 'scrap')),
    happened_on         TEXT NOT NULL,
    person              TEXT NOT NULL CHECK (length(trim(person)) > 0),
    details             TEXT NOT NULL DEFAULT '',
    result              TEXT,
    cost_cents          INTEGER CHECK (cost_cents IS NULL OR cost_cents >= 0),
    responsible         TEXT,
    compensation_cents  INTEGER CHECK (compensation_cents IS NULL OR compensation_cents >= 0),
    paid_on             TEXT,
    from_room_id        INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
    to_room_id          INTEGER REFERENCES rooms(id) ON DELETE SET NULL,
    quantity            INTEGER CHECK (quantity IS NULL OR quantity > 0),
    approved_by         TEXT,
    approved_on         TEXT,
    schedule_id         INTEGER REFERENCES ledger_schedules(id) ON DELETE SET NULL,
    recorded_at         TEXT NOT NULL,
    CHECK ((approved_by IS NULL) = (approved_on IS NULL))
))sql"),
        QStringLiteral("CREATE INDEX ledger_events_item ON ledger_events(item_id, happened_on)"),
        QStringLiteral(R"sql(
CREATE TABLE ledger_schedules (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES ledger_items(id) ON DELETE CASCADE,
    kind           TEXT NOT NULL CHECK (kind IN ('inspection', 'maintenance')),
    task           TEXT NOT NULL CHECK (length(trim(task)) > 0),
    every          INTEGER NOT NULL CHECK (every BETWEEN 1 AND 1000),
    unit           TEXT NOT NULL CHECK (unit IN ('day', 'week', 'month', 'year')),
    starts_on      TEXT NOT NULL,
    last_done_on   TEXT,
    next_due_on    TEXT NOT NULL
))sql"),
        QStringLiteral("CREATE INDEX ledger_schedules_due ON ledger_schedules(next_due_on)"),
        QStringLiteral("CREATE INDEX ledger_schedules_item ON ledger_schedules(item_id)"),
        QStringLiteral(R"sql(
CREATE TABLE ledger_stocktakes (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL CHECK (length(trim(title)) > 0),
    room_id       INTEGER REFERENCES rooms(id) ON DELETE RESTRICT,
    started_on    TEXT NOT NULL,
    started_by    TEXT NOT NULL,
    confirmed_on  TEXT,
    confirmed_by  TEXT,
    CHECK ((confirmed_on IS NULL) = (confirmed_by IS NULL))
))sql"),
        // `counted` is NULL until the item is ticked or counted.
        QStringLiteral(R"sql(
CREATE TABLE ledger_stocktake_lines (
    id            INTEGER PRIMARY KEY,
    stocktake_id  INTEGER NOT NULL REFERENCES ledger_stocktakes(id) ON DELETE CASCADE,
    item_id       INTEGER NOT NULL REFERENCES ledger_items(id) ON DELETE CASCADE,
    expected      INTEGER NOT NULL CHECK (expected >= 0),
    counted       INTEGER CHECK (counted IS NULL OR counted >= 0),
    reason        TEXT NOT NULL DEFAULT '',
    UNIQUE (stocktake_id, item_id)
))sql"),
        QStringLiteral("CREATE INDEX ledger_session_equipment_item ON session_equipment(item_id)"),
    };
}

} // namespace rr
