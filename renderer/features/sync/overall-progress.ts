/**
 * How far a whole sync is, from the progress of its current step: the steps run in SYNC_STEPS order and
 * each counts the same, so "Envíos 0/72" means two steps done and the bar half full, never a bar left
 * full by the previous step. A step whose size is not known yet counts as just started.
 */
import { SYNC_STEPS, type SyncProgress } from '../../../shared/sync';

export interface OverallProgress {
  /** 1-based position of the running step. */
  stepNumber: number;
  stepCount: number;
  /** 0…1 across every step. */
  fraction: number;
}

export function overallProgress(progress: SyncProgress | null): OverallProgress {
  const stepCount = SYNC_STEPS.length;
  if (!progress) return { stepNumber: 1, stepCount, fraction: 0 };
  const index = SYNC_STEPS.indexOf(progress.step);
  const within = progress.total !== null && progress.total > 0 ? Math.min(Math.max(progress.done / progress.total, 0), 1) : 0;
  return { stepNumber: index + 1, stepCount, fraction: (index + within) / stepCount };
}
