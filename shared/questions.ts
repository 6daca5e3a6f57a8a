/** Buyers' questions as the screens see them, with the listing each one is about. */
import { z } from 'zod';

export const QuestionsQuery = z
  .object({
    accountIds: z.array(z.number().int().positive()).max(50).optional(),
    statuses: z.array(z.string().regex(/^[A-Z_]{3,30}$/)).max(10).optional(),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(500).default(100),
  })
  .strict();
export type QuestionsQuery = z.input<typeof QuestionsQuery>;

export const QuestionRow = z.object({
  id: z.number(),
  userId: z.number(),
  itemId: z.string(),
  itemTitle: z.string().nullable(),
  itemThumbnail: z.string().nullable(),
  status: z.string(),
  text: z.string(),
  dateCreated: z.string(),
  answerText: z.string().nullable(),
  answerDate: z.string().nullable(),
});
export type QuestionRow = z.infer<typeof QuestionRow>;

export const QuestionsPage = z.object({ total: z.number(), unanswered: z.number(), rows: z.array(QuestionRow) });
export type QuestionsPage = z.infer<typeof QuestionsPage>;
