// Exactly once under SIGKILL: answers are queued, then the app is killed at seeded random moments while
// the outbox sends them, again and again, then allowed to finish. Every question ends answered with its
// text by exactly one POST /answers: an answer cut off mid-send is read back before anything is resent.
import { afterEach, describe, expect, it } from 'vitest';
import { runOutboxChild, seededRandom } from '../outbox/outbox-child-runner';
import { call, type SimHost } from '../helpers/sim-host';
import { syncedRig } from '../outbox/outbox-rig';
import { requestsTo, simQuestions } from './questions-rig';

const TRIALS = 8;
let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});


describe('answers under crashes', () => {
  it(`sends every answer once across ${TRIALS} SIGKILLs while sending`, async () => {
    rig = await syncedRig({ outbox: { autoStart: false } });
    const questions = simQuestions(rig, 'UNANSWERED').slice(0, 12);
    expect(questions.length).toBeGreaterThanOrEqual(8);
    const wanted = new Map(questions.map((question, index) => [question.id, `Respuesta ${index + 1}: sí, hay stock.`]));
    for (const question of questions) await call(rig.host, 'questions.answer', { questionId: question.id, text: wanted.get(question.id) });
    rig.host.close();

    const random = seededRandom(20261202);
    let killed = 0;
    for (let trial = 0; trial < TRIALS; trial += 1) {
      const outcome = await runOutboxChild(rig, 40 + Math.floor(random() * 400), 4);
      if (outcome.killed) killed += 1;
    }
    const last = await runOutboxChild(rig, null, 60);
    expect(last.output).toMatch(/done \{"waiting":0,"conflicts":0,"failed":0\}/);
    expect(killed).toBeGreaterThanOrEqual(TRIALS / 2);
    for (const question of questions) {
      expect(question.answer?.text, String(question.id)).toBe(wanted.get(question.id));
    }
    // One POST per answer, and none refused as "already answered" (nothing was resent).
    expect(requestsTo(rig, 'POST', '/answers', 200)).toBe(questions.length);
    expect(requestsTo(rig, 'POST', '/answers')).toBe(questions.length);
  }, 120_000);
});
