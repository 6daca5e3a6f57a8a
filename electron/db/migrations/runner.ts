/**
 * Numbered schema steps. Each runs in its own transaction together with the bump of
 * PRAGMA user_version, so a crash leaves the database at a whole step. A database written by a
 * newer Mostrador (user_version beyond what we know) is refused rather than touched.
 */
import type { Database } from 'better-sqlite3';

export interface Migration {
  /** 1-based; must equal its position in the list. */
  version: number;
  name: string;
  /** The step frees much space: VACUUM once the steps have run, so the file itself shrinks. */
  vacuum?: boolean;
  up(db: Database): void;
}

export class DatabaseTooNewError extends Error {
  override name = 'DatabaseTooNewError';
  constructor(
    readonly found: number,
    readonly supported: number,
  ) {
    super(
      `This data was written by a newer version of Mostrador (database version ${found}; this app knows up to ${supported}). Update Mostrador to open it.`,
    );
  }
}

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Brings the database up to the last step (or to `target`); returns the steps it ran. */
export function migrate(db: Database, steps: readonly Migration[], target = steps.length): Migration[] {
  steps.forEach((step, index) => {
    if (step.version !== index + 1) throw new Error(`Migration ${step.name} is numbered ${step.version}, expected ${index + 1}`);
  });
  const current = schemaVersion(db);
  if (current > steps.length) throw new DatabaseTooNewError(current, steps.length);
  const ran: Migration[] = [];
  for (const step of steps.slice(current, target)) {
    db.transaction(() => {
      step.up(db);
      db.pragma(`user_version = ${step.version}`);
    })();
    ran.push(step);
  }
  // Outside any transaction, as VACUUM requires; a crash during it leaves the migrated database intact.
  if (ran.some((step) => step.vacuum)) db.exec('VACUUM');
  return ran;
}
