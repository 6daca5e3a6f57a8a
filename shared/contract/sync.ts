/** Sync: status, "Sync now", cancel, and the progress of a running sync. */
import { z } from 'zod';
import { SyncProgress, SyncStatus } from '../sync';
import { NoInput, type EventSpec, type MethodSpec } from './define';

export const syncMethods = {
  'sync.status': {
    summary: 'Whether Mercado Libre is reachable, and each account\'s sync state and last complete sync.',
    input: NoInput,
    output: SyncStatus,
  },
  'sync.now': {
    summary: 'Sync now (one account, or all connected ones). Returns at once; `sync.progress` and `sync.status` follow.',
    input: z.object({ userId: z.number().int().positive().optional(), full: z.boolean().optional() }).strict().optional(),
    output: z.object({ started: z.array(z.number()) }),
  },
  'sync.cancel': {
    summary: 'Stop a running sync; what it already saved stays, and the next sync resumes from there.',
    input: z.object({ userId: z.number().int().positive().optional() }).strict().optional(),
    output: z.object({ cancelled: z.number() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const syncEvents = {
  'sync.progress': {
    summary: 'A running sync moved on: step and done/total (total null while unknown).',
    payload: SyncProgress,
  },
  'sync.status': {
    summary: 'Sync state changed (started, finished, offline, rate-limited, needs sign-in).',
    payload: SyncStatus,
  },
} as const satisfies Record<string, EventSpec>;
