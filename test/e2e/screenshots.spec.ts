/**
 * Screenshot check: full-page PNGs of Orders and Settings (kept in test-results/screenshots/ for a
 * person to look at) must show the real design, not a blank or unstyled page — sampled pixels have the
 * sidebar's, the page's and the logo's colours, the image holds many colours, and the key parts of the
 * frame have real boxes and distinct computed colours. Also checked at 1000 px, the narrowest we support.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import es from '../../renderer/i18n/locales/es';
import { expect, test } from './fixtures';
import { documentHeight, measureFrame, truncatedStatusTexts, type FrameFacts } from './in-page';
import { decodePng, distinctColours, hex, type DecodedPng } from './png';

const SHOTS = path.resolve(import.meta.dirname, '../../test-results/screenshots');

async function shoot(page: Page, name: string): Promise<DecodedPng> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  // "Full page" as a window tall enough for everything: the sidebar and status bar are sticky to the
  // viewport, so a scrolled capture would paint them mid-page, which is not what a seller ever sees.
  const viewport = page.viewportSize();
  const fullHeight = await page.evaluate(documentHeight);
  if (viewport && fullHeight > viewport.height) await page.setViewportSize({ width: viewport.width, height: fullHeight });
  const buffer = await page.screenshot({ path: file, fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
  // A blank 1280×800 PNG compresses to a few kilobytes; the real frame with text is far larger.
  expect(buffer.length, `${name}.png size`).toBeGreaterThan(25_000);
  const png = decodePng(buffer);
  expect(distinctColours(png), `${name}.png colour variety`).toBeGreaterThan(40);
  return png;
}

function expectColourNear(png: DecodedPng, x: number, y: number, expected: string): void {
  const actual = png.pixel(Math.round(x), Math.round(y));
  const want = [1, 3, 5].map((at) => parseInt(expected.slice(at, at + 2), 16));
  const distance = Math.max(...actual.map((value, i) => Math.abs(value - (want[i] ?? 0))));
  expect(distance, `pixel (${Math.round(x)}, ${Math.round(y)}) is ${hex(actual)}, expected about ${expected}`).toBeLessThan(12);
}

function frameFacts(page: Page): Promise<FrameFacts> {
  return page.evaluate(measureFrame);
}

function expectSolidFrame({ parts, overflowX }: FrameFacts): void {
  for (const [name, part] of Object.entries(parts)) {
    expect(part, name).not.toBeNull();
    expect(part?.visible, `${name} visible`).toBe(true);
    expect(part?.width, `${name} width`).toBeGreaterThan(10);
    expect(part?.height, `${name} height`).toBeGreaterThan(10);
  }
  const background = (name: string) => parts[name]?.background;
  const backgrounds = new Set(['sidebar', 'body', 'statusBar', 'badge', 'current'].map(background));
  expect(backgrounds.size, 'distinct backgrounds of sidebar, page, status bar, badge, current nav item').toBe(5);
  expect(parts.heading?.color).not.toBe(background('body'));
  expect(overflowX, 'no horizontal scrolling').toBeLessThanOrEqual(0);
  expect(parts.statusBar?.height, 'the status bar stays one line').toBeLessThan(48);
  expect(parts.main?.left, 'main content sits right of the sidebar').toBeGreaterThanOrEqual((parts.sidebar?.right ?? 0) - 1);
}

test('Orders and Settings render the designed frame (screenshots)', async ({ app, page }) => {
  await expect(app.emptyState).toBeVisible();
  const orders = await shoot(page, 'orders');
  const facts = await frameFacts(page);
  expectSolidFrame(facts);
  const { parts } = facts;
  expectColourNear(orders, 12, 400, '#0c3441'); // sidebar
  expectColourNear(orders, (parts.sidebar?.right ?? 0) + 12, 120, '#f3f6f7'); // page background
  expectColourNear(orders, (parts.logo?.left ?? 0) + 3, 40, '#f2b632'); // yellow logo tile (left edge, mid-height)
  expect(await page.evaluate(truncatedStatusTexts), 'status bar texts cut short at 1280 px').toEqual([]);

  await app.goTo('settings', es);
  await expect(page.getByTestId('settings-about')).toBeVisible();
  const settings = await shoot(page, 'settings');
  expectSolidFrame(await frameFacts(page));
  expectColourNear(settings, 12, 400, '#0c3441');
  const card = await page.getByTestId('settings-sync').boundingBox();
  expectColourNear(settings, card!.x + card!.width - 8, card!.y + card!.height / 2, '#ffffff'); // a white card
});

test.describe('at 1000 px wide', () => {
  test.use({ viewport: { width: 1000, height: 700 } });
  test('the frame still fits without horizontal scrolling', async ({ app, page }) => {
    await expect(app.emptyState).toBeVisible();
    await shoot(page, 'orders-1000');
    expectSolidFrame(await frameFacts(page));
    await app.goTo('settings', es);
    await shoot(page, 'settings-1000');
    expectSolidFrame(await frameFacts(page));
  });
});
