/** Printers (system queues and network printers added by address), their profiles, and print jobs. */
import { z } from 'zod';
import { Dpi, LabelFormat, LabelSize } from './labels';

export const PRINTER_KINDS = ['cups', 'windows', 'tcp'] as const;
export const PrinterKind = z.enum(PRINTER_KINDS);

export const PrinterLanguage = LabelFormat;

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Printers on this computer or its local network only: loopback, 10/8, 172.16/12, 192.168/16,
 * link-local, and IPv6 loopback / unique-local / link-local. Names are refused: a name could
 * resolve anywhere.
 */
export function isLocalNetworkHost(host: string): boolean {
  const v4 = IPV4.exec(host);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    if ([a, b, c, d].some((part) => part > 255)) return false;
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
  }
  const v6 = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (!/^[0-9a-f:]+$/.test(v6) || !v6.includes(':')) return false;
  return v6 === '::1' || /^f[cd][0-9a-f]{0,2}:/.test(v6) || /^fe[89ab][0-9a-f]?:/.test(v6);
}

export const PrinterAddInput = z
  .object({
    kind: z.literal('tcp'),
    name: z.string().trim().min(1).max(80),
    host: z.string().trim().min(1).max(64).refine(isLocalNetworkHost, { message: 'Use the address of a printer on this computer or the local network (127.x, 10.x, 172.16–31.x, 192.168.x, fc00::/7, fe80::/10).' }),
    port: z.number().int().min(1).max(65535).default(9100),
  })
  .strict();

export const PrinterProfileInput = z
  .object({
    printerId: z.string().min(1).max(200),
    language: PrinterLanguage,
    dpi: Dpi,
    size: LabelSize,
    /** ZPL ~SD darkness, 0–30. */
    darkness: z.number().int().min(0).max(30).optional(),
    /** ZPL label home shift in dots (^LH), for labels that come out off-centre. */
    offsetX: z.number().int().min(-200).max(200).optional(),
    offsetY: z.number().int().min(-200).max(200).optional(),
  })
  .strict();
export type PrinterProfileInput = z.infer<typeof PrinterProfileInput>;

/**
 * A system printer's state as the app words it: `ready` (idle), `printing`, `paused` (the queue was
 * stopped, by the seller or the system), `offline` (the system knows it cannot reach it), `error`
 * (out of paper, jammed, …).
 */
export const PRINTER_STATES = ['ready', 'printing', 'paused', 'offline', 'error'] as const;
export const PrinterState = z.enum(PRINTER_STATES);
export type PrinterState = z.infer<typeof PrinterState>;

export const Printer = z.object({
  id: z.string(),
  kind: PrinterKind,
  name: z.string(),
  host: z.string().nullable(),
  port: z.number().nullable(),
  /** What the system or the printer says about itself, whole (CUPS: "is idle.  enabled since …"). */
  status: z.string().nullable(),
  /** The state read from `status`; null when not known (network printers are not asked). */
  state: PrinterState.nullable(),
  /** The system's own words about the printer, when it has any (CUPS's reason for a stopped queue). */
  message: z.string().nullable(),
  profile: z.object({
    language: PrinterLanguage,
    dpi: Dpi,
    size: LabelSize,
    darkness: z.number().nullable(),
    offsetX: z.number(),
    offsetY: z.number(),
  }),
});
export type Printer = z.infer<typeof Printer>;

export const PrintersList = z.object({
  printers: z.array(Printer),
  /** Why system printers could not be listed (no CUPS here, Windows spooler unavailable). */
  systemNotice: z.string().nullable(),
});
export type PrintersList = z.infer<typeof PrintersList>;

export const PRINT_JOB_STATES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export const PrintJobState = z.enum(PRINT_JOB_STATES);

export const PrintItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('label'), userId: z.number(), shipmentId: z.number(), format: LabelFormat }),
  z.object({ kind: z.literal('document'), id: z.string() }),
  z.object({ kind: z.literal('test') }),
]);
export type PrintItem = z.infer<typeof PrintItem>;

/** A label a job could not fetch: it left the job (the rest printed), with Mercado Libre's reason. */
export const PrintSkip = z.object({ shipmentId: z.number(), code: z.string(), message: z.string() });
export type PrintSkip = z.infer<typeof PrintSkip>;

/**
 * Why a job stopped, for the seller's language: what happened (`code`), to which printer or queue,
 * the printer's, CUPS's or the spooler's own words as they said them, and the part that was on its
 * way (counted as not sent: those labels may have printed).
 */
export const PRINT_FAILURE_CODES = ['refused', 'dropped', 'timeout', 'unreachable', 'spooler', 'paused', 'stopped', 'internal'] as const;
export const PrintFailure = z.object({
  code: z.enum(PRINT_FAILURE_CODES),
  printer: z.string().nullable(),
  words: z.string().nullable(),
  inFlight: z.object({ from: z.number(), to: z.number(), shipmentIds: z.array(z.number()) }).nullable(),
});
export type PrintFailure = z.infer<typeof PrintFailure>;

export const PrintJob = z.object({
  id: z.number(),
  printerId: z.string(),
  state: PrintJobState,
  items: z.array(PrintItem),
  copies: z.number(),
  total: z.number(),
  /** Items handed to the printer or spooler; a resend starts after them. */
  sent: z.number(),
  /** The printer's, CUPS's or the system's own words when it failed, in a sentence in English. */
  error: z.string().nullable(),
  /** The same failure, structured: the screens say it in the seller's language. */
  failure: PrintFailure.nullable(),
  spoolerIds: z.array(z.string()),
  /** Labels taken out of the job because they could not be fetched (fetchMissing jobs). */
  skipped: z.array(PrintSkip),
  resendOf: z.number().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PrintJob = z.infer<typeof PrintJob>;

export const PrintSubmitInput = z
  .object({
    printerId: z.string().min(1).max(200),
    shipmentIds: z.array(z.number().int().positive()).min(1).max(2000).optional(),
    documentId: z.string().regex(/^doc_[a-z0-9]+$/).optional(),
    copies: z.number().int().min(1).max(20).default(1),
    /**
     * Labels not kept in the printer's language yet are downloaded by the job itself, batch by batch,
     * and each batch prints as soon as it and the ones before it are here. Without it they must be kept.
     */
    fetchMissing: z.boolean().optional(),
  })
  .strict()
  .refine((value) => (value.shipmentIds === undefined) !== (value.documentId === undefined), { message: 'Give shipmentIds or a documentId.' });

export const PrintResendInput = z
  .object({
    jobId: z.number().int().positive(),
    /** unsent (default): only what never reached the printer; all: print everything again, on purpose. */
    what: z.enum(['unsent', 'all']).default('unsent'),
  })
  .strict();

export const PrintChanged = z.object({ job: PrintJob });
