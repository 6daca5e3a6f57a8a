/** Buyers' questions from the local cache. */
import { QuestionsPage, QuestionsQuery } from '../questions';
import type { MethodSpec } from './define';

export const questionsMethods = {
  'questions.query': {
    summary: "Cached buyers' questions, unanswered first, with the listing each one is about.",
    input: QuestionsQuery,
    output: QuestionsPage,
  },
} as const satisfies Record<string, MethodSpec>;

export const questionsEvents = {} as const;
