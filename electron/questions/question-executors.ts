/**
 * What the outbox worker needs to send answers, deletes and blocks. Before an answer is sent the
 * question is read again: already answered with our text (a send whose reply was lost) → done without
 * sending twice; still unanswered → send; answered elsewhere, closed or deleted → a conflict that shows
 * the other answer, never a second POST and never an error. Blocks read the seller's blacklist once
 * per batch the same way.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import type { QuestionOutboxEntry } from '../../shared/questions';
import { meliErrorDetails } from '../meli/errors';
import type { MeliApi } from '../meli/endpoints';
import type { Question } from '../meli/schemas';
import type { AnyExecutor, Comparison, Executor } from '../outbox/executor';
import type { StoredEntry } from '../outbox/outbox-store';
import { runPool } from '../sync/pool';
import { upsertQuestions } from './questions-store';

export interface AnswerPayload {
  questionId: number;
  text: string;
}
export interface DeletePayload {
  questionId: number;
}
export interface AskerPayload {
  askerId: number;
}

/** The question as Mercado Libre has it now; null when it answers "not found" (deleted). */
export interface RemoteQuestion {
  question: Question | null;
}

/** What an answered-elsewhere conflict keeps: the question's status and the answer it has. */
export interface Elsewhere {
  status: string;
  answer: string | null;
}

export interface QuestionExecutorDeps {
  db: Database;
  api: () => MeliApi;
}

const READ_CONCURRENCY = 4;

function isNotFound(error: unknown): boolean {
  return error instanceof AppError && error.code === 'not_found';
}

export function compareAnswer(payload: AnswerPayload, remote: RemoteQuestion): Comparison {
  const question = remote.question;
  if (question?.status === 'UNANSWERED') return { outcome: 'send' };
  if (question?.status === 'ANSWERED' && question.answer?.text === payload.text) return { outcome: 'applied' };
  const theirs: Elsewhere = { status: question?.status ?? 'DELETED', answer: question?.answer?.text ?? null };
  return { outcome: 'conflict', fields: [{ field: 'answer', base: null, mine: payload.text, theirs }] };
}

/** How the screens see an open outbox entry of a question. */
export function questionOutboxEntry(entry: StoredEntry): QuestionOutboxEntry {
  const payload = entry.payload as Partial<AnswerPayload>;
  const theirs = entry.conflict?.find((field) => field.field === 'answer')?.theirs as Partial<Elsewhere> | undefined;
  return {
    outboxId: entry.id,
    kind: entry.kind,
    state: entry.state,
    text: typeof payload.text === 'string' ? payload.text : null,
    elsewhere: theirs ? { status: String(theirs.status ?? 'DELETED'), answer: typeof theirs.answer === 'string' ? theirs.answer : null } : null,
  };
}

/** Reads each entry's question and refreshes the local copy with it (so a conflict shows the other answer). */
async function readQuestions(deps: QuestionExecutorDeps, userId: number, entries: readonly StoredEntry<{ questionId: number }>[]): Promise<Map<string, RemoteQuestion>> {
  const remotes = new Map<string, RemoteQuestion>();
  const ids = [...new Set(entries.map((entry) => entry.payload.questionId))];
  await runPool(ids, READ_CONCURRENCY, new AbortController().signal, async (id) => {
    try {
      remotes.set(`question:${id}`, { question: await deps.api().questions.get(userId, id) });
    } catch (error) {
      if (!isNotFound(error)) throw error;
      remotes.set(`question:${id}`, { question: null });
    }
  });
  deps.db.transaction(() => {
    for (const [target, remote] of remotes) {
      if (remote.question) upsertQuestions(deps.db, userId, [remote.question]);
      else markDeleted(deps.db, userId, Number(target.slice('question:'.length)));
    }
  })();
  return remotes;
}

function markDeleted(db: Database, userId: number, questionId: number): void {
  db.prepare("UPDATE questions SET status = 'DELETED' WHERE id = ? AND user_id = ?").run(questionId, userId);
}

function answerExecutor(deps: QuestionExecutorDeps): Executor<AnswerPayload, RemoteQuestion> {
  return {
    kind: 'question.answer',
    readBatch: 20,
    readRemote: (userId, entries) => readQuestions(deps, userId, entries),
    compare: (entry, remote) => compareAnswer(entry.payload, remote),
    async send(entry) {
      try {
        return { question: await deps.api().questions.answer(entry.userId, entry.payload.questionId, entry.payload.text) };
      } catch (error) {
        const details = meliErrorDetails(error);
        // Answered (or deleted) between our read and our POST: left for the next read to sort out
        // (ours after all → done; someone else's → a conflict showing it), not reported as a failure.
        if (details?.meliError === 'not_unanswered_question' && error instanceof AppError) {
          throw new AppError(error.code, 'The question changed in Mercado Libre just before the answer arrived; Mostrador reads it again.', { ...details, unclear: true });
        }
        throw error;
      }
    },
    applyLocal(entry, remote) {
      if (remote.question) upsertQuestions(deps.db, entry.userId, [remote.question]);
    },
    rebase: (entry) => entry.payload,
  };
}

function deleteExecutor(deps: QuestionExecutorDeps): Executor<DeletePayload, RemoteQuestion> {
  return {
    kind: 'question.delete',
    readBatch: 20,
    readRemote: (userId, entries) => readQuestions(deps, userId, entries),
    compare: (_entry, remote) => (remote.question === null || remote.question.status === 'DELETED' ? { outcome: 'applied' } : { outcome: 'send' }),
    async send(entry, remote) {
      try {
        await deps.api().questions.remove(entry.userId, entry.payload.questionId);
      } catch (error) {
        if (!isNotFound(error)) throw error;
      }
      return { question: remote.question ? { ...remote.question, status: 'DELETED' } : null };
    },
    applyLocal(entry, remote) {
      if (remote.question && remote.question.status !== 'DELETED') upsertQuestions(deps.db, entry.userId, [remote.question]);
      else markDeleted(deps.db, entry.userId, entry.payload.questionId);
    },
    rebase: (entry) => entry.payload,
  };
}

export function askerTarget(userId: number, askerId: number): string {
  return `asker:${userId}:${askerId}`;
}

function blacklistExecutor(deps: QuestionExecutorDeps, block: boolean): Executor<AskerPayload, { blocked: boolean }> {
  return {
    kind: block ? 'questions.block' : 'questions.unblock',
    readBatch: 50,
    async readRemote(userId, entries) {
      const blocked = await deps.api().questions.blacklist(userId, userId);
      return new Map(entries.map((entry) => [entry.target, { blocked: blocked.has(entry.payload.askerId) }]));
    },
    compare: (_entry, remote) => (remote.blocked === block ? { outcome: 'applied' } : { outcome: 'send' }),
    async send(entry) {
      if (block) await deps.api().questions.blockAsker(entry.userId, entry.userId, entry.payload.askerId);
      else {
        try {
          await deps.api().questions.unblockAsker(entry.userId, entry.userId, entry.payload.askerId);
        } catch (error) {
          // Not on the list any more: what the seller wanted.
          if (!isNotFound(error)) throw error;
        }
      }
      return { blocked: block };
    },
    // Nothing to copy: the done entry itself is the local record (see `askerBlocked`).
    applyLocal: () => undefined,
    rebase: (entry) => entry.payload,
  };
}

/** Whether the seller blocked this asker, as far as this computer knows: the last block or unblock that went through. */
export function askerBlocked(db: Database, userId: number, askerId: number): boolean {
  const kind = db
    .prepare("SELECT kind FROM outbox WHERE target = ? AND state = 'done' AND kind IN ('questions.block', 'questions.unblock') ORDER BY id DESC LIMIT 1")
    .pluck()
    .get(askerTarget(userId, askerId)) as string | undefined;
  return kind === 'questions.block';
}

/** Every outbox executor the questions capability brings (for the host's outbox). */
export function createQuestionExecutors(deps: QuestionExecutorDeps): AnyExecutor[] {
  return [answerExecutor(deps), deleteExecutor(deps), blacklistExecutor(deps, true), blacklistExecutor(deps, false)];
}
