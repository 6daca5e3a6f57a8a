/**
 * Rows as each released schema version held them, written with that version's own SQL (not today's
 * stores), so an upgrade test starts from what a seller's database really contains.
 */
import type { Database } from 'better-sqlite3';

export const SEED = {
  userId: 7,
  orderId: 2000000001,
  packId: 3000000001,
  shippingId: 4000000001,
  itemId: 'MLA100200300',
  variationSku: 'REM-NEG-M',
  questionId: 5000000001,
};

export function seedOrderJson(index: number): Record<string, unknown> {
  const id = SEED.orderId + index;
  return {
    id,
    status: 'paid',
    status_detail: null,
    date_created: '2026-10-02T10:00:00.000-03:00',
    date_closed: '2026-10-02T10:01:00.000-03:00',
    date_last_updated: '2026-10-03T09:00:00.000-03:00',
    total_amount: 15999.5,
    paid_amount: 15999.5,
    currency_id: 'ARS',
    pack_id: index === 0 ? SEED.packId : null,
    shipping: { id: SEED.shippingId + index },
    buyer: { id: 900100 + index, nickname: `COMPRADORA${index}`, first_name: 'Ana', last_name: 'Pérez' },
    order_items: [
      {
        item: { id: SEED.itemId, title: 'Remera algodón negra', seller_sku: SEED.variationSku, variation_id: 77, variation_attributes: [{ name: 'Talle', value_name: 'M' }] },
        quantity: 1,
        unit_price: 15999.5,
        currency_id: 'ARS',
      },
    ],
    payments: [{ id: 600100 + index, status: 'approved', transaction_amount: 15999.5, payment_method_id: 'visa', installments: 3 }],
    tags: ['paid', 'not_delivered'],
  };
}

export const SEED_ITEM = {
  id: SEED.itemId,
  title: 'Remera algodón negra',
  status: 'active',
  price: 15999.5,
  currency_id: 'ARS',
  available_quantity: 4,
  sold_quantity: 12,
  seller_custom_field: 'REM-NEG',
  variations: [{ id: 77, seller_custom_field: SEED.variationSku, available_quantity: 4, sold_quantity: 12, price: 15999.5, attribute_combinations: [{ name: 'Talle', value_name: 'M' }] }],
};

export const SEED_SHIPMENT = { id: SEED.shippingId, status: 'ready_to_ship', substatus: 'ready_to_print', mode: 'me2', tracking_number: 'TRK1' };
export const SEED_QUESTION = { id: SEED.questionId, item_id: SEED.itemId, status: 'UNANSWERED', text: '¿Tenés talle L?', date_created: '2026-10-04T12:00:00.000-03:00', from: { id: 900100 } };

/** Writes what a database at `version` could hold; `orders` orders of the seed's shape. */
export function seedAtVersion(db: Database, version: number, orders = 3): void {
  const now = '2026-10-05T00:00:00.000Z';
  if (version >= 1) {
    db.prepare("INSERT INTO accounts (user_id, nickname, site_id, created_at) VALUES (?, 'TIENDA', 'MLA', ?)").run(SEED.userId, now);
  }
  if (version >= 2) {
    db.prepare("INSERT INTO outbox (user_id, kind, payload_json, created_at, updated_at) VALUES (?, 'items.update', '{\"price\":1}', ?, ?)").run(SEED.userId, now, now);
    db.prepare("INSERT INTO sync_state (user_id, step, watermark, updated_at) VALUES (?, 'orders.updated_from', '2026-10-01T00:00:00.000Z', ?)").run(SEED.userId, now);
  }
  if (version >= 3) db.prepare("INSERT INTO secrets (key, ciphertext, updated_at) VALUES ('tokens:7', x'00ff', ?)").run(now);
  if (version >= 4) seedCacheV4(db, orders, now);
}

/** The cache as step 4's writers kept it: JSON as text, full-text rows written beside each entity. */
function seedCacheV4(db: Database, orders: number, now: string): void {
  const item = db
    .prepare(
      `INSERT INTO items (id, user_id, title, status, price, currency_id, available_quantity, sold_quantity, sku, variation_count, raw_json, synced_at)
       VALUES (@id, @userId, @title, 'active', 15999.5, 'ARS', 4, 12, 'REM-NEG', 1, @raw, @now)`,
    )
    .run({ id: SEED.itemId, userId: SEED.userId, title: SEED_ITEM.title, raw: JSON.stringify(SEED_ITEM), now });
  db.prepare("INSERT INTO item_variations (item_id, variation_id, sku, available_quantity, sold_quantity, price, attributes_text, raw_json) VALUES (?, 77, ?, 4, 12, 15999.5, 'M', ?)").run(
    SEED.itemId,
    SEED.variationSku,
    JSON.stringify(SEED_ITEM.variations[0]),
  );
  db.prepare('INSERT INTO items_fts (rowid, title, sku, ids) VALUES (?, ?, ?, ?)').run(item.lastInsertRowid, SEED_ITEM.title, `REM-NEG ${SEED.variationSku}`, SEED.itemId);
  db.prepare("INSERT INTO item_descriptions (item_id, plain_text, fetched_at) VALUES (?, 'Algodón peinado', ?)").run(SEED.itemId, now);
  db.prepare(
    `INSERT INTO shipments (id, user_id, status, substatus, mode, tracking_number, raw_json, synced_at)
     VALUES (?, ?, 'ready_to_ship', 'ready_to_print', 'me2', 'TRK1', ?, ?)`,
  ).run(SEED.shippingId, SEED.userId, JSON.stringify(SEED_SHIPMENT), now);
  db.prepare(
    `INSERT INTO questions (id, user_id, item_id, status, text, date_created, from_id, raw_json, synced_at)
     VALUES (?, ?, ?, 'UNANSWERED', ?, '2026-10-04T15:00:00.000Z', 900100, ?, ?)`,
  ).run(SEED.questionId, SEED.userId, SEED.itemId, SEED_QUESTION.text, JSON.stringify(SEED_QUESTION), now);
  const insertOrder = db.prepare(
    `INSERT INTO orders (id, user_id, status, date_created, date_closed, date_last_updated, total_amount, paid_amount, currency_id,
       buyer_id, buyer_nickname, buyer_name, pack_id, shipping_id, item_titles, ship_status, ship_substatus, label_ready, synced_at)
     VALUES (@id, @userId, 'paid', '2026-10-02T13:00:00.000Z', '2026-10-02T13:01:00.000Z', '2026-10-03T12:00:00.000Z', 15999.5, 15999.5, 'ARS',
       @buyerId, @nickname, 'Ana Pérez', @packId, @shippingId, @title, @shipStatus, @shipSubstatus, @labelReady, @now)`,
  );
  const insertJson = db.prepare('INSERT INTO order_json (order_id, raw_json) VALUES (?, ?)');
  const insertLine = db.prepare("INSERT INTO order_items (order_id, line, item_id, variation_id, title, sku, quantity, unit_price, currency_id) VALUES (?, 0, ?, 77, ?, ?, 1, 15999.5, 'ARS')");
  const insertFts = db.prepare('INSERT INTO orders_fts (rowid, ids, buyer, titles, skus) VALUES (?, ?, ?, ?, ?)');
  for (let index = 0; index < orders; index += 1) {
    const raw = seedOrderJson(index);
    const id = raw.id as number;
    const packId = index === 0 ? SEED.packId : null;
    const shippingId = SEED.shippingId + index;
    const nickname = `COMPRADORA${index}`;
    const ready = index === 0;
    insertOrder.run({
      id,
      userId: SEED.userId,
      buyerId: 900100 + index,
      nickname,
      packId,
      shippingId,
      title: SEED_ITEM.title,
      shipStatus: ready ? 'ready_to_ship' : null,
      shipSubstatus: ready ? 'ready_to_print' : null,
      labelReady: ready ? 1 : 0,
      now,
    });
    insertJson.run(id, JSON.stringify(raw));
    insertLine.run(id, SEED.itemId, SEED_ITEM.title, SEED.variationSku);
    insertFts.run(id, [id, packId, shippingId].filter((value) => value !== null).join(' '), `${nickname} Ana Pérez`, SEED_ITEM.title, `${SEED.variationSku} ${SEED.itemId}`);
  }
}
