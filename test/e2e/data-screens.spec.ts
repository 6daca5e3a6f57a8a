/**
 * The three data screens (Orders, Listings, Questions) with demo data, in each UI language at the
 * widest common and the narrowest supported window: screenshots are kept in test-results/screenshots/
 * for a person to look at, and no fixed text (heading, filter labels, count, column headers, buttons,
 * group headings) is cut short or spills out of its box, and nothing scrolls sideways.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { listingsLocales } from '../../renderer/features/listings/locales';
import { ordersLocales } from '../../renderer/features/orders/locales';
import { questionsLocales } from '../../renderer/features/questions/locales';
import { useSyncedDemoStore } from './data-fixtures';
import { clippedDataScreenTexts, measureFrame } from './in-page';
import { SCREEN_LANGUAGES, SCREEN_WIDTHS } from './languages';
import { AppPage } from './pages/app-page';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

const LANGUAGES = SCREEN_LANGUAGES;
const WIDTHS = SCREEN_WIDTHS;

test.describe.configure({ mode: 'serial' });

const store = useSyncedDemoStore();

for (const { language, locale, messages } of LANGUAGES) {
  for (const width of WIDTHS) {
    test.describe(`${language} at ${width} px`, () => {
      test.use({ locale, viewport: { width, height: width === 1000 ? 700 : 800 } });

      test('Orders, Listings and Questions fit their texts (screenshots)', async ({ page }) => {
        // The demo seller sells on MLA, which would choose Spanish: the language is set, as a seller would.
        await store().api('settings.set', { language });
        const app = new AppPage(page, store().host);
        await app.open();
        fs.mkdirSync(SHOTS, { recursive: true });
        const screens = [
          { section: 'orders', ready: page.getByTestId('order-row').first(), label: ordersLocales[language].tableLabel },
          { section: 'listings', ready: page.getByTestId('listing-row').first(), label: listingsLocales[language].tableLabel },
          { section: 'questions', ready: page.getByTestId('question').first(), label: questionsLocales[language].listLabel },
        ] as const;
        for (const { section, ready, label } of screens) {
          if (section !== 'orders') await app.goTo(section, messages);
          await expect(app.heading).toHaveText(messages.nav[section]);
          await expect(ready).toBeVisible();
          await expect(page.getByLabel(label, { exact: true })).toBeVisible();
          await page.screenshot({ path: path.join(SHOTS, `${section}-${language}-${width}.png`) });
          expect(await page.evaluate(clippedDataScreenTexts), `${section} texts cut short`).toEqual([]);
          expect((await page.evaluate(measureFrame)).overflowX, `${section} scrolls sideways`).toBeLessThanOrEqual(0);
        }
      });
    });
  }
}
