/** The sync bar measures the whole sync: each step counts the same and a new step starts where the last ended. */
import { describe, expect, it } from 'vitest';
import { overallProgress } from '../../renderer/features/sync/overall-progress';

describe('overallProgress', () => {
  it('puts "Envíos 0/72" at half the bar, after orders and listings', () => {
    expect(overallProgress({ userId: 1, step: 'shipments', done: 0, total: 72 })).toEqual({ stepNumber: 3, stepCount: 4, fraction: 0.5 });
  });

  it('grows within a step and never runs past the step', () => {
    expect(overallProgress({ userId: 1, step: 'orders', done: 150, total: 300 }).fraction).toBe(0.125);
    expect(overallProgress({ userId: 1, step: 'questions', done: 9, total: 5 }).fraction).toBe(1);
  });

  it('counts a step of unknown size as just started, and no progress yet as the start', () => {
    expect(overallProgress({ userId: 1, step: 'items', done: 40, total: null }).fraction).toBe(0.25);
    expect(overallProgress(null)).toEqual({ stepNumber: 1, stepCount: 4, fraction: 0 });
  });
});
