// Pasting after approving: the whole address carries `state`, which ties the code to this attempt. A bare
// code (or an address without state) is refused unless Mercado Libre enforces PKCE for the app, because
// otherwise a code someone else obtained for their own account would connect it here.
import { afterEach, describe, expect, it } from 'vitest';
import type { Account, ConnectStart } from '../../shared/contract';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { call, decideOnAuthorizationPage, startSimHost, type SimHost } from '../helpers/sim-host';

let rig: SimHost | null = null;
afterEach(async () => {
  await rig?.close();
  rig = null;
});

async function approvedAddress(target: SimHost): Promise<{ started: ConnectStart; landed: URL }> {
  const started = await call<ConnectStart>(target.host, 'accounts.connect.start', { siteId: 'MLA' });
  const landed = new URL(await decideOnAuthorizationPage(started.authorizationUrl, DEMO_SELLER_ID));
  return { started, landed };
}

describe('pasting the authorization', () => {
  it('without PKCE on for the app, a bare code or an address without state is refused, the whole address works', async () => {
    rig = await startSimHost({ redirectUri: 'https://mostrador.example/oauth/callback' });
    const { started, landed } = await approvedAddress(rig);
    expect(started.bareCodeAccepted).toBe(false);
    const code = landed.searchParams.get('code') ?? '';
    expect(code).toMatch(/^TG-/);
    for (const address of [code, `https://mostrador.example/oauth/callback?code=${code}`]) {
      const result = await rig.host.dispatch('accounts.connect.complete', { flowId: started.flowId, address });
      expect(result, address).toMatchObject({ ok: false, error: { code: 'invalid_input', details: { reason: 'state_required' } } });
    }
    expect(await call<Account[]>(rig.host, 'accounts.list')).toEqual([]);
    // The attempt stays open: the whole address still connects.
    const account = await call<Account>(rig.host, 'accounts.connect.complete', { flowId: started.flowId, address: landed.toString() });
    expect(account.userId).toBe(DEMO_SELLER_ID);
  });

  it.each([
    ['the environment', { MELI_PKCE: '1' }, undefined],
    ['Settings', {}, { meli: { pkce: true } }],
  ])('with PKCE on for the app (%s), the bare code connects', async (_where, hostEnv, settings) => {
    rig = await startSimHost({ redirectUri: 'https://mostrador.example/oauth/callback', hostEnv });
    if (settings) await call(rig.host, 'settings.set', settings);
    const { started, landed } = await approvedAddress(rig);
    expect(started.bareCodeAccepted).toBe(true);
    const account = await call<Account>(rig.host, 'accounts.connect.complete', { flowId: started.flowId, address: landed.searchParams.get('code') });
    expect(account.userId).toBe(DEMO_SELLER_ID);
  });
});
