/**
 * Shipments and Mercado Envios labels. Labels come back as bytes (PDF, or a ZIP holding ZPL); a
 * download marks the shipment printed at Mercado Libre, so the caller keeps the bytes.
 */
import type { MeliClient } from '../client';
import { meliError } from '../errors';
import { Shipment } from '../schemas';
import { parseAnswer, requireInput, seg } from './parse';

export const LABEL_BATCH_MAX = 50;

export type LabelFormat = 'pdf' | 'zpl2';

export interface LabelFile {
  format: LabelFormat;
  /** As Mercado Libre sent it: application/pdf, or a ZIP for zpl2. */
  contentType: string;
  bytes: Buffer;
}

export interface ShipmentDetail {
  shipment: Shipment;
  /** logistic_type from whichever format answered (flat, or nested under logistic). */
  logisticType: string | null;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

export function shipmentsApi(client: MeliClient) {
  return {
    /** GET /shipments/{id} in the newer format. */
    async get(userId: number, shipmentId: number): Promise<ShipmentDetail> {
      const call = { userId, method: 'GET', path: `/shipments/${seg(shipmentId)}` } as const;
      const shipment = parseAnswer(Shipment, await client.request({ ...call, headers: { 'x-format-new': 'true' } }), call);
      return { shipment, logisticType: shipment.logistic_type ?? shipment.logistic?.type ?? null };
    },

    /** Custom shipping (not ME2): the seller reports the tracking number and that it left. */
    async markShipped(userId: number, shipmentId: number, trackingNumber: string): Promise<Shipment> {
      const call = { userId, method: 'PUT', path: `/shipments/${seg(shipmentId)}` } as const;
      const response = await client.request({ ...call, body: { tracking_number: trackingNumber, status: 'shipped' } });
      return parseAnswer(Shipment, response, call);
    },

    /** GET /shipment_labels for up to 50 shipments: one file, labels in the order of the ids. */
    async labels(userId: number, shipmentIds: readonly number[], format: LabelFormat): Promise<LabelFile> {
      requireInput(shipmentIds.length > 0 && shipmentIds.length <= LABEL_BATCH_MAX, `Labels are fetched 1 to ${LABEL_BATCH_MAX} shipments at a time.`, 'shipmentIds');
      const call = { userId, method: 'GET', path: '/shipment_labels' } as const;
      const response = await client.request({
        ...call,
        query: { shipment_ids: shipmentIds.join(','), response_type: format },
        headers: { Accept: 'application/pdf, application/zip, application/octet-stream, application/json' },
        expect: 'bytes',
      });
      const contentType = response.headers['content-type'] ?? 'application/octet-stream';
      const bytes = response.data as Buffer;
      // Failures arrive as JSON, sometimes even with a 2xx status.
      if (contentType.includes('json')) {
        const body = parseJson(bytes);
        const status = typeof (body as { status?: unknown } | null)?.status === 'number' ? (body as { status: number }).status : 400;
        throw meliError({ kind: 'status', status, body, retryAfterMs: null }, { method: call.method, path: call.path, attempts: 1, unclear: false });
      }
      return { format, contentType, bytes };
    },
  };
}
