// Questions and answers: search, answer rules (≤ 2000, once, not empty), delete and blacklist.
import { describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { admin, useSimulator, type ErrorBody } from './helpers';

const { sim, api } = await useSimulator();

interface Question { id: number; item_id: string; seller_id: number; status: string; text: string; date_created: string; from: { id: number }; answer: null | { text: string; status: string } }
interface Search { total: number; limit: number; questions: Question[] }

const search = (query: string) => api.get<Search>(`/questions/search?seller_id=${DEMO_SELLER_ID}&api_version=4&${query}`);
const unanswered = (await search('status=UNANSWERED&limit=50')).body.questions;
const answer = (body: unknown) => api.send<Question & ErrorBody>('POST', '/answers', body);

describe('questions search', () => {
  it('holds about 30 questions, answered and unanswered, with the documented fields', async () => {
    const all = await search('limit=50');
    expect(all.body.total).toBeGreaterThanOrEqual(25);
    expect(all.body.questions.some((q) => q.answer !== null)).toBe(true);
    expect(unanswered.length).toBeGreaterThan(3);
    expect(unanswered.every((q) => q.status === 'UNANSWERED' && q.answer === null && q.seller_id === DEMO_SELLER_ID)).toBe(true);
  });

  it('sorts by date_created descending or ascending', async () => {
    const desc = (await search('sort_fields=date_created&sort_types=DESC')).body.questions.map((q) => Date.parse(q.date_created));
    const asc = (await search('sort_fields=date_created&sort_types=ASC')).body.questions.map((q) => Date.parse(q.date_created));
    expect(desc).toEqual([...desc].sort((a, b) => b - a));
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
  });

  it("refuses another seller's questions", async () => {
    expect((await api.get('/questions/search?seller_id=241000202')).status).toBe(403);
  });
});

describe('answers', () => {
  it('answers an unanswered question', async () => {
    const question = unanswered[0];
    const result = await answer({ question_id: question?.id, text: '¡Hola! Sí, hay stock.' });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'ANSWERED', answer: { text: '¡Hola! Sí, hay stock.', status: 'ACTIVE' } });
  });

  it('answering twice is not_unanswered_question', async () => {
    const question = unanswered[1];
    await answer({ question_id: question?.id, text: 'Primera respuesta' });
    const second = await answer({ question_id: question?.id, text: 'Segunda' });
    expect(second.status).toBe(400);
    expect(second.body.error).toBe('not_unanswered_question');
  });

  it('an empty answer is text_is_null', async () => {
    const result = await answer({ question_id: unanswered[2]?.id, text: '   ' });
    expect(result.status).toBe(400);
    expect(result.body.error).toBe('text_is_null');
  });

  it('an answer longer than 2000 characters is refused; 2000 is accepted', async () => {
    expect((await answer({ question_id: unanswered[3]?.id, text: 'a'.repeat(2001) })).status).toBe(400);
    expect((await answer({ question_id: unanswered[3]?.id, text: 'a'.repeat(2000) })).status).toBe(200);
  });

  it('a non-numeric question_id is invalid_question and unknown attributes invalid_post_body', async () => {
    expect((await answer({ question_id: 'abc', text: 'hola' })).body.error).toBe('invalid_question');
    expect((await answer({ question_id: unanswered[4]?.id, text: 'hola', extra: 1 })).body.error).toBe('invalid_post_body');
  });
});

describe('delete and blacklist', () => {
  it('deletes a question, which leaves the default search', async () => {
    const question = unanswered[5];
    const deleted = await api.send<string[]>('DELETE', `/questions/${question?.id ?? 0}`);
    expect(deleted.body).toEqual(['Question deleted.']);
    const after = await search('limit=50');
    expect(after.body.questions.some((q) => q.id === question?.id)).toBe(false);
  });

  it('blocks an asker, lists and unblocks them; a blocked user cannot ask', async () => {
    const asker = unanswered[0]?.from.id ?? 0;
    expect((await api.send('POST', `/users/${DEMO_SELLER_ID}/questions_blacklist`, { user_id: asker })).status).toBe(200);
    const listed = await api.get<{ users: Array<{ id: number }> }>(`/users/${DEMO_SELLER_ID}/questions_blacklist`);
    expect(listed.body.users).toEqual([{ id: asker }]);
    expect((await admin(sim, 'POST', '/questions', { seller_id: DEMO_SELLER_ID, from_id: asker })).status).toBe(403);
    expect((await api.send('DELETE', `/users/${DEMO_SELLER_ID}/questions_blacklist/${asker}`)).status).toBe(200);
    const asked = await admin<{ id: number }>(sim, 'POST', '/questions', { seller_id: DEMO_SELLER_ID, from_id: asker, text: '¿Sigue disponible?' });
    expect(asked.status).toBe(201);
    expect((await search('status=UNANSWERED&limit=50')).body.questions.map((q) => q.id)).toContain(asked.body.id);
  });
});
