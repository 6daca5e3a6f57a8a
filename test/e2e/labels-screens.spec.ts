/**
 * The Labels screen in each UI language at 1280 and 1000 px, with demo data: the list, a ZPL and a
 * PDF preview drawn locally, and the printer profile. Screenshots are kept in
 * test-results/screenshots/ for a person to look at; the texts must fit, nothing scrolls sideways,
 * and axe finds nothing serious.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { labelsLocales } from '../../renderer/features/labels/locales';
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';
import { seriousAxeViolations } from './axe';
import { useSyncedDemoStore } from './data-fixtures';
import { measureFrame } from './in-page';
import { AppPage } from './pages/app-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');
const LANGUAGES = [
  { language: 'es', locale: 'es-AR', messages: es },
  { language: 'pt-BR', locale: 'pt-BR', messages: ptBR },
  { language: 'en', locale: 'en-US', messages: en },
] as const;
const WIDTHS = [1280, 1000] as const;

test.describe.configure({ mode: 'serial', timeout: 90_000 });

const store = useSyncedDemoStore();
let zplId = 0;
let pdfId = 0;
let offPrinterId = '';
let offPort = 0;

test.beforeAll(async () => {
  const rows = await store().api('labels.query', { show: 'ready', limit: 2 });
  [zplId, pdfId] = rows.rows.map((row) => row.shipmentId) as [number, number];
  await store().api('labels.fetch', { shipmentIds: [zplId], format: 'zpl' });
  await store().api('labels.fetch', { shipmentIds: [pdfId], format: 'pdf' });
  await store().api('printers.add', { kind: 'tcp', name: 'Zebra ZD421', host: '192.168.0.50', port: 9100 });
  // A printer that is off: nothing listens on its loopback port.
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  offPort = (probe.address() as net.AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  offPrinterId = (await store().api('printers.add', { kind: 'tcp', name: 'Zebra apagada', host: '127.0.0.1', port: offPort })).id;
});

for (const { language, locale, messages } of LANGUAGES) {
  for (const width of WIDTHS) {
    test.describe(`${language} at ${width} px`, () => {
      test.use({ locale, viewport: { width, height: width === 1000 ? 700 : 800 } });

      test('Labels screen, ZPL and PDF previews, printer profile (screenshots)', async ({ page }) => {
        const t = labelsLocales[language];
        await store().api('settings.set', { language });
        const app = new AppPage(page, store().host);
        await app.open();
        await app.goTo('labels', messages);
        fs.mkdirSync(SHOTS, { recursive: true });
        const preview = page.getByTestId('labels-preview');
        for (const [id, kind] of [[zplId, 'zpl'], [pdfId, 'pdf']] as const) {
          await page.getByTestId(`label-row-${id}`).getByRole('button', { name: t.previewOf.replace('{{id}}', String(id)) }).click();
          await expect(preview.locator('img')).toBeVisible({ timeout: 30_000 });
          await expect(preview.locator('img')).toHaveJSProperty('naturalWidth', kind === 'zpl' ? 813 : 812);
          // Under the list at 1000 px: the asked preview is brought into view, not left below the fold.
          await expect(preview.getByRole('heading')).toBeInViewport();
          await preview.screenshot({ path: path.join(SHOTS, `labels-preview-${kind}-${language}-${width}.png`) });
        }
        await page.screenshot({ path: path.join(SHOTS, `labels-${language}-${width}.png`) });
        await page.getByTestId('labels-printers').screenshot({ path: path.join(SHOTS, `labels-printer-profile-${language}-${width}.png`) });
        expect((await page.evaluate(measureFrame)).overflowX, 'Labels scrolls sideways').toBeLessThanOrEqual(0);
        if (width === 1000) expect(await seriousAxeViolations(page)).toEqual([]);
      });

      test('a printer that refuses: the failure in the seller\'s language (screenshot)', async ({ page }) => {
        test.skip(width !== 1280, 'one width is enough for a sentence');
        const t = labelsLocales[language];
        await store().api('settings.set', { language });
        const app = new AppPage(page, store().host);
        await app.open();
        await app.goTo('labels', messages);
        await page.getByTestId(`label-row-${zplId}`).getByRole('checkbox').check();
        await page.getByTestId('labels-printer').selectOption(offPrinterId);
        await page.getByTestId('labels-print').click();
        const status = page.getByTestId('labels-job');
        // Named as the seller named it, with its address; the system's code is not the printer's words.
        const said = t.failure.refused.replace('{{printer}}', `Zebra apagada (127.0.0.1:${offPort})`);
        await expect(status).toContainText(said, { timeout: 20_000 });
        await expect(status).not.toContainText('ECONNREFUSED');
        await expect(page.getByTestId('labels-resend')).toBeVisible();
        fs.mkdirSync(SHOTS, { recursive: true });
        await page.getByTestId('labels-printbar').screenshot({ path: path.join(SHOTS, `labels-print-failed-${language}.png`) });
      });
    });
  }
}
