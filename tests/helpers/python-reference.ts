import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './cli.js';
import { IN_CI } from './tools.js';

// Runs a reference script of tests/helpers/python/ with Debian's Python (/usr/bin/python3, which
// has python3-networkx and python3-sklearn): JSON in on stdin, JSON out. Under CI=true a missing
// module fails the run; elsewhere the tests that need it skip and say why.

export const PYTHON = '/usr/bin/python3';

export function havePythonModules(...modules: string[]): boolean {
  try {
    execFileSync(PYTHON, ['-c', modules.map((module) => `import ${module}`).join('; ')], { stdio: 'ignore' });
    return true;
  } catch {
    const message = `missing Python modules ${modules.join(', ')}: apt-get install -y python3-networkx python3-sklearn`;
    if (IN_CI) throw new Error(`CI=true and ${message}`);
    console.warn(`Skipping: ${message}`);
    return false;
  }
}

/** Where slow references keep their answers between runs (none under CI=true: computed afresh). */
export const REFERENCE_CACHE = IN_CI ? null : path.join(ROOT, 'node_modules', '.cache', 'itinera-references');

export function runPythonReference<T>(script: string, input: unknown): T {
  const output = execFileSync(PYTHON, [path.join(ROOT, 'tests', 'helpers', 'python', script)], {
    input: JSON.stringify(input),
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  return JSON.parse(output) as T;
}
