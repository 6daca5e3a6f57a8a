/**
 * The outbox as the screens and scripts see it: every write to Mercado Libre is first an entry here,
 * with what it was based on, its state, and Mercado Libre's reason in words when it failed.
 */
import { z } from 'zod';
import { ApiErrorSchema } from './errors';

export const OUTBOX_STATES = ['pending', 'sending', 'unclear', 'done', 'failed', 'conflict', 'discarded'] as const;
export const OutboxState = z.enum(OUTBOX_STATES);
export type OutboxState = z.infer<typeof OutboxState>;

/** States that still wait for something (the worker, or the seller for a conflict or failure). */
export const OPEN_OUTBOX_STATES = ['pending', 'sending', 'unclear', 'failed', 'conflict'] as const satisfies readonly OutboxState[];

export const OUTBOX_KINDS = ['listing.edit', 'question.answer', 'question.delete', 'questions.block', 'questions.unblock'] as const;
export const OutboxKind = z.enum(OUTBOX_KINDS);
export type OutboxKind = z.infer<typeof OutboxKind>;

/**
 * One field of a conflict: what the edit was based on, what the seller wants, what Mercado Libre has
 * now; `variationId` names the variation when the field is one variation's (absent: the listing's).
 */
export const ConflictField = z.object({ field: z.string(), variationId: z.number().nullable().optional(), base: z.unknown(), mine: z.unknown(), theirs: z.unknown() });
export type ConflictField = z.infer<typeof ConflictField>;

export const OutboxEntry = z.object({
  id: z.number(),
  userId: z.number(),
  kind: OutboxKind,
  /** What the entry writes to: "item:MLA123". At most one entry per target is sent at a time. */
  target: z.string(),
  /** The seller's change, as queued. */
  payload: z.unknown(),
  state: OutboxState,
  attempts: z.number(),
  /** Set for entries queued together by a bulk edit. */
  batchId: z.string().nullable(),
  lastError: ApiErrorSchema.nullable(),
  conflict: z.array(ConflictField).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  nextAttemptAt: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntry>;

export const OutboxQuery = z
  .object({
    state: z.array(OutboxState).max(OUTBOX_STATES.length).optional(),
    userId: z.number().int().positive().optional(),
    target: z.string().max(100).optional(),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict()
  .optional();

export const OutboxCounts = z.object({ waiting: z.number(), conflicts: z.number(), failed: z.number() });
export type OutboxCounts = z.infer<typeof OutboxCounts>;

export const OutboxChanged = z.object({ ids: z.array(z.number()), counts: OutboxCounts });
