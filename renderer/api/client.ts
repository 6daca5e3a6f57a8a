/**
 * The one transport of this window, provided once at start-up (after the launch code has been taken from the
 * address bar) and used by the stores. Components never call the transport directly.
 */
import type { MethodInput, MethodName, MethodOutput, RpcResult, Transport } from '../../shared/contract';

let current: Transport | null = null;

export function provideTransport(transport: Transport): void {
  current = transport;
}

export function transport(): Transport {
  if (!current) throw new Error('The transport is used before start-up provided it.');
  return current;
}

export function call<M extends MethodName>(method: M, input?: MethodInput<M>): Promise<RpcResult<MethodOutput<M>>> {
  return transport().invoke(method, input);
}
