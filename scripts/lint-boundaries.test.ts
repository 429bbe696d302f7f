import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

/** The rules ESLint reports for `code` as if it stood at `filePath`. */
async function violations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message);
}

describe('the rooms are enforced by lint', () => {
  it.each([
    ["import { app } from 'electron';"],
    ["import { useState } from 'react';"],
    ["import Dexie from 'dexie';"],
    ["import fs from 'node:fs';"],
    ["export const width = window.innerWidth;"],
    ["export const title = document.title;"],
  ])('shared/ refuses: %s', async (code) => {
    expect(await violations('shared/framework/probe.ts', code)).not.toEqual([]);
  });

  it.each([["import { ipcRenderer } from 'electron';"], ["import { readFile } from 'node:fs/promises';"], ["import path from 'path';"]])(
    'renderer/ refuses: %s',
    async (code) => {
      expect(await violations('renderer/src/probe.ts', code)).toContain('no-restricted-imports');
    },
  );

  it('screens never reach the database directly', async () => {
    expect(await violations('renderer/src/screens/Probe.tsx', "import Dexie from 'dexie';\nexport const x = Dexie;")).toContain(
      'no-restricted-imports',
    );
  });

  it('lets each room import what it may', async () => {
    expect(await violations('shared/framework/probe.ts', "import { z } from 'zod';\nexport const s = z.string();")).toEqual([]);
    expect(await violations('electron/probe.ts', "import { app } from 'electron';\nexport const a = app;")).toEqual([]);
    expect(await violations('renderer/src/probe.ts', "import { useState } from 'react';\nexport const u = useState;")).toEqual([]);
  });
});
