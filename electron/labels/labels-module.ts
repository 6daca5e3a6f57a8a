/**
 * Labels: Mercado Envios labels fetched in batches and kept for reprinting (offline too), the
 * seller's own documents, and previews of both. Printing them is the printing module's job; it reads
 * kept labels and documents through `sources`.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { Dpi, LabelFetchResult, LabelFormat, LabelsFetchOutput, LabelSize, PreviewOutput } from '../../shared/labels';
import type { AppModule } from '../core/module';
import type { EventBus } from '../core/event-bus';
import type { MeliApi } from '../meli/endpoints';
import { LABEL_READY_SQL } from '../orders/orders-store';
import { createDocuments, type Documents } from './documents/documents';
import { createShipmentFacts, fetchLabels, type ShipmentFacts } from './label-fetcher';
import { createLabelStore, type LabelStore } from './label-store';
import { pageLabels, queryLabels } from './labels-query';
import { pdfToPng } from './pdf-preview';
import { zplToPng } from './zpl-preview';
import type { Language } from '../../shared/settings';
import type { OrderNotes } from '../orders/order-notes';

export interface LabelsModule extends AppModule {
  store: LabelStore;
  documents: Documents;
  /** What the cache knows of these shipments, and whether each label is kept in this format (one statement). */
  facts(shipmentIds: readonly number[], format: LabelFormat): Map<number, ShipmentFacts>;
  /**
   * labels.fetch, telling each shipment's answer (and a downloaded label's bytes) as soon as it is
   * known; `known`: the facts just read for this selection.
   */
  fetch(
    input: { shipmentIds: number[]; format: LabelFormat },
    onResult: (result: LabelFetchResult, bytes?: Uint8Array) => void,
    known?: Map<number, ShipmentFacts>,
  ): Promise<LabelsFetchOutput>;
}

/** `language`: the seller's, for the words of what stays in the shop (a picking list). */
/** How long a packing slip waits for the orders' notes from Mercado Libre. */
const NOTES_WAIT_MS = 4_000;

/**
 * Waits for `work` at most `ms`. Its failure is not this caller's (the kept data stands; an order not
 * in the saved data is the document's own error to say), and a late one is never left unhandled.
 */
async function settleWithin(work: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  await Promise.race([settled, waited]);
  clearTimeout(timer);
}

export function createLabelsModule(deps: { db: Database; dataDir: string; api: () => MeliApi; events: EventBus; language?: () => Language; notes?: OrderNotes }): LabelsModule {
  const store = createLabelStore(deps.db, deps.dataDir);
  const documents = createDocuments(deps.db, deps.dataDir, deps.language);

  // A download is what moves a shipment to "printed" at Mercado Libre; the cached copy follows now
  // instead of at the next sync, so the screens show it at once.
  // A batch's shipments in one statement each (they are on the way from Mercado Libre's answer to the printer).
  const markRemote = deps.db
    .prepare("UPDATE shipments SET substatus = 'printed' WHERE user_id = ? AND substatus = 'ready_to_print' AND id IN (SELECT value FROM json_each(?)) RETURNING id")
    .pluck();
  const copyToOrders = deps.db.prepare(`
    UPDATE orders SET ship_substatus = s.substatus, label_ready = ${LABEL_READY_SQL}
    FROM shipments s WHERE s.id = orders.shipping_id AND orders.shipping_id IN (SELECT value FROM json_each(?))`);
  const savePrintedRemotely = (userId: number, shipmentIds: number[]) => {
    const moved = markRemote.all(userId, JSON.stringify(shipmentIds)) as number[];
    if (moved.length > 0) copyToOrders.run(JSON.stringify(moved));
  };
  const onPrintedRemotely = (userId: number) => deps.events.emit('cache.changed', { userId, entities: ['shipments', 'orders'], scope: 'shipping' });

  const preview = async (input: { shipmentId?: number | undefined; documentId?: string | undefined; format?: LabelFormat | undefined }): Promise<PreviewOutput> => {
    let source: { format: LabelFormat; bytes: Buffer; pages: number; size: LabelSize; dpi: Dpi };
    if (input.documentId !== undefined) {
      const { info, bytes } = documents.read(input.documentId);
      source = { format: info.format, bytes, pages: info.pages, size: info.size, dpi: info.dpi };
    } else {
      const kept = store.findByShipment(input.shipmentId ?? 0, input.format);
      if (!kept) throw new AppError('not_found', 'No label is kept for that shipment yet: fetch it first.', { shipmentId: input.shipmentId });
      // Mercado Libre's labels are 4×6 in; its ZPL is drawn for 203 dpi.
      source = { format: kept.format, bytes: store.read(kept), pages: 1, size: '4x6in', dpi: 203 };
    }
    const zpl = source.format === 'zpl' ? source.bytes.toString('utf8') : null;
    return {
      format: source.format,
      zpl,
      pdfBase64: source.format === 'pdf' ? source.bytes.toString('base64') : null,
      pngPages: zpl === null ? await pdfToPng(source.bytes, source.dpi) : await zplToPng(zpl, source.size, source.dpi),
      pages: source.pages,
      size: source.size,
      dpi: source.dpi,
    };
  };

  const facts = createShipmentFacts(deps.db);
  const fetchDeps = { db: deps.db, api: deps.api, store, facts, savePrintedRemotely, onPrintedRemotely };

  return {
    name: 'labels',
    store,
    documents,
    facts,
    fetch: (input, onResult, known) => fetchLabels({ ...fetchDeps, onResult }, input, known),
    handlers: {
      'labels.list': (query) => queryLabels(deps.db, query),
      'labels.query': (query) => pageLabels(deps.db, query),
      'labels.fetch': (input) => fetchLabels(fetchDeps, input),
      'labels.preview': (input) => preview(input),
      'documents.create': async (input) => {
        // A packing slip prints the seller's notes: read them first, but never wait long for them
        // (offline, the notes kept before print; a read still under way is saved when it ends).
        if (input.kind === 'packing_slip' && deps.notes) await settleWithin(deps.notes.refresh(input.orderIds), NOTES_WAIT_MS);
        return documents.create(input);
      },
    },
  };
}
