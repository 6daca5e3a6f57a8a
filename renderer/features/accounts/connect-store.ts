/**
 * The connect flow as the seller lives it: choose the site → waiting for Mercado Libre (countdown,
 * cancel, paste) → connected (dialog closes, a message says who) or failed (a reason and Try again).
 * The host's `accounts.connect.finished` event decides the outcome; only the flow this window started
 * is listened to, so a finished event from an older attempt cannot close a newer one.
 */
import type { Account, ConnectStart, EventPayload } from '../../../shared/contract';
import type { ApiError } from '../../../shared/errors';
import type { SiteId } from '../../../shared/settings';
import { call, transport } from '../../api/client';
import { createStore } from '../../stores/create-store';
import { failureReason, type FailureReason } from './connect-outcome';
import { showAccountMessage } from './account-message';

/** needs_state: a bare code was pasted for an app without PKCE; only the whole address will do. */
export type PasteProblem = 'invalid' | 'needs_state' | 'stale' | null;

export type ConnectPhase =
  | { kind: 'closed' }
  | { kind: 'choosing'; starting: boolean; error: ApiError | null }
  | { kind: 'waiting'; flow: ConnectStart; checking: boolean; pasteProblem: PasteProblem }
  | { kind: 'failed'; reason: FailureReason };

interface ConnectState {
  phase: ConnectPhase;
  siteId: SiteId;
  /** Set when reconnecting an account that needs to sign in again (for the dialog's title). */
  reconnecting: string | null;
  open(options: { siteId: SiteId; reconnecting?: string }): void;
  chooseSite(siteId: SiteId): void;
  start(): Promise<void>;
  paste(address: string): Promise<void>;
  /** Esc, Cancel or Close: stops waiting at the host when a flow is open, then closes. */
  dismiss(): void;
}

export const useConnect = createStore<ConnectState>((set, get) => ({
  phase: { kind: 'closed' },
  siteId: 'MLA',
  reconnecting: null,

  open({ siteId, reconnecting }) {
    set({ phase: { kind: 'choosing', starting: false, error: null }, siteId, reconnecting: reconnecting ?? null });
  },

  chooseSite(siteId) {
    set({ siteId });
  },

  async start() {
    set({ phase: { kind: 'choosing', starting: true, error: null } });
    const result = await call('accounts.connect.start', { siteId: get().siteId });
    // The seller may have closed the dialog while the host was answering: drop that flow at once.
    if (get().phase.kind !== 'choosing') {
      if (result.ok) void call('accounts.connect.cancel', { flowId: result.value.flowId });
      return;
    }
    if (!result.ok) {
      // Offline, no authorization can come back: say so at once, with Try again.
      if (result.error.code === 'offline') set({ phase: { kind: 'failed', reason: 'offline' } });
      else set({ phase: { kind: 'choosing', starting: false, error: result.error } });
      return;
    }
    // In browser mode nothing has opened Mercado Libre yet; the click's user activation is still fresh.
    if (!result.value.openedBySystem) window.open(result.value.authorizationUrl, '_blank', 'noopener');
    set({ phase: { kind: 'waiting', flow: result.value, checking: false, pasteProblem: null } });
  },

  async paste(address) {
    const phase = get().phase;
    if (phase.kind !== 'waiting') return;
    set({ phase: { ...phase, checking: true, pasteProblem: null } });
    const result = await call('accounts.connect.complete', { flowId: phase.flow.flowId, address });
    if (result.ok) {
      connected(phase.flow.flowId, result.value);
      return;
    }
    const now = get().phase;
    if (now.kind !== 'waiting' || now.flow.flowId !== phase.flow.flowId) return;
    // Input problems leave the flow open so the seller can paste again; anything else ended it.
    if (result.error.code === 'invalid_input') {
      set({ phase: { ...now, checking: false, pasteProblem: needsState(result.error) ? 'needs_state' : 'invalid' } });
    }
    else if (result.error.code === 'not_found') set({ phase: { ...now, checking: false, pasteProblem: 'stale' } });
    else failed(phase.flow.flowId, result.error);
  },

  dismiss() {
    const phase = get().phase;
    set({ phase: { kind: 'closed' }, reconnecting: null });
    if (phase.kind === 'waiting') void call('accounts.connect.cancel', { flowId: phase.flow.flowId });
  },
}));

function needsState(error: ApiError): boolean {
  const details = error.details as { reason?: unknown } | undefined;
  return details?.reason === 'state_required';
}

function currentFlowId(): string | null {
  const phase = useConnect.getState().phase;
  return phase.kind === 'waiting' ? phase.flow.flowId : null;
}

function connected(flowId: string, account: Account): void {
  if (currentFlowId() !== flowId) return;
  useConnect.setState({ phase: { kind: 'closed' }, reconnecting: null });
  showAccountMessage({ kind: 'connected', nickname: account.nickname, siteId: account.siteId });
}

function failed(flowId: string, error: ApiError): void {
  if (currentFlowId() !== flowId) return;
  const reason = failureReason(error);
  if (reason === 'cancelled') useConnect.setState({ phase: { kind: 'closed' }, reconnecting: null });
  else useConnect.setState({ phase: { kind: 'failed', reason } });
}

function onFinished(event: EventPayload<'accounts.connect.finished'>): void {
  if (event.ok) connected(event.flowId, event.account);
  else failed(event.flowId, event.error);
}

export function followConnectOutcomes(): () => void {
  return transport().on('accounts.connect.finished', onFinished);
}
