/** Buyers' questions on listings: search, answer, delete, and blocking an asker. */
import type { MeliClient } from '../client';
import { Question, QuestionBlacklist, QuestionSearch } from '../schemas';
import { parseAnswer, requireInput, seg } from './parse';

export const ANSWER_MAX_CHARS = 2000;

export interface QuestionSearchQuery {
  sellerId: number;
  status?: string;
  itemId?: string;
  offset?: number;
  limit?: number;
}

export interface QuestionSearchPage {
  questions: Question[];
  total: number;
}

export function questionsApi(client: MeliClient) {
  return {
    /** Newest first, api_version=4. */
    async search(userId: number, query: QuestionSearchQuery): Promise<QuestionSearchPage> {
      const call = { userId, method: 'GET', path: '/questions/search' } as const;
      const response = await client.request({
        ...call,
        query: {
          seller_id: query.sellerId,
          item: query.itemId,
          status: query.status,
          api_version: 4,
          offset: query.offset ?? 0,
          limit: query.limit ?? 50,
          sort_fields: 'date_created',
          sort_types: 'DESC',
        },
      });
      const page = parseAnswer(QuestionSearch, response, call);
      return { questions: page.questions, total: page.total ?? page.questions.length };
    },

    /** One question, whatever its status now (answered, deleted, closed…). */
    async get(userId: number, questionId: number): Promise<Question> {
      const call = { userId, method: 'GET', path: `/questions/${seg(questionId)}` } as const;
      return parseAnswer(Question, await client.request({ ...call, query: { api_version: 4 } }), call);
    },

    /** POST /answers. Answering twice is refused with 400 not_unanswered_question (meliError in details). */
    async answer(userId: number, questionId: number, text: string): Promise<Question> {
      requireInput(text.trim() !== '' && text.length <= ANSWER_MAX_CHARS, `An answer holds 1 to ${ANSWER_MAX_CHARS} characters.`, 'text');
      const call = { userId, method: 'POST', path: '/answers' } as const;
      return parseAnswer(Question, await client.request({ ...call, body: { question_id: questionId, text } }), call);
    },

    async remove(userId: number, questionId: number): Promise<void> {
      await client.request({ userId, method: 'DELETE', path: `/questions/${seg(questionId)}` });
    },

    /** Stops this buyer from asking the seller more questions. */
    async blockAsker(userId: number, sellerId: number, askerId: number): Promise<void> {
      await client.request({ userId, method: 'POST', path: `/users/${seg(sellerId)}/questions_blacklist`, body: { user_id: askerId } });
    },

    /** Lets a blocked buyer ask again. */
    async unblockAsker(userId: number, sellerId: number, askerId: number): Promise<void> {
      await client.request({ userId, method: 'DELETE', path: `/users/${seg(sellerId)}/questions_blacklist/${seg(askerId)}` });
    },

    /** The ids of the buyers the seller blocked from asking. */
    async blacklist(userId: number, sellerId: number): Promise<Set<number>> {
      const call = { userId, method: 'GET', path: `/users/${seg(sellerId)}/questions_blacklist` } as const;
      const page = parseAnswer(QuestionBlacklist, await client.request(call), call);
      return new Set(page.users.map((user) => Number(user.id)));
    },
  };
}
