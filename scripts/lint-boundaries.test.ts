import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint();

type Violation = { rule: string | null; message: string };

/** What ESLint reports for `code` as if it stood at `filePath`: each rule with its message. */
async function violations(filePath: string, code: string): Promise<Violation[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => ({ rule: message.ruleId, message: message.message }));
}

/**
 * Each probe uses what it imports, so the only thing that can fire is the
 * boundary rule itself: deleting that rule (or its message) fails the test.
 */
describe('the rooms are enforced by lint', () => {
  // ESLint loads its config and the TypeScript parser on first use: not part of any one case.
  beforeAll(() => eslint.lintText('export {};', { filePath: 'shared/warm-up.ts' }), 60_000);

  it.each([
    ["import { app } from 'electron';\nexport const x = app;", 'no-restricted-imports', 'Only electron/ may import electron.'],
    ["import { useState } from 'react';\nexport const x = useState;", 'no-restricted-imports', 'shared/ is pure domain code: no React.'],
    ["import Dexie from 'dexie';\nexport const x = Dexie;", 'no-restricted-imports', 'shared/ is pure domain code: no database.'],
    ["import fs from 'node:fs';\nexport const x = fs;", 'no-restricted-imports', 'shared/ runs in main and renderer alike: no Node module.'],
    ["import { db } from '../../renderer/src/data/db';\nexport const x = db;", 'no-restricted-imports', 'shared/ imports no other room.'],
    ['export const width = window.innerWidth;', 'no-restricted-globals', 'shared/ knows no DOM.'],
    ['export const title = document.title;', 'no-restricted-globals', 'shared/ knows no DOM.'],
    ['export const open = indexedDB.open;', 'no-restricted-globals', 'shared/ knows no storage.'],
  ])('shared/ refuses: %s', async (code, rule, message) => {
    const found = await violations('shared/framework/probe.ts', code);
    expect(found).toHaveLength(1);
    expect(found[0]).toEqual({ rule, message: expect.stringContaining(message) });
  });

  it.each([
    ["import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;", 'Only electron/ may import electron.'],
    ["import { readFile } from 'node:fs/promises';\nexport const x = readFile;", 'The renderer runs in a browser: no Node module.'],
    ["import path from 'path';\nexport const x = path;", 'The renderer runs in a browser: no Node module.'],
  ])('renderer/ refuses: %s', async (code, message) => {
    const found = await violations('renderer/src/probe.ts', code);
    expect(found).toEqual([{ rule: 'no-restricted-imports', message: expect.stringContaining(message) }]);
  });

  it.each([["import Dexie from 'dexie';\nexport const x = Dexie;"], ["import { db } from '../data/db';\nexport const x = db;"]])(
    'screens never reach the database directly: %s',
    async (code) => {
      expect(await violations('renderer/src/screens/Probe.tsx', code)).toEqual([
        { rule: 'no-restricted-imports', message: expect.stringContaining('Components use the hooks of renderer/src/data, never the database.') },
      ]);
    },
  );

  it('electron/ imports no UI and no database', async () => {
    expect(await violations('electron/probe.ts', "import Dexie from 'dexie';\nexport const x = Dexie;")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('electron/ is the shell: no UI, no database.') },
    ]);
  });

  it('a schema version imports no live code, only types', async () => {
    expect(await violations('renderer/src/data/migrations/v9.ts', "import { summarise } from '../../../../shared/reviews/summary';\nexport const x = summarise;")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('A schema version is frozen: copy the helpers it needs into its file') },
    ]);
    expect(await violations('renderer/src/data/migrations/v9.ts', "import { db } from '../db';\nexport const x = db;")).toEqual([
      { rule: 'no-restricted-imports', message: expect.stringContaining('A schema version is frozen') },
    ]);
    expect(
      await violations('renderer/src/data/migrations/v9.ts', "import type { Review } from '../../../../shared/reviews/review';\nimport type { Migration } from './types';\nexport type X = [Review, Migration];"),
    ).toEqual([]);
  });

  it('lets each room import what it may', async () => {
    expect(await violations('shared/framework/probe.ts', "import { z } from 'zod';\nexport const s = z.string();")).toEqual([]);
    expect(await violations('electron/probe.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
    expect(await violations('renderer/src/probe.ts', "import { useState } from 'react';\nexport const u = useState;")).toEqual([]);
  });
});
