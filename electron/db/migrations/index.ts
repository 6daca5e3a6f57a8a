/**
 * The schema steps, oldest first, one file per step (NNNN-name.ts), and the runner that applies them.
 * Steps up to RELEASED_THROUGH have shipped: they are append-only history, never edited (a test holds
 * a hash of each one's source). Change the schema by adding the next step.
 */
import { step as accounts } from './0001-accounts';
import { step as outboxAndSyncState } from './0002-outbox-and-sync-state';
import { step as secrets } from './0003-secrets';
import { step as cache } from './0004-cache';
import { step as searchKeptByTriggers } from './0005-search-kept-by-triggers';
import { step as jsonCompressed } from './0006-json-compressed';
import { step as outboxEntries } from './0007-outbox-entries';
import { step as questionsInbox } from './0008-questions-inbox';
import { step as labelsAndPrinting } from './0009-labels-and-printing';
import { step as stock } from './0010-stock';
import { step as printJobSkips } from './0011-print-job-skips';
import { step as labelBytes } from './0012-label-bytes';
import { step as printJobFailures } from './0013-print-job-failures';
import { step as orderNotes } from './0014-order-notes';
import type { Migration } from './runner';

export { DatabaseTooNewError, migrate, schemaVersion, type Migration } from './runner';

export const MIGRATIONS: readonly Migration[] = [accounts, outboxAndSyncState, secrets, cache, searchKeptByTriggers, jsonCompressed, outboxEntries, questionsInbox, labelsAndPrinting, stock, printJobSkips, labelBytes, printJobFailures, orderNotes];

/** The last step that a released Mostrador has run on sellers' databases. */
export const RELEASED_THROUGH = 4;
