/**
 * The seller's writes about questions, checked here and then queued in the outbox (in one transaction),
 * so an answer written offline is kept and sent once Mercado Libre is reachable. Bad input and unknown
 * questions are refused before anything is queued.
 */
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/errors';
import { ANSWER_MAX_CHARS, answerProblem } from '../../shared/questions';
import type { OutboxModule } from '../outbox/outbox-module';
import { askerTarget, type AnswerPayload, type AskerPayload, type DeletePayload } from './question-executors';
import { outboxByQuestion, questionTarget } from './questions-query';

interface CachedQuestion {
  id: number;
  user_id: number;
  status: string;
  answer_text: string | null;
}

const ANSWER_MESSAGES = {
  answer_empty: 'An answer cannot be empty.',
  answer_too_long: `An answer holds at most ${ANSWER_MAX_CHARS} characters.`,
} as const;

export function createQuestionActions(deps: { db: Database; outbox: OutboxModule }) {
  const { db, outbox } = deps;

  function cached(questionId: number): CachedQuestion {
    const row = db.prepare('SELECT id, user_id, status, answer_text FROM questions WHERE id = ?').get(questionId) as CachedQuestion | undefined;
    if (!row) throw new AppError('not_found', 'There is no such question on this computer.', { questionId });
    return row;
  }

  function openKinds(questionId: number): Set<string> {
    return new Set((outboxByQuestion(db, [questionId]).get(questionId) ?? []).filter((entry) => entry.state !== 'conflict').map((entry) => entry.kind));
  }

  return {
    answer(input: { questionId: number; text: string }): { outboxId: number } {
      const rule = answerProblem(input.text);
      if (rule) throw new AppError('invalid_input', ANSWER_MESSAGES[rule], { issues: [{ path: 'text', message: ANSWER_MESSAGES[rule], rule }], max: ANSWER_MAX_CHARS });
      const question = cached(input.questionId);
      if (question.status !== 'UNANSWERED') {
        throw new AppError('conflict', 'This question is no longer waiting for an answer.', { rule: 'not_unanswered', status: question.status, answer: question.answer_text });
      }
      if (openKinds(question.id).has('question.answer')) throw new AppError('conflict', 'An answer to this question is already waiting to be sent.', { rule: 'answer_pending' });
      const payload: AnswerPayload = { questionId: question.id, text: input.text };
      const [outboxId] = outbox.enqueue([{ userId: question.user_id, kind: 'question.answer', target: questionTarget(question.id), payload }]);
      return { outboxId: outboxId ?? 0 };
    },
    remove(input: { questionId: number }): { outboxId: number } {
      const question = cached(input.questionId);
      if (question.status === 'DELETED') throw new AppError('conflict', 'This question is already deleted.', { rule: 'deleted' });
      if (openKinds(question.id).has('question.delete')) throw new AppError('conflict', 'This question is already being deleted.', { rule: 'delete_pending' });
      const payload: DeletePayload = { questionId: question.id };
      const [outboxId] = outbox.enqueue([{ userId: question.user_id, kind: 'question.delete', target: questionTarget(question.id), payload }]);
      return { outboxId: outboxId ?? 0 };
    },
    asker(input: { userId: number; askerId: number }, block: boolean): { outboxId: number } {
      const account = db.prepare('SELECT 1 FROM accounts WHERE user_id = ?').get(input.userId);
      if (!account) throw new AppError('not_found', 'There is no such account on this computer.', { userId: input.userId });
      if (input.askerId === input.userId) throw new AppError('invalid_input', 'A seller cannot block their own account.', { issues: [{ path: 'askerId', message: 'A seller cannot block their own account.' }] });
      const payload: AskerPayload = { askerId: input.askerId };
      const [outboxId] = outbox.enqueue([{ userId: input.userId, kind: block ? 'questions.block' : 'questions.unblock', target: askerTarget(input.userId, input.askerId), payload }]);
      return { outboxId: outboxId ?? 0 };
    },
  };
}
