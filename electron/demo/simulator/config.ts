// The simulator's knobs: latency, rate limits, injected faults, token lifetimes and API limits the
// docs leave unverified. Set at start (options) or at run time (PUT /__sim/config) with the same shape.
import { z } from 'zod';

const latency = z.object({
  minMs: z.number().int().min(0),
  maxMs: z.number().int().min(0),
  /** Share of requests that also wait spikeMs, to imitate a slow tail. */
  spikeRate: z.number().min(0).max(1),
  spikeMs: z.number().int().min(0),
});
const rule = z.object({ limit: z.number().int().min(1), windowMs: z.number().int().min(1) });
const rateLimit = z.object({
  perApp: rule.nullable(),
  perSeller: rule.nullable(),
  /** Which of the two documented 429 bodies to answer with. */
  body: z.enum(['local_rate_limited', 'too_many_requests']),
  retryAfterSeconds: z.number().int().min(0).nullable(),
});
const faults = z.object({
  serverErrorRate: z.number().min(0).max(1),
  dropRate: z.number().min(0).max(1),
  itemConflictRate: z.number().min(0).max(1),
  orderPartialRate: z.number().min(0).max(1),
  partialFields: z.array(z.string()),
  /** Endpoints that are down: every request whose path starts with `prefix` answers `status`. */
  brokenPaths: z.array(z.object({ prefix: z.string().min(1), status: z.number().int().min(400).max(599) })),
});
const activity = z.object({ enabled: z.boolean(), intervalMs: z.number().int().min(10) });

export const configSchema = z.object({
  latency,
  rateLimit,
  faults,
  tokenTtlSeconds: z.number().int().min(1),
  codeTtlSeconds: z.number().int().min(1),
  scrollTtlSeconds: z.number().int().min(1),
  oauthErrorField: z.enum(['message', 'error_description']),
  ordersOffsetCap: z.number().int().min(0).nullable(),
  zplSummaryPdf: z.boolean(),
  marketActivity: activity,
  /** Refuse GET /items?ids= with this status, as after a move to /items/bulk; null serves it. */
  multigetRefusal: z.union([z.literal(400), z.literal(404), z.literal(410)]).nullable(),
});

export type SimConfig = z.infer<typeof configSchema>;

export const configPatchSchema = z.object({
  latency: latency.partial(),
  rateLimit: rateLimit.partial(),
  faults: faults.partial(),
  tokenTtlSeconds: z.number().int().min(1),
  codeTtlSeconds: z.number().int().min(1),
  scrollTtlSeconds: z.number().int().min(1),
  oauthErrorField: z.enum(['message', 'error_description']),
  ordersOffsetCap: z.number().int().min(0).nullable(),
  zplSummaryPdf: z.boolean(),
  marketActivity: activity.partial(),
  multigetRefusal: z.union([z.literal(400), z.literal(404), z.literal(410)]).nullable(),
}).partial();

export type SimConfigPatch = z.infer<typeof configPatchSchema>;

export function defaultConfig(): SimConfig {
  return {
    latency: { minMs: 0, maxMs: 0, spikeRate: 0, spikeMs: 0 },
    rateLimit: { perApp: null, perSeller: null, body: 'too_many_requests', retryAfterSeconds: null },
    faults: { serverErrorRate: 0, dropRate: 0, itemConflictRate: 0, orderPartialRate: 0, partialFields: ['buyer'], brokenPaths: [] },
    tokenTtlSeconds: 21_600,
    codeTtlSeconds: 600,
    scrollTtlSeconds: 300,
    oauthErrorField: 'message',
    ordersOffsetCap: 10_000,
    zplSummaryPdf: true,
    marketActivity: { enabled: false, intervalMs: 15_000 },
    multigetRefusal: null,
  };
}

export function applyPatch(config: SimConfig, patch: SimConfigPatch): SimConfig {
  return configSchema.parse({
    ...config,
    ...patch,
    latency: { ...config.latency, ...patch.latency },
    rateLimit: { ...config.rateLimit, ...patch.rateLimit },
    faults: { ...config.faults, ...patch.faults },
    marketActivity: { ...config.marketActivity, ...patch.marketActivity },
  });
}

/** One-shot faults queued by the admin API: the next N matching requests fail, whatever the rates. */
export interface PendingFaults {
  serverErrors: number;
  drops: number;
  /** Writes that are applied and then lose their answer (the connection drops after the change). */
  dropsAfterWrite: number;
  itemConflicts: number;
  orderPartials: number;
  rateLimited: number;
}

export function noPendingFaults(): PendingFaults {
  return { serverErrors: 0, drops: 0, dropsAfterWrite: 0, itemConflicts: 0, orderPartials: 0, rateLimited: 0 };
}
