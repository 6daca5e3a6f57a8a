// The README says what the app does: the shortcuts it lists are the ones the menu and browser mode use,
// and the Install and Building installers sections describe updates as built (a setting, off until a
// feed is named; the build-time feed variable).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SHORTCUTS } from '../../electron/shell/menu';
import { BROWSER_SHORTCUTS } from '../../renderer/features/commands/shortcuts';

const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../README.md'), 'utf8');

function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  expect(start, `README has a "${title}" section`).toBeGreaterThan(-1);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end === -1 ? undefined : end);
}

const NAMES = { 'sync-now': 'Sync now', print: 'Print labels', 'next-question': 'Next question' } as const;

describe('README', () => {
  it('lists the desktop menu shortcuts and the browser-mode keys the code uses', () => {
    const install = section('Install');
    for (const [command, accelerator] of Object.entries(APP_SHORTCUTS)) {
      expect(install).toContain(`**${NAMES[command as keyof typeof NAMES]}** (${accelerator.replace('CmdOrCtrl', 'Ctrl/Cmd')})`);
    }
    for (const [code, command] of Object.entries(BROWSER_SHORTCUTS)) {
      expect(install).toContain(`| Alt+Shift+${code.replace('Key', '')} | ${NAMES[command]} |`);
    }
  });

  it('describes updates as a setting, off until an https feed is named, and the build-time feed', () => {
    const install = section('Install');
    expect(install).toMatch(/\*\*Updates\*\* are off until an update server is named: Settings → Updates/);
    expect(install).toContain('`updates: {enabled, feedUrl}`');
    const building = section('Building installers');
    expect(building).toContain('MOSTRADOR_UPDATE_FEED');
    expect(building).toMatch(/\*\*generic\*\* `publish` provider/);
  });
});
