/**
 * What each kind of write (listing edit, stock change, answer…) tells the outbox worker: how to read
 * the remote objects its entries write to, how to compare them with what the seller based the change
 * on, how to send it, and how to bring the local copy in line afterwards.
 */
import type { ConflictField, OutboxKind } from '../../shared/outbox';
import type { StoredEntry } from './outbox-store';

/** What the remote object says about an entry, read just before sending it (or after an unclear send). */
export type Comparison =
  /** Mercado Libre already has the seller's values: nothing to send (a resend would apply it twice). */
  | { outcome: 'applied' }
  /** Mercado Libre still has what the change was based on: send it. */
  | { outcome: 'send' }
  /** Someone changed the same field elsewhere since: the seller decides. */
  | { outcome: 'conflict'; fields: ConflictField[] };

export interface Executor<P = unknown, R = unknown> {
  kind: OutboxKind;
  /** How many entries one `readRemote` call can serve (a multiget reads 20 listings at once). */
  readBatch: number;
  /** Reads the current remote object of each entry, keyed by target; a missing key means "gone". */
  readRemote(userId: number, entries: readonly StoredEntry<P>[]): Promise<Map<string, R>>;
  compare(entry: StoredEntry<P>, remote: R): Comparison;
  /** Sends the change; resolves with the remote object as it is afterwards. */
  send(entry: StoredEntry<P>, remote: R): Promise<R>;
  /** Writes the confirmed remote object into the local copy (inside the worker's transaction). */
  applyLocal(entry: StoredEntry<P>, remote: R): void;
  /** Keep mine after a conflict: the same change, now based on what Mercado Libre has. */
  rebase(entry: StoredEntry<P>, remote: R): P;
  /**
   * Take theirs after a conflict: the change without the clashing fields, so what did not clash is
   * still sent; null (or no such method) when nothing is left and the entry is dropped.
   */
  withoutConflicts?(entry: StoredEntry<P>, conflicts: readonly ConflictField[]): P | null;
}

/** The worker holds every kind's executor; their payloads differ, so it sees them as unknown. */
export type AnyExecutor = Executor<unknown, unknown>;
