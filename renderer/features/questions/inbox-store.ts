/**
 * What the seller is doing in the inbox: which question is open, the history search, and the answer drafts (per question, kept while the
 * app is open, so moving to the next question and back loses nothing). Sending goes through the host
 * (`questions.answer`), which refuses bad input before anything is queued.
 */
import type { ApiError } from '../../../shared/errors';
import { answerProblem, type AnswerRule } from '../../../shared/questions';
import { call } from '../../api/client';
import { createRemoteStore, createStore } from '../../stores/create-store';

export type SendFeedback = { kind: 'queued' } | { kind: 'rule'; rule: AnswerRule | 'answer_pending' | 'not_unanswered' } | { kind: 'error'; error: ApiError };

interface InboxState {
  selectedId: number | null;
  search: string;
  drafts: Readonly<Record<number, string>>;
  feedback: Readonly<Record<number, SendFeedback>>;
  sending: number | null;
  /** The question whose answer box takes the focus once it is shown ("Next question" from the menu). */
  focusAnswer: number | null;
  select(id: number | null): void;
  setSearch(search: string): void;
  setDraft(id: number, text: string): void;
}

export const useInbox = createStore<InboxState>((set) => ({
  selectedId: null,
  search: '',
  drafts: {},
  feedback: {},
  sending: null,
  focusAnswer: null,
  select: (selectedId) => set({ selectedId }),
  setSearch: (search) => set({ search }),
  setDraft: (id, text) =>
    set((state) => {
      const feedback = { ...state.feedback };
      delete feedback[id];
      return { drafts: { ...state.drafts, [id]: text }, feedback };
    }),
}));

export const useTemplates = createRemoteStore('templates.list');

const KNOWN_RULES = new Set(['answer_empty', 'answer_too_long', 'answer_pending', 'not_unanswered']);

function feedbackOf(error: ApiError): SendFeedback {
  const details = error.details as { rule?: string; issues?: Array<{ rule?: string }> } | undefined;
  const rule = details?.rule ?? details?.issues?.[0]?.rule;
  if (rule && KNOWN_RULES.has(rule)) return { kind: 'rule', rule: rule as Extract<SendFeedback, { kind: 'rule' }>['rule'] };
  return { kind: 'error', error };
}

/**
 * "Next question" (menu, shortcut, notification): the unanswered question after the open one — or, coming
 * from another screen, the one waiting longest — opened with the focus in its answer box.
 * `accountIds` is the inbox's store choice. Returns the opened id (null when nothing waits).
 */
export async function openNextUnanswered(accountIds: number[] | undefined, fromInbox: boolean): Promise<number | null> {
  const result = await call('questions.query', { statuses: ['UNANSWERED'], limit: 500, ...(accountIds ? { accountIds } : {}) });
  if (!result.ok) return null;
  const ids = result.value.rows.map((row) => row.id);
  const current = fromInbox ? ids.indexOf(useInbox.getState().selectedId ?? -1) : -1;
  const next = ids[current + 1] ?? ids[0] ?? null;
  if (next !== null) useInbox.setState({ selectedId: next, focusAnswer: next });
  return next;
}

/** Sends the draft of a question (checked here first, and again by the host). */
export async function sendAnswer(id: number): Promise<void> {
  const state = useInbox.getState();
  if (state.sending !== null) return;
  const text = state.drafts[id] ?? '';
  const problem = answerProblem(text);
  const settle = (feedback: SendFeedback, clear: boolean) =>
    useInbox.setState((current) => {
      const drafts = { ...current.drafts };
      if (clear) delete drafts[id];
      return { sending: null, drafts, feedback: { ...current.feedback, [id]: feedback } };
    });
  if (problem) {
    settle({ kind: 'rule', rule: problem }, false);
    return;
  }
  useInbox.setState({ sending: id });
  const result = await call('questions.answer', { questionId: id, text });
  if (result.ok) settle({ kind: 'queued' }, true);
  else settle(feedbackOf(result.error), false);
}

/** Puts a filled template into the question's draft (after what is already written). */
export async function insertTemplate(templateId: number, questionId: number): Promise<ApiError | null> {
  const result = await call('templates.fill', { id: templateId, questionId });
  if (!result.ok) return result.error;
  const { drafts, setDraft } = useInbox.getState();
  const before = drafts[questionId] ?? '';
  setDraft(questionId, before.trim() === '' ? result.value.text : `${before.replace(/\s+$/, '')}\n${result.value.text}`);
  return null;
}
