/**
 * The counts the dock/taskbar badge and the tray show — unanswered questions and labels ready to
 * print — read through the host's dispatcher like any screen, and refreshed when the cache changes.
 * Rising question counts are handed to the notifier (never on the first read: that is not news).
 */
import { z } from 'zod';
import type { EventBus } from '../core/event-bus';
import type { Dispatch } from '../core/registry';

export interface BadgeCounts {
  unanswered: number;
  labels: number;
}

/** Cache changes come in bursts during a sync; one read per burst is enough. */
const REFRESH_DELAY_MS = 500;

// Only the totals are read; the dispatcher's answer is checked like any other input.
const QuestionTotals = z.object({ unanswered: z.number() });
const OrderTotals = z.object({ total: z.number() });

export async function readBadgeCounts(dispatch: Dispatch): Promise<BadgeCounts> {
  const [questions, orders] = await Promise.all([
    dispatch('questions.query', { limit: 1 }),
    dispatch('orders.query', { shipping: ['label_ready'], limit: 1 }),
  ]);
  const unanswered = questions.ok ? QuestionTotals.safeParse(questions.value) : null;
  const labels = orders.ok ? OrderTotals.safeParse(orders.value) : null;
  return {
    unanswered: unanswered?.success ? unanswered.data.unanswered : 0,
    labels: labels?.success ? labels.data.total : 0,
  };
}

export interface BadgeOptions {
  dispatch: Dispatch;
  events: EventBus;
  apply: (counts: BadgeCounts) => void;
  onNewQuestions?: (added: number, counts: BadgeCounts) => void;
  delayMs?: number;
}

export interface Badge {
  refresh(): Promise<BadgeCounts>;
  stop(): void;
}

export function createBadge(options: BadgeOptions): Badge {
  let previous: BadgeCounts | null = null;
  let timer: NodeJS.Timeout | null = null;
  const refresh = async (): Promise<BadgeCounts> => {
    const counts = await readBadgeCounts(options.dispatch);
    if (previous !== null && counts.unanswered > previous.unanswered) options.onNewQuestions?.(counts.unanswered - previous.unanswered, counts);
    previous = counts;
    options.apply(counts);
    return counts;
  };
  const unsubscribe = options.events.subscribe((name) => {
    if (name !== 'cache.changed' && name !== 'accounts.changed') return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      // A failed read keeps the last badge; the next change tries again.
      refresh().catch(() => undefined);
    }, options.delayMs ?? REFRESH_DELAY_MS);
  });
  return {
    refresh,
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

/** The tray's tooltip, in the seller's words. */
export function badgeSummary(counts: BadgeCounts, language: 'es' | 'pt-BR' | 'en'): string {
  const text = {
    es: [`${counts.unanswered} preguntas sin responder`, `${counts.labels} etiquetas para imprimir`],
    'pt-BR': [`${counts.unanswered} perguntas sem resposta`, `${counts.labels} etiquetas para imprimir`],
    en: [`${counts.unanswered} unanswered questions`, `${counts.labels} labels to print`],
  }[language];
  return `Mostrador — ${text.join(' · ')}`;
}
