import { ESLint } from 'eslint';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

// The layering rule (ARCHITECTURE.md) is enforced by ESLint; prove that it bites, per layer.
const eslint = new ESLint({ cwd: ROOT });

async function violations(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layering rule', () => {
  it.each([
    ['shared/model/probe.ts', "import fs from 'node:fs';"],
    ['shared/model/probe.ts', "import Database from 'better-sqlite3';"],
    ['shared/model/probe.ts', "import maplibregl from 'maplibre-gl';"],
    ['shared/model/probe.ts', "import { openProjectStore } from '../../electron/store/project-store.js';"],
    ['renderer/src/probe.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/probe.ts', "import { createProjectHost } from '../../electron/services/core/project-host.js';"],
    ['renderer/src/probe.ts', "import path from 'node:path';"],
    ['electron/services/probe.ts', "import { app } from 'electron';"],
    ['electron/services/probe.ts', "import Database from 'better-sqlite3';"],
    ['electron/serve/probe.ts', "import React from 'react';"],
    ['electron/main/probe.ts', "import Database from 'better-sqlite3';"],
  ])('forbids in %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport {};\n`)).toHaveLength(1);
  });

  it.each([
    ['electron/main/probe.ts', "import { app } from 'electron';"],
    ['electron/preload/probe.ts', "import { contextBridge } from 'electron';"],
    ['electron/store/probe.ts', "import Database from 'better-sqlite3';"],
    ['renderer/src/probe.ts', "import type { Api } from '../../shared/api/contract.js';"],
    ['electron/services/probe.ts', "import fs from 'node:fs';"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await violations(file, `${code}\nexport {};\n`)).toEqual([]);
  });
});
