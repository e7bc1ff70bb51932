import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  importCycles,
  lineCount,
  importGraph,
  oversizedFiles,
  sourceFiles,
  stronglyConnectedComponents,
} from '../helpers/architecture.js';
import { ROOT } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp-dir.js';

// The shape ARCHITECTURE.md asks of the code: no source file over 400 lines (one that grows past
// it has two jobs), and no import cycle (each module can be read, tested and moved on its own).
//
// Type-only imports count as imports: a cycle of types still ties the files together (neither
// can be understood or moved without the other), and such a cycle is one value import away from
// a cycle at load time. (TypeScript's preProcessFile, which lists the imports, does not tell the
// two apart either.)

/** The folders checked: every layer of the app. */
const CHECKED_FOLDERS = ['electron', 'shared', 'renderer/src'];

const MAX_LINES = 400;

/** Message catalogs are long lists by nature; tests live beside the code they check. */
function exempt(file: string): boolean {
  return (
    file.startsWith('shared/i18n/messages/') || file.startsWith('shared/i18n/locales/') || file.endsWith('.test.ts')
  );
}

describe('the shape of the code', () => {
  const files = sourceFiles(ROOT, CHECKED_FOLDERS);

  it(`has no source file over ${MAX_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(100);
    const oversized = oversizedFiles(ROOT, files, MAX_LINES, exempt).map(
      ({ file, lines }) => `${file}: ${lines} lines`,
    );
    expect(oversized).toEqual([]);
  });

  it('has no import cycle', () => {
    const cycles = importCycles(importGraph(ROOT, files)).map((cycle) => cycle.join(' → '));
    expect(cycles).toEqual([]);
  });

  it('keeps the app shell small: App under 250 lines (state lives in the features)', () => {
    const app = fs.readFileSync(path.join(ROOT, 'renderer/src/app/app.tsx'), 'utf8');
    expect(app).toMatch(/export function App\b/);
    expect(lineCount(app)).toBeLessThan(250);
  });

  it('keeps ARCHITECTURE.md a map: at most 150 lines, every linked detail file present', () => {
    const map = fs.readFileSync(path.join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    expect(lineCount(map)).toBeLessThanOrEqual(150);
    const links = [...map.matchAll(/\]\((docs\/[^)#]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(3);
    expect(links.filter((link) => !fs.existsSync(path.join(ROOT, link)))).toEqual([]);
  });
});

describe('the checks themselves (on files written for them)', () => {
  const dir = tempDir('itinera-architecture-');
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  write('src/a.ts', "import { b } from './b.js';\nexport const a = b;\n");
  write('src/b.ts', "import type { C } from './deep/c.js';\nexport const b = 1;\nexport type B = C;\n");
  write('src/deep/c.ts', "export * from '../a.js';\nexport type C = number;\n");
  write('src/self.ts', "export const self = 1;\nexport { self as again } from './self';\n");
  write('src/lazy.ts', "export const load = () => import('./lazy-target.js');\n");
  write('src/lazy-target.ts', "import { load } from './lazy.js';\nexport const target = load;\n");
  write('src/alone.ts', "import fs from 'node:fs';\nimport { a } from './a.js';\nexport const alone = [fs, a];\n");
  write('src/view.tsx', "import { alone } from './alone';\nexport const view = alone;\n");
  write('src/long.ts', 'export const line = 1;\n'.repeat(MAX_LINES + 1));
  write('src/long.test.ts', 'export const line = 1;\n'.repeat(MAX_LINES + 1));
  write('src/exact.ts', 'export const line = 1;\n'.repeat(MAX_LINES));
  const files = sourceFiles(dir, ['src']);

  it('finds the cycles: through a type-only import and a re-export, a file importing itself, a dynamic import', () => {
    const graph = importGraph(dir, files);
    expect(graph.get('src/view.tsx')).toEqual(['src/alone.ts']);
    expect(importCycles(graph)).toEqual([
      ['src/a.ts', 'src/b.ts', 'src/deep/c.ts', 'src/a.ts'],
      ['src/lazy-target.ts', 'src/lazy.ts', 'src/lazy-target.ts'],
      ['src/self.ts', 'src/self.ts'],
    ]);
    expect(stronglyConnectedComponents(graph).filter((component) => component.length > 1)).toHaveLength(2);
  });

  it('finds the files over the limit, leaving out the exempt ones', () => {
    expect(oversizedFiles(dir, files, MAX_LINES, (file) => file.endsWith('.test.ts'))).toEqual([
      { file: 'src/long.ts', lines: MAX_LINES + 1 },
    ]);
  });
});
