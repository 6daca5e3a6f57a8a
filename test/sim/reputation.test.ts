// The reputation protection programs of meli-docs/001: status, activate, cancel, legal document,
// and the 100 requests per minute per seller limit.
import { describe, expect, it } from 'vitest';
import { DEMO_SELLER_ID } from '../../electron/demo/simulator/server';
import { admin, client, useSimulator, type ErrorBody } from './helpers';

const { sim, api } = await useSimulator();
const mexico = client(sim, sim.token(241000303).access_token);
const brazil = client(sim, sim.token(241000202).access_token);
const base = '/users/reputation/seller_recovery';

interface Status { seller_id: number; status: string; type: string; site_id: string; protection_limits: { max_issues_allowed: number }; guarantee_detail: { guarantee_status: string }; protection_detail?: { init_date: string } }

describe('seller recovery', () => {
  it('reports the program status with the documented fields', async () => {
    const result = await api.get<Status>(`${base}/status`);
    expect(result.body).toMatchObject({ seller_id: DEMO_SELLER_ID, status: 'AVAILABLE', type: 'RECOVERY_GRNTEE', site_id: 'MLA', guarantee_detail: { guarantee_status: 'OFF' } });
    expect(result.body.protection_limits.max_issues_allowed).toBeGreaterThan(0);
  });

  it('green sellers are excluded: UNAVAILABLE, and activation is refused', async () => {
    expect((await brazil.get<Status>(`${base}/status`)).body.status).toBe('UNAVAILABLE');
    expect((await brazil.send('POST', `${base}/activate`)).status).toBe(400);
  });

  it('the preview legal document is a base64 PDF while AVAILABLE; the complete one needs activation', async () => {
    const preview = await api.get<{ document: string }>(`${base}/legal-document?type=PREVIEW`);
    expect(Buffer.from(preview.body.document, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    expect((await api.get(`${base}/legal-document?type=COMPLETE`)).status).toBe(400);
    expect((await api.get(`${base}/legal-document`)).status).toBe(400);
  });

  it('activation needs the guarantee money in Mercado Pago', async () => {
    const refused = await mexico.send<ErrorBody>('POST', `${base}/activate`);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('insufficient_funds');
  });

  it('activates: status ACTIVE, guarantee ON, complete document available, preview not', async () => {
    expect((await api.send<{ message: string }>('POST', `${base}/activate`)).body).toEqual({ message: 'ok' });
    const status = await api.get<Status>(`${base}/status`);
    expect(status.body).toMatchObject({ status: 'ACTIVE', guarantee_detail: { guarantee_status: 'ON' } });
    expect(status.body.protection_detail?.init_date).toBeDefined();
    expect((await api.get(`${base}/legal-document?type=complete`)).status).toBe(200);
    expect((await api.get(`${base}/legal-document?type=PREVIEW`)).status).toBe(400);
  });

  it('cancelling the Despegue program needs a valid cancellation_reason', async () => {
    await admin(sim, 'PUT', '/sellers/241000303/recovery', { has_funds: true });
    expect((await mexico.send('POST', `${base}/activate`)).status).toBe(200);
    expect((await mexico.send('PUT', `${base}/cancel_guarantee`, {})).status).toBe(400);
    expect((await mexico.send('PUT', `${base}/cancel_guarantee`, { cancellation_reason: 'porque si' })).status).toBe(400);
    expect((await mexico.send('PUT', `${base}/cancel_guarantee`, { cancellation_reason: 'goal_achieved' })).body).toEqual({ message: 'ok' });
    expect((await mexico.get<Status>(`${base}/status`)).body.status).toBe('FINISHED_BY_USER');
  });

  it('allows 100 requests per minute per seller, then answers 429', async () => {
    await admin(sim, 'POST', '/clock', { advance_seconds: 61 });
    const statuses: number[] = [];
    for (let i = 0; i < 100; i += 1) statuses.push((await brazil.get(`${base}/status`)).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
    const limited = await brazil.get<ErrorBody>(`${base}/status`);
    expect(limited.status).toBe(429);
    expect((await api.get(`${base}/status`)).status).toBe(200);
  });
});
