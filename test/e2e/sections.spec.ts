/**
 * Every section opens from the sidebar, says what it is (h1) and what it will hold (empty state), and
 * passes axe-core without serious or critical violations. Also: the frame's status bar and notices.
 */
import es from '../../renderer/i18n/locales/es';
import { seriousAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { SECTIONS } from './pages/app-page';

// One host and page for the six sections (each a step in the report): starting a host per section
// would cost more than the checks themselves.
test('every section opens from the navigation with its heading, content and no serious axe violations', async ({
  app,
  page,
}) => {
  test.slow(); // Six axe runs: a few seconds each on a busy two-core machine.
  await app.goTo('labels', es); // Start away from Orders, so opening Orders is a real navigation too.
  for (const section of SECTIONS) {
    await test.step(section, async () => {
      await app.goTo(section, es);
      await expect(page).toHaveURL(new RegExp(`#/${section}$`));
      await expect(app.navLink(section)).toHaveAttribute('aria-current', 'page');
      await expect(app.nav.locator('[aria-current="page"]')).toHaveCount(1);
      await expect(page).toHaveTitle(`${es.nav[section]} · Mostrador`);

      if (section === 'settings') {
        await expect(page.getByRole('heading', { level: 2, name: es.settings.language.heading })).toBeVisible();
        await expect(page.getByRole('heading', { level: 2, name: es.settings.about.heading })).toBeVisible();
      } else {
        const copy = es.sections[section];
        await expect(app.emptyState).toBeVisible();
        await expect(app.emptyState.getByRole('heading', { level: 2 })).toHaveText(copy.emptyTitle);
        await expect(app.emptyState).toContainText(copy.emptyBody);
        await expect(app.emptyState.locator('svg').first()).toBeVisible();
      }

      expect(await seriousAxeViolations(page), `axe on ${section}`).toEqual([]);
    });
  }
});

test('the status bar says there is no account, browser mode, demo store, and never synced', async ({ app, page }) => {
  await page.setViewportSize({ width: 1440, height: 900 }); // Wide enough for the sync interval too.
  await expect(app.statusBar.getByTestId('status-account')).toHaveText(`${es.status.account}: ${es.status.noAccount}`);
  await expect(app.statusBar.getByTestId('status-mode')).toContainText(es.status.browser);
  await expect(app.statusBar.getByTestId('status-demo')).toHaveText(es.status.demo);
  await expect(app.statusBar.getByTestId('status-sync')).toContainText(es.status.neverSynced);
  await expect(app.statusBar.getByText('cada 2 minutos')).toBeVisible();
});

test('the access token leaves the address bar, and a reload keeps the section and the session', async ({ app, page }) => {
  expect(page.url()).not.toContain('token');
  await expect(page).toHaveURL(/#\/orders$/);
  await app.goTo('stock', es);
  await page.reload();
  await expect(app.heading).toHaveText(es.nav.stock);
  await expect(app.statusBar.getByTestId('status-mode')).toContainText(es.status.browser);
});

test.describe('with a settings file the host could not read', () => {
  test.use({
    seedFiles: { 'settings.json': '{ this is not json' },
  });

  test('the notice shows in the seller’s language and can be dismissed for good', async ({ app, page }) => {
    await expect(app.notices).toHaveCount(1);
    await expect(app.notices.first()).toContainText(es.notices.settings_corrupt);
    await app.notices.first().getByRole('button', { name: es.notices.dismiss }).click();
    await expect(app.notices).toHaveCount(0);
    await page.reload();
    await expect(app.heading).toBeVisible();
    await expect(app.notices).toHaveCount(0);
  });
});
