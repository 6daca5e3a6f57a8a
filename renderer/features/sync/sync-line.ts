/**
 * The status bar's sync line in the seller's words: "Sincronizado hace 2 min", "Sin conexión — datos de
 * 14:02", or a problem worded from the code main sends (SYNC_PROBLEMS), never main's English message.
 */
import type { AccountSyncStatus, SyncProblem } from '../../../shared/sync';
import type { Translate } from '../../i18n/translate';
import type { Formatters } from '../../i18n/use-format';
import { dataTime, oldestSync } from './sync-time';

/** The most urgent problem names the line. */
const PROBLEM_ORDER: readonly SyncProblem[] = ['offline', 'needs_sign_in', 'rate_limited', 'partial', 'error'];

/** A problem's words; null when there is no saved data to speak of (the line then says "first sync pending"). */
export function problemText(problem: SyncProblem, accounts: readonly AccountSyncStatus[], when: string | null, t: Translate): string | null {
  switch (problem) {
    case 'offline':
      return when ? t('sync.offline', { when }) : t('sync.offlineNoData');
    case 'needs_sign_in':
      return t('sync.needsSignIn');
    case 'rate_limited':
      return when ? t('sync.rateLimited', { when }) : t('sync.offlineNoData');
    case 'partial': {
      const steps = accounts.find((account) => account.problem === 'partial')?.failedSteps ?? [];
      return when ? t('sync.partial', { steps: steps.map((step) => t(`sync.step.${step}`)).join(', '), when }) : null;
    }
    case 'error':
      return when ? t('sync.failed', { when }) : null;
  }
}

/** One line for all accounts: the most urgent state wins, the data time is the oldest last sync. */
export function describeSync(
  accounts: readonly AccountSyncStatus[],
  online: boolean,
  running: boolean,
  format: Formatters,
  now: number,
  t: Translate,
): string {
  if (running) return t('sync.syncing');
  const oldest = oldestSync(accounts);
  const when = oldest ? dataTime(oldest, format, now) : null;
  const problem = online ? PROBLEM_ORDER.find((code) => accounts.some((account) => account.problem === code)) : 'offline';
  const words = problem ? problemText(problem, accounts, when, t) : null;
  if (words) return words;
  if (!oldest) return t('sync.firstSync');
  const ago = now - new Date(oldest).getTime() < 60_000 ? t('sync.justNow') : format.ago(oldest, now);
  return t('sync.syncedAgo', { ago });
}
