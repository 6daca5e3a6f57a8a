/**
 * Buyers' questions: every unanswered one, plus the answered ones of the last 90 days on a full pass;
 * between full passes, the unanswered list and the newest answered page (one call each when quiet).
 */
import { upsertQuestions } from '../questions/questions-store';
import type { StepContext } from './step-context';
import { readWatermark, writeWatermark } from './sync-state';

const PAGE = 50;
const ANSWERED_WINDOW_MS = 90 * 24 * 3_600_000;
const FULL_EVERY_MS = 24 * 3_600_000;

async function pages(ctx: StepContext, status: string, keepGoing: (page: Array<{ date_created?: unknown }>) => boolean, maxPages: number): Promise<void> {
  const { db, api, userId, signal } = ctx;
  for (let offset = 0, page = 0; page < maxPages; offset += PAGE, page += 1) {
    signal.throwIfAborted();
    const result = await api.questions.search(userId, { sellerId: userId, status, offset, limit: PAGE });
    db.transaction(() => upsertQuestions(db, userId, result.questions))();
    ctx.progress('questions', Math.min(offset + result.questions.length, result.total), result.total);
    if (result.questions.length < PAGE || offset + PAGE >= result.total || !keepGoing(result.questions)) return;
  }
}

export async function syncQuestions(ctx: StepContext): Promise<void> {
  const { db, userId } = ctx;
  const startedAt = ctx.now();
  const lastFull = readWatermark(db, userId, 'questions.full_at');
  const full = lastFull === null || startedAt.getTime() - Date.parse(lastFull) > FULL_EVERY_MS;
  const cutoff = startedAt.getTime() - ANSWERED_WINDOW_MS;
  await pages(ctx, 'UNANSWERED', () => true, 40);
  const recent = (page: Array<{ date_created?: unknown }>) => {
    const last = page[page.length - 1]?.date_created;
    return typeof last === 'string' && Date.parse(last) >= cutoff;
  };
  await pages(ctx, 'ANSWERED', recent, full ? 40 : 1);
  if (full) db.transaction(() => writeWatermark(db, userId, 'questions.full_at', startedAt.toISOString()))();
}
