// The rest of the inbox against the simulator and a real SQLite file: delete and block/unblock reach
// Mercado Libre through the outbox, templates are saved and filled, answered history is searched
// through the full-text index, the response-time figures, the detail beside a question, and
// `questions.new` after a sync brings a question in.
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { fillTemplate, greetingFor, type NewQuestions, type QuestionDetail, type QuestionsPage, type ResponseFigures, type Template } from '../../shared/questions';
import { call, type SimHost } from '../helpers/sim-host';
import { syncedRig } from '../outbox/outbox-rig';
import { outboxEntry, refusal, requestsTo, simQuestions, unansweredOne } from './questions-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

describe('moderation', () => {
  it('deletes a question through the outbox', async () => {
    rig = await syncedRig();
    const question = unansweredOne(rig);
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'questions.delete', { questionId: question.id });
    await rig.host.outbox.worker.idle();
    expect((await outboxEntry(rig, outboxId)).state).toBe('done');
    expect(question.status).toBe('DELETED');
    expect(requestsTo(rig, 'DELETE', `/questions/${question.id}`, 200)).toBe(1);
    expect((await call<QuestionDetail>(rig.host, 'questions.get', { questionId: question.id })).question.status).toBe('DELETED');
    expect(await refusal(rig, 'questions.delete', { questionId: 123 })).toEqual({ code: 'not_found', rule: null });
  });

  it('blocks and unblocks an asker on the questions blacklist', async () => {
    rig = await syncedRig();
    const question = unansweredOne(rig);
    const askerId = question.from_id;
    await call(rig.host, 'questions.blockAsker', { userId: DEMO_SELLER_ID, askerId });
    await rig.host.outbox.worker.idle();
    expect(rig.sim.state.world.blacklists.get(DEMO_SELLER_ID)?.has(askerId)).toBe(true);
    expect((await call<QuestionDetail>(rig.host, 'questions.get', { questionId: question.id })).askerBlocked).toBe(true);
    // A blocked buyer can no longer ask.
    await expect(rig.sim.admin('/__sim/questions', { method: 'POST', body: { seller_id: DEMO_SELLER_ID, from_id: askerId } })).rejects.toThrow();

    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'questions.unblockAsker', { userId: DEMO_SELLER_ID, askerId });
    await rig.host.outbox.worker.idle();
    expect((await outboxEntry(rig, outboxId)).state).toBe('done');
    expect(rig.sim.state.world.blacklists.get(DEMO_SELLER_ID)?.has(askerId)).toBe(false);
    expect(requestsTo(rig, 'POST', `/users/${DEMO_SELLER_ID}/questions_blacklist`, 200)).toBe(1);
    expect(requestsTo(rig, 'DELETE', `/users/${DEMO_SELLER_ID}/questions_blacklist/${askerId}`, 200)).toBe(1);
    expect((await call<QuestionDetail>(rig.host, 'questions.get', { questionId: question.id })).askerBlocked).toBe(false);
    expect(await refusal(rig, 'questions.blockAsker', { userId: 42, askerId })).toEqual({ code: 'not_found', rule: null });
  });
});

describe('templates', () => {
  it('saves, lists, changes, fills and deletes templates', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const saved = await call<Template>(rig.host, 'templates.save', { name: 'Stock', language: 'es', text: '{greeting}! Sí, de {title} quedan {stock} a {price} (SKU {sku}). Saludos {buyer}' });
    await call(rig.host, 'templates.save', { name: 'Envío', language: 'pt-BR', text: 'Enviamos hoje.' });
    expect((await call<Template[]>(rig.host, 'templates.list')).map((template) => template.name)).toEqual(['Stock', 'Envío']);
    const changed = await call<Template>(rig.host, 'templates.save', { id: saved.id, name: 'Stock y precio', language: 'es', text: saved.text });
    expect(changed).toMatchObject({ id: saved.id, name: 'Stock y precio' });

    const question = unansweredOne(rig);
    const item = rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((candidate) => candidate.id === question.item_id);
    if (!item) throw new Error('no item');
    const { text } = await call<{ text: string }>(rig.host, 'templates.fill', { id: saved.id, questionId: question.id });
    const price = new Intl.NumberFormat('es-AR', { style: 'currency', currency: 'ARS' }).format(item.price);
    expect(text).toContain(`de ${item.title} quedan ${item.available_quantity} a ${price}`);
    expect(text).toMatch(/^(Buenos días|Buenas tardes|Buenas noches)!/);
    expect(text).not.toMatch(/[{}]/);

    expect((await refusal(rig, 'templates.save', { name: ' ', language: 'es', text: 'x' })).code).toBe('invalid_input');
    expect((await refusal(rig, 'templates.save', { name: 'x', language: 'fr', text: 'x' })).code).toBe('invalid_input');
    expect((await refusal(rig, 'templates.save', { id: 999, name: 'x', language: 'es', text: 'x' })).code).toBe('not_found');
    expect(await call(rig.host, 'templates.delete', { id: saved.id })).toEqual({ deleted: true });
    expect((await refusal(rig, 'templates.delete', { id: saved.id })).code).toBe('not_found');
    expect((await call<Template[]>(rig.host, 'templates.list')).map((template) => template.name)).toEqual(['Envío']);
  });

  it('fills placeholders and picks the greeting by the hour', () => {
    const values = { buyer: '', title: 'Mate', price: '$ 1.500', stock: '3', sku: 'MT-1', greeting: greetingFor('pt-BR', 20) };
    expect(fillTemplate('{greeting} {buyer}, {title} custa {price}; {stock} em estoque ({sku}). {unknown}', values)).toBe('Boa noite, Mate custa $ 1.500; 3 em estoque (MT-1). {unknown}');
    expect([greetingFor('es', 4), greetingFor('es', 5), greetingFor('es', 12), greetingFor('en', 18), greetingFor('en', 19)]).toEqual([
      'Buenas noches',
      'Buenos días',
      'Buenas tardes',
      'Good afternoon',
      'Good evening',
    ]);
  });
});

describe('history and figures', () => {
  it('searches answered questions and their answers through the full-text index', async () => {
    rig = await syncedRig();
    const question = unansweredOne(rig);
    await call(rig.host, 'questions.answer', { questionId: question.id, text: 'Tenemos el modelo zafiro en azul.' });
    await rig.host.outbox.worker.idle();
    const found = await call<QuestionsPage>(rig.host, 'questions.query', { search: 'zafir' });
    expect(found.rows.map((row) => row.id)).toEqual([question.id]);
    const byQuestion = await call<QuestionsPage>(rig.host, 'questions.query', { search: question.text.split(/\s+/).slice(0, 2).join(' ') });
    expect(byQuestion.rows.map((row) => row.id)).toContain(question.id);
    expect((await call<QuestionsPage>(rig.host, 'questions.query', { search: 'qqqzzz' })).total).toBe(0);
  });

  it('gives the median and 90th percentile response time of the last 30 days', async () => {
    rig = await syncedRig();
    const db = rig.host.db;
    const now = Date.now();
    const answered = (db.prepare("SELECT id FROM questions WHERE status = 'ANSWERED'").pluck().all() as number[]).slice(0, 8);
    expect(answered.length).toBe(8);
    // Eight answers 1 … 8 hours after their question, all within the window; older ones do not count.
    db.prepare("UPDATE questions SET answer_date = '2000-01-02T00:00:00.000Z', date_created = '2000-01-01T00:00:00.000Z' WHERE answer_date IS NOT NULL").run();
    answered.forEach((id, index) => {
      const answeredAt = now - 24 * 3_600_000;
      db.prepare('UPDATE questions SET date_created = ?, answer_date = ? WHERE id = ?').run(new Date(answeredAt - (index + 1) * 3_600_000).toISOString(), new Date(answeredAt).toISOString(), id);
    });
    const figures = await call<ResponseFigures>(rig.host, 'questions.figures', {});
    expect(figures).toMatchObject({ answered: 8, medianMs: 4.5 * 3_600_000, p90Ms: Math.round(7.3 * 3_600_000) });
    expect(await call<ResponseFigures>(rig.host, 'questions.figures', { accountIds: [1] })).toMatchObject({ answered: 0, medianMs: null, p90Ms: null });
  });

  it("shows the listing beside a question and the asker's earlier questions", async () => {
    rig = await syncedRig();
    const question = unansweredOne(rig);
    const earlier = simQuestions(rig).filter((candidate) => candidate.from_id === question.from_id && candidate.id !== question.id && candidate.status !== 'DELETED');
    const detail = await call<QuestionDetail>(rig.host, 'questions.get', { questionId: question.id });
    const item = rig.sim.state.world.itemsBySeller.get(DEMO_SELLER_ID)?.find((candidate) => candidate.id === question.item_id);
    expect(detail.listing).toMatchObject({ id: question.item_id, title: item?.title, price: item?.price, availableQuantity: item?.available_quantity });
    expect(detail.listing?.variations).toHaveLength(item?.variations.length ?? 0);
    expect(detail.askerQuestions.map((asked) => asked.id).sort()).toEqual(earlier.map((asked) => asked.id).sort());
    expect(await refusal(rig, 'questions.get', { questionId: 5 })).toEqual({ code: 'not_found', rule: null });
  });
});

describe('new questions', () => {
  it('raises questions.new when a sync brings a new unanswered question, once', async () => {
    rig = await syncedRig();
    rig.events.length = 0;
    const asked = (await rig.sim.admin('/__sim/questions', { method: 'POST', body: { seller_id: DEMO_SELLER_ID, text: '¿Hacen factura A?' } })) as { id: number };
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    const raised = rig.events.filter((event) => event.event === 'questions.new').map((event) => event.payload as NewQuestions);
    expect(raised).toEqual([{ userId: DEMO_SELLER_ID, questions: [expect.objectContaining({ id: asked.id, text: '¿Hacen factura A?' })] }]);
    await rig.host.sync.syncAccount(DEMO_SELLER_ID);
    expect(rig.events.filter((event) => event.event === 'questions.new')).toHaveLength(1);
  });
});
