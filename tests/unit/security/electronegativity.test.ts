import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/cli.js';

// @doyensec/electronegativity on the Electron shell (scripts/electronegativity.mjs): no finding
// that docs/security.md does not justify, and no file it could not parse.

const SCRIPT = path.join(ROOT, 'scripts', 'electronegativity.mjs');
const run = (args: string[] = []) =>
  spawnSync(process.execPath, [SCRIPT, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('electronegativity', () => {
  it('finds nothing unjustified in electron/main, electron/preload and the page they load', () => {
    const result = run();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/electronegativity [\d.]+: \d+ checks .* 0 not justified/);
  }, 120_000);

  it('fails on an insecure window (so the check above can fail)', () => {
    const result = run(['--input', path.join(import.meta.dirname, 'fixtures', 'insecure-electron')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/WEB_SECURITY_JS_CHECK/);
    expect(result.stderr).toMatch(/CONTEXT_ISOLATION_JS_CHECK/);
  }, 120_000);
});
