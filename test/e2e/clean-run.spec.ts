/**
 * A run through every section (and a settings change, and a reload) leaves no console errors, no
 * uncaught exceptions, no Content-Security-Policy violations, and no request leaving this computer.
 */
import es from '../../renderer/i18n/locales/es';
import { expect, test } from './fixtures';
import { SECTIONS } from './pages/app-page';
import { SettingsPage } from './pages/settings-page';

test('every section, a save and a reload: no console errors, CSP violations or outside requests', async ({
  app,
  page,
  problems,
  host,
}) => {
  const outside: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(`${host.url}/`)) outside.push(request.url());
  });

  for (const section of SECTIONS) await app.goTo(section, es);
  await new SettingsPage(page, es).setSyncInterval('5');
  await expect(page.getByTestId('settings-sync').getByTestId('save-message')).toHaveText(es.settings.saved);
  await page.reload();
  await expect(app.heading).toHaveText(es.nav.settings);
  for (const section of [...SECTIONS].reverse()) await app.goTo(section, es);

  expect(problems.cspViolations).toEqual([]);
  expect(problems.pageErrors).toEqual([]);
  expect(problems.consoleErrors).toEqual([]);
  expect(outside).toEqual([]);

  // The collector must be able to see a violation, or the empty list above proves nothing: an inline
  // script is exactly what the policy forbids.
  await page.evaluate(`(() => { const s = document.createElement('script'); s.textContent = '1'; document.body.append(s); })()`);
  await expect.poll(() => problems.cspViolations.length).toBeGreaterThan(0);
});
