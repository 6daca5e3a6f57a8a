/** How old the saved data is, and whether Mercado Libre is out of reach: shared by the status bar and the offline banner. */
import type { AccountSyncStatus } from '../../../shared/sync';
import type { Formatters } from '../../i18n/use-format';

/** The oldest last successful sync of all accounts: the data is at least that fresh. */
export function oldestSync(accounts: readonly AccountSyncStatus[]): string | null {
  const times = accounts.map((account) => account.lastSyncAt).filter((value): value is string => value !== null).sort();
  return times[0] ?? null;
}

export function isOffline(accounts: readonly AccountSyncStatus[], online: boolean): boolean {
  return !online || accounts.some((account) => account.state === 'offline');
}

/** Today's data is named by its time; older data by date and time. */
export function dataTime(iso: string, format: Formatters, now: number): string {
  const sameDay = new Date(iso).toDateString() === new Date(now).toDateString();
  return sameDay ? format.time(iso) : format.dateTime(iso);
}
