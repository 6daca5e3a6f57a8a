// The process-model import rules of ARCHITECTURE.md are enforced by lint; this proves the rules bite.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function restrictedImports(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-syntax')
    .map((message) => message.message);
}

describe('import rules', () => {
  it("lets only electron/shell import 'electron'", async () => {
    expect(await restrictedImports('electron/shell/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([]);
    expect(await restrictedImports('electron/sync/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
    expect(await restrictedImports('renderer/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).not.toEqual([]);
  });

  it('keeps Node built-ins and main-process code out of the renderer', async () => {
    for (const source of ["'node:fs'", "'fs'", "'path'", "'better-sqlite3'", "'../electron/host'", "'../../electron/db/database'"]) {
      const found = await restrictedImports('renderer/features/orders/example.ts', `import x from ${source};\nexport const y = x;\n`);
      expect(found, source).toHaveLength(1);
    }
    expect(await restrictedImports('renderer/features/orders/example.ts', "import { z } from 'zod';\nimport { methods } from '../../../shared/contract';\nexport const y = [z, methods];\n")).toEqual([]);
  });

  it('keeps shared/ free of either side and of Node', async () => {
    for (const source of ["'node:crypto'", "'os'", "'../electron/config'", "'../renderer/App'"]) {
      expect(await restrictedImports('shared/example.ts', `import x from ${source};\nexport const y = x;\n`), source).toHaveLength(1);
    }
  });

  it('keeps test/ out of product code, static and dynamic imports alike', async () => {
    const cases: [string, string][] = [
      ['electron/demo/example.ts', "import { startSimulator } from '../../test/sim/server';\nexport const y = startSimulator;\n"],
      ['electron/demo/example.ts', "export const load = () => import('../../test/sim/server');\n"],
      ['electron/shell/example.ts', "import { useSimulator } from '../../test/sim/helpers';\nexport const y = useSimulator;\n"],
      ['electron/demo/simulator/routes/example.ts', "import { TEST_NOW } from '../../../../test/sim/helpers';\nexport const y = TEST_NOW;\n"],
      ['renderer/features/orders/example.ts', "import { x } from '../../../test/renderer/fixtures';\nexport const y = x;\n"],
      ['shared/example.ts', "import { startSimulator } from '../test/sim/server';\nexport const y = startSimulator;\n"],
    ];
    for (const [file, code] of cases) expect(await restrictedImports(file, code), `${file}: ${code}`).toHaveLength(1);
  });

  it('lets the demo store load its simulator from electron/demo/simulator', async () => {
    expect(await restrictedImports('electron/demo/example.ts', "import { startSimulator } from './simulator/server';\nexport const load = () => import('./simulator/server');\nexport const y = startSimulator;\n")).toEqual([]);
    expect(await restrictedImports('electron/shared-name.ts', "import { x } from '../shared/test-ids';\nexport const y = x;\n")).toEqual([]);
    expect(await restrictedImports('test/sim/example.test.ts', "import { startSimulator } from '../../electron/demo/simulator/server';\nimport { TEST_NOW } from './helpers';\nexport const y = [startSimulator, TEST_NOW];\n")).toEqual([]);
  });

  it('keeps the main-process rules on the simulator: no electron import', async () => {
    expect(await restrictedImports('electron/demo/simulator/example.ts', "import { app } from 'electron';\nexport const a = app;\n")).toHaveLength(1);
  });
});
