// The layer arrows from ARCHITECTURE.md are enforced by ESLint: a wrong import is reported.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(path: string, code: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: path });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('layer rules', () => {
  it('keep shared/ free of Node, Electron, React and our other folders', async () => {
    expect(await restrictedImports('shared/domain/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('shared/domain/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('shared/domain/x.ts', "import { api } from '../../renderer/src/api/client';\nexport const a = api;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('shared/domain/x.ts', "import { z } from 'zod';\nexport const a = z;\n")).toBe(0);
  });

  it('keep electron from the core and the renderer', async () => {
    expect(await restrictedImports('electron/core/x.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('electron/core/x.ts', "import Store from 'electron-store';\nexport const a = Store;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('electron/core/x.ts', "import { readFile } from 'node:fs/promises';\nexport const a = readFile;\n")).toBe(0);
    expect(await restrictedImports('renderer/src/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toBeGreaterThan(0);
  });

  it('keep the renderer off the back end except through the contract', async () => {
    expect(
      await restrictedImports('renderer/src/x.ts', "import { createCore } from '../../electron/core/createCore';\nexport const a = createCore;\n"),
    ).toBeGreaterThan(0);
    expect(await restrictedImports('renderer/src/x.ts', "import { writeFile } from 'node:fs/promises';\nexport const a = writeFile;\n")).toBeGreaterThan(0);
    expect(await restrictedImports('renderer/src/x.ts', "import { contract } from '../../shared/contract';\nexport const a = contract;\n")).toBe(0);
  });

  it('let the shell import electron', async () => {
    expect(await restrictedImports('electron/main.ts', "import { app } from 'electron';\nexport const a = app;\n")).toBe(0);
  });
});
