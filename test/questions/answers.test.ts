// Answers through the outbox against the simulator over real HTTP into a real SQLite file: sent once,
// shown as pending until then, kept while offline and sent once back online, a lost reply reconciled
// by reading, answered-elsewhere shown as such (never sent), and bad input refused with nothing queued.
import { afterEach, describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../shared/outbox';
import type { QuestionDetail, QuestionsPage } from '../../shared/questions';
import { call, type SimHost } from '../helpers/sim-host';
import { syncedRig } from '../outbox/outbox-rig';
import { outboxEntry, refusal, requestsTo, unansweredOne } from './questions-rig';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function until(check: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const row = async (target: SimHost, questionId: number) => (await call<QuestionDetail>(target.host, 'questions.get', { questionId })).question;

describe('answers', () => {
  it('queues an answer, shows it as pending, then sends one POST /answers with the text', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const question = unansweredOne(rig);
    const text = 'Hola, sí: tenemos stock y enviamos en el día.';
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'questions.answer', { questionId: question.id, text });

    const pending = await row(rig, question.id);
    expect(pending).toMatchObject({ status: 'UNANSWERED', outbox: [{ outboxId, kind: 'question.answer', state: 'pending', text, elsewhere: null }] });
    expect(requestsTo(rig, 'POST', '/answers')).toBe(0);

    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();
    expect((await outboxEntry(rig, outboxId)).state).toBe('done');
    expect(requestsTo(rig, 'POST', '/answers')).toBe(1);
    expect(question).toMatchObject({ status: 'ANSWERED', answer: { text } });
    expect(await row(rig, question.id)).toMatchObject({ status: 'ANSWERED', answerText: text, outbox: [] });
  });

  it('keeps an answer written offline and sends it once when Mercado Libre is reachable again', async () => {
    rig = await syncedRig();
    const question = unansweredOne(rig, 1);
    // Every connection drops: Mercado Libre is out of reach.
    rig.sim.state.pending.drops = 100_000;
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'questions.answer', { questionId: question.id, text: 'Sí, es original.' });
    await rig.host.outbox.worker.idle();
    const waiting = await outboxEntry(rig, outboxId);
    expect(waiting.state).toBe('pending');
    expect(waiting.lastError?.code).toBe('offline');
    expect((await row(rig, question.id)).outbox[0]?.state).toBe('pending');
    expect(question.status).toBe('UNANSWERED');

    rig.sim.state.pending.drops = 0;
    // The worker's own retry (a growing pause) finds Mercado Libre reachable.
    await until(async () => rig !== null && (await outboxEntry(rig, outboxId)).state === 'done');
    expect(requestsTo(rig, 'POST', '/answers', 200)).toBe(1);
    expect(requestsTo(rig, 'POST', '/answers', 400)).toBe(0);
    expect(question.answer?.text).toBe('Sí, es original.');
  });

  it('an answer whose reply was lost is read back, not sent twice', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const question = unansweredOne(rig, 2);
    await rig.sim.admin('/__sim/faults/next', { method: 'POST', body: { drop_after_write: 1 } });
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'questions.answer', { questionId: question.id, text: 'Llega en 48 h.' });
    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();
    expect((await outboxEntry(rig, outboxId)).state).toBe('unclear');
    await rig.host.outbox.worker.kick();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await rig.host.outbox.worker.kick();
    expect((await outboxEntry(rig, outboxId)).state).toBe('done');
    expect(requestsTo(rig, 'POST', '/answers')).toBe(1);
    expect(await row(rig, question.id)).toMatchObject({ status: 'ANSWERED', answerText: 'Llega en 48 h.' });
  });

  it('a question answered elsewhere before ours is sent ends as a conflict showing the other answer', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const question = unansweredOne(rig);
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'questions.answer', { questionId: question.id, text: 'Mi respuesta' });
    // Meanwhile the seller answered on Mercado Libre's own site.
    question.status = 'ANSWERED';
    question.answer = { text: 'Respondida desde la web', status: 'ACTIVE', date_created: rig.sim.state.world.now() };
    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();

    const entry = await outboxEntry(rig, outboxId);
    expect(entry.state).toBe('conflict');
    expect(entry.lastError).toBeNull();
    expect(requestsTo(rig, 'POST', '/answers')).toBe(0);
    expect(await row(rig, question.id)).toMatchObject({
      status: 'ANSWERED',
      answerText: 'Respondida desde la web',
      outbox: [{ outboxId, state: 'conflict', text: 'Mi respuesta', elsewhere: { status: 'ANSWERED', answer: 'Respondida desde la web' } }],
    });
    // Once the cache knows, a new answer is refused up front.
    expect(await refusal(rig, 'questions.answer', { questionId: question.id, text: 'Otra' })).toEqual({ code: 'conflict', rule: 'not_unanswered' });
  });

  it('a question deleted before our answer is sent is shown as deleted, not as an error', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const question = unansweredOne(rig, 3);
    const { outboxId } = await call<{ outboxId: number }>(rig.host, 'questions.answer', { questionId: question.id, text: 'Hola' });
    question.status = 'DELETED';
    rig.host.outbox.worker.start();
    await rig.host.outbox.worker.idle();
    expect((await outboxEntry(rig, outboxId)).state).toBe('conflict');
    expect(await row(rig, question.id)).toMatchObject({ status: 'DELETED', outbox: [{ elsewhere: { status: 'DELETED', answer: null } }] });
    expect(requestsTo(rig, 'POST', '/answers')).toBe(0);
  });

  it('refuses empty, blank and too long answers and unknown questions, queueing nothing', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const question = unansweredOne(rig);
    expect(await refusal(rig, 'questions.answer', { questionId: question.id, text: '' })).toEqual({ code: 'invalid_input', rule: 'answer_empty' });
    expect(await refusal(rig, 'questions.answer', { questionId: question.id, text: ' \n\t ' })).toEqual({ code: 'invalid_input', rule: 'answer_empty' });
    expect(await refusal(rig, 'questions.answer', { questionId: question.id, text: 'a'.repeat(2001) })).toEqual({ code: 'invalid_input', rule: 'answer_too_long' });
    expect(await refusal(rig, 'questions.answer', { questionId: 999_999_999, text: 'Hola' })).toEqual({ code: 'not_found', rule: null });
    expect((await refusal(rig, 'questions.answer', { questionId: 'x', text: 'Hola' })).code).toBe('invalid_input');
    expect(await call<OutboxEntry[]>(rig.host, 'outbox.list', {})).toEqual([]);
    // Exactly 2000 characters is allowed; a second answer while one waits is refused.
    await call(rig.host, 'questions.answer', { questionId: question.id, text: 'b'.repeat(2000) });
    expect(await refusal(rig, 'questions.answer', { questionId: question.id, text: 'otra' })).toEqual({ code: 'conflict', rule: 'answer_pending' });
    expect(await call<OutboxEntry[]>(rig.host, 'outbox.list', {})).toHaveLength(1);
  });

  it('lists unanswered questions oldest first, then the rest newest first', async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const page = await call<QuestionsPage>(rig.host, 'questions.query', { limit: 500 });
    const unanswered = page.rows.slice(0, page.unanswered);
    const rest = page.rows.slice(page.unanswered);
    expect(unanswered.every((question) => question.status === 'UNANSWERED')).toBe(true);
    expect(unanswered.map((question) => question.dateCreated)).toEqual([...unanswered.map((question) => question.dateCreated)].sort());
    expect(rest.map((question) => question.dateCreated)).toEqual([...rest.map((question) => question.dateCreated)].sort().reverse());
    expect(unanswered[0]?.id).toBe(unansweredOne(rig).id);
  });
});
