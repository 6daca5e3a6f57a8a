// A host synced with the demo seller's questions, and ways to look at them on both sides.
import type { QuestionRecord } from '../../electron/demo/simulator/model';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import type { OutboxEntry } from '../../shared/outbox';
import { call, type SimHost } from '../helpers/sim-host';

export function simQuestions(rig: SimHost, status?: QuestionRecord['status']): QuestionRecord[] {
  return [...rig.sim.state.world.questions.values()]
    .filter((question) => question.seller_id === DEMO_SELLER_ID && (status === undefined || question.status === status))
    .sort((a, b) => a.date_created - b.date_created);
}

export function unansweredOne(rig: SimHost, index = 0): QuestionRecord {
  const question = simQuestions(rig, 'UNANSWERED')[index];
  if (!question) throw new Error(`no unanswered question #${index}`);
  return question;
}

/** Requests the simulator took for a method and path (status 0: connection dropped). */
export function requestsTo(rig: SimHost, method: string, path: string, status?: number): number {
  return rig.sim.state.log.filter((entry) => entry.method === method && entry.path === path && (status === undefined || entry.status === status)).length;
}

export async function outboxEntry(rig: SimHost, id: number): Promise<OutboxEntry> {
  const found = (await call<OutboxEntry[]>(rig.host, 'outbox.list', {})).find((entry) => entry.id === id);
  if (!found) throw new Error(`no outbox entry ${id}`);
  return found;
}

export async function refusal(rig: SimHost, method: string, input: unknown): Promise<{ code: string; rule: string | null }> {
  const result = await rig.host.dispatch(method, input);
  if (result.ok) throw new Error(`expected ${method} to refuse ${JSON.stringify(input).slice(0, 100)}`);
  const details = result.error.details as { rule?: string; issues?: Array<{ rule?: string }> } | undefined;
  return { code: result.error.code, rule: details?.rule ?? details?.issues?.[0]?.rule ?? null };
}
