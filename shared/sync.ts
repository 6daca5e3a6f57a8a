/** Sync as the UI sees it: progress of a running sync and each account's state. */
import { z } from 'zod';

export const SYNC_STEPS = ['orders', 'items', 'shipments', 'questions'] as const;
export const SyncStep = z.enum(SYNC_STEPS);
export type SyncStep = z.infer<typeof SyncStep>;

export const SyncProgress = z.object({
  userId: z.number(),
  step: SyncStep,
  done: z.number(),
  /** null while the size is not known yet. */
  total: z.number().nullable(),
});
export type SyncProgress = z.infer<typeof SyncProgress>;

export const SyncState = z.enum(['idle', 'running', 'offline', 'rate_limited', 'needs_sign_in', 'error']);

/**
 * Why an account is not syncing, as a code the screens word in the UI language (`message` keeps the
 * English sentence for the local API). `partial`: some steps synced, the ones in failedSteps did not.
 */
export const SYNC_PROBLEMS = ['offline', 'rate_limited', 'needs_sign_in', 'error', 'partial'] as const;
export const SyncProblem = z.enum(SYNC_PROBLEMS);
export type SyncProblem = z.infer<typeof SyncProblem>;

export const AccountSyncStatus = z.object({
  userId: z.number(),
  state: SyncState,
  /** When the last complete sync finished (ISO, UTC). */
  lastSyncAt: z.string().nullable(),
  /** The last failure, in words for the seller, when state is not idle or running. */
  message: z.string().nullable(),
  /** The same failure as a code (null when idle or running). */
  problem: SyncProblem.nullable(),
  /** Whether a first full sync has completed (screens can tell "empty" from "not synced yet"). */
  firstSyncDone: z.boolean(),
  /** Steps the last sync could not finish (the others were synced); empty when it all went through. */
  failedSteps: z.array(SyncStep),
});
export type AccountSyncStatus = z.infer<typeof AccountSyncStatus>;

export const SyncStatus = z.object({
  online: z.boolean(),
  accounts: z.array(AccountSyncStatus),
});
export type SyncStatus = z.infer<typeof SyncStatus>;
