/** The outbox: every write to Mercado Libre, its state, and what the seller can do about each one. */
import { z } from 'zod';
import { OutboxChanged, OutboxCounts, OutboxEntry, OutboxQuery } from '../outbox';
import { NoInput, type EventSpec, type MethodSpec } from './define';

const EntryId = z.object({ id: z.number().int().positive() }).strict();

export const outboxMethods = {
  'outbox.list': {
    summary: 'Changes waiting for Mercado Libre, sent, failed or in conflict, newest first; filter by state, account or target ("item:MLA123").',
    input: OutboxQuery,
    output: z.array(OutboxEntry),
  },
  'outbox.counts': {
    summary: 'How many changes wait to be sent, are in conflict, or failed (the status bar shows these).',
    input: NoInput,
    output: OutboxCounts,
  },
  'outbox.retry': {
    summary: 'Send a failed change again (it goes back to pending).',
    input: EntryId,
    output: OutboxEntry,
  },
  'outbox.discard': {
    summary: "Drop a change that was not sent yet (pending, failed or in conflict); the listing's saved copy goes back to Mercado Libre's value.",
    input: EntryId,
    output: OutboxEntry,
  },
  'outbox.resolve': {
    summary: "Settle a conflict: keep mine (send my value over theirs) or take theirs (drop my change).",
    input: z.object({ id: z.number().int().positive(), keep: z.enum(['mine', 'theirs']) }).strict(),
    output: OutboxEntry,
  },
} as const satisfies Record<string, MethodSpec>;

export const outboxEvents = {
  'outbox.changed': {
    summary: 'Outbox entries changed state (queued, sent, failed, conflict, discarded), with the new counts.',
    payload: OutboxChanged,
  },
} as const satisfies Record<string, EventSpec>;
