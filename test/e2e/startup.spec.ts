/**
 * How the app starts in situations a seller can meet: a tab whose access token is wrong (an old
 * bookmark of a previous launch) explains itself instead of showing a broken page; with a Mercado Libre
 * app configured there is no demo badge.
 */
import es from '../../renderer/i18n/locales/es';
import { seriousAxeViolations } from './axe';
import { expect, test } from './fixtures';

test('a tab with a stale token says it lost access, in the seller’s language', async ({ page, host }) => {
  await page.goto(`${host.url}/#token=from-an-earlier-launch`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(es.app.loadFailed);
  await expect(page.getByRole('alert')).toHaveText(es.errors.unauthorized);
  await expect(page.getByRole('button', { name: es.app.retry })).toBeVisible();
  expect(page.url()).not.toContain('token');
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test.describe('with a Mercado Libre app configured', () => {
  test.use({ hostEnv: { MELI_CLIENT_ID: '1234567890', MELI_REDIRECT_URI: 'https://example.com/callback' } });
  test('the status bar shows no demo badge', async ({ app }) => {
    await expect(app.statusBar.getByTestId('status-mode')).toContainText(es.status.browser);
    await expect(app.statusBar.getByTestId('status-demo')).toHaveCount(0);
  });
});
