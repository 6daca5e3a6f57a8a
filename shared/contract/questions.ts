/** Buyers' questions: the inbox from the local cache, answers and moderation through the outbox, answer templates. */
import { z } from 'zod';
import {
  AnswerInput,
  AskerInput,
  FiguresQuery,
  NewQuestions,
  QuestionDetail,
  QuestionId,
  QuestionsPage,
  QuestionsQuery,
  ResponseFigures,
  Template,
  TemplateFill,
  TemplateSave,
} from '../questions';
import type { EventSpec, MethodSpec } from './define';

const Queued = z.object({ outboxId: z.number() });
const TemplateId = z.object({ id: z.number().int().positive() }).strict();

export const questionsMethods = {
  'questions.query': {
    summary: "Cached buyers' questions: unanswered first and oldest first, then the rest newest first; each with its listing and the writes about it still in the outbox. `search` looks in questions and answers.",
    input: QuestionsQuery,
    output: QuestionsPage,
  },
  'questions.get': {
    summary: "One question with the listing beside it (price, stock, variations, description excerpt), the asker's earlier questions on the seller's listings, and whether the asker is blocked.",
    input: QuestionId,
    output: QuestionDetail,
  },
  'questions.figures': {
    summary: 'Median and 90th-percentile response time (question to answer) over the last 30 days, for some accounts or all.',
    input: FiguresQuery,
    output: ResponseFigures,
  },
  'questions.answer': {
    summary:
      'Answer a question (1 to 2000 characters, not only spaces): queued in the outbox and sent when Mercado Libre is reachable; the question shows the answer as pending until then. Answered elsewhere meanwhile → the entry ends as a conflict showing the other answer.',
    input: AnswerInput,
    output: Queued,
  },
  'questions.delete': {
    summary: "Delete a question from the seller's listing, through the outbox.",
    input: QuestionId,
    output: Queued,
  },
  'questions.blockAsker': {
    summary: "Put a buyer on the seller's questions blacklist (they can no longer ask), through the outbox.",
    input: AskerInput,
    output: Queued,
  },
  'questions.unblockAsker': {
    summary: "Take a buyer off the seller's questions blacklist, through the outbox.",
    input: AskerInput,
    output: Queued,
  },
  'templates.list': {
    summary: 'The answer templates saved on this computer, by language and name.',
    input: z.object({}).strict().optional(),
    output: z.array(Template),
  },
  'templates.save': {
    summary: 'Add an answer template, or change one (with `id`). Placeholders: {buyer} {title} {price} {stock} {sku} {greeting}.',
    input: TemplateSave,
    output: Template,
  },
  'templates.delete': {
    summary: 'Remove an answer template.',
    input: TemplateId,
    output: z.object({ deleted: z.literal(true) }),
  },
  'templates.fill': {
    summary: "A template filled for a question: the asker's nickname, the listing's title, price, stock and SKU, and the greeting for the time of day where the store is.",
    input: TemplateFill,
    output: z.object({ text: z.string() }),
  },
} as const satisfies Record<string, MethodSpec>;

export const questionsEvents = {
  'questions.new': {
    summary: 'A sync found questions that were not there before (unanswered): which account, and each question with its listing.',
    payload: NewQuestions,
  },
} as const satisfies Record<string, EventSpec>;
