/** DESIGN.md's folder boundaries are enforced by ESLint; this proves the rules bite. */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import path from 'node:path';
import { REPO_ROOT } from '../helpers/tmp.js';

const eslint = new ESLint({ cwd: REPO_ROOT });

async function errors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(REPO_ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => m.ruleId ?? m.message);
}

describe('folder boundaries (ESLint)', () => {
  it.each([
    ['shared/model/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/model/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/model/x.ts', "import React from 'react';\nexport const a = React;\n"],
    ['shared/model/x.ts', 'export const a = () => document.title;\n'],
    ['shared/model/x.ts', 'export const a = () => window.location.href;\n'],
    ['shared/model/x.ts', "import { openStore } from '../../main/store/index.js';\nexport const a = openStore;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['renderer/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['renderer/x.ts', "import { openStore } from '../main/store/index.js';\nexport const a = openStore;\n"],
    ['preload/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['main/services/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['hub/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['hub/x.ts', "import { openStore } from '../main/store/index.js';\nexport const a = openStore;\n"],
  ])('%s: forbidden import or global is an error', async (file, code) => {
    expect(await errors(file, code)).toContain(code.includes('document') || code.includes('window') ? 'no-restricted-globals' : 'no-restricted-imports');
  });

  it.each([
    ['shared/model/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['renderer/x.ts', "import { api } from './api/index.js';\nexport const a = api;\n"],
    ['preload/x.ts', "import { contextBridge } from 'electron';\nimport { buildClient } from '../shared/api/client.js';\nexport const a = [contextBridge, buildClient];\n"],
    ['main/store/x.ts', "import Database from 'better-sqlite3';\nexport const a = Database;\n"],
    ['hub/x.ts', "import pg from 'pg';\nimport { HUB_CALLS } from '../shared/api/hub-contract.js';\nexport const a = [pg, HUB_CALLS];\n"],
  ])('%s: allowed imports pass', async (file, code) => {
    expect(await errors(file, code)).toEqual([]);
  });
});
