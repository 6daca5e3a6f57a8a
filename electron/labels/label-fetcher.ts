/**
 * Fetching Mercado Envios labels: the shipments asked for are grouped by account and sent 50 ids a
 * call, in the order given. A batch Mercado Libre refuses names each refused shipment in its `cause`
 * list: those are recorded with their reason and the rest of the batch is asked for once more, so
 * one bad shipment never holds back the others. A shipment whose label is already kept is answered
 * from the copy with no call, unless a refetch is asked for.
 */
import type { Database } from 'better-sqlite3';
import type { LabelFetchResult, LabelFormat, LabelsFetchOutput } from '../../shared/labels';
import { AppError } from '../../shared/errors';
import { LABEL_BATCH_MAX } from '../meli/endpoints/shipments';
import type { MeliApi } from '../meli/endpoints';
import { meliErrorDetails } from '../meli/errors';
import { progressTransaction } from '../db/database';
import type { LabelStore } from './label-store';
import { splitLabels } from './label-split';

export interface ShipmentFacts {
  id: number;
  user_id: number;
  mode: string | null;
  kept: number;
}

type Failure = Extract<LabelFetchResult, { ok: false }>;

export interface FetchDeps {
  db: Database;
  api: () => MeliApi;
  store: LabelStore;
  /**
   * Mercado Libre moved these shipments to printed: the cached copy follows, in the same transaction
   * as the batch's labels.
   */
  savePrintedRemotely?: (userId: number, shipmentIds: number[]) => void;
  /** After that transaction: tell the screens. */
  onPrintedRemotely?: (userId: number, shipmentIds: number[]) => void;
  /**
   * Each shipment's answer as soon as it is known (a print job waiting for its batch starts then),
   * with the label's bytes when they were just downloaded and kept.
   */
  onResult?: (result: LabelFetchResult, bytes?: Uint8Array) => void;
}

function chunk<T>(values: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let index = 0; index < values.length; index += size) out.push(values.slice(index, index + size));
  return out;
}

/** Mercado Libre's cause entries that name a shipment, by id. */
function refusedShipments(error: unknown): Map<number, Failure> {
  const refused = new Map<number, Failure>();
  for (const cause of meliErrorDetails(error)?.causes ?? []) {
    const id = Number(cause.shipment_id ?? cause.id);
    if (!Number.isInteger(id) || id <= 0) continue;
    refused.set(id, { shipmentId: id, ok: false, code: String(cause.code ?? cause.error ?? 'refused'), message: String(cause.message ?? 'Mercado Libre refused this label.') });
  }
  return refused;
}

function describe(error: unknown): { code: string; message: string } {
  if (error instanceof AppError) return { code: error.code, message: meliErrorDetails(error)?.meliMessage ?? error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * What the cache knows of each shipment (account, shipping mode) and whether its label is kept in
 * this format, for a whole selection in one statement. Shipments the cache does not hold are left out.
 */
export function createShipmentFacts(db: Database) {
  const select = db.prepare(`SELECT s.id, s.user_id, s.mode, EXISTS (SELECT 1 FROM label_files f WHERE f.user_id = s.user_id AND f.shipment_id = s.id AND f.format = ? AND f.fetched_at IS NOT NULL) AS kept
    FROM json_each(?) j JOIN shipments s ON s.id = j.value`);
  return (shipmentIds: readonly number[], format: LabelFormat): Map<number, ShipmentFacts> =>
    new Map((select.all(format, JSON.stringify(shipmentIds)) as ShipmentFacts[]).map((row) => [row.id, row]));
}
export type ShipmentFactsOf = ReturnType<typeof createShipmentFacts>;

export async function fetchLabels(
  deps: FetchDeps & { facts: ShipmentFactsOf },
  input: { shipmentIds: number[]; format: LabelFormat; refetch?: boolean },
  /** The selection's facts when the caller has just read them (a print job), to spare the statement. */
  known?: Map<number, ShipmentFacts>,
): Promise<LabelsFetchOutput> {
  const ids = [...new Set(input.shipmentIds)];
  const facts = known ?? deps.facts(ids, input.format);

  const results = new Map<number, LabelFetchResult>();
  const settle = (result: LabelFetchResult, bytes?: Uint8Array) => {
    results.set(result.shipmentId, result);
    deps.onResult?.(result, bytes);
  };
  const fail = (userId: number | null, failure: Failure) => {
    settle(failure);
    if (userId !== null) deps.store.fail(userId, failure.shipmentId, input.format, failure.code, failure.message);
  };
  const byAccount = new Map<number, number[]>();
  for (const id of ids) {
    const shipment = facts.get(id);
    if (!shipment) {
      fail(null, { shipmentId: id, ok: false, code: 'not_found', message: 'This shipment is not in the saved orders: sync first.' });
    } else if (shipment.mode !== null && shipment.mode !== 'me2') {
      fail(shipment.user_id, { shipmentId: id, ok: false, code: 'not_me2', message: `Mercado Libre has no label for shipping mode ${shipment.mode}: print your own label.` });
    } else if (!input.refetch && shipment.kept === 1) {
      settle({ shipmentId: id, ok: true, source: 'kept' });
    } else {
      const list = byAccount.get(shipment.user_id) ?? [];
      list.push(id);
      byAccount.set(shipment.user_id, list);
    }
  }

  let calls = 0;
  const remoteFormat = input.format === 'pdf' ? 'pdf' : 'zpl2';
  const fetchBatch = async (userId: number, batch: number[], retryLeft: boolean): Promise<void> => {
    calls += 1;
    let file;
    try {
      file = await deps.api().shipments.labels(userId, batch, remoteFormat);
    } catch (error) {
      const refused = refusedShipments(error);
      const named = batch.filter((id) => refused.has(id));
      if (named.length > 0 && retryLeft) {
        for (const id of named) fail(userId, refused.get(id) as Failure);
        const rest = batch.filter((id) => !refused.has(id));
        if (rest.length > 0) await fetchBatch(userId, rest, false);
        return;
      }
      const { code, message } = describe(error);
      for (const id of batch) fail(userId, refused.get(id) ?? { shipmentId: id, ok: false, code, message });
      return;
    }
    let labels: Uint8Array[];
    try {
      labels = await splitLabels(input.format, file.bytes, batch.length);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      for (const id of batch) fail(userId, { shipmentId: id, ok: false, code: 'unreadable_label', message });
      return;
    }
    // Labels can be downloaded again: kept against a crash; the next fully synced commit (or checkpoint)
    // puts them on the disk.
    progressTransaction(deps.db, () => {
      deps.store.keepAll(userId, input.format, batch.map((shipmentId, index) => ({ shipmentId, bytes: labels[index] as Uint8Array })));
      deps.savePrintedRemotely?.(userId, batch);
    });
    batch.forEach((id, index) => settle({ shipmentId: id, ok: true, source: 'mercadolibre' }, labels[index]));
    deps.onPrintedRemotely?.(userId, batch);
  };

  // All batches are asked at once and the client's budget paces them; results are keyed by shipment,
  // so the answer keeps the selection's order whatever order the batches finish in.
  const batches = [...byAccount].flatMap(([userId, list]) => chunk(list, LABEL_BATCH_MAX).map((batch) => ({ userId, batch })));
  await Promise.all(batches.map(({ userId, batch }) => fetchBatch(userId, batch, true)));
  return { results: ids.map((id) => results.get(id) as LabelFetchResult), calls };
}
