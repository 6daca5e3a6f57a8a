/**
 * Test fixtures: `host` is a fresh browser-mode host with its own temp data directory (stopped and
 * removed after the test); `app` is the page model of the open app; `problems` collects every console
 * error, uncaught exception and Content-Security-Policy violation the page reports, so a spec can
 * assert the run was clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { reportCspViolations } from './in-page';
import { AppPage } from './pages/app-page';
import { startHost, type RunningHost } from './host';

export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  cspViolations: string[];
}

interface Fixtures {
  /** Files (name → content) written into the data directory before the host starts; set with `test.use`. */
  seedFiles: Record<string, string>;
  /** Extra environment for the host (e.g. MELI_CLIENT_ID); set with `test.use`. */
  hostEnv: Record<string, string>;
  host: RunningHost;
  problems: PageProblems;
  app: AppPage;
}

export const test = base.extend<Fixtures>({
  seedFiles: [{}, { option: true }],
  hostEnv: [{}, { option: true }],

  host: async ({ seedFiles, hostEnv }, use, testInfo) => {
    const host = await startHost({
      env: hostEnv,
      seed: (dataDir) => {
        for (const [name, content] of Object.entries(seedFiles)) fs.writeFileSync(path.join(dataDir, name), content);
      },
    });
    try {
      await use(host);
    } finally {
      const logs = host.logs();
      await host.stop();
      if (testInfo.status !== testInfo.expectedStatus && logs) {
        await testInfo.attach('host-stderr', { body: logs, contentType: 'text/plain' });
      }
    }
  },

  problems: async ({ page }, use) => {
    const problems: PageProblems = { consoleErrors: [], pageErrors: [], cspViolations: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') problems.consoleErrors.push(`${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.pageErrors.push(error.message));
    await page.addInitScript(reportCspViolations);
    page.on('console', (message) => {
      if (message.text().startsWith('[csp-violation]')) problems.cspViolations.push(message.text());
    });
    await use(problems);
  },

  app: async ({ page, host, problems: _problems }, use) => {
    const app = new AppPage(page, host);
    await app.open();
    await use(app);
  },
});

export { expect };
