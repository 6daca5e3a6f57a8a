/**
 * The desktop extras' logic against a real host (real SQLite file in a temp dir): badge counts read
 * through the dispatcher and refreshed on cache changes, notifications for new questions only,
 * diagnostics without secrets, and the quit guard that waits for the host to stop.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHost, type Host } from '../../electron/host';
import { upsertAccount } from '../../electron/accounts/accounts-repository';
import { upsertQuestions } from '../../electron/questions/questions-store';
import { createConfBackend } from '../../electron/settings/conf-backend';
import { badgeSummary, createBadge, readBadgeCounts, type BadgeCounts } from '../../electron/shell/badge';
import { buildDiagnostics, createLogBuffer, diagnosticsFileName, redactSecrets } from '../../electron/shell/diagnostics';
import { createOrderNotifier, createQuestionNotifier } from '../../electron/shell/notifications';
import { createQuitGuard } from '../../electron/shell/shutdown';
import { tempDir } from '../helpers/temp-dir';

let host: Host | null = null;
afterEach(() => {
  if (host?.db.open) host.close();
  host = null;
});

function realHost(): Host {
  host = createHost({ mode: 'desktop', settingsBackend: createConfBackend, env: { MOSTRADOR_DATA_DIR: tempDir() }, outbox: { autoStart: false }, log: () => undefined });
  return host;
}

function addQuestions(h: Host, ids: number[], status = 'UNANSWERED'): void {
  upsertAccount(h.db, { userId: 101, nickname: 'TIENDA', siteId: 'MLA', raw: {} });
  upsertQuestions(
    h.db,
    101,
    ids.map((id) => ({ id, item_id: 'MLA1', status, text: `¿Hay stock? ${id}`, date_created: '2026-11-30T10:00:00.000Z' })),
  );
}

describe('badge', () => {
  it('counts unanswered questions and labels to print through the dispatcher', async () => {
    const h = realHost();
    expect(await readBadgeCounts(h.dispatch)).toEqual({ unanswered: 0, labels: 0 });
    addQuestions(h, [1, 2]);
    addQuestions(h, [3], 'ANSWERED');
    expect(await readBadgeCounts(h.dispatch)).toEqual({ unanswered: 2, labels: 0 });
    // The labels count is the Orders screen's own "label ready to print" filter.
    expect(await h.dispatch('orders.query', { shipping: ['label_ready'], limit: 1 })).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('refreshes after cache changes and announces only questions that arrived since the last read', async () => {
    const h = realHost();
    addQuestions(h, [1]);
    const applied: BadgeCounts[] = [];
    const onNewQuestions = vi.fn();
    const badge = createBadge({ dispatch: h.dispatch, events: h.events, apply: (counts) => applied.push(counts), onNewQuestions, delayMs: 10 });
    await badge.refresh();
    expect(onNewQuestions).not.toHaveBeenCalled();
    addQuestions(h, [2, 3]);
    h.events.emit('cache.changed', { entities: ['questions'] } as never);
    await vi.waitFor(() => expect(applied.at(-1)).toEqual({ unanswered: 3, labels: 0 }));
    expect(onNewQuestions).toHaveBeenCalledWith(2, { unanswered: 3, labels: 0 });
    badge.stop();
  });

  it('summarises the counts in the seller language', () => {
    expect(badgeSummary({ unanswered: 3, labels: 1 }, 'pt-BR')).toBe('Mostrador — 3 perguntas sem resposta · 1 etiquetas para imprimir');
    expect(badgeSummary({ unanswered: 0, labels: 2 }, 'en')).toContain('2 labels to print');
  });
});

describe('question notifications', () => {
  it('shows one notification per burst and opens the next question on click', () => {
    const shown: { title: string; click?: () => void }[] = [];
    const onOpen = vi.fn();
    const notify = createQuestionNotifier({
      isSupported: () => true,
      language: () => 'es',
      onOpen,
      create: (init) => {
        const entry: { title: string; click?: () => void } = { title: init.title };
        shown.push(entry);
        return { on: (_event, listener) => (entry.click = listener), show: () => undefined };
      },
    });
    expect(notify(0)).toBe(false);
    expect(notify(3)).toBe(true);
    expect(shown.map((entry) => entry.title)).toEqual(['3 preguntas nuevas']);
    shown[0]?.click?.();
    expect(onOpen).toHaveBeenCalledOnce();
  });

  it('stays quiet where the system has no notifications', () => {
    const create = vi.fn();
    expect(createQuestionNotifier({ isSupported: () => false, language: () => 'en', onOpen: () => undefined, create })(1)).toBe(false);
    expect(create).not.toHaveBeenCalled();
  });

  it('shows the orders a sync found as one notification, in the seller\'s words, and opens the first on click', () => {
    const shown: { title: string; body: string; click?: () => void }[] = [];
    const onOpen = vi.fn();
    const notify = createOrderNotifier({
      isSupported: () => true,
      language: () => 'pt-BR',
      onOpen,
      create: (init) => {
        const entry: { title: string; body: string; click?: () => void } = { title: init.title, body: init.body };
        shown.push(entry);
        return { on: (_event, listener) => (entry.click = listener), show: () => undefined };
      },
    });
    const order = (id: number, title: string) => ({ id, dateCreated: '2026-12-01T10:00:00.000Z', totalAmount: 1500.5, currencyId: 'BRL', buyerNickname: 'COMPRADOR', itemTitles: title });
    expect(notify({ userId: 1, total: 0, orders: [] })).toBe(false);
    expect(notify({ userId: 1, total: 5, orders: [order(11, 'Cuia'), order(12, 'Bomba'), order(13, 'Erva'), order(14, 'Térmica')] })).toBe(true);
    const price = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(1500.5);
    expect(price).toMatch(/^R\$\s1\.500,50$/);
    expect(shown).toMatchObject([{ title: '5 vendas novas', body: [`Cuia — ${price}`, `Bomba — ${price}`, `Erva — ${price}`, '…'].join('\n') }]);
    expect(notify({ userId: 1, total: 1, orders: [order(15, 'Cuia')] })).toBe(true);
    expect(shown[1]?.title).toBe('Uma venda nova');
    shown[0]?.click?.();
    expect(onOpen).toHaveBeenCalledWith(11);
  });
});

describe('diagnostics', () => {
  it('takes tokens, secrets, codes and e-mail addresses out of any line', () => {
    const line = redactSecrets(
      'GET /users/me Authorization: Bearer APP_USR-1234567890-abcdef refresh_token=TG-0123456789abcdef client_secret: "s3cr3t" code=TG-abc123456789 from ana@example.com',
    );
    for (const secret of ['1234567890-abcdef', '0123456789abcdef', 's3cr3t', 'abc123456789', 'ana@example.com']) expect(line).not.toContain(secret);
    expect(line).toContain('GET /users/me');
  });

  it('writes versions, settings, sync and outbox state and the recent log, with nothing secret', async () => {
    const h = realHost();
    expect(await h.dispatch('settings.set', { syncIntervalMinutes: 15 })).toMatchObject({ ok: true });
    const log = createLogBuffer(2);
    log.add('first line, dropped');
    log.add('token refreshed: access_token=APP_USR-99999999-zzzz');
    log.add('sync finished');
    const text = await buildDiagnostics({ dispatch: h.dispatch, log, versions: { node: '20.0.0' }, platform: 'linux', arch: 'x64', now: new Date('2026-12-01T10:00:00Z') });
    const report = JSON.parse(text.slice(0, text.indexOf('\n\nRecent log:'))) as Record<string, unknown>;
    expect(report).toMatchObject({ platform: 'linux x64', versions: { node: '20.0.0' }, app: { mode: 'desktop' }, settings: { syncIntervalMinutes: 15 } });
    expect(report.sync).toBeTypeOf('object');
    expect(report.outbox).toBeTypeOf('object');
    expect(text).toContain('sync finished');
    expect(text).not.toContain('first line');
    expect(text).not.toContain('99999999');
    expect(diagnosticsFileName(new Date('2026-12-01T10:00:00Z'))).toBe('mostrador-diagnostics-2026-12-01T10-00-00.txt');
  });
});

describe('quit guard', () => {
  it('holds the first quit until the host has stopped and closed the database, then quits once', async () => {
    const h = realHost();
    const quit = vi.fn();
    const guard = createQuitGuard({ shutdown: () => h.shutdown(), quit, log: () => undefined });
    const first = { preventDefault: vi.fn() };
    guard(first);
    guard({ preventDefault: vi.fn() });
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(h.db.open).toBe(false);
    expect(fs.existsSync(path.join(h.config.dataDir, 'mostrador.sqlite'))).toBe(true);
    // The real quit that follows is let through.
    const last = { preventDefault: vi.fn() };
    guard(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('quits anyway when stopping hangs', async () => {
    const quit = vi.fn();
    const lines: string[] = [];
    const guard = createQuitGuard({ shutdown: () => new Promise(() => undefined), quit, log: (line) => lines.push(line), timeoutMs: 20 });
    guard({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(quit).toHaveBeenCalledOnce());
    expect(lines[0]).toMatch(/longer than 20 ms/);
  });
});
