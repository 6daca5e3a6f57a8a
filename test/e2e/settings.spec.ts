/**
 * Settings as a seller uses them: the language switches the whole UI and survives a reload; a bad sync
 * interval is refused by the host, explained next to the field in the seller's language, and nothing
 * changes; the Mercado Libre app fields are checked the same way.
 */
import en from '../../renderer/i18n/locales/en';
import es from '../../renderer/i18n/locales/es';
import ptBR from '../../renderer/i18n/locales/pt-BR';
import { expect, test } from './fixtures';
import { SettingsPage } from './pages/settings-page';

// A wide window: the status bar shows the sync interval only where there is room for it.
test.use({ viewport: { width: 1440, height: 900 } });

test('choosing Português switches the UI at once and it stays after a reload', async ({ app, page }) => {
  await app.goTo('settings', es);
  const settings = new SettingsPage(page, es);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');

  await settings.languageSelect.selectOption('pt-BR');
  await expect(app.heading).toHaveText(ptBR.nav.settings);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(app.navLink('listings')).toHaveText(ptBR.nav.listings);
  await expect(app.statusBar).toContainText(ptBR.status.noAccount);
  expect((await app.api('settings.get')).body).toMatchObject({ language: 'pt-BR' });

  await page.reload();
  await expect(app.heading).toHaveText(ptBR.nav.settings);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
  await expect(page).toHaveTitle(`${ptBR.nav.settings} · Mostrador`);

  // Back to automatic: the browser's language (Spanish here) decides again.
  await new SettingsPage(page, ptBR).languageSelect.selectOption('auto');
  await expect(app.heading).toHaveText(es.nav.settings);
  expect((await app.api('settings.get')).body).toMatchObject({ language: null });
});

test('a sync interval of 0 is refused next to the field and nothing changes', async ({ app, page }) => {
  await app.goTo('settings', es);
  const settings = new SettingsPage(page, es);
  const before = (await app.api('settings.get')).body;
  await expect(settings.syncInput).toHaveValue('2');

  await settings.setSyncInterval('0');
  await expect(settings.syncError).toHaveText(es.settings.sync.invalid);
  await expect(settings.syncInput).toHaveAttribute('aria-invalid', 'true');
  await expect(settings.syncCard.getByTestId('save-message')).toHaveText(es.errors.invalid_input);
  expect((await app.api('settings.get')).body).toEqual(before);
  await expect(app.statusBar.getByText('cada 2 minutos')).toBeVisible();

  // Not a number at all is refused the same way.
  await settings.setSyncInterval('');
  await expect(settings.syncError).toHaveText(es.settings.sync.invalid);
  expect((await app.api('settings.get')).body).toEqual(before);

  // A valid value is saved, the error goes away, and the status bar follows.
  await settings.setSyncInterval('15');
  await expect(settings.syncError).toHaveCount(0);
  await expect(settings.syncCard.getByTestId('save-message')).toHaveText(es.settings.saved);
  expect((await app.api('settings.get')).body).toMatchObject({ syncIntervalMinutes: 15 });
  await expect(app.statusBar.getByText('cada 15 minutos')).toBeVisible();
});

test('the Mercado Libre app section refuses a non-HTTPS redirect URI and saves a good one', async ({ app, page }) => {
  await app.goTo('settings', es);
  const card = page.getByTestId('settings-meli');
  await expect(card).toContainText('HTTPS');
  const clientId = card.getByLabel(es.settings.meli.clientId);
  const redirectUri = card.getByLabel(es.settings.meli.redirectUri);
  const save = card.getByRole('button', { name: es.settings.meli.save });

  await clientId.fill('1234567890');
  await redirectUri.fill('http://example.com/callback');
  await save.click();
  await expect(card.getByRole('alert')).toHaveText(es.settings.meli.redirectUriInvalid);
  expect((await app.api('settings.get')).body).toMatchObject({ meli: {} });

  await redirectUri.fill('https://example.com/mostrador/callback');
  await save.click();
  await expect(card.getByTestId('save-message')).toHaveText(es.settings.saved);
  await expect(card.getByRole('alert')).toHaveCount(0);
  expect((await app.api('settings.get')).body).toMatchObject({
    meli: { clientId: '1234567890', redirectUri: 'https://example.com/mostrador/callback' },
  });
});

test('a change made elsewhere (another window, the local API) shows up without a reload', async ({ app, page }) => {
  await app.goTo('settings', es);
  const settings = new SettingsPage(page, es);
  await expect(settings.syncInput).toHaveValue('2');
  expect((await app.api('settings.set', { language: 'en', syncIntervalMinutes: 45 })).status).toBe(200);
  await expect(app.heading).toHaveText(en.nav.settings);
  await expect(settings.syncInput).toHaveValue('45');
  await expect(app.statusBar.getByText('every 45 minutes')).toBeVisible();
});

test('the About block shows the version, the data folder and the mode', async ({ app, page, host }) => {
  await app.goTo('settings', es);
  const about = new SettingsPage(page, es).about;
  await expect(about.getByTestId('about-version')).toHaveText(/^\d+\.\d+\.\d+/);
  await expect(about).toContainText(host.dataDir);
  await expect(about).toContainText(es.status.browser);
  // Browser mode keeps secrets with a key file, and says plainly that this is the weaker option.
  await expect(about.getByTestId('about-secrets')).toHaveText(es.settings.about.secretsKeyFile);
});

test.describe('with a Brazilian browser and no language chosen', () => {
  test.use({ locale: 'pt-BR' });
  test('the UI opens in Portuguese', async ({ app, page }) => {
    await expect(app.heading).toHaveText(ptBR.nav.orders);
    await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR');
    await expect(app.emptyState).toContainText(ptBR.sections.orders.emptyBody);
  });
});

test.describe('with an English browser and no language chosen', () => {
  test.use({ locale: 'en-US' });
  test('the UI opens in English', async ({ app }) => {
    await expect(app.heading).toHaveText(en.nav.orders);
    await expect(app.emptyState).toContainText(en.sections.orders.emptyBody);
    await expect(app.statusBar).toContainText(en.status.neverSynced);
  });
});

test('updates are off until a feed is named; a non-HTTPS feed is refused next to the field and nothing changes', async ({ app, page }) => {
  await app.goTo('settings', es);
  const card = page.getByTestId('settings-updates');
  const feed = card.getByLabel(es.settings.updates.feedUrl);
  const save = card.getByRole('button', { name: es.settings.updates.save });
  await expect(card.getByTestId('updates-state')).toContainText(es.settings.updates.off);
  await expect(card.getByTestId('updates-state')).toContainText(es.settings.updates.browserNote);
  const before = (await app.api('settings.get')).body;

  // On without a feed, then with an http:// one: refused, in Spanish, beside the field.
  await card.getByLabel(es.settings.updates.enabled).check();
  await save.click();
  await expect(card.getByRole('alert')).toHaveText(es.settings.updates.feedRequired);
  await feed.fill('http://updates.example.com/mostrador/');
  await save.click();
  await expect(card.getByRole('alert')).toHaveText(es.settings.updates.invalid);
  await expect(feed).toHaveAttribute('aria-invalid', 'true');
  expect((await app.api('settings.get')).body).toEqual(before);

  await feed.fill('https://updates.example.com/mostrador/');
  await save.click();
  await expect(card.getByTestId('save-message')).toHaveText(es.settings.saved);
  await expect(card.getByRole('alert')).toHaveCount(0);
  await expect(card.getByTestId('updates-state')).toContainText(es.settings.updates.on);
  expect((await app.api('settings.get')).body).toMatchObject({ updates: { enabled: true, feedUrl: 'https://updates.example.com/mostrador/' } });
});
