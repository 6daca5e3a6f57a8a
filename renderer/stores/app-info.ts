/** What `app.info` says about this run (version, mode, demo, data folder) and which notices were dismissed. */
import { createRemoteStore, createStore } from './create-store';

export const useAppInfo = createRemoteStore('app.info');

// Dismissals are remembered for this data folder's notices, so a set-aside settings file is reported
// once rather than on every launch, while a new problem (different text) still shows.
const DISMISSED_KEY = 'mostrador.dismissedNotices';

interface NoticeState {
  dismissed: ReadonlySet<string>;
  dismiss(key: string): void;
}

export function noticeKey(notice: { code: string; message: string }): string {
  return `${notice.code}:${notice.message}`;
}

export const useNotices = createStore<NoticeState>((set, get) => ({
  dismissed: new Set(readDismissed()),
  dismiss(key) {
    const dismissed = new Set(get().dismissed).add(key);
    set({ dismissed });
    try {
      localStorage.setItem(DISMISSED_KEY, JSON.stringify([...dismissed]));
    } catch {
      // Storage full or blocked: the notice stays dismissed for this session only.
    }
  },
}));

function readDismissed(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}
