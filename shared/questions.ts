/** Buyers' questions as the screens see them, with the listing each one is about, answers and moderation. */
import { z } from 'zod';
import { OutboxKind, OutboxState } from './outbox';
import { Language } from './settings';

/** Mercado Libre's limit for one answer. */
export const ANSWER_MAX_CHARS = 2000;

export const QuestionsQuery = z
  .object({
    accountIds: z.array(z.number().int().positive()).max(50).optional(),
    statuses: z.array(z.string().regex(/^[A-Z_]{3,30}$/)).max(10).optional(),
    /** Words in the question or its answer (full-text, each word matched as a prefix). */
    search: z.string().trim().max(200).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type QuestionsQuery = z.input<typeof QuestionsQuery>;

/** A write about this question still in the outbox (an answer waiting to be sent, a delete…). */
export const QuestionOutboxEntry = z.object({
  outboxId: z.number(),
  kind: OutboxKind,
  state: OutboxState,
  /** The answer as the seller wrote it (answers only). */
  text: z.string().nullable(),
  /** Answered elsewhere before ours was sent: the answer Mercado Libre has (null: deleted or unreadable). */
  elsewhere: z.object({ status: z.string(), answer: z.string().nullable() }).nullable(),
});
export type QuestionOutboxEntry = z.infer<typeof QuestionOutboxEntry>;

export const QuestionRow = z.object({
  id: z.number(),
  userId: z.number(),
  itemId: z.string(),
  itemTitle: z.string().nullable(),
  itemThumbnail: z.string().nullable(),
  status: z.string(),
  text: z.string(),
  dateCreated: z.string(),
  fromId: z.number().nullable(),
  answerText: z.string().nullable(),
  answerDate: z.string().nullable(),
  outbox: z.array(QuestionOutboxEntry),
});
export type QuestionRow = z.infer<typeof QuestionRow>;

export const QuestionsPage = z.object({ total: z.number(), unanswered: z.number(), rows: z.array(QuestionRow) });
export type QuestionsPage = z.infer<typeof QuestionsPage>;

export const QuestionListing = z.object({
  id: z.string(),
  title: z.string(),
  status: z.string(),
  price: z.number().nullable(),
  currencyId: z.string().nullable(),
  availableQuantity: z.number(),
  sku: z.string().nullable(),
  thumbnail: z.string().nullable(),
  permalink: z.string().nullable(),
  variations: z.array(z.object({ id: z.number(), attributes: z.string(), price: z.number().nullable(), availableQuantity: z.number(), sku: z.string().nullable() })),
  /** The first lines of the saved description (null: not read yet). */
  descriptionExcerpt: z.string().nullable(),
});
export type QuestionListing = z.infer<typeof QuestionListing>;

export const AskerQuestion = z.object({
  id: z.number(),
  itemId: z.string(),
  itemTitle: z.string().nullable(),
  text: z.string(),
  status: z.string(),
  dateCreated: z.string(),
  answerText: z.string().nullable(),
});
export type AskerQuestion = z.infer<typeof AskerQuestion>;

export const QuestionDetail = z.object({
  question: QuestionRow,
  siteId: z.string().nullable(),
  listing: QuestionListing.nullable(),
  /** The asker's other questions on this seller's listings, newest first. */
  askerQuestions: z.array(AskerQuestion),
  /** The asker is on the seller's questions blacklist (as far as this computer knows). */
  askerBlocked: z.boolean(),
});
export type QuestionDetail = z.infer<typeof QuestionDetail>;

export const QuestionId = z.object({ questionId: z.number().int().positive() }).strict();
export const AnswerInput = z.object({ questionId: z.number().int().positive(), text: z.string().max(20_000) }).strict();
export const AskerInput = z.object({ userId: z.number().int().positive(), askerId: z.number().int().positive() }).strict();

export const ResponseFigures = z.object({
  /** Questions answered in the window that the figures are made of. */
  answered: z.number(),
  medianMs: z.number().nullable(),
  p90Ms: z.number().nullable(),
  since: z.string(),
});
export type ResponseFigures = z.infer<typeof ResponseFigures>;

export const FiguresQuery = z.object({ accountIds: z.array(z.number().int().positive()).max(50).optional() }).strict().optional();

export const NewQuestions = z.object({
  userId: z.number(),
  questions: z.array(z.object({ id: z.number(), itemId: z.string(), itemTitle: z.string().nullable(), text: z.string() })),
});
export type NewQuestions = z.infer<typeof NewQuestions>;

// Answer templates, saved on this computer.

export const Template = z.object({ id: z.number(), name: z.string(), language: Language, text: z.string(), updatedAt: z.string() });
export type Template = z.infer<typeof Template>;

export const TemplateSave = z
  .object({
    id: z.number().int().positive().optional(),
    name: z.string().trim().min(1).max(80),
    language: Language,
    text: z.string().trim().min(1).max(ANSWER_MAX_CHARS),
  })
  .strict();
export type TemplateSave = z.input<typeof TemplateSave>;

export const TemplateFill = z.object({ id: z.number().int().positive(), questionId: z.number().int().positive() }).strict();

export const PLACEHOLDERS = ['buyer', 'title', 'price', 'stock', 'sku', 'greeting'] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

const GREETINGS: Record<Language, { morning: string; afternoon: string; evening: string }> = {
  es: { morning: 'Buenos días', afternoon: 'Buenas tardes', evening: 'Buenas noches' },
  'pt-BR': { morning: 'Bom dia', afternoon: 'Boa tarde', evening: 'Boa noite' },
  en: { morning: 'Good morning', afternoon: 'Good afternoon', evening: 'Good evening' },
};

/** The greeting for an hour of the day (0–23) where the store is. */
export function greetingFor(language: Language, hour: number): string {
  const words = GREETINGS[language];
  if (hour >= 5 && hour < 12) return words.morning;
  if (hour >= 12 && hour < 19) return words.afternoon;
  return words.evening;
}

/**
 * A template with its placeholders filled. An unknown `{word}` stays as written (the seller sees it);
 * an empty value (no nickname known) leaves no double space or space before punctuation behind.
 */
export function fillTemplate(text: string, values: Record<Placeholder, string>): string {
  const filled = text.replace(/\{(\w+)\}/g, (whole, name: string) => ((PLACEHOLDERS as readonly string[]).includes(name) ? values[name as Placeholder] : whole));
  return filled.replace(/[ \t]{2,}/g, ' ').replace(/ +([,.;:!?])/g, '$1').trim();
}

/** Why an answer is refused before anything is queued (the screens say it in the seller's language). */
export type AnswerRule = 'answer_empty' | 'answer_too_long';

export function answerProblem(text: string): AnswerRule | null {
  if (text.trim() === '') return 'answer_empty';
  if (text.length > ANSWER_MAX_CHARS) return 'answer_too_long';
  return null;
}
