/**
 * Buyers' questions: every unanswered one, plus the answered ones of the last 90 days on a full pass.
 * Between full passes a quiet check costs two calls: the newest page of unanswered questions (if its
 * total and ids match the cache, nothing was asked or answered) and the newest page of answered ones.
 * When the unanswered list changed, it is read whole, and any question that left it without showing up
 * as answered is read on its own (it may have been deleted or closed).
 */
import { AppError } from '../../shared/errors';
import { unansweredQuestionIds, upsertQuestions } from '../questions/questions-store';
import { runPool } from './pool';
import type { StepContext } from './step-context';
import { readWatermark, writeWatermark } from './sync-state';

const PAGE = 50;
const MAX_PAGES = 60;
const ANSWERED_WINDOW_MS = 90 * 24 * 3_600_000;
const FULL_EVERY_MS = 24 * 3_600_000;

type Page = Awaited<ReturnType<StepContext['api']['questions']['search']>>;

async function readPage(ctx: StepContext, status: string, offset: number): Promise<Page> {
  const page = await ctx.api.questions.search(ctx.userId, { sellerId: ctx.userId, status, offset, limit: PAGE });
  ctx.commit(['questions'], () => upsertQuestions(ctx.db, ctx.userId, page.questions));
  ctx.progress('questions', Math.min(offset + page.questions.length, page.total), page.total);
  return page;
}

/** Pages from `first` on while `more` says so; returns every id seen. */
async function readPages(ctx: StepContext, status: string, first: Page, more: (page: Page) => boolean): Promise<Set<number>> {
  const seen = new Set(first.questions.map((question) => Number(question.id)));
  let page = first;
  for (let offset = PAGE; offset < page.total && offset < MAX_PAGES * PAGE && more(page); offset += PAGE) {
    ctx.signal.throwIfAborted();
    page = await readPage(ctx, status, offset);
    for (const question of page.questions) seen.add(Number(question.id));
  }
  return seen;
}

export async function syncQuestions(ctx: StepContext): Promise<void> {
  const { db, userId } = ctx;
  const startedAt = ctx.now();
  const lastFull = readWatermark(db, userId, 'questions.full_at');
  const full = lastFull === null || startedAt.getTime() - Date.parse(lastFull) > FULL_EVERY_MS;
  const cachedUnanswered = new Set(unansweredQuestionIds(db, userId));

  const unanswered = await readPage(ctx, 'UNANSWERED', 0);
  const unchanged = unanswered.total === cachedUnanswered.size && unanswered.questions.every((question) => cachedUnanswered.has(Number(question.id)));
  const stillUnanswered = full || !unchanged ? await readPages(ctx, 'UNANSWERED', unanswered, () => true) : null;

  const cutoff = startedAt.getTime() - ANSWERED_WINDOW_MS;
  const answered = await readPage(ctx, 'ANSWERED', 0);
  const recent = (page: Page) => {
    const last = page.questions[page.questions.length - 1]?.date_created;
    return typeof last === 'string' && Date.parse(last) >= cutoff;
  };
  if (full) await readPages(ctx, 'ANSWERED', answered, recent);

  if (stillUnanswered) {
    // Questions that left the unanswered list: their new state, unless the answered page already told it.
    const answeredIds = new Set(answered.questions.map((question) => Number(question.id)));
    const gone = [...cachedUnanswered].filter((id) => !stillUnanswered.has(id) && !answeredIds.has(id));
    await runPool(gone, ctx.concurrency, ctx.signal, async (id) => {
      try {
        const question = await ctx.api.questions.get(userId, id);
        ctx.commit(['questions'], () => upsertQuestions(db, userId, [question]));
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'not_found')) throw error;
        ctx.commit(['questions'], () => db.prepare("UPDATE questions SET status = 'DELETED' WHERE id = ? AND user_id = ?").run(id, userId));
      }
    });
  }
  if (full) db.transaction(() => writeWatermark(db, userId, 'questions.full_at', startedAt.toISOString()))();
}
