/**
 * Notices a lost connection between polls: every few seconds, a check that Mercado Libre answers at
 * all (no token, none of the budget). Reports only changes, so the sync service reacts once when the
 * connection goes and once when it comes back.
 */
export const REACHABILITY_EVERY_MS = 5_000;

export interface ReachabilityWatchOptions {
  probe: () => Promise<boolean>;
  /** Whether a check is worth making now (e.g. some account is connected). */
  wanted: () => boolean;
  onChange: (reachable: boolean) => void;
  everyMs?: number;
}

export function createReachabilityWatch(options: ReachabilityWatchOptions) {
  let timer: NodeJS.Timeout | null = null;
  let last: boolean | null = null;
  let checking = false;

  async function check(): Promise<void> {
    if (checking || !options.wanted()) return;
    checking = true;
    try {
      const reachable = await options.probe();
      if (timer === null || reachable === last) return;
      const first = last === null;
      last = reachable;
      // The first answer only sets the baseline when it is good news: nothing was lost.
      if (!(first && reachable)) options.onChange(reachable);
    } finally {
      checking = false;
    }
  }

  return {
    start(): void {
      if (timer !== null) return;
      timer = setInterval(() => void check(), options.everyMs ?? REACHABILITY_EVERY_MS);
      timer.unref();
    },
    stop(): void {
      if (timer !== null) clearInterval(timer);
      timer = null;
      last = null;
    },
    /** What the last check found (null before the first). */
    reachable(): boolean | null {
      return last;
    },
  };
}
