import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { startCallbackListener, type CallbackOutcome } from '../../electron/auth/callback-listener';
import { classifyGrantError } from '../../electron/auth/oauth-client';
import { parsePastedCallback } from '../../electron/auth/paste';
import { challengeFor, createPkce, createState, portFromState } from '../../electron/auth/pkce';
import { planRedirect } from '../../electron/auth/redirect';
import { authorizationUrl } from '../../electron/auth/sites';

function get(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}

describe('PKCE and state', () => {
  it('uses S256 of the verifier (RFC 7636 appendix B)', () => {
    expect(challengeFor('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
    const pkce = createPkce();
    expect(pkce.verifier.length).toBeGreaterThanOrEqual(43);
    expect(pkce.challenge).toBe(challengeFor(pkce.verifier));
  });

  it('carries the loopback port in an unguessable state', () => {
    const a = createState(8123);
    expect(portFromState(a)).toBe(8123);
    expect(a).not.toBe(createState(8123));
    expect(portFromState('nonsense')).toBeNull();
    expect(portFromState('99999.x')).toBeNull();
  });
});

describe('authorization address', () => {
  it("uses the site's own host with state and the PKCE challenge", () => {
    const url = new URL(authorizationUrl({ authBase: null, siteId: 'MLB', clientId: '123', redirectUri: 'https://x.example/cb', state: 's', codeChallenge: 'c' }));
    expect(url.origin).toBe('https://auth.mercadolivre.com.br');
    expect(url.pathname).toBe('/authorization');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: '123',
      redirect_uri: 'https://x.example/cb',
      state: 's',
      code_challenge: 'c',
      code_challenge_method: 'S256',
    });
    expect(authorizationUrl({ authBase: 'http://127.0.0.1:4000/', siteId: 'MLA', clientId: '1', redirectUri: 'r', state: 's', codeChallenge: 'c' })).toMatch(/^http:\/\/127\.0\.0\.1:4000\/authorization\?/);
  });
});

describe('redirect plans', () => {
  it('listens directly on a loopback redirect URI and forwards from an HTTPS one', () => {
    const loopback = planRedirect('http://127.0.0.1:0/callback');
    expect(loopback.mode).toBe('loopback');
    expect(loopback.path).toBe('/callback');
    expect(loopback.mode === 'loopback' && loopback.redirectUri(4567)).toBe('http://127.0.0.1:4567/callback');
    const fixed = planRedirect('http://localhost:8765/cb');
    expect(fixed).toMatchObject({ mode: 'loopback', port: 8765, path: '/cb' });
    const forward = planRedirect('https://mostrador.example/callback');
    expect(forward).toMatchObject({ mode: 'forward', port: 0, path: '/callback' });
    expect(forward.redirectUri(1)).toBe('https://mostrador.example/callback');
  });
});

describe('pasted address', () => {
  it('reads the code and state from the final address, the fragment, or a bare code', () => {
    expect(parsePastedCallback(' https://x.example/cb?code=TG-abc-123&state=9.xyz ')).toEqual({ code: 'TG-abc-123', state: '9.xyz', error: null });
    expect(parsePastedCallback('https://x.example/cb#code=TG-1&state=s')).toEqual({ code: 'TG-1', state: 's', error: null });
    expect(parsePastedCallback('TG-65f1a2b3c4d5e6-123456')).toEqual({ code: 'TG-65f1a2b3c4d5e6-123456', state: null, error: null });
    expect(parsePastedCallback('https://x.example/cb?error=access_denied&state=s')).toEqual({ code: null, state: 's', error: 'access_denied' });
    expect(parsePastedCallback('hello')).toBeNull();
    expect(parsePastedCallback('https://x.example/cb?foo=1')).toBeNull();
  });
});

describe('grant errors', () => {
  it('tells an operator account, a redirect mismatch, invalid grant and client apart', () => {
    expect(classifyGrantError(400, { error: 'invalid_operator_user_id', message: 'operator not allowed' })).toBe('operator_account');
    expect(classifyGrantError(400, { error: 'invalid_grant', error_description: 'redirect_uri mismatch' })).toBe('redirect_mismatch');
    expect(classifyGrantError(400, { error: 'invalid_grant', message: 'Error validating grant.' })).toBe('invalid_grant');
    expect(classifyGrantError(401, { error: 'invalid_client' })).toBe('invalid_client');
    expect(classifyGrantError(429, { error: 'local_rate_limited' })).toBe('rate_limited');
    expect(classifyGrantError(undefined, undefined, 'ECONNREFUSED')).toBe('offline');
    expect(classifyGrantError(undefined, undefined, 'ECONNABORTED')).toBe('timeout');
  });
});

describe('loopback callback listener', () => {
  it('accepts exactly one callback with the right state, then closes', async () => {
    const seen: CallbackOutcome[] = [];
    const listener = await startCallbackListener({
      port: 0,
      path: '/callback',
      language: () => 'es',
      onCallback: async (outcome) => {
        seen.push(outcome);
        return { ok: true, detail: 'TIENDA_TEST' };
      },
    });
    listener.setState('s3cr3t');
    const base = `http://127.0.0.1:${listener.port}`;
    expect((await get(`${base}/callback?code=TG-1&state=wrong`)).status).toBe(400);
    expect((await get(`${base}/callback?code=TG-1`)).status).toBe(400);
    expect((await get(`${base}/other?code=TG-1&state=s3cr3t`)).status).toBe(404);
    expect(seen).toEqual([]);
    const ok = await get(`${base}/callback?code=TG-good&state=s3cr3t`);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('Ya podés cerrar esta pestaña');
    expect(ok.body).toContain('TIENDA_TEST');
    expect(seen).toEqual([{ kind: 'code', code: 'TG-good' }]);
    await listener.close();
    await expect(get(`${base}/callback?code=TG-again&state=s3cr3t`)).rejects.toThrow();
  });

  it('reports a denial and escapes what it echoes', async () => {
    const listener = await startCallbackListener({
      port: 0,
      path: '/callback',
      language: () => 'pt-BR',
      onCallback: async () => ({ ok: false, detail: '<script>alert(1)</script>' }),
    });
    listener.setState('st');
    const page = await get(`http://127.0.0.1:${listener.port}/callback?error=access_denied&state=st`);
    expect(page.status).toBe(400);
    expect(page.body).toContain('Não foi possível conectar');
    expect(page.body).not.toContain('<script>');
    await listener.close();
  });
});
